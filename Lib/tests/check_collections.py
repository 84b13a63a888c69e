"""Differential check: Lib/collections (and _collections_abc) vs CPython."""
import collections as ref
import collections.abc as ref_abc
import copy
import random
import sys

from _loader import load, Checker

DEPS = ("_collections_abc", "abc", "keyword", "operator", "reprlib",
        "itertools")
col = load("collections", deps=DEPS)
cabc = load("_collections_abc", deps=("abc",))
c = Checker("collections")
rng = random.Random(4)


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


for name in ref.__all__:
    c.true("has " + name, hasattr(col, name))

# ---------------------------------------------------------------- deque
def deque_ops(mod, seed):
    r = random.Random(seed)
    maxlen = r.choice([None, None, 0, 1, 3, 5])
    d = mod.deque(r.sample(range(10), r.randrange(6)), maxlen)
    log = [repr(d)]
    for _ in range(40):
        op = r.randrange(22)
        v = r.randrange(8)
        i = r.randrange(-8, 8)
        if op == 0:
            log.append(outcome(lambda: d.append(v)))
        elif op == 1:
            log.append(outcome(lambda: d.appendleft(v)))
        elif op == 2:
            log.append(outcome(d.pop))
        elif op == 3:
            log.append(outcome(d.popleft))
        elif op == 4:
            log.append(outcome(lambda: d.extend(range(v))))
        elif op == 5:
            log.append(outcome(lambda: d.extendleft(range(v))))
        elif op == 6:
            log.append(outcome(lambda: d.rotate(i)))
        elif op == 7:
            log.append(outcome(lambda: d[i]))
        elif op == 8:
            log.append(outcome(lambda: d.__setitem__(i, v)))
        elif op == 9:
            log.append(outcome(lambda: d.__delitem__(i)))
        elif op == 10:
            log.append(outcome(lambda: d.insert(i, v)))
        elif op == 11:
            log.append(outcome(lambda: d.remove(v)))
        elif op == 12:
            log.append(outcome(lambda: d.index(v)))
        elif op == 13:
            log.append(outcome(lambda: d.index(v, i, r.randrange(-3, 9))))
        elif op == 14:
            log.append(outcome(lambda: d.count(v)))
        elif op == 15:
            log.append(outcome(d.reverse))
        elif op == 16:
            log.append(outcome(lambda: (v in d, len(d), bool(d))))
        elif op == 17:
            log.append(outcome(lambda: repr(d.copy())))
        elif op == 18:
            log.append(outcome(lambda: repr(d * (v % 3))))
        elif op == 19:
            d2 = d.__iadd__([v, v])
            log.append(d2 is d)
        elif op == 20:
            log.append(outcome(lambda: (list(reversed(d)), d.maxlen)))
        else:
            log.append(outcome(lambda: (d == mod.deque([v]), d < mod.deque([v]),
                                        d >= mod.deque(list(d)))))
        log.append(list(d))
    log.append(repr(d))
    return log


for seed in range(400):
    c.eq("deque ops seed %d" % seed, deque_ops(col, seed), deque_ops(ref, seed))

for args in [(), ([1, 2],), ([1, 2], 3), ("abc", 0), ([], -1), ([], "x"),
             (range(5), 2)]:
    c.same("deque%r repr" % (args,), lambda: repr(col.deque(*args)),
           lambda: repr(ref.deque(*args)))
d = col.deque([1])
d.append(d)
c.eq("deque recursive repr", repr(d), "deque([1, [...]])")
c.same("deque slice", lambda: col.deque([1, 2])[0:1], lambda: ref.deque([1, 2])[0:1])
c.same("deque + list", lambda: col.deque([1]) + [2], lambda: ref.deque([1]) + [2])
c.same("deque + deque", lambda: list(col.deque([1]) + col.deque([2])),
       lambda: list(ref.deque([1]) + ref.deque([2])))
c.raises("deque hash", TypeError, lambda: hash(col.deque()))
c.same("deque maxlen readonly", lambda: setattr(col.deque(), "maxlen", 3),
       lambda: setattr(ref.deque(), "maxlen", 3))


def mutate_during_iter(mod):
    d = mod.deque([1, 2, 3])
    try:
        for x in d:
            d.append(x)
    except RuntimeError as e:
        return str(e)


