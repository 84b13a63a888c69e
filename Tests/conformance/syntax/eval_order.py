# Evaluation order of operands, arguments, displays and subscripts.
log = []
def t(tag, v=None):
    log.append(tag)
    return tag if v is None else v
def show(label):
    print(label, log)
    log.clear()
t("a", 1) + t("b", 2) * t("c", 3)
show("binary")
t("base", 2) ** t("exp", 3)
show("power")
def f(*args, **kwargs):
    return None
f(t("p1"), t("p2"), k=t("kw"), *[t("star")], **{t("dkey"): t("dval")})
show("call")
[t("l1"), t("l2")]
show("list")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict")
{t("s1"), t("s2")} if False else (t("s1"), t("s2"))
show("tuple")
t("obj", {"k": 1})[t("key", "k")]
show("subscript")
t("lst", [1, 2, 3])[t("lo", 0):t("hi", 2)]
show("slice")
t("x", 1) < t("y", 2) < t("z", 3)
show("chain")
x = t("rhs", 5)
show("assign")
t("cond", True) and t("rhs-and", 1)
show("and")
t("callee", f)(t("arg"))
show("callee-first")
t("o", [0])[t("i", 0)] = t("val", 9)
show("store")
r = [t("outer%d" % i) for i in range(2) if t("filter%d" % i, True)]
show("comprehension")
print(t("p", 1), t("q", 2))
show("print args")
a = {}
a[t("key")] = t("value")
show("dict store")
s = f"{t('f1')}{t('f2')}"
show("fstring")
