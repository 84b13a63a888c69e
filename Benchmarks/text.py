# Text processing: build a deterministic corpus, then split/join, str methods,
# dict counting, string building and formatting.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el", "or", "ux", "th", "qu"]
PUNCT = [",", ".", ";", "!", "?", ""]


def make_corpus(n_words):
    words = []
    x = 7
    for i in range(n_words):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 8) % 3
        w = ""
        y = x
        for _ in range(k):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        if (x >> 4) % 11 == 0:
            w = w.capitalize()
        w += PUNCT[(x >> 12) % len(PUNCT)] if (x >> 3) % 5 == 0 else ""
        words.append(w)
    lines = []
    for i in range(0, len(words), 12):
        lines.append(" ".join(words[i:i + 12]))
    return "\n".join(lines)


def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(",.;!?").lower()
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
    return counts


def transform(text):
    out = []
    for line in text.split("\n"):
        parts = line.split(" ")
        parts.reverse()
        joined = "-".join(p.upper() if len(p) > 4 else p for p in parts)
        if joined.startswith("K") or joined.endswith("."):
            joined = joined.replace("A", "4").replace("E", "3")
        out.append(joined)
    return out


def checksum_str(s, h):
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main(scale):
    n_words = int(600000 * scale)
    text = make_corpus(n_words)
    total = 0
    for _ in range(2):
        counts = word_counts(text)
        total += sum(counts.values())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    lines = transform(text)
    h = 0
    for line in lines[:400]:
        h = checksum_str(line, h)
    report = []
    for word, n in top:
        report.append("%s=%d" % (word, n))
    found = text.find("kaka") + text.count("lo") + len(text.split("mi"))
    print("chars", len(text), "distinct", len(counts), "total", total)
    print("top", ", ".join(report))
    print("lines", len(lines), "hash", h, "found", found)
    print("caps", sum(1 for line in lines for p in line.split("-") if p.isupper() and p.isalpha()), "digits", sum(line.count("4") for line in lines))


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
