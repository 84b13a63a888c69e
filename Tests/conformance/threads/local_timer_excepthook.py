# threading.local, Timer, excepthook for exceptions in threads, and a queue between threads.
import threading
import queue

data = threading.local()
data.x = "main"
seen = []
def use_local(v):
    print_missing = not hasattr(data, "x")
    data.x = v
    seen.append((v, data.x, print_missing))
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), data.x)

fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
t.start(); t.join()
c = threading.Timer(10, fired.append, args=("cancelled",))
c.start(); c.cancel(); c.join()
print(fired)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
def boom():
    raise ValueError("bad value in thread")
t = threading.Thread(target=boom, name="boomer")
t.start(); t.join()
threading.excepthook = old
print(caught, t.is_alive())

q = queue.Queue()
results = []
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * item)
        q.task_done()
    q.task_done()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
for t in ts: t.join()
q.join()
print(results, q.empty())
