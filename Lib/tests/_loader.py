"""Load SwiftPy's Lib/ modules under CPython, side by side with CPython's own.

`load("queue")` returns our Lib/queue.py imported under the name
`swiftpy_queue`.  Names listed in `deps` are first loaded from Lib/ too and
swapped into sys.modules while the module body runs, so the module binds our
versions of its dependencies rather than CPython's.
"""
import importlib.util
import os
import sys

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_cache = {}


def _path_for(name):
    rel = name.replace(".", os.sep)
    pkg = os.path.join(LIB, rel, "__init__.py")
    if os.path.exists(pkg):
        return pkg, [os.path.join(LIB, rel)]
    return os.path.join(LIB, rel + ".py"), None


def load(name, deps=()):
    """Import Lib/<name> as swiftpy_<name>, with `deps` swapped in."""
    key = name      # one instance per module, whatever deps were asked
    if key in _cache:
        return _cache[key]
    loaded_deps = {d: load(d, tuple(x for x in deps if x != d))
                   for d in deps}
    path, search = _path_for(name)
    alias = "swiftpy_" + name.replace(".", "_")
    spec = importlib.util.spec_from_file_location(
        alias, path, submodule_search_locations=search)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    saved = {d: sys.modules.get(d) for d in loaded_deps}
    try:
        sys.modules.update(loaded_deps)
        spec.loader.exec_module(mod)
    finally:
        for d, old in saved.items():
            if old is None:
                sys.modules.pop(d, None)
            else:
                sys.modules[d] = old
    _cache[key] = mod
    return mod


# Lib modules name their C-style type names through Lib/_typenames.py (a no-op without SwiftPy's
# native _swiftpy); CPython has no such module, so ours is what they import here.
sys.modules.setdefault("_typenames", load("_typenames"))


class Checker:
    """Counts passes and failures and prints a summary."""

    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = []

    def eq(self, label, got, want):
        if got == want and type(got) is type(want):
            self.passed += 1
        else:
            self.failed.append("%s: got %r, want %r" % (label, got, want))

    def true(self, label, cond):
        if cond:
            self.passed += 1
        else:
            self.failed.append(label)

    def same(self, label, fn_ours, fn_ref):
        """Run both callables; compare result or exception type+message."""
        got = _outcome(fn_ours)
        want = _outcome(fn_ref)
        self.eq(label, got, want)

    def raises(self, label, exc, fn):
        try:
            fn()
        except exc:
            self.passed += 1
            return
        except BaseException as e:  # noqa
            self.failed.append("%s: raised %r, want %s" % (label, e, exc.__name__))
            return
        self.failed.append("%s: did not raise %s" % (label, exc.__name__))

    def summary(self):
        total = self.passed + len(self.failed)
        for f in self.failed:
            print("FAIL", f)
        print("%s: %d/%d passed" % (self.title, self.passed, total))
        return 0 if not self.failed else 1


def _outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:  # noqa
        return ("raise", type(e).__name__, str(e))
