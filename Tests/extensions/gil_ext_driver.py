# Driver for gil_ext: GIL release (overlap without timing) and callbacks from C-created threads.
import threading
import time
import gil_ext as m
from extshow import show, section

section("thread state")
show("thread_state_info main", m.thread_state_info)
box = []
t = threading.Thread(target=lambda: box.append(m.thread_state_info()))
t.start()
t.join()
print("thread_state_info in threading.Thread ->", box[0])

section("GIL released: two threads inside at once")
m.reset()
print("inside before:", m.inside_now(), "max before:", m.max_inside())
saw = [None, None]


def worker(i):
    saw[i] = m.wait_for_partner(30000)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("each thread saw its partner:", saw)
print("max inside:", m.max_inside())
print("inside after:", m.inside_now())
m.reset()
print("alone:", m.wait_for_partner(50), "max inside alone:", m.max_inside())

section("busy loops without the GIL")
m.reset()
results = {}


def spinner(k):
    results[k] = m.spin_without_gil(200000)


threads = [threading.Thread(target=spinner, args=(k,)) for k in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("checksums equal:", len(set(results.values())) == 1, results[0])
print("max inside in 1..3:", 1 <= m.max_inside() <= 3)

section("PyGILState_Ensure from a pthread")
show("call_from_thread", m.call_from_thread, lambda i: i * i, 5)
show("call_from_thread zero", m.call_from_thread, lambda i: i, 0)
names = []
show("call_from_thread thread name",
     m.call_from_thread, lambda i: names.append(threading.current_thread() is threading.main_thread()), 2)
print("callbacks ran off the main thread:", names == [False, False])


def fails(i):
    if i == 2:
        raise ValueError(f"callback failed at {i}")
    return i


show("call_from_thread error", m.call_from_thread, fails, 5)
show("call_from_thread not callable", m.call_from_thread, 5, 1)

section("background thread while Python runs")
seen = []
m.start_background(lambda i: seen.append(i) or i + 100, 5)
show("start twice", m.start_background, print, 1)
deadline = time.monotonic() + 60
spins = 0
while len(seen) < 5 and time.monotonic() < deadline:
    spins += sum(range(50))   # pure Python work: the GIL must be handed over to the C thread
print("callbacks seen while main thread ran Python:", seen)
show("join_background", m.join_background)
show("join_background again", m.join_background)
