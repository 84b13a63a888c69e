# Semicolons, backslash continuation, implicit continuation, comments, indentation styles.
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # trailing comment
    3,
]
print(values)
d = {
    "x": 1,
    "y": (2,
          3),
}
print(d)
def f(a,
      b=2,
      *,
      c=3):
    return a + b + c
print(f(1,
        c=10))
if (a == 1 and
        b == 2):
    print("multi-line condition")
s = ("one"
     "two")
print(s)
if True: print("inline if body")
for i in range(2): print("inline for", i)
while False: pass
class Tiny: x = 5
print(Tiny.x)
def short(): return "short"
print(short())
x = [i
     for i in range(3)
     if i]
print(x)
if a:
	print("tab indented block")
	if b:
	    print("mixed nested after tab")
result = f(
    1,
)
print(result)
print(1 if a else
      2)
