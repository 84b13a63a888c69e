# str.format: positional/keyword/auto numbering, attribute/index access, conversions, nesting, errors.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=40), "{0[1]} {0[0]}".format(["x", "y"]))
print("{p.real} {p.imag}".format(p=3 + 4j), "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{0!r} {0!s} {0!a}".format("é"), "{:>{w}}".format("r", w=5), "{:{fill}^{w}}".format("c", fill="*", w=7))
print("{{}} {{{}}}".format(5), "{0:{1}}".format(3.14159, ".2f"), "{:{}{}}".format(42, ">", 6))
class Obj:
    attr = "attribute"
    items = {"k": ["deep"]}
print("{0.attr} {0.items[k][0]}".format(Obj()))
print("{:,} {:_} {:.3%} {:e}".format(1234567, 7654321, 0.12345, 0.5))
print("{:<8}|{:^8}|{:>8}|".format("L", "C", "R"), "{:08.2f}".format(-3.5), "{:#x}".format(255))
print("{0}{1}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:d}".format(True), "{!r:>10}".format("q"), "{:s}".format("str"), "{}".format(None))
print(format("text"), format("text", ">8"), format("text", "<8") + "|", format("x", "^3"))
print("{0:{1}{2}}".format("v", "<", 4) + "|", "{:{}}".format("n", 3) + "|")
errors = [("{}{}", ("a",), {}), ("{0}{}", ("a", "b"), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
          ("{:q}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0.missing}", (1,), {}), ("{!x}", (1,), {}),
          ("{:>}", (1,), {}), ("{:=}", ("s",), {})]
for fmt, args, kwargs in errors:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{0}".format_map({0: "zero"}) if False else "{k}".format_map({"k": "mapped"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
print("{:.2}".format("abcdef"), "{:.0}".format("abc") + "|", "{:5.1}|".format("xyz"))
print("{0:>5}{0:<5}|".format(12), "{:+}".format(5), "{: }".format(5), "{:-}".format(-5))
