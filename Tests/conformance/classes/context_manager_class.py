# Class-based context managers: resource tracking, reusable and re-entrant managers, exception info.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.closed = None
    def __enter__(self):
        Resource.open_count += 1
        self.closed = False
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        self.closed = True
        if exc_type is KeyError:
            print("  handled KeyError inside", self.name)
            return True
with Resource("a") as r1, Resource("b") as r2:
    print(Resource.open_count, r1.name, r2.name)
print(Resource.open_count, r1.closed, r2.closed)
with Resource("c") as r3:
    {}["missing"]
print("after suppressed KeyError", r3.closed)
class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  enter depth", self.depth)
        return self
    def __exit__(self, *exc):
        print("  exit depth", self.depth)
        self.depth -= 1
rc = Reentrant()
with rc:
    with rc:
        with rc:
            pass
print(rc.depth)
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et.__name__ if et else None, str(ev) if ev else None, type(tb).__name__)
        return True
with Recorder() as rec:
    raise ValueError("recorded")
print(rec.info)
with Recorder() as rec2:
    pass
print(rec2.info)
class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return "timer value"
    def __exit__(self, *a):
        pass
t = Timer()
for _ in range(3):
    with t as value:
        pass
print(t.entered, value)
