# User-defined exception classes: extra attributes, custom __init__/__str__, hierarchies, args handling.
class AppError(Exception):
    """Base error for the app."""
class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__("%s not found in %s" % (what, where))
        self.what = what
        self.where = where
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return "invalid %s=%r" % (self.field, self.value)
class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code
for exc in [NotFound("user"), NotFound("file", where="disk"), Invalid("age", -1), NoSuperInit(404)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = NoSuperInit(5)
print(e.code, e.args, str(e) == "", AppError.__doc__)
class WithDefaults(Exception):
    def __init__(self, msg="default message", *, code=0):
        super().__init__(msg)
        self.code = code
print(str(WithDefaults()), WithDefaults(code=3).code, repr(WithDefaults("m")))
class Chained(Exception):
    pass
try:
    try:
        raise NotFound("cfg")
    except NotFound as inner:
        raise Chained("wrapper") from inner
except Chained as e:
    print(e, "<-", e.__cause__, "|", e.__cause__.what)
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("both")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, isinstance(e, ValueError), str(e))
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str")
try:
    str(Unprintable())
except RuntimeError as e:
    print("RuntimeError:", e)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, NotFound("x").with_traceback(None).what)
