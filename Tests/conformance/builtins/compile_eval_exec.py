# compile, eval and exec: modes, namespaces, return values, code objects, errors.
code = compile("x * 2 + y", "<expr>", "eval")
print(type(code).__name__, eval(code, {"x": 5, "y": 1}), code.co_filename, code.co_name)
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("1 + 2"), eval("[i * i for i in range(4)]"), eval("'abc'.upper()"), eval(" 42 "))
glb = {"n": 10}
loc = {"n": 20}
print(eval("n", glb), eval("n", glb, loc), eval("n", None, loc) if False else eval("n + 1", glb))
exec("result = n * 3", glb, loc)
print(loc["result"], "result" in glb)
single = compile("print('single mode prints', 1 + 1)", "<single>", "single")
exec(single)
print(exec("1 + 1"), eval("None"))
src = "def g(v):\n    return v[::-1]\n"
exec(compile(src, "<gen>", "exec"))
print(g("abc"))
restricted = {"__builtins__": {}}
try:
    eval("len('x')", restricted)
except NameError as e:
    print("NameError:", e)
print(eval("len('xyz')", {"__builtins__": {"len": len}}))
for src, mode in [("x =", "exec"), ("1 +", "eval"), ("a = 1", "eval"), ("x", "bogus")]:
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ":", getattr(e, "msg", str(e)))
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
def outer():
    z = "local z"
    return eval("z"), eval("z", {"z": "global z"})
print(outer())
counter = 0
exec("counter += 5")
print(counter)
print(eval(compile("3 ** 2", "<c>", "eval")), eval("(lambda q: q + 1)(1)"))
