# An uncaught SyntaxError raised at run time by exec() of a bad string.
code_ok = "a = 1\nb = a + 1\n"
ns = {}
exec(code_ok, ns)
print(ns["a"], ns["b"])
print(eval("a * 10 + b", ns))
snippets = ["1 + 2", "[x * 2 for x in range(3)]", "'s'.upper()"]
for s in snippets:
    print(s, "->", eval(s))
try:
    eval("for")
except SyntaxError as e:
    print("caught:", e.msg)
bad_program = "\n".join([
    "total = 0",
    "for i in range(3)",
    "    total += i",
])
print("running the bad program")
exec(bad_program)
print("never printed")
