# Uncaught ValueError from int() conversion.
inputs = ["12", "-7", "  42 ", "0x1f"]
parsed = []
for s in inputs:
    try:
        parsed.append(int(s))
    except ValueError as e:
        print("skip:", e)
print(parsed)
print(int("1f", 16), int("z", 36))
def parse_all(strings):
    return [int(s) for s in strings]
print(parse_all(["1", "2"]))
print(sum(parse_all(["10", "20", "30"])))
try:
    float("abc")
except ValueError as e:
    print("caught:", e)
print("now uncaught")
parse_all(["3", "4", "five"])
print("never printed")
