# Composing generators into lazy pipelines; demonstrating evaluation order.
log = []
def source(n):
    for i in range(n):
        log.append("src%d" % i)
        yield i
def square(it):
    for x in it:
        log.append("sq%d" % x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipe = take(3, evens(square(source(100))))
print(log)
print(list(pipe))
print(log)
def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
config = """
# a comment
name = demo
size=10   # trailing
empty =

mode = fast
"""
print(dict(parse(strip_comments(read_lines(config)))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))
gen = (c for c in "abc")
print(list(zip(gen, gen)))
