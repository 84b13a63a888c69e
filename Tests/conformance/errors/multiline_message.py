# An uncaught exception whose message spans several lines: only the last line is compared.
lines = ["first problem", "second problem", "final line of the message"]
msg = "\n".join(lines)
print(len(lines), "lines")
try:
    raise ValueError(msg)
except ValueError as e:
    print("caught, str has", str(e).count("\n") + 1, "lines")
    print(repr(str(e).splitlines()[-1]))
report = []
for i, line in enumerate(lines):
    report.append("%d: %s" % (i, line))
print("\n".join(report))
class ReportError(Exception):
    def __str__(self):
        return "report failed:\n" + "\n".join(self.args)
print(str(ReportError("a", "b")).splitlines())
print("now uncaught")
raise ReportError("disk full", "retry later")
print("never printed")
