# Uncaught exception raised from another: stderr shows both, the last line is the outer one.
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError("missing setting %s" % e) from e
    except ValueError:
        raise ConfigError("bad value for %s" % key)
settings = {"port": "8080", "workers": "four"}
print(load(settings, "port"))
try:
    load(settings, "workers")
except ConfigError as e:
    print("caught:", e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)
try:
    load(settings, "host")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print("now uncaught")
load(settings, "timeout")
print("never printed")
