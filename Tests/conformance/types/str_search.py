# str searching: find/rfind/index/rindex/count/startswith/endswith with start/end, empty needles.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind(""), s.rfind("bra", -5), s.rfind("x"))
print(s.index("cad"), s.rindex("a", 0, -1), s.count("a"), s.count("abra"), s.count(""), s.count("a", 3, 8))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1), s.find("a", -3), s.find("a", -100, 100))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("a", "z")), s.endswith("a", 0, 0))
print(s.startswith("a", 20), "".startswith(""), "".endswith("", 0, 0), "abc".endswith("", 5))
try:
    s.startswith(["ab"])
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ħ"
print(u.find("ö"), u.index("ħ"), u.count("l"), u.rfind("l"), u.find("wö"), "ö" in u)
print("a\u0301" .find("\u0301"), "日本語テキスト".find("テ"), "日本語".rfind("本", 0, 2))
print("mississippi".replace("ss", "SS"), "mississippi".find("ssi", 3), "mississippi".rfind("ssi", 0, 6))
print("abc" in "xxabcxx", "" in "", "abd" in "abc", "ABC".lower() in "xabcx")
text = "the cat sat on the mat with the hat"
i = -1
positions = []
while True:
    i = text.find("the", i + 1)
    if i < 0:
        break
    positions.append(i)
print(positions, text.count("at"), text.rindex("at"))
print(s.find("a", None, None), s.count("a", None), s.startswith("b", 1, None))
