# format() mini-language in depth: fill, align, sign, #, 0, width, grouping, precision, type.
specs = ["", "10", "<10", ">10", "^10", "*^10", "=10", "+", "-", " ", "010", "+010", ",", "_", "#x", "#o",
         "#b", "x", "X", "o", "b", "c", "d", "n", "e", ".2e", "f", ".3f", "g", ".3g", "%", ".1%", "#010x",
         "_b", "_x", ",d", "+,", "=+12,"]
for spec in specs:
    out = []
    for v in (42, -1234567, 0):
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    print("%-8s" % repr(spec), "|".join(out))
fspecs = ["", "10.3f", "<10.2e", "^12.4g", "+.2f", "=+10.1f", "010.2f", ",.2f", "_.3f", ".0%", "#.0f", "g", "G",
          "n", ".10g", "e", ".0e", "#.3g", "%", "12", "x<12.2f"]
for spec in fspecs:
    out = []
    for v in (3.14159, -1234567.891, 0.0001, 1e21):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ValueError(%s)" % e)
    print("%-10s" % repr(spec), "|".join(out))
sspecs = ["", "10", "<10", ">10", "^10", "_^11", ".3", "10.2", "s"]
for spec in sspecs:
    print("%-6s" % repr(spec), "[" + format("hello", spec) + "]", "[" + format("日本", spec) + "]")
