# Indexing and slicing strings, including negative steps and non-ASCII text.
s = "Hello, Wörld! 😀"
print(len(s), s[0], s[-1], s[7], s[-3], s[8])
print(s[:5], s[7:], s[-8:-2], s[::2], s[::-1], s[1::3], s[-1:-6:-1])
print(s[100:], repr(s[5:2]), s[-100:3], s[3:-100], repr(s[len(s):]))
for i in (len(s), -len(s) - 1, 100):
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = "日本語のテキスト"
print(u[0], u[-1], u[2:5], u[::-1], u[::3], len(u), [c for c in u[:3]])
e = "e\u0301a\u0300"
print(len(e), [hex(ord(c)) for c in e], e[::-1] == "\u0300a\u0301e")
em = "a😀b😀c"
print(len(em), em[1], em[2], em.index("b"), em[::2], em.count("😀"))
print("abc"[True], "abcdef"[slice(1, 5, 2)], "abcdef"[slice(None, None, -2)])
print(list("abc"), tuple("ab"), sorted("cba"), "".join(sorted("hello", reverse=True)))
print("x"[0][0][0], type("abc"[0]).__name__, "abc"[0:1] == "abc"[0])
word = "racecar"
print(word == word[::-1], "abc"[::-1][::-1], "abcdefgh"[-2:-8:-2], "abcdefgh"[6:1:-3])
print(ord(s[-1]), chr(ord("a") + 1), [ord(c) for c in "Aa0 é"])
print(min("hello"), max("hello"), "héllo" < "hello", "Z" < "a", "é" > "z", "😀" > "日")
