# Attributes on exception instances: __traceback__, __context__, __cause__, __notes__ (3.11 add_note).
e = ValueError("base")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__, caught is e)
class Rich(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
r = Rich("rich", 7)
r.extra = "dynamic attribute"
print(r.code, r.extra, r.args, sorted(k for k in vars(r)))
print(hasattr(ValueError(), "__dict__"), vars(ValueError()))
try:
    raise Rich("x", 1)
except Rich as caught:
    caught.handled = True
    saved = caught
print(saved.handled, saved.code)
x = KeyError("k")
x.__cause__ = ValueError("manual cause")
print(x.__suppress_context__, repr(x.__cause__))
try:
    x.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    x.__context__ = 5
except TypeError as err:
    print("TypeError:", err)
print(StopIteration(3).value, SystemExit(4).code, KeyboardInterrupt().args)
ex = OSError(13, "Permission denied", "/etc/shadow")
print(ex.errno, ex.strerror, ex.filename, ex.filename2, type(ex).__name__)
print(BaseException("a").args, BaseException().args, Exception(*range(3)).args)
