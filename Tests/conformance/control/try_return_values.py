# Which value a function returns when try, except, else and finally all try to return.
def f(mode):
    try:
        if mode == "raise":
            raise ValueError
        if mode == "return-try":
            return "try"
    except ValueError:
        if mode == "raise":
            return "except"
    else:
        return "else"
    finally:
        print("  finally for", mode)
    return "end"
for m in ("raise", "return-try", "plain"):
    print(m, "->", f(m))
def counter():
    n = 0
    def bump():
        nonlocal n
        try:
            n += 1
            return n
        finally:
            n += 10
    return bump, lambda: n
bump, get = counter()
print(bump(), get(), bump(), get())
def finally_changes_list():
    data = []
    try:
        data.append("try")
        return data
    finally:
        data.append("finally")
print(finally_changes_list())
def conditional_finally_return(flag):
    try:
        raise KeyError("k")
    finally:
        if flag:
            return "swallowed"
print(conditional_finally_return(True))
try:
    conditional_finally_return(False)
except KeyError as e:
    print("propagated", e)
def return_in_else():
    try:
        x = 1
    except Exception:
        return "no"
    else:
        return x + 1
    finally:
        x = 100
print(return_in_else())
