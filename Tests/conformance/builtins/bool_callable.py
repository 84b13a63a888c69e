# bool() and callable() on many kinds of objects.
class WithCall:
    def __call__(self):
        pass
class NoCall:
    pass
class MetaCall(type):
    def __call__(cls):
        return "meta"
class ViaMeta(metaclass=MetaCall):
    pass
items = [len, print, lambda: 0, WithCall, WithCall(), NoCall, NoCall(), ViaMeta, 1, "s", None, [].append,
         str.upper, "s".upper, object, type, staticmethod(len), classmethod(len), (x for x in ()), int.from_bytes]
print([callable(x) for x in items])
print([bool(x) for x in (0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), ((),), {}, {0: 0}, set(), frozenset({0}),
                         None, ..., NotImplemented if False else 1, b"", b"\x00", bytearray(), range(0), 0j, 1j)])
print(bool(), bool(bool), bool(NoCall), bool(NoCall()), bool(WithCall()))
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
inst = NoCall()
inst.__call__ = lambda: 1
print(callable(inst), callable(ViaMeta()), ViaMeta())
class BoolLen:
    def __len__(self):
        return 3
print(bool(BoolLen()), bool([BoolLen()]), [bool(BoolLen())])
print(type(bool(1)).__name__, bool(1) is True, bool("") is False, bool.__name__)
