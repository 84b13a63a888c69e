# __del__ is called when the last reference goes away (reference counting), in simple deterministic cases.
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
a = Noisy("a")
b = Noisy("b")
print("del a")
del a
print("rebind b")
b = Noisy("b2")
print("alias keeps alive")
c = Noisy("c")
c2 = c
del c
print("c still alive via c2:", c2.name)
del c2
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
Noisy("temporary")
print("after temporary")
holder = [Noisy("in-list")]
holder.pop()
print("after pop")
d = {"k": Noisy("in-dict")}
d["k"] = None
print("after dict overwrite")
class Broken:
    def __del__(self):
        raise ValueError("ignored in __del__")
Broken()
print("exception in __del__ was ignored")
deleted = []
class Quiet:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        deleted.append(self.name)
gc.disable()
x = Quiet("cycle-x")
y = Quiet("cycle-y")
x.peer, y.peer = y, x
del x, y
print("cycle not yet collected:", deleted)
gc.collect()
gc.enable()
print("after collect:", sorted(deleted))
del b
print("end of script")
