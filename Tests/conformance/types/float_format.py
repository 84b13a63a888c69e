# Float formatting: f, e, g, %, general repr, precision, alignment, signs, grouping.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e20, 1.5e-10, 123.456]
for v in vals:
    print("%r | %s | %s | %s | %s | %s" % (v, format(v, ".2f"), format(v, ".3e"), format(v, "g"),
                                         format(v, ".3g"), format(v, "")))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(0.125, ".2f"))
print(format(1e16, "f"), format(1.0, "%"), format(0.256, ".1%"), format(-0.001, "%"))
print(format(1234.5, ","), format(1234.5, "_.2f"), format(1234567.0, ",.0f"), format(-1e6, ",g"))
print(format(3.0, "+.1f"), format(3.0, " .1f"), format(-3.0, " .1f"), format(3.0, "=+10.2f"))
print(format(3.0, "010.3f"), format(-3.0, "010.3f"), format(3.0, "<10.1f") + "|", format(3.0, "^10.1e") + "|")
print(format(1e-5, "g"), format(1e-4, "g"), format(1e15, "g"), format(1e16, "g"), format(123456789.0, "g"))
print(format(0.0001, ".0g"), format(100.0, ".1g"), format(100.0, "#.1g"), format(1.0, "#g"), format(1.0, "#.0f"))
print(format(2.0 / 3, ".17f"), format(2.0 / 3, ".20g"), format(1.0, ".30f"))
print(format(1.5, "E"), format(1e100, "G"), format(float("inf"), "f"), format(float("-inf"), "E"))
print(format(float("nan"), ".2f"), format(float("nan"), "F"), format(float("inf"), "+g"), format(float("inf"), "010f"))
print("%.2f %.3e %g %G %10.4f| %-10.2f| %+.1f %05.1f" % (3.14159, 31415.9, 0.00001, 1e-10, 2.5, 2.5, 1.25, -1.5))
print("%f %e %.0e %#.0f %.1f %.1f" % (1 / 3, 1 / 3, 12345.0, 3.0, 0.05, 0.15))
print("{:.2f} {:>8.3f} {:<8.1e}| {:^9.2%}|".format(1.005, 2.0, 12345.678, 0.5))
print(round(2.675, 2), format(2.675, ".2f"), format(2.665, ".2f"), format(1.115, ".2f"))
print(f"{1e-7:.10f} {123.456:.0f} {0.5:.0%} {1/3:.5}")
print(format(12.0, ".3"), format(12.0, ""), format(1e20, ".3"), str(12.0), format(1.0e-5, ".3"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
