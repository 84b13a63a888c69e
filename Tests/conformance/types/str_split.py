# split/rsplit/splitlines/partition/rpartition with separators, maxsplit and whitespace rules.
print("a b  c\t\nd ".split(), "  lead".split(), "".split(), "   ".split())
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a  b".split(" "), "a b c".split(None, 1))
print("  a b c  ".split(None, 1), "  a b c  ".rsplit(None, 1), "a b c".rsplit(maxsplit=1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "abcabc".split("bc"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\u3000b\u00a0c\x1cd".split(), "x\x0by\x0cz".split())
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(), "l1\nl2\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(keepends=True), "\r\n\r\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"), "abc".partition("abc"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
line = "name: John Smith; age: 42; city: New York"
record = dict(part.split(": ", 1) for part in line.split("; "))
print(record)
print("1,2;3,4".split(";")[1].split(","), [w for w in "The quick  brown".split(" ") if w])
print("a-b-c".split("-", 0), "a-b-c".split("-", -1), "a-b-c".rsplit("-", 0))
print("日本 語 テキスト".split(), "é,è,ê".split(","))
csv = "x,y\n1,2\n3,4\n"
print([row.split(",") for row in csv.splitlines()])
