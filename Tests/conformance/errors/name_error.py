# Uncaught NameError for a name with no close match (no "Did you mean" suggestion).
values = [1, 2, 3]
doubled = [v * 2 for v in values]
print(doubled)
def compute(xs):
    total = 0
    for x in xs:
        total += x
    return total
print(compute(doubled))
try:
    print(also_missing_qqq)
except NameError as e:
    print("caught:", e)
print("now uncaught")
def broken():
    return compute(values) + zzqxw_completely_unknown_name
print("calling")
broken()
print("never printed")