c.eq("deque mutated during iteration", mutate_during_iter(col),
     mutate_during_iter(ref))
big = col.deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
c.eq("deque big", (len(big), big[0], big[-1], big[1000]), (2000, -999, 999, 0))
c.eq("deque copy module", list(copy.copy(col.deque([1, [2]], 5))), [1, [2]])
c.eq("deque deepcopy maxlen", copy.deepcopy(col.deque([1, [2]], 5)).maxlen, 5)
c.true("deque is MutableSequence", isinstance(col.deque(), cabc.MutableSequence))
c.eq("deque class_getitem", repr(col.deque[int]).replace("swiftpy_collections", "collections"),
     repr(ref.deque[int]))


class SubDeque(col.deque):
    pass


sd = SubDeque([1, 2], 4)
c.eq("deque subclass", (repr(sd), type(sd.copy()).__name__, sd.copy().maxlen),
     ("SubDeque([1, 2], maxlen=4)", "SubDeque", 4))

# ------------------------------------------------------------- namedtuple
def nt_suite(mod):
    out = []
    P = mod.namedtuple("Point", "x, y")
    p = P(1, y=2)
    out += [repr(p), p.x, p[1], P._fields, P._field_defaults, p._asdict(),
            repr(p._replace(x=5)), repr(P._make([3, 4])), P.__doc__,
            P.x.__doc__, P.__new__.__doc__, p == (1, 2), hash(p) == hash((1, 2)),
            P.__match_args__, p.__getnewargs__(), P.__slots__]
    out.append(outcome(lambda: P(1)))
    out.append(outcome(lambda: P(1, 2, 3)))
    out.append(outcome(lambda: p._replace(z=1)))
    out.append(outcome(lambda: P._make([1])))
    out.append(outcome(lambda: setattr(p, "x", 3)))
    out.append(outcome(lambda: setattr(p, "z", 3)))
    Q = mod.namedtuple("Q", ["a", "b", "c"], defaults=[9, 10])
    out += [repr(Q(1)), Q._field_defaults, Q.__new__.__defaults__]
    R = mod.namedtuple("R", "abc def ghi abc _x", rename=True)
    out.append(R._fields)
    S = mod.namedtuple("S", "a", module="mymod")
    out += [S.__module__, repr(S(1)), S.__qualname__]
    for bad in [("1x", "a"), ("X", "a 1b"), ("X", "a def"), ("X", "a _b"),
                ("X", "a a"), ("class", "a")]:
        out.append(outcome(lambda: mod.namedtuple(*bad)))
    out.append(outcome(lambda: mod.namedtuple("X", "a", defaults=[1, 2])))
    E = mod.namedtuple("E", "")
    out += [repr(E()), E._fields]
    out.append(copy.deepcopy(p) == p)
    return out


got, want = nt_suite(col), nt_suite(ref)
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("namedtuple[%d]" % i, g, w)
c.eq("namedtuple count", len(got), len(want))

# ------------------------------------------------------------ OrderedDict
def od_ops(mod, seed):
    r = random.Random(seed)
    od = mod.OrderedDict()
    log = []
    for _ in range(40):
        k = r.choice("abcdef")
        op = r.randrange(10)
        if op < 3:
            od[k] = r.randrange(9)
        elif op == 3:
            log.append(outcome(lambda: od.move_to_end(k, last=r.random() < 0.5)))
        elif op == 4:
            log.append(outcome(lambda: od.popitem(last=r.random() < 0.5)))
        elif op == 5:
            log.append(outcome(lambda: od.pop(k)))
        elif op == 6:
            log.append(outcome(lambda: od.setdefault(k, 7)))
        elif op == 7:
            log.append(outcome(lambda: od.__delitem__(k)))
        elif op == 8:
            log.append((od == mod.OrderedDict(sorted(od.items())),
                        od == dict(sorted(od.items())), list(reversed(od))))
        else:
            log.append(repr(od | {k: 0}))
        log.append(repr(od))
    log.append(repr(od.copy()))
    log.append(repr(mod.OrderedDict.fromkeys("xyz", 1)))
    return log


