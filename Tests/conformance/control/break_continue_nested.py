# break and continue in nested loops, loops inside try, and with else clauses.
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
class Exit(Exception):
    pass
try:
    for a in range(3):
        for b in range(3):
            for c in range(3):
                if a + b + c == 5:
                    raise Exit((a, b, c))
except Exit as e:
    print("escaped with", e.args[0])
out = []
k = 0
while k < 10:
    k += 1
    if k % 3 == 0:
        continue
    if k == 8:
        break
    out.append(k)
print(out)
words = ["alpha", "beta", "", "gamma", "stop", "delta"]
seen = []
for w in words:
    if not w:
        continue
    if w == "stop":
        break
    for ch in w:
        if ch in "aeiou":
            seen.append(ch)
            break
print(seen)
total = 0
for x in range(10):
    try:
        if x == 7:
            break
        if x % 2:
            continue
        total += x
    finally:
        total += 100
print(total)
