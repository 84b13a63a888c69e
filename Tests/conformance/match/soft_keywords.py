# `match`, `case` and `_` are soft keywords: they stay ordinary names everywhere except at the
# start of a match statement / case block (and `_` as the wildcard pattern).
import re

match = re.match(r"(\w+)-(\d+)", "item-42")
print(match.group(1), match.group(2), match.span())
match.string  # an expression statement starting with `match`
print(type(match).__name__)


def match(pattern, text):  # a function named match
    return re.match(pattern, text) is not None


print(match(r"\d", "7"), match(r"\d", "x"))
match = [10, 20, 30]
match[0] = 11
match [1]  # subscription, not a match statement
print(match, match [2], match[-1])
match = 5
match -1  # binary minus
print(match - 1, match * 2, match ** 2)
match, case = 1, 2
print(match, case)
case = {"case": "value"}
print(case["case"])


class match:  # a class named match with attributes named match and case
    case = "class attr"
    def match(self, case):
        return "method got " + case


print(match.case, match().match("c"))
obj = match()
obj.match = obj.case = "instance"
print(obj.match, obj.case)


def case(match=1, case=2, *, _=3):  # parameters named like the soft keywords
    return match + case + _


print(case(), case(match=10, case=20, _=30))
print([match for match in range(3)], {case: match for match, case in [(1, "a")]})
match = lambda case: case * 2
print(match(21))
_ = "underscore"
print(_)

# now real match statements whose subjects and captures use these names
match = "go"
case = "north"
match match, case:
    case ("go", case):
        print("captured case =", case)
match match:
    case match:
        print("captured match =", match)
match (1, 2):
    case (_, _):
        print("wildcards bind nothing; _ is still", repr(_))
match (1,):
    case (match,):
        print("match captured in a tuple pattern:", match)
# subjects that look like calls, subscripts and unary expressions of a name `match`
match = [3, 4]
match (match):
    case [3, x]:
        print("parenthesized subject, x =", x)
match [match]:
    case [[3, 4]]:
        print("list display subject")
match -len(match):
    case -2:
        print("negative subject")
match not match:
    case False:
        print("not subject")
match *match, 5:
    case [3, 4, 5]:
        print("starred subject")
match {"match": 1, "case": 2}:
    case {"match": match, "case": case}:
        print("mapping keys named match/case:", match, case)


class Obj:
    __match_args__ = ("match", "case")
    def __init__(self):
        self.match, self.case = "m", "c"


match Obj():
    case Obj(match, case=case):
        print("class pattern attributes:", match, case)

# match and case in nested scopes and as attribute names of value patterns
class NS:
    match = "M"
    case = "C"
def scoped(v):
    match v:
        case NS.match:
            return "NS.match"
        case NS.case:
            return "NS.case"
        case _:
            return "neither"
print(scoped("M"), scoped("C"), scoped("x"))
# a match statement inside a case block, in a loop with break/continue
for v in [(1, "a"), (2, "b"), (3, "c"), (4, "d")]:
    match v:
        case (1, _):
            continue
        case (n, s):
            match s:
                case "c":
                    print("inner c, breaking")
                    break
                case other:
                    print("inner", n, other)
# exec / compile of soft-keyword sources
ns = {}
exec("match = 1\ncase = match + 1\nmatch match:\n    case 1:\n        hit = case\n", ns)
print(ns["match"], ns["case"], ns["hit"])
print(eval("match", {"match": "evaluated"}))
