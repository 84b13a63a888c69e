# finally with return: finally runs after return, return in finally overrides both return and exception.
def order():
    log = []
    def f():
        try:
            log.append("try")
            return "from try"
        finally:
            log.append("finally")
    r = f()
    return r, log
print(order())
def override_return():
    try:
        return "try value"
    finally:
        return "finally value"
print(override_return())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(swallow())
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
def int_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(int_return())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def in_loop():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally for", i)
print(in_loop())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print(v)
    break
print("after break")
