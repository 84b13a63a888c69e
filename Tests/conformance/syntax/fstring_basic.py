# f-strings: expressions, quoting, nesting, braces, multiline, concatenation.
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{'nested quotes'}", f'{"double"}', f"""{'triple'}""")
print(f"{{literal braces}} {{{n}}}")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)} {sum(items)}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{n:>6}|{n:<6}|{n:^6}|")
print(f"{3.14159:.2f} {1e6:,.0f} {255:#x} {255:08b}")
print(f"{'a' if n > 40 else 'b'}")
print(f"{(lambda x: x * 2)(n)}")
print(f"{n!r} {name!r} {name!s}")
print(f"result: {[x * 2 for x in range(3)]}")
print(f"{n}" f"{n}" "plain" f"{name}")
print(F"upper F {n}", rf"raw \n {n}", fr"also raw \t {name}")
x = 10
y = 3
print(f"{x / y:.3f} {x // y} {x % y} {-x // y}")
print(f"""multi
line {x}
end""")
class P:
    def __format__(self, spec):
        return "P[" + spec + "]"
print(f"{P()} {P():abc} {P():{x}}")
print(f"{x=}, {y = }, {x + y=}")
print(f"{'{'}{'}'}")
print(f"{3:{'>'}{5}}")
print(f"{None} {True} {b'bytes'}")
