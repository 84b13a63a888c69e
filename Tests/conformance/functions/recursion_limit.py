# sys.getrecursionlimit/setrecursionlimit and RecursionError behaviour.
import sys
old = sys.getrecursionlimit()
print(old >= 1000)
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(800))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
reached = 0
def measure(n):
    global reached
    reached = n
    measure(n + 1)
try:
    measure(0)
except RecursionError:
    print(100 < reached < 200)
sys.setrecursionlimit(old)
print(depth(900))
class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return "Node(%r)" % (self.child,)
n = None
for _ in range(5):
    n = Node(n)
print(n)
l = []
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also limited")
