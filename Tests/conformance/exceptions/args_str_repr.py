# Exception args, str() and repr() for zero, one and several arguments, and special str forms.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(("t",)),
          KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(("t", 1)), IndexError(3), Exception([1, 2])]:
    print(type(e).__name__, e.args, "| str:", repr(str(e)), "| repr:", repr(e))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value, repr(StopIteration("x")))
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.filename, str(e), repr(e), type(e).__name__)
e = OSError(2, "No such file or directory", "/tmp/x")
print(str(e), e.filename, type(e).__name__, e.args)
print(type(OSError(17, "exists")).__name__, type(OSError(13, "denied")).__name__)
print(str(OSError("just a message")), OSError("m").errno, OSError(1, 2, 3, 4, 5).args)
ie = ImportError("cannot import", name="mod", path="/p")
print(ie.name, ie.path, str(ie), ie.msg, repr(ImportError("x")))
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end, ue.object, ue.reason)
se = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n"))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), str(se))
ae = AttributeError("no attr", name="attr", obj=5)
print(ae.name, ae.obj, str(ae))
ne = NameError("undefined", name="xyz")
print(ne.name, str(ne))
e = ValueError("orig")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = ["list args"]
print(e.args, str(e))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("shown in repr")), WithStr("x").args)
