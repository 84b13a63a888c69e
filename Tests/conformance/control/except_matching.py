# except clause matching: base classes, tuples, order, nested tuples, non-matching propagation.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError, OSError):
    pass
def classify(exc):
    try:
        raise exc
    except DbError:
        return "DbError handler"
    except (NetError, KeyError) as e:
        return "tuple handler " + type(e).__name__
    except AppError:
        return "AppError handler"
    except LookupError as e:
        return "LookupError handler " + type(e).__name__
    except OSError:
        return "OSError handler"
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [DbError(), NetError(), AppError(), KeyError(), IndexError(), OSError(),
            FileNotFoundError(), ZeroDivisionError(), KeyboardInterrupt if False else RuntimeError()]:
    print(type(exc).__name__, "->", classify(exc))
def catch_base():
    try:
        raise SystemExit(5)
    except Exception:
        return "Exception caught SystemExit"
    except BaseException as e:
        return "BaseException caught %s(%r)" % (type(e).__name__, e.code)
print(catch_base())
errs = (ValueError, TypeError)
try:
    int(None)
except errs as e:
    print("dynamic tuple:", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong")
except ValueError as e:
    print("propagated to outer:", e)
try:
    raise NetError("both")
except OSError as e:
    print("NetError is OSError:", isinstance(e, AppError))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
