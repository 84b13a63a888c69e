# for ... else: else runs only when the loop was not broken.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for i in range(3):
    continue
else:
    print("else after continue-only loop, i =", i)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
def ret_in_loop():
    for i in range(5):
        if i == 2:
            return "returned at 2"
    else:
        return "else"
print(ret_in_loop())
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for outer", outer)
        continue
    print("inner broke for outer", outer)
try:
    for x in [1, 0]:
        1 / x
    else:
        print("no")
except ZeroDivisionError:
    print("exception skips else")
for ch in "ab":
    pass
else:
    print("else sees ch =", ch)
