# Ordering of nested finally blocks with exceptions propagating through several levels.
log = []
def level3():
    try:
        log.append("l3 try")
        raise IndexError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        try:
            level3()
        finally:
            log.append("l2 inner finally")
    except KeyError:
        log.append("l2 wrong handler")
    finally:
        log.append("l2 outer finally")
def level1():
    try:
        level2()
    except IndexError as e:
        log.append("l1 caught " + str(e))
    finally:
        log.append("l1 finally")
level1()
for entry in log:
    print(entry)
log.clear()
def raising_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            log.append("about to replace")
            raise TypeError("replacement")
    except Exception as e:
        log.append("caught %s: %s" % (type(e).__name__, e))
        log.append("context %s: %s" % (type(e.__context__).__name__, e.__context__))
raising_finally()
print(log)
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(4)
except RuntimeError as e:
    print("caught", e)
