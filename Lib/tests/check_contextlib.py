"""Differential check: Lib/contextlib.py against CPython's contextlib."""
import contextlib as ref
import io
import sys

from _loader import load, Checker

DEPS = ("abc", "collections", "_collections_abc", "functools", "types",
        "keyword", "operator", "reprlib", "itertools")
cl = load("contextlib", deps=DEPS)
c = Checker("contextlib")

for name in ref.__all__:
    if name not in ("AsyncExitStack", "AsyncContextDecorator"):
        c.true("has " + name, hasattr(cl, name))


def scenario(mod):
    out = []

    @mod.contextmanager
    def tag(name, log):
        "tag doc"
        log.append("enter " + name)
        try:
            yield name.upper()
        except KeyError as e:
            log.append("caught KeyError %s" % e)
        finally:
            log.append("exit " + name)

    log = []
    with tag("a", log) as v:
        log.append(v)
    out.append(log)
    log = []
    with tag("b", log):
        raise KeyError("k")
    out.append(log)
    log = []
    try:
        with tag("c", log):
            raise ValueError("v")
    except ValueError as e:
        out.append(("ValueError", str(e), log))
    out.append(tag.__doc__)
    out.append(tag.__name__)

    @mod.contextmanager
    def no_yield():
        if False:
            yield

    try:
        with no_yield():
            pass
    except RuntimeError as e:
        out.append(str(e))

    @mod.contextmanager
    def two_yields():
        yield 1
        yield 2

    try:
        with two_yields():
            pass
    except RuntimeError as e:
        out.append(str(e))

    @mod.contextmanager
    def swallow_all():
        try:
            yield
        except Exception:
            yield

    try:
        with swallow_all():
            raise TypeError
    except RuntimeError as e:
        out.append(str(e))

    @mod.contextmanager
    def passthrough():
        yield

    try:
        with passthrough():
            raise StopIteration("stop!")
    except StopIteration as e:
        out.append(("StopIteration propagated", str(e)))

    @mod.contextmanager
    def transform():
        try:
            yield
        except ZeroDivisionError as e:
            raise ArithmeticError("wrapped") from e

    try:
        with transform():
            1 / 0
    except ArithmeticError as e:
        out.append((str(e), type(e.__cause__).__name__))

    # as a decorator (recreated each call)
    calls = []

    @mod.contextmanager
    def logged():
        calls.append("in")
        yield
        calls.append("out")

    @logged()
    def f(x):
        calls.append(x)
        return x * 2
    out.append((f(1), f(2), calls))

    # suppress
    with mod.suppress(KeyError, IndexError):
        {}["x"]
    out.append("suppressed")
    try:
        with mod.suppress(KeyError):
            [][1]
    except IndexError:
        out.append("not suppressed")
    with mod.suppress():
        pass

    # closing / nullcontext
    class Res:
        closed = False

        def close(self):
            self.closed = True
    r = Res()
    with mod.closing(r) as got:
        out.append(got is r)
    out.append(r.closed)
    with mod.nullcontext(5) as v:
        out.append(v)
    with mod.nullcontext() as v:
        out.append(v)

    # redirect
    buf = io.StringIO()
    with mod.redirect_stdout(buf) as target:
        print("hello")
        out.append(target is buf)
    ebuf = io.StringIO()
    with mod.redirect_stderr(ebuf):
        sys.stderr.write("err")
    out.append((buf.getvalue(), ebuf.getvalue()))
    rd = mod.redirect_stdout(io.StringIO())
    with rd:
        with rd:
            print("nested")
    out.append(sys.stdout is sys.__stdout__ or type(sys.stdout).__name__)

    # ExitStack
    log = []
    with mod.ExitStack() as stack:
        for i in range(3):
            stack.callback(log.append, "cb%d" % i)
        stack.enter_context(tag("ctx", log))
        stack.push(lambda *exc: log.append(("push", exc[0])))
    out.append(log)
    log = []
    with mod.ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise KeyError("suppressed by stack")
    out.append("stack suppressed")
    try:
        with mod.ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            stack.callback(lambda: [][0])
    except ZeroDivisionError as e:
        out.append(("chained", type(e.__context__).__name__))
    log = []
    with mod.ExitStack() as stack:
        stack.callback(log.append, 1)
        moved = stack.pop_all()
    out.append(log)
    moved.close()
    out.append(log)
    try:
        mod.ExitStack().enter_context(object())
    except TypeError as e:
        out.append(str(e))
    cb = mod.ExitStack().callback(len)
    out.append(cb is len)

    class CM:
        def __enter__(self):
            return "cm-enter"

        def __exit__(self, *exc):
            log.append("cm-exit")
    log = []
    with mod.ExitStack() as stack:
        out.append(stack.enter_context(CM()))
    out.append(log)

    # AbstractContextManager
    class Yes:
        def __enter__(self):
            pass

        def __exit__(self, *a):
            pass

    class No:
        def __enter__(self):
            pass
    out.append((issubclass(Yes, mod.AbstractContextManager),
                issubclass(No, mod.AbstractContextManager),
                isinstance(mod.nullcontext(), mod.AbstractContextManager)))
    try:
        mod.AbstractContextManager()
    except TypeError as e:
        out.append(str(e))

    class Mine(mod.AbstractContextManager):
        def __exit__(self, *a):
            return None
    with Mine() as m:
        out.append(type(m).__name__)

    class Deco(mod.ContextDecorator):
        def __enter__(self):
            log.append("deco in")
            return self

        def __exit__(self, *exc):
            log.append("deco out")
    log = []

    @Deco()
    def g():
        log.append("body")
    g()
    out.append(log)
    return out


got, want = scenario(cl), scenario(ref)
c.eq("scenario length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("scenario[%d]" % i, g, w)
sys.exit(c.summary())
