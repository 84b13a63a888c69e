# SystemExit, KeyboardInterrupt and GeneratorExit derive from BaseException, not Exception.
def catch_with_exception(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return "escaped Exception, caught by BaseException: " + type(e).__name__
for exc in (SystemExit(0), KeyboardInterrupt(), GeneratorExit(), ValueError(), StopIteration()):
    print(type(exc).__name__, "->", catch_with_exception(exc))
class Custom(BaseException):
    pass
print(catch_with_exception(Custom("custom")))
def bare_except():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except catches everything"
print(bare_except())
def generator_exit_flow():
    def g():
        try:
            yield 1
        except Exception:
            yield "wrong: Exception caught GeneratorExit"
        finally:
            print("  generator finally")
    it = g()
    next(it)
    it.close()
    return "closed cleanly"
print(generator_exit_flow())
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code:", e.code, type(e.code).__name__)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", e.code)
print([c.__name__ for c in BaseException.__subclasses__() if c.__name__ in
       ("Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup")])
