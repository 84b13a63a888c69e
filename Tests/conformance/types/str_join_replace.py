# join, replace (with counts), translate/maketrans, concatenation and repetition.
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(3)))
print("/".join(("x",)), ", ".join({"k1": 1, "k2": 2}), "".join(reversed("abc")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "héllo".replace("é", "e"), "aaaa".replace("aa", "b"), "x".replace("xx", "y"))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbyczab".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate({97: 98}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), len("".join(parts)))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("%s" % "x".join("123"), "\n".join(["l1", "l2"]).count("\n"))
