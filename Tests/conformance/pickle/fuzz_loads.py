# pickle.loads on truncated, mutated and random inputs must only raise ordinary exceptions
# (never crash or hang). Prints per-group counts of successes and of exception families.
import pickle
import struct

ALLOWED = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, KeyError,
           IndexError, ImportError, UnicodeDecodeError, OverflowError, struct.error, MemoryError,
           RecursionError, NameError, SyntaxError, LookupError)


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n


def family(e):
    for cls in (pickle.UnpicklingError, EOFError, ValueError):
        if isinstance(e, cls):
            return cls.__name__
    return "other-allowed" if isinstance(e, ALLOWED) else "UNEXPECTED " + type(e).__name__


def run(label, inputs):
    counts = {}
    ok = 0
    for data in inputs:
        try:
            pickle.loads(data)
            ok += 1
        except Exception as e:
            f = family(e)
            counts[f] = counts.get(f, 0) + 1
    unexpected = [k for k in counts if k.startswith("UNEXPECTED")]
    print(label, "inputs", len(inputs), "loaded", ok, "unexpected", unexpected)
    return counts


sample = {"a": [1, 2.5, "text", b"raw", None, True], "b": (1, 2, 3, 4), "c": {7, 8}, "d": 2**80,
          "e": frozenset([1]), "f": bytearray(b"xy"), "g": ["shared"] * 3, "h": -5}
rng = LCG(12345)
for proto in range(6):
    data = pickle.dumps(sample, proto)
    truncated = [data[:k] for k in range(len(data))]
    counts = run("truncated proto %d" % proto, truncated)
    print("  families", sorted(counts.items()))
    mutated = []
    for _ in range(150):
        b = bytearray(data)
        pos = rng.next(len(b))
        b[pos] = rng.next(256)
        mutated.append(bytes(b))
    run("mutated proto %d" % proto, mutated)

randoms = []
for _ in range(400):
    n = rng.next(40)
    randoms.append(bytes(rng.next(256) for _ in range(n)))
run("random", randoms)
opcodes = b"()0123FIJKLMNPQRSTUVXabcdeghijlopqrstu}]G\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98BC."
opstreams = []
for _ in range(400):
    n = 1 + rng.next(12)
    out = bytearray()
    for _ in range(n):
        out.append(opcodes[rng.next(len(opcodes))])
        if rng.next(3) == 0:
            out.append(rng.next(256))
    opstreams.append(bytes(out))
run("opcode soup", opstreams)

# specific messages
for data in (b"", b"\x80", b"\x80\x06N.", b"N", b"0.", b"(.", b"t.", b"h\x05.", b"}K\x01s.", b"\xff",
             b"Sabc\n.", b"I1x\n.", b"]N\x93.", b"\x95\xff\x00\x00\x00\x00\x00\x00\x00N.", b"X\xff\xff\xff\x7f"):
    try:
        print(data, "->", pickle.loads(data))
    except Exception as e:
        print(data, type(e).__name__, e)
