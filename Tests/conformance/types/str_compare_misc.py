# String comparison, hashing, str() constructor, membership, iteration, multiplication and immutability.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "abc" == "abc", "abc" != "abd")
print(sorted(["b", "B", "a", "A", "é", "e", "Z", "1", " ", "_"]))
print(max(["apple", "Apple", "APPLE"]), min("zyx"), "Straße" > "Strasse", "\u00e9" == "e\u0301")
print(str(), str(123), str(-1.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None), str(str))
print(str(b"raw"), str(1e100), str(0.1), str(True), str(3j), str(range(2)), str(slice(1)))
print(type(str(1)).__name__, str("same") == "same", "x".__str__(), "x".__repr__())
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
h1, h2 = hash("abc"), hash("ab" + "c")
print(h1 == h2, hash("") == hash(""), {"abc": 1}["ab" + "c"])
s = "immutable"
t = s.upper()
print(s, t, s.replace("i", "I"), s)
print([c for c in "héy"], list(enumerate("ab")), dict(zip("abc", range(3))))
print(len("\n\t\\"), len(r"\n\t\\"), len("\x00" * 5), len("😀😀"))
print("abc" * 2 == "abcabc", "-" * 20, ("ab" * 3).count("ab"))
print("%s" % "x" == "x", "a" "b" "c" == "abc", "abc".__len__(), "abc".__contains__("b"))
print("a".join("xyz") < "xaz", "10" < "9", "10" < "2", sorted(["10", "9", "2", "100"]))
print(sorted(["b10", "a2", "a10", "b2"], key=lambda x: (x[0], int(x[1:]))))
print("abc".__eq__(1), "abc".__lt__("abd"), "abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2))
print("Hello"[::-1].swapcase(), "".join(chr(ord(c) + 1) for c in "HAL"))
