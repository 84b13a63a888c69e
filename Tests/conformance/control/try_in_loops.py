# Exceptions inside loops: retry patterns, continue from except, else per iteration.
attempts = []
def flaky(n, fail_until):
    attempts.append(n)
    if n < fail_until:
        raise ConnectionError("attempt %d failed" % n)
    return "succeeded on %d" % n
for attempt in range(5):
    try:
        result = flaky(attempt, 3)
    except ConnectionError as e:
        print(e)
        continue
    else:
        print(result)
        break
print(attempts)
parsed = []
errors = []
for s in ["1", "two", "3", "", "5.5", "-7"]:
    try:
        parsed.append(int(s))
    except ValueError as e:
        errors.append(str(e))
print(parsed)
for e in errors:
    print(e)
def process(items):
    out = []
    for it in items:
        try:
            if it is None:
                break
            out.append(10 // it)
        except ZeroDivisionError:
            out.append("div0")
        finally:
            out.append("|")
    return out
print(process([5, 0, 2, None, 1]))
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stopped at", i)
        break
d = {"a": 1}
for key in ["a", "b", "a"]:
    try:
        print(key, d[key])
    except KeyError as e:
        print("missing", e)
