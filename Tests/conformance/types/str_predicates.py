# str classification predicates across ASCII, Unicode digits/letters and edge cases.
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "", " ", "\t\n", "a b",
           "résumé", "日本", "_id", "2var", "class", "x\u0301", "\x00", "\u00a0", "Hello World", "Hello world",
           "٣.٥", "0x1f", "-1", "ǅ"]
header = ("alpha", "alnum", "digit", "decimal", "numeric", "space", "upper", "lower", "title",
          "ident", "print", "ascii")
print(" ".join(h[:5] for h in header))
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(" ".join(("T" if f else ".").center(5) for f in flags), repr(s))
print("x".isidentifier(), "_".isidentifier(), "a1".isidentifier(), "1a".isidentifier(), "a-b".isidentifier())
print("déjà".isidentifier(), "变量".isidentifier(), "".isidentifier(), "if".isidentifier(), "℘".isidentifier())
print("٣".isdigit(), "٣".isdecimal(), "٣".isnumeric(), int("٣"), "๓".isdecimal(), "〇".isnumeric())
print("\u2460".isdigit(), "\u2460".isdecimal(), "\u2460".isnumeric())
print("\u0085".isspace(), "\u200b".isspace(), "\u2028".isspace(), "\x1f".isspace(), "\x1c".isspace())
print("\x7f".isprintable(), "\u00ad".isprintable(), "é".isprintable(), "\U0001F600".isprintable())
print("\t".isprintable(), " ".isprintable(), "\u3000".isprintable(), "\ufeff".isprintable())
print("ABC DEF".isupper(), "ABC def".isupper(), "123A".isupper(), "ß".islower(), "ǅ".islower())
print("Title Case Here".istitle(), "Title case".istitle(), "T".istitle(), "1A".istitle(), "A1b".istitle())
print("abc".isascii(), "ab\x7f".isascii(), "ab\x80".isascii(), "".isascii())
