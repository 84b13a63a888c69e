# print(): sep, end, file=sys.stdout, flush, str() of arguments, keyword errors.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=",")
print("no newline", end="")
print(" -- continued")
print(*range(5), sep="-")
print(*"abc", sep="\n")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("to stderr (not compared)", file=sys.stderr)
print("sep None", "end None", sep=None, end=None)
print("", "", sep="x")
print("multi\nline", "text")
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], (S(),), f"{S()}", str(S()), repr(S()))
for kwargs in ({"sep": 5}, {"end": 1}, {"bogus": 1}, {"file": 5}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(print.__name__, print("inner") is None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("to", "custom", file=w, sep="+", end="!")
print(w.parts)
print("é ✓ 😀 日本", "\t|")
sys.stdout.write("sys.stdout.write works\n")
print(end="")
print("last line")
