# Evaluation order of assignment targets and augmented subscript/attribute targets.
log = []
def f(tag, v):
    log.append(tag)
    return v

class Obj:
    def __init__(self):
        self.__dict__["vals"] = {}
    def __getattr__(self, name):
        log.append("get " + name)
        return self.vals.get(name, 0)
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        self.vals[name] = value

class Seq:
    def __init__(self):
        self.data = [0, 0, 0]
    def __getitem__(self, i):
        log.append("getitem %r" % (i,))
        return self.data[i]
    def __setitem__(self, i, v):
        log.append("setitem %r=%r" % (i, v))
        self.data[i] = v

o = Obj()
s = Seq()
f("target", s)[f("index", 1)] = f("value", 5)
print(log); log.clear()
f("target", s)[f("index", 1)] += f("value", 10)
print(log); log.clear()
f("obj", o).count += f("inc", 2)
print(log); log.clear()
o.a, s[2] = f("v1", 1), f("v2", 2)
print(log); log.clear()
print(s.data, o.vals)
