# match statement: guards with side effects, bindings after failed guard, fall-through, no match.
log = []
def g(tag, result):
    log.append(tag)
    return result
def run(x):
    match x:
        case [a, b] if g("guard1", a > b):
            return "desc %r %r" % (a, b)
        case [a, b] if g("guard2", a == b):
            return "equal"
        case [a, *_]:
            return "other list starting %r" % a
    return "fell through"
for v in ([2, 1], [1, 1], [1, 2], [], "str"):
    log.clear()
    print(v, run(v), log)
def kind(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case list() | tuple():
            return "sequence"
        case dict():
            return "dict"
    return "nothing"
print([kind(v) for v in (True, 3, 2.0, [1], (1,), {}, None)])
def bind_or(v):
    match v:
        case [x, 0] | [0, x]:
            return "x=%r" % x
        case {"a": x} | {"b": x}:
            return "key x=%r" % x
    return "none"
print(bind_or([5, 0]), bind_or([0, 7]), bind_or({"b": 3}), bind_or([1, 1]))
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case ["go", _]:
        print("bad direction")
match (1, [2, {"k": (3,)}]):
    case (1, [2, {"k": (three,)}]):
        print("deep", three)
x = 5
match x:
    case 1:
        print("one")
print("no case matched; x still", x)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
