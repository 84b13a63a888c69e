# Generator-based coroutines wired together with send(): producer -> filter -> sink.
def coroutine(f):
    def start(*args):
        g = f(*args)
        next(g)
        return g
    return start
@coroutine
def sink(store):
    while True:
        item = yield
        store.append(item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
found, everything = [], []
pipe = broadcast(grep("py", upper(sink(found))), sink(everything))
for line in ["python rocks", "java", "pypy too", "c"]:
    pipe.send(line)
print(found)
print(everything)
@coroutine
def stateful_counter():
    counts = {}
    result = None
    while True:
        word = yield result
        counts[word] = counts.get(word, 0) + 1
        result = dict(counts)
c = stateful_counter()
for w in "a b a c a b".split():
    last = c.send(w)
print(last)
@coroutine
def finisher(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("closed")
res = []
f = finisher(res)
f.send(1)
f.send(2)
f.close()
print(res)
