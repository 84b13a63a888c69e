# Enum-like classes built by hand with a metaclass: members, iteration, lookup, comparison.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            setattr(cls, k, inst)
            cls._members[k] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self is Color.RED
print(list(Color))
print(len(Color), Color.RED, Color["GREEN"], Color(3))
print(Color.RED is Color(1), Color.RED == Color.GREEN, Color.RED.is_warm(), Color.BLUE.is_warm())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print([c.name for c in Color if c.value % 2], isinstance(Color.RED, Color))
print({Color.RED: "stop", Color.GREEN: "go"}[Color(2)])
class Weekday(Enum):
    MON = "monday"
    TUE = "tuesday"
print(Weekday("tuesday"), [w.value for w in Weekday])
