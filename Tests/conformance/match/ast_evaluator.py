# An expression evaluator and simplifier over dataclass nodes, dispatched with class patterns
# (positional sub-patterns via the generated __match_args__, keyword sub-patterns, nesting,
# self-matching builtins like int(n) and str(name)), plus a small tokenizer/parser built on
# sequence patterns.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Num:
    value: int | float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object

@dataclass(frozen=True)
class Neg:
    operand: object

@dataclass(frozen=True)
class Call:
    func: str
    args: tuple = ()

@dataclass(frozen=True)
class Let:
    name: str
    value: object
    body: object

@dataclass
class Opaque:
    secret: int
    hidden: int = field(default=0)
    __match_args__ = ("secret",)


class EvalError(Exception):
    pass


FUNCS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value=int() | float() as v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise EvalError("unbound variable %s" % name)
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, Num(0)):
            raise EvalError("division by literal zero")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
                case "**": return a ** b
                case _: raise EvalError("bad operator %r" % op)
        case Call(func=str(f), args=()) if f in FUNCS:
            raise EvalError("%s() needs arguments" % f)
        case Call(str(f), args) if f in FUNCS:
            return FUNCS[f](*(evaluate(a, env) for a in args))
        case Call(f):
            raise EvalError("unknown function %s" % f)
        case Let(str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case int(n) | float(n):
            return n
        case _:
            raise EvalError("cannot evaluate %r" % (node,))


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match op, left, right:
                case ("+", Num(0), e) | ("+", e, Num(0)):
                    return e
                case ("*", Num(1), e) | ("*", e, Num(1)):
                    return e
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", e1, e2 if e1 == e2:
                    return Num(0)
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
            return BinOp(op, left, right)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(Neg(e)):
            return simplify(e)
        case Neg(e):
            return Neg(simplify(e))
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case Call(f, args):
            return Call(f, tuple(simplify(a) for a in args))
    return node


def show(node):
    match node:
        case Num(v): return repr(v)
        case Var(n): return n
        case BinOp(op, l, r): return "(%s %s %s)" % (show(l), op, show(r))
        case Neg(e): return "-" + show(e)
        case Call(f, args): return "%s(%s)" % (f, ", ".join(map(show, args)))
        case Let(n, v, b): return "let %s = %s in %s" % (n, show(v), show(b))
    return "<%s>" % type(node).__name__


# --- a tokenizer and recursive-descent parser on sequence patterns ---
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            out.append(("op", "**"))
            i += 2
        else:
            out.append(("op", c))
            i += 1
    return out


def parse(tokens):
    def expr(ts):
        left, ts = term(ts)
        while True:
            match ts:
                case [("op", "+" | "-" as op), *rest]:
                    right, ts = term(rest)
                    left = BinOp(op, left, right)
                case _:
                    return left, ts

    def term(ts):
        left, ts = factor(ts)
        while True:
            match ts:
                case [("op", "*" | "/" as op), *rest]:
                    right, ts = factor(rest)
                    left = BinOp(op, left, right)
                case _:
                    return left, ts

    def factor(ts):
        base, ts = atom(ts)
        match ts:
            case [("op", "**"), *rest]:
                exp, ts = factor(rest)
                return BinOp("**", base, exp), ts
        return base, ts

    def atom(ts):
        match ts:
            case [("num", n), *rest]:
                return Num(n), rest
            case [("op", "-"), *rest]:
                e, rest = atom(rest)
                return Neg(e), rest
            case [("name", "let"), ("name", name), ("op", "="), *rest]:
                value, rest = expr(rest)
                match rest:
                    case [("name", "in"), *body_ts]:
                        body, rest = expr(body_ts)
                        return Let(name, value, body), rest
                raise EvalError("expected 'in'")
            case [("name", f), ("op", "("), ("op", ")"), *rest]:
                return Call(f), rest
            case [("name", f), ("op", "("), *rest]:
                args = []
                while True:
                    a, rest = expr(rest)
                    args.append(a)
                    match rest:
                        case [("op", ","), *rest]:
                            continue
                        case [("op", ")"), *rest]:
                            return Call(f, tuple(args)), rest
                        case _:
                            raise EvalError("expected , or )")
            case [("name", name), *rest]:
                return Var(name), rest
            case [("op", "("), *rest]:
                e, rest = expr(rest)
                match rest:
                    case [("op", ")"), *rest]:
                        return e, rest
                raise EvalError("unbalanced parenthesis")
            case [tok, *_]:
                raise EvalError("unexpected token %r" % (tok,))
            case []:
                raise EvalError("unexpected end of input")

    tree, rest = expr(tokens)
    if rest:
        raise EvalError("trailing tokens %r" % (rest,))
    return tree


env = {"x": 4, "y": 2.5}
sources = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * 1 + 0", "x - x", "--x", "-(-(3))",
    "max(x, y, 7) / 2", "let z = x * 2 in z + y", "abs(0 - 9)", "min()", "foo(1)", "q + 1",
    "8 / 0", "8 / (1 - 1)", "0 * q", "1 +", "(1 + 2", "3 $ 4", "let a = 1 b", "1 2",
]
for src in sources:
    try:
        tree = parse(tokenize(src))
        simple = simplify(tree)
        print("%-24s %-36s %-22s = %r" % (src, show(tree), show(simple), evaluate(simple, env)))
    except EvalError as e:
        print("%-24s error: %s" % (src, e))
    except ZeroDivisionError as e:
        print("%-24s ZeroDivisionError: %s" % (src, e))

print(Num.__match_args__, BinOp.__match_args__, Call.__match_args__, Opaque.__match_args__)
print(evaluate(7, {}), evaluate(2.5, {}))
try:
    evaluate("text", {})
except EvalError as e:
    print("error:", e)
# __match_args__ set explicitly in a dataclass body is kept; `hidden` is keyword-only to patterns
match Opaque(5, hidden=9):
    case Opaque(s, hidden=h):
        print("opaque", s, h)
try:
    match Opaque(5):
        case Opaque(5, 0):
            pass
except TypeError as e:
    print("TypeError:", e)
# a dataclass without match_args
@dataclass(match_args=False)
class NoArgs:
    a: int
print(hasattr(NoArgs, "__match_args__"))
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match NoArgs(1):
    case NoArgs(a=1):
        print("keyword sub-pattern still works")
