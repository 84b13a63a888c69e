# Abstract-base-class patterns without the abc module: NotImplementedError, template methods, checks.
class Interface:
    required = ("area", "perimeter")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        cls._abstract = missing
    def __new__(cls, *a, **k):
        if getattr(cls, "_abstract", None) is None or cls._abstract:
            raise TypeError("Can't instantiate %s with abstract methods %s"
                            % (cls.__name__, ", ".join(getattr(cls, "_abstract", cls.required))))
        return super().__new__(cls)
class Partial(Interface):
    def area(self):
        return 0
class Rect(Interface):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
for cls in (Interface, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
r = Rect(2, 3)
print(r.area(), r.perimeter(), Rect._abstract, Partial._abstract)
class Base:
    def run(self):
        steps = [self.setup(), self.execute(), self.teardown()]
        return " -> ".join(steps)
    def setup(self):
        return "default setup"
    def execute(self):
        raise NotImplementedError
    def teardown(self):
        return "default teardown"
class Job(Base):
    def execute(self):
        return "job executed"
class Custom(Job):
    def setup(self):
        return "custom setup"
print(Job().run())
print(Custom().run())
try:
    Base().run()
except NotImplementedError as e:
    print("NotImplementedError", repr(e), e.args)
print(isinstance(NotImplementedError(), RuntimeError), NotImplemented is not NotImplementedError)
print(bool(NotImplementedError), repr(NotImplemented))