for seed in range(150):
    c.eq("OrderedDict ops seed %d" % seed, od_ops(col, seed), od_ops(ref, seed))
c.eq("OrderedDict empty repr", repr(col.OrderedDict()), "OrderedDict()")
c.same("OrderedDict popitem empty", lambda: col.OrderedDict().popitem(),
       lambda: ref.OrderedDict().popitem())
od = col.OrderedDict(a=1)
od["self"] = od
c.eq("OrderedDict recursive repr", repr(od),
     "OrderedDict([('a', 1), ('self', ...)])")
c.eq("OrderedDict copy.copy", repr(copy.copy(col.OrderedDict(b=1, a=2))),
     "OrderedDict([('b', 1), ('a', 2)])")
c.eq("OrderedDict deepcopy", repr(copy.deepcopy(col.OrderedDict(b=[1], a=2))),
     "OrderedDict([('b', [1]), ('a', 2)])")

# ------------------------------------------------------------ defaultdict
def dd_suite(mod):
    out = []
    d = mod.defaultdict(list)
    d["a"].append(1)
    d["b"]
    out += [repr(d), dict(d), d.default_factory is list, "c" in d]
    out.append(repr(mod.defaultdict(None, {1: 2})))
    out.append(repr(mod.defaultdict()))
    out.append(outcome(lambda: mod.defaultdict(None)["x"]))
    out.append(outcome(lambda: mod.defaultdict(5)))
    d2 = d.copy()
    out += [repr(d2), type(d2).__name__, d2["a"] is d["a"]]
    out.append(repr(copy.deepcopy(d)))
    out.append(repr(d | {"z": 1}))
    out.append(repr({"z": 1} | d))
    e = mod.defaultdict(int, x=1)
    e["y"] += 2
    out.append(repr(e))
    out.append(d.get("nope"))
    out.append(repr(mod.defaultdict(lambda: 0)).split(" at ")[0])
    return out


for i, (g, w) in enumerate(zip(dd_suite(col), dd_suite(ref))):
    c.eq("defaultdict[%d]" % i, g, w)
dd = col.defaultdict(list)
dd.default_factory = dd.__repr__
c.eq("defaultdict self-repr factory", repr(dd).startswith("defaultdict(<bound"), True)

# ---------------------------------------------------------------- Counter
def counter_suite(mod, seed):
    r = random.Random(seed)
    def rand_counter():
        return mod.Counter({k: r.randrange(-3, 5) for k in r.sample("abcdefg", r.randrange(6))})
    a, b = rand_counter(), rand_counter()
    out = [repr(a), repr(b)]
    for op in ("+", "-", "|", "&"):
        out.append(repr(eval("a %s b" % op)))
    out += [repr(+a), repr(-a), a == b, a <= b, a < b, a >= b, a > b, a != b,
            a.total(), a.most_common(), a.most_common(2), a.most_common(0),
            sorted(a.elements())]
    x = a.copy()
    x += b
    out.append(repr(x))
    x = a.copy()
    x -= b
    out.append(repr(x))
    x = a.copy()
    x |= b
    out.append(repr(x))
    x = a.copy()
    x &= b
    out.append(repr(x))
    x = a.copy()
    x.update("abcab")
    x.update({"z": 3}, q=1)
    out.append(repr(x))
    x.subtract("aaz", z=2)
    out.append(repr(x))
    del x["nope"]
    out.append(x["missing"])
    return out


for seed in range(200):
    c.eq("Counter seed %d" % seed, counter_suite(col, seed), counter_suite(ref, seed))
c.eq("Counter repr", repr(col.Counter("abracadabra")), repr(ref.Counter("abracadabra")))
c.eq("Counter empty", repr(col.Counter()), "Counter()")
c.same("Counter fromkeys", lambda: col.Counter.fromkeys("ab"),
       lambda: ref.Counter.fromkeys("ab"))
c.eq("Counter unorderable", repr(col.Counter({"a": 1, "b": "x"})),
     repr(ref.Counter({"a": 1, "b": "x"})))
c.same("Counter + dict", lambda: col.Counter("a") + {"a": 1},
       lambda: ref.Counter("a") + {"a": 1})
c.eq("Counter copy module", repr(copy.deepcopy(col.Counter("aab"))),
     "Counter({'a': 2, 'b': 1})")

