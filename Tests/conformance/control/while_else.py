# while loops: else clause, break, continue, complex conditions.
n = 0
while n < 5:
    n += 1
else:
    print("while completed, n =", n)
n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print("never")
print("broke at", n)
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("else after continue:", evens)
def collatz(k):
    steps = 0
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        steps += 1
    return steps
print([collatz(k) for k in (1, 2, 3, 7, 27)])
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(flat)
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            continue
    finally:
        print("finally", count)
else:
    print("else ran")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
while False:
    print("never")
else:
    print("else of a false loop")
