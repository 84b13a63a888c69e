# break / continue inside try, except and finally clauses of loops.
def f1():
    log = []
    for i in range(3):
        try:
            log.append("try%d" % i)
            if i == 1:
                break
        finally:
            log.append("fin%d" % i)
    return log
print(f1())
def f2():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append("body%d" % i)
        finally:
            log.append("fin%d" % i)
    return log
print(f2())
def f3():
    log = []
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            log.append("except%d" % e.args[0])
            if i == 1:
                break
            continue
        finally:
            log.append("fin%d" % i)
    return log
print(f3())
def f4():
    # break in finally discards the in-flight exception
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded, i=%d" % i
print(f4())
def f5():
    log = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            log.append(i)
            continue
    return log
print(f5())
def f6():
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                return n
        finally:
            if n == 3:
                print("finally before return", n)
print(f6())
def f7():
    for i in range(2):
        try:
            return "try %d" % i
        finally:
            if i == 0:
                continue
    return "loop ended"
print(f7())
