# Text files over pipes and sockets: open(fd, encoding=, newline=), io.TextIOWrapper over a
# pipe's binary file and a socket's makefile, and text writes after reads on 'w+' files.
import io
import os
import socket
import tempfile

r, w = os.pipe()
wf = open(w, "w", encoding="cp1252", newline="\r\n")
wf.write("caf\xe9 \u20ac\nnext\n")
wf.close()
rf = open(r, encoding="cp1252")
print(rf.name == r, rf.readlines(), repr(rf.newlines))
rf.close()

r, w = os.pipe()
os.write(w, "x\u00e9\r\ny\U0001f600\n".encode("utf-16"))
os.close(w)
t = io.TextIOWrapper(open(r, "rb"), encoding="utf-16")
print(list(t), repr(t.newlines))
t.close()

a, b = socket.socketpair()
b.sendall("h\u00e9\r\nw\n".encode())
b.close()
t = io.TextIOWrapper(a.makefile("rb"), encoding="utf-8")
print(t.readline(), t.readline(), repr(t.readline()))
t.close()
a.close()

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "m.txt")
    with open(p, "w+") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        print(repr(f.readline()), f.tell())
        f.write("X")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "r+b") as f:
        print(f.read(3), f.peek()[:4], f.tell())
        f.write(b"!")
        f.seek(0)
        print(f.read())
