# A log converter: legacy logs (cp1252, latin-1, utf-16 with BOM, utf-8-sig) with \r\n line
# endings are read line by line, normalised and written out as UTF-8 with \n endings.
import os
import tempfile

LINES = ["2024-01-05 café opened", "2024-01-05 naïve user “quoted” — dash", "2024-01-06 €5 paid", "", "end"]

def legacy_bytes(encoding):
    text = "\r\n".join(LINES) + "\r\n"
    if encoding == "cp1252":
        return text.encode("cp1252")
    if encoding == "latin-1":
        return text.replace("“", '"').replace("”", '"').replace("—", "-").replace("€", "EUR").encode("latin-1")
    return text.encode(encoding)

def convert(src, dst, encoding):
    count = 0
    with open(src, encoding=encoding) as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            assert not line.endswith("\r\n")
            fout.write(line.rstrip("\n").upper() + "\n")
            count += 1
        seen = fin.newlines
    return count, seen

with tempfile.TemporaryDirectory() as d:
    for enc in ["cp1252", "latin-1", "utf-16", "utf-8-sig", "utf-16-le", "utf-32"]:
        src = os.path.join(d, "in.log")
        dst = os.path.join(d, "out.log")
        with open(src, "wb") as f:
            f.write(legacy_bytes(enc))
        count, seen = convert(src, dst, enc)
        with open(dst, "rb") as f:
            data = f.read()
        print(enc, count, repr(seen), len(data), data.count(b"\r"), data.decode("utf-8").splitlines()[1])
        # the raw size on disk and the same text read back in one go
        with open(src, encoding=enc) as f:
            whole = f.read()
        print("  chars", len(whole), whole.count("\n"), repr(whole[:12]))

    # tell()/seek() round trips on a converted file
    with open(dst, encoding="utf-8") as f:
        first = f.readline()
        mark = f.tell()
        second = f.readline()
        f.seek(mark)
        print("seek back:", f.readline() == second, repr(second[:10]))
        end = f.seek(0, 2)
        print("at end:", repr(f.read()), end == os.path.getsize(dst))
        f.seek(0)
        print("again:", f.readline() == first)

    # appending keeps one BOM for utf-8-sig
    p = os.path.join(d, "sig.txt")
    with open(p, "w", encoding="utf-8-sig") as f:
        f.write("one\n")
    with open(p, "a", encoding="utf-8-sig") as f:
        f.write("two\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8-sig") as f:
        print(f.readlines())
