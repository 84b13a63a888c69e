# A thread blocked in time.sleep, socket recv or queue.get lets other threads run. Shown by event
# order: the blocked thread can only be released by the main thread's progress (recv, get), or the
# main thread finishes its work while the sleeper is still asleep.
import queue
import socket
import threading
import time

def main_work(events, label):
    n = 0
    for _ in range(1000):
        n += 1
    events.append("main: %s counted %d" % (label, n))

# time.sleep: the main thread runs while the other sleeps.
events = []
ready = threading.Event()
def sleeper():
    events.append("sleeper: going to sleep")
    ready.set()
    time.sleep(2.0)
    events.append("sleeper: woke")
t = threading.Thread(target=sleeper)
t.start()
ready.wait()
main_work(events, "sleep")
t.join()
print(events)

# socket recv on a socketpair: only the main thread's send releases the receiver.
events = []
ready = threading.Event()
a, b = socket.socketpair()
def receiver():
    events.append("receiver: blocking in recv")
    ready.set()
    data = a.recv(100)
    events.append("receiver: got %r" % data)
t = threading.Thread(target=receiver)
t.start()
ready.wait()
main_work(events, "recv")
events.append("main: sending")
b.sendall(b"wake up")
t.join()
a.close()
b.close()
print(events)

# queue.get: only the main thread's put releases the getter.
events = []
ready = threading.Event()
q = queue.Queue()
def getter():
    events.append("getter: blocking in get")
    ready.set()
    events.append("getter: got %r" % (q.get(),))
t = threading.Thread(target=getter)
t.start()
ready.wait()
main_work(events, "get")
events.append("main: putting")
q.put("item")
t.join()
print(events)

# A CPU-bound thread and blocked threads together: all finish, the spinner made progress while
# the others were blocked, and each blocked thread was released by the main thread only.
spin = {"n": 0}
stop = threading.Event()
def spinner():
    while not stop.is_set():
        spin["n"] += 1
q = queue.Queue()
c, d = socket.socketpair()
got = []
ready = threading.Barrier(3)
def qwait():
    ready.wait()
    got.append(("queue", q.get()))
def swait():
    ready.wait()
    got.append(("socket", c.recv(10)))
sp = threading.Thread(target=spinner)
ws = [threading.Thread(target=qwait), threading.Thread(target=swait)]
sp.start()
for w in ws:
    w.start()
ready.wait()
before = spin["n"]
while spin["n"] < before + 1000:
    time.sleep(0.001)
q.put(1)
d.sendall(b"x")
for w in ws:
    w.join()
stop.set()
sp.join()
c.close()
d.close()
print("spinner progressed:", spin["n"] >= before + 1000, sorted(got))
