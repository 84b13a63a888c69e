# try / except / else / finally in all combinations.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "other":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
print(run("other"))
def only_finally():
    log = []
    try:
        try:
            log.append("inner")
            raise RuntimeError("x")
        finally:
            log.append("inner finally")
    except RuntimeError:
        log.append("outer caught")
    return log
print(only_finally())
def bare_except():
    try:
        [].pop()
    except:
        return "bare except caught"
print(bare_except())
def first_match():
    try:
        raise KeyError("x")
    except LookupError:
        return "LookupError clause first"
    except KeyError:
        return "KeyError clause"
print(first_match())
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "not here"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught: " + str(e)
print(else_raises())
def except_raises():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise ValueError("second")
        finally:
            print("finally still runs")
    except ValueError as e:
        return "got %s with context %r" % (e, e.__context__)
print(except_raises())
