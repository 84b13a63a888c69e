# Uncaught ZeroDivisionError after some output; stdout before the error must be complete.
def ratio(a, b):
    return a / b
results = []
for a, b in [(1, 2), (9, 3), (-4, 8), (7, 7)]:
    results.append(ratio(a, b))
    print(a, b, results[-1])
print("sum", sum(results))
print("floor", 17 // 5, -17 // 5, 17 % -5)
print("about to divide by zero")
print(divmod(-17, 5), 2 ** -1)
def outer():
    return inner(10)
def inner(n):
    total = 0
    for i in range(n, -1, -1):
        total += 100 // i
    return total
print(outer())
print("never printed")
