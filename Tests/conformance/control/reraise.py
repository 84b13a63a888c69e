# Bare raise re-raises the exception being handled, also from nested functions and after inner handling.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print("re-raised:", e)
def inner_handled():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    inner_handled()
except KeyError as e:
    print("still outer:", e)
except IndexError:
    print("wrong: got inner")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def helper():
    raise
try:
    try:
        raise TypeError("handled in caller")
    except TypeError:
        helper()
except TypeError as e:
    print("helper re-raised:", e)
class MyErr(Exception):
    pass
try:
    try:
        raise MyErr("mine")
    except Exception as e:
        e.note = "annotated"
        raise
except MyErr as e:
    print(e, e.note)
def reraise_in_finally():
    try:
        try:
            raise ValueError("x")
        except ValueError:
            raise
        finally:
            print("finally ran before propagation")
    except ValueError as e:
        return "caught " + str(e)
print(reraise_in_finally())
try:
    raise ValueError("args", 1, 2)
except ValueError as e:
    print(e.args, str(e))
