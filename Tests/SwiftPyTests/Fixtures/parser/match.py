match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=0) if x > 0:
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case 1 | 2 | 3:
        pass
    case -1 | 1.5 | 1 + 2j | -3 - 4j:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case (1, 2) | [3, 4] | ():
        pass
    case (x as y) | [*_]:
        pass
    case str() as s:
        pass
    case {1: _, None: _}:
        pass
    case _:
        pass

match x, y:
    case a, *b:
        pass
    case *_, :
        pass

match = 1
match.x = 2
match(x)
match[0]
print(match)
