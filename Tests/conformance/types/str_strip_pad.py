# strip/lstrip/rstrip with and without chars; center/ljust/rjust/zfill/expandtabs.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "hello".strip(""), "aaa".strip("a"))
print("www.example.com".lstrip("cmowz."), "www.example.com".rstrip("cmowz."), "  x  ".strip(None))
print(repr("\u3000\u00a0text\u2009".strip()), repr("\x1c\x1fx\x1e".strip()))
print("|" + "abc".center(9) + "|", "|" + "abc".center(8) + "|", "|" + "abcd".center(9, "*") + "|", "abc".center(2))
print("|" + "abc".ljust(6) + "|", "|" + "abc".rjust(6, "0") + "|", "abc".ljust(2), "|" + "".center(3, "-") + "|")
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("12345\t1\n\tx".expandtabs(4)), repr("a\r\tb".expandtabs(4)))
print("日本".center(6, "・"), "é".rjust(3, "é"), "ab".ljust(5, "ü"))
table = [("apple", 1.5), ("kiwi", 12.25), ("watermelon", 100.0)]
for name, price in table:
    print(name.ljust(12, ".") + ("%.2f" % price).rjust(8))
print("  x  ".removeprefix(" "), "prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removesuffix(""))
print("abcabc".removeprefix("abc"), "abc".removeprefix("abcd"), "test".removesuffix("test"))
