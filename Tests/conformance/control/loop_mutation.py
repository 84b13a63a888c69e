# Mutating containers during iteration: lists (defined behaviour), dict/set errors, safe copies.
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"a": 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 100
print(d)
d = {1: 1}
try:
    for k in d.keys():
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for v in d.values():
        d.pop(1)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for v in sorted(s):
    s.discard(v)
print(s)
nums = list(range(10))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
