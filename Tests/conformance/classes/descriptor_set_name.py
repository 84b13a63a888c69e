# __set_name__ is called at class creation with the owner and attribute name.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
print("defining Model")
class Model:
    title = Field()
    count = Field()
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
print("defined Model")
m = Model(title="hello")
print(m.title, m.count, sorted(vars(m)))
print(Model.title.public, Model.title.private)
class Sub(Model):
    extra = Field()
f = Field()
print("assigning later does not call __set_name__")
Model.late = f
print(hasattr(f, "public"))
Dyn = type("Dyn", (), {"dyn_field": Field()})
print(Dyn.dyn_field.public)
class Shared:
    a = b = Field()
print(Shared.a.public, Shared.a is Shared.b)
class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)
try:
    class Owner:
        bad = Failing()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
class Registry:
    fields = []
    def __set_name__(self, owner, name):
        Registry.fields.append((owner.__name__, name))
class Form:
    username = Registry()
    password = Registry()
    email = Registry()
print(Registry.fields)
