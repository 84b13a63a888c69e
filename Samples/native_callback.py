"""Callbacks from a native thread: matmul.call_from_thread starts a pthread in C that calls a
Python function for each i < n, taking the GIL with PyGILState_Ensure around every call, while
the calling thread waits with the GIL released. An exception in a callback is moved back to the
caller.

    PYTHONPATH=<folder with matmul*.so> swiftpy Samples/native_callback.py
"""
import threading
from array import array

import matmul

seen = []


def callback(i):
    seen.append(threading.current_thread() is threading.main_thread())
    return i * i


print("results:", matmul.call_from_thread(callback, 5))
print("ran on the main thread:", seen)


def failing(i):
    if i == 3:
        raise ValueError("callback %d failed" % i)
    return i


try:
    matmul.call_from_thread(failing, 10)
except ValueError as e:
    print("the callback's exception reached the caller:", e)

x = array("d", [1.0, 2.0, 3.0])
print("dot:", matmul.dot(x, array("d", [4.0, 5.0, 6.0])))
