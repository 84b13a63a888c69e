# Thread objects: start/join, args and kwargs, names, identity, liveness, subclasses, errors.
import threading

out = []
def worker(a, b, *, c=0):
    out.append((a, b, c, threading.current_thread().name))

t = threading.Thread(target=worker, args=(1, 2), kwargs={"c": 3}, name="w1")
print("before start:", t.is_alive(), t.ident is None, t.name, t.daemon)
t.start()
t.join()
print("after join:", t.is_alive(), t.ident is not None, out)

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = None
    def run(self):
        self.total = sum(range(self.n))

cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])

try:
    cs[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.is_alive())
idents = []
def record():
    idents.append(threading.get_ident())
t = threading.Thread(target=record)
t.start(); t.join()
print("thread ident differs from main:", idents[0] != threading.get_ident(), idents[0] == t.ident)
d = threading.Thread(target=lambda: None, daemon=True)
print("daemon:", d.daemon, d.is_alive())
d.start(); d.join(timeout=5)
print("joined with timeout:", d.is_alive())
print("active after joins:", threading.active_count(), len(threading.enumerate()))
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"))
