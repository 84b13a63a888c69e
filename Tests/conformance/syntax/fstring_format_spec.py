# f-strings with nested (computed) format specs.
width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:<{width}.{prec - 1}f}]")
print(f"[{'text':{'^'}{width}}]")
fill, align = "*", ">"
print(f"[{42:{fill}{align}{width}}]")
for w in range(3, 7):
    print(f"[{'ab':{w}}] [{12:0{w}d}]")
print(f"[{1234567.891:{','}.{2}f}]")
print(f"[{-42:{'+'}{8}d}] [{42:{' '}d}]")
for spec in ["x", "X", "o", "b", "#x", "#o", "#b", "d", "n"]:
    print(f"{spec:>3}: {255:{spec}}")
for spec in ["e", "E", "g", "G", "%", ".1%", ".2e", "10.4g"]:
    print(f"{spec:>5}: {0.000123456:{spec}}")
nums = [1.5, -22.25, 333.125]
for num in nums:
    print(f"|{num:>{width}.{prec}f}|{num:<+{width}.1f}|{num:^{width}.0f}|")
print(f"{'left':_<{width}}{'right':_>{width}}")
print(f"{12345:_}", f"{12345678:_x}", f"{0.5:=^10.2f}")
print(f"{-0.0:+.1f} {0.0:+.1f} {-1e-10:.3f}")