# --------------------------------------------------------------- ChainMap
def chain_suite(mod):
    out = []
    a, b = {"x": 1, "y": 2}, {"y": 3, "z": 4}
    cm = mod.ChainMap(a, b)
    out += [repr(cm), cm["y"], cm["z"], len(cm), list(cm), "z" in cm,
            cm.get("q", 0), bool(cm), dict(cm.items())]
    cm["z"] = 9
    out += [a, b]
    out.append(outcome(lambda: cm.__delitem__("y") or "ok"))
    out.append(outcome(lambda: cm.__delitem__("y")))
    out.append(outcome(lambda: cm.pop("q")))
    out.append(outcome(cm.popitem))
    child = cm.new_child({"w": 0})
    out += [repr(child), repr(child.parents), repr(cm.new_child()),
            repr(cm.new_child(k=1))]
    out.append(repr(cm | {"n": 1}))
    out.append(repr({"n": 1} | cm))
    cm |= {"m": 2}
    out.append(repr(cm))
    out.append(repr(mod.ChainMap()))
    out.append(repr(mod.ChainMap.fromkeys("ab", 0)))
    out.append(repr(cm.copy()))
    out.append(outcome(lambda: mod.ChainMap({})["nope"]))
    cm.clear()
    out.append(repr(cm))
    return out


for i, (g, w) in enumerate(zip(chain_suite(col), chain_suite(ref))):
    c.eq("ChainMap[%d]" % i, g, w)

# ------------------------------------------------- UserDict/List/String
def user_suite(mod):
    out = []
    ud = mod.UserDict({"a": 1}, b=2)
    ud["c"] = 3
    del ud["a"]
    out += [repr(ud), len(ud), "b" in ud, ud.get("z", 5), repr(ud.copy()),
            repr(ud | {"q": 1}), repr({"q": 1} | ud), sorted(ud.items()),
            repr(mod.UserDict.fromkeys("ab")), ud == {"b": 2, "c": 3}]
    out.append(outcome(lambda: ud["missing"]))
    ul = mod.UserList([3, 1, 2])
    ul.append(5)
    ul.sort()
    out += [repr(ul), repr(ul[1:3]), type(ul[1:3]).__name__, ul[0],
            repr(ul + [9]), repr([9] + ul), repr(ul * 2), ul == [1, 2, 3, 5],
            ul < [4], ul.count(1), ul.index(2), repr(ul.copy())]
    ul.reverse()
    ul.extend(mod.UserList([0]))
    ul.insert(0, -1)
    ul.remove(5)
    ul += (7,)
    out += [repr(ul), ul.pop(), ul.pop(0), repr(ul)]
    us = mod.UserString("Hello World")
    out += [repr(us), str(us), us.upper().data, type(us.upper()).__name__,
            us.split(), us.find("o"), us[1:4].data, (us + "!").data,
            ("> " + us).data, us * 2 == "Hello WorldHello World", len(us),
            "World" in us, us.replace("l", "L").data, us.count("l"),
            us.startswith("He"), us.zfill(15).data, us.center(15, "*").data,
            (mod.UserString("%s-%s") % (1, 2)).data, us.lower() < us,
            hash(us) == hash("Hello World"), us.encode(), us.partition(" "),
            us.casefold().data, us.removeprefix("Hel").data, us.title().data]
    return out


for i, (g, w) in enumerate(zip(user_suite(col), user_suite(ref))):
    c.eq("User*[%d]" % i, g, w)

# ---------------------------------------------------- collections.abc tables
abc_names = ref_abc.__all__
objs = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(),
        range(3), iter([]), iter(""), iter({}), {}.keys(), {}.values(),
        {}.items(), (x for x in ()), len, lambda: 0, memoryview(b""),
        type.__dict__, None, object(), zip(), reversed([])]


class OnlyLen:
    def __len__(self):
        return 0


class OnlyIter:
    def __iter__(self):
        return iter(())


class IterNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class Calls:
    def __call__(self):
        pass


class Rev(OnlyIter):
    def __reversed__(self):
        return iter(())


class Coll(OnlyLen, OnlyIter):
    def __contains__(self, x):
        return False


class NoneIter:
    __iter__ = None


