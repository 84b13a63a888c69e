# raise SystemExit("msg"): exit status 1 and the message on stderr.
def check(config):
    missing = [k for k in ("host", "port") if k not in config]
    return missing
cfg = {"host": "localhost"}
print("config keys:", sorted(cfg))
missing = check(cfg)
print("missing:", missing)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("caught bare", e.code, e.args)
e = SystemExit("a", "b")
print(e.code, e.args)
if missing:
    raise SystemExit("fatal: missing %s" % ", ".join(missing))
print("never printed")
