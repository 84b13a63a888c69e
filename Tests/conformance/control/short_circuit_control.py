# Control flow decided by short-circuit operators, conditional expressions and any/all laziness.
calls = []
def p(v, tag):
    calls.append(tag)
    return v
if p(False, "a") and p(True, "b"):
    print("no")
elif p(True, "c") or p(True, "d"):
    print("elif taken")
print(calls)
calls.clear()
x = p(0, "x1") or p(0, "x2") or p("fallback", "x3")
print(x, calls)
calls.clear()
print(any(p(v, "any%d" % v) for v in [0, 0, 3, 4]), calls)
calls.clear()
print(all(p(v, "all%d" % v) for v in [1, 2, 0, 4]), calls)
calls.clear()
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 2))
items = None
print(items and items[0], (items or ["default"])[0])
while p(len(calls) < 3, "cond"):
    pass
print(calls)
d = {}
val = d.get("k") or d.setdefault("k", "set")
print(val, d)
def first_truthy(*vals):
    for v in vals:
        if v:
            return v
    return None
print(first_truthy(0, "", [], "x", "y"), first_truthy())