objs += [OnlyLen(), OnlyIter(), IterNext(), NoHash(), Calls(), Rev(), Coll(),
         NoneIter()]
for name in abc_names:
    ours_cls, ref_cls = getattr(cabc, name), getattr(ref_abc, name)
    for o in objs:
        c.eq("isinstance(%s, %s)" % (type(o).__name__, name),
             isinstance(o, ours_cls), isinstance(o, ref_cls))
    c.eq("repr " + name, repr(ours_cls), repr(ref_cls))
    c.eq("abstracts " + name, sorted(ours_cls.__abstractmethods__),
         sorted(ref_cls.__abstractmethods__))
col_abc = load("collections.abc", deps=("_collections_abc",))
c.true("collections.abc re-exports", col_abc.Mapping is cabc.Mapping)


# Mixins on user classes, compared with CPython's mixins.
def mixins(abcmod):
    class MySet(abcmod.MutableSet):
        def __init__(self, it=()):
            self.d = []
            for x in it:
                self.add(x)

        def __contains__(self, x):
            return x in self.d

        def __iter__(self):
            return iter(list(self.d))

        def __len__(self):
            return len(self.d)

        def add(self, x):
            if x not in self.d:
                self.d.append(x)

        def discard(self, x):
            if x in self.d:
                self.d.remove(x)

    class MyMap(abcmod.MutableMapping):
        def __init__(self):
            self.d = {}

        def __getitem__(self, k):
            return self.d[k]

        def __setitem__(self, k, v):
            self.d[k] = v

        def __delitem__(self, k):
            del self.d[k]

        def __iter__(self):
            return iter(self.d)

        def __len__(self):
            return len(self.d)

    class MySeq(abcmod.MutableSequence):
        def __init__(self, it=()):
            self.d = list(it)

        def __getitem__(self, i):
            return self.d[i]

        def __setitem__(self, i, v):
            self.d[i] = v

        def __delitem__(self, i):
            del self.d[i]

        def __len__(self):
            return len(self.d)

        def insert(self, i, v):
            self.d.insert(i, v)

    out = []
    s, t = MySet([1, 2, 3]), MySet([3, 4])
    for expr in ("s & t", "s | t", "s - t", "s ^ t", "s <= t", "s < t",
                 "s == MySet([3, 2, 1])", "s >= MySet([1])", "s.isdisjoint([9])",
                 "[1, 5] - s" if False else "s - [1]", "{1, 2, 3} == s"):
        v = eval(expr)
        out.append(sorted(v) if isinstance(v, abcmod.Set) else v)
    out.append(s._hash() == hash(frozenset([1, 2, 3])))
    s |= [7]
    s -= [1]
    s ^= [2, 8]
    s &= [3, 7, 8, 9]
    out.append(sorted(s))
    out.append(outcome(lambda: s.remove(99)))
    out.append(len([s.pop() for _ in range(len(s))]))
    m = MyMap()
    m.update({"a": 1}, b=2)
    m.update([("c", 3)])
    out += [m.get("a"), m.get("z", 0), "a" in m, sorted(m.keys()),
            sorted(m.items()), sorted(m.values()), m.pop("a"),
            outcome(lambda: m.pop("a")), m.pop("a", 5), m.setdefault("d", 4),
            m == {"b": 2, "c": 3, "d": 4}, repr(m.keys()).split("(")[0],
            ("b", 2) in m.items(), 3 in m.values(), m.popitem(),
            m.keys() & {"c"}, m.keys() | {"q"}]
    m.clear()
    out.append(len(m))
    q = MySeq([1, 2, 3, 2])
    out += [list(q), 2 in q, q.index(2), q.index(2, 2), q.count(2),
            list(reversed(q)), outcome(lambda: q.index(9))]
    q.append(5)
    q.extend([6, 7])
    q.reverse()
    q.remove(2)
    out.append(q.pop())
    q += [0]
    out.append(list(q))
    q.clear()
    out.append(list(q))
    out.append(outcome(lambda: abcmod.Sequence()))
    return out


for i, (g, w) in enumerate(zip(mixins(cabc), mixins(ref_abc))):
    c.eq("abc mixins[%d]" % i, g, w)
sys.exit(c.summary())
