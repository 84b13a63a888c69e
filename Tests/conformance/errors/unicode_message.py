# Uncaught exception with non-ASCII text in the message.
words = ["café", "naïve", "日本語", "emoji 😀"]
for w in words:
    print(w, len(w), w.upper())
try:
    raise ValueError("ümlaut ✓")
except ValueError as e:
    print("caught:", e, repr(e))
def check(name):
    if not name.isascii():
        raise ValueError("non-ASCII name: %s (%d chars)" % (name, len(name)))
    return name
print(check("plain"))
try:
    check("é")
except ValueError as e:
    print("caught:", e)
print(ascii("日本"), "日本".encode("utf-8"))
print("now uncaught")
check("Ωmega ≠ αlpha")
print("never printed")
