# Conditional expressions: nesting, laziness, precedence with lambda and comparisons.
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
print([classify(v) for v in (-5, 0, 3, 99)])
log = []
def t(v):
    log.append(v)
    return v
r = t("a") if t(True) else t("b")
print(r, log); log.clear()
r = t("a") if t(0) else t("b")
print(r, log); log.clear()
x = 5
print(x if x > 3 else -x, (x if x < 3 else -x) * 2)
print(1 + (2 if False else 3) * 4)
f = lambda v: v if v else "falsy"
print(f(0), f([]), f("s"))
print([i if i % 2 else -i for i in range(6)])
print("yes" if [] == [] else "no", "yes" if [] is [] else "no")
a = b = 0
a = 1 if b else 2
print(a)
print(callable((lambda: 1) if True else None is None))
print(True if None else False if 0 else "last")
def pick(flag):
    return (yield_val := "Y") if flag else "N"
print(pick(True), pick(False))
val = [10, 20][1 if x > 4 else 0]
print(val)
print({"k": "v" if x else "w"}, {("v" if x else "w"): 1})
print(not 1 if 0 else 2)
