# pickle.dumps of large builtin values for protocols 0-5: checksums of the bytes must equal
# CPython's (batching of 1000 items, framing at 64 KiB), and loads must give the value back.
import pickle


def checksum(data):
    h = 0
    for i in range(0, len(data), 7):
        h = (h * 31 + data[i]) % 1000000007
    return len(data), h


big = {
    "list1000": list(range(1000)),
    "list1001": list(range(1001)),
    "list2500": [i * 3 for i in range(2100)],
    "dict1": {1: 1},
    "dict1000": {i: -i for i in range(1000)},
    "dict2001": {str(i): i for i in range(2001)},
    "set1000": set(range(1000)),
    "set1500": set(range(1500)),
    "frozenset1200": frozenset(range(1200)),
    "str70k": "s" * 70000,
    "bytes70k": b"b" * 70000,
    "bytearray70k": bytearray(b"c" * 70000),
    "mixed": [("t", i, float(i), str(i) * 40) for i in range(1200)],
    "shared": [[1, 2, 3]] * 300,
}
for name, v in big.items():
    for p in range(6):
        d = pickle.dumps(v, p)
        print(name, p, checksum(d), d[:24].hex(), d[-24:].hex(), pickle.loads(d) == v)

