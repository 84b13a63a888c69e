# str case methods with ASCII and non-ASCII text.
samples = ["hello world", "HELLO", "hELLO wORLD", "ǅungla", "straße", "ÉCOLE", "ﬁne", "İstanbul",
           "o'neil's 2nd-place", "123abc DEF", "", "ΣΑΣ", "ß", "mIxEd_CaSe-wOrds"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.capitalize(), "|", s.title(), "|", s.swapcase(), "|", s.casefold())
print("ﬀ".upper(), len("ﬀ".upper()), "ß".upper(), len("straße".upper()), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello".islower(), "Hello".istitle(), "HELLO".isupper(), "123".islower(), "a1".islower(), "".isupper())
print("They're bill's friends".title(), "hello\tworld\nfoo".title(), "x1y2z3".title())
print("ABC".lower().upper() == "ABC", "Ǆ".lower(), "ǆ".upper(), "ǅ".istitle(), "ǅ".isupper())
print("σ".upper(), "ΑΣ".lower(), "ΑΣ Β".lower())
words = ["python", "PYTHON", "PyThOn", "py-thon", "py thon", "3py", "éa", "ÀB"]
for w in words:
    print(w, w.capitalize(), w.title(), w.swapcase().swapcase() == w, w.upper().lower() == w.lower())
print("a".upper() is not None, "A" < "a", "a".upper() < "a", ord("A") - ord("a"))
print("\u01c5".lower(), "\u01c5".upper(), "\u01c5".title(), "\u01c5".capitalize())
print("ŉ".upper(), len("ŉ".upper()), "ǰ".upper(), len("ǰ".upper()))
print("Σ".lower(), "ΌΣΟΣ".lower(), "ΌΣΟΣ ΣΟΣ".lower(), "AΣB".lower())
print("hello world".capitalize(), "HELLO WORLD".capitalize(), "1abc".capitalize(), " abc".capitalize())
print("ǉ".title(), "ǉubljana".capitalize(), "ǈ".swapcase())
print("tschüß".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ﬃ".casefold(), "Ω".casefold() == "ω")
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.casefold))
