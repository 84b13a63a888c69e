import socket, threading
print(repr(socket.AF_INET), socket.SOCK_STREAM, socket.timeout, socket.error)
a, b = socket.socketpair()
print(a.family, a.type, repr(a.family))
with a, b:
    a.sendall(b'line1\nline2\n')
    f = b.makefile('rb')
    print(f.readline(), f.readline())
    w = a.makefile('w')
    w.write('text\n'); w.flush()
    r = b.makefile('r')
    print(repr(r.readline()))
    w.close(); r.close(); f.close()
print(repr(a))
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
def serve():
    c, addr = srv.accept()
    with c:
        while True:
            d = c.recv(100)
            if not d: break
            c.sendall(d.upper())
t = threading.Thread(target=serve); t.start()
with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
    print(c.gettimeout())
    c.sendall(b'hello')
    print(c.recv(100))
t.join(); srv.close()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.05)
s.bind(('127.0.0.1', 0))
try:
    s.recvfrom(10)
except socket.timeout as e:
    print('timeout:', e, isinstance(e, OSError))
s.close()
try:
    socket.create_connection(('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print('gaierror', type(e).__mro__[1].__name__)
x = socket.socket()
print(x.getblocking(), x.gettimeout()); x.setblocking(False); print(x.getblocking(), x.gettimeout()); x.close()
print(x.fileno())
# recv_into, shutdown, UDP round trip, AF_UNIX names, errors
a, b = socket.socketpair()
a.sendall(b'abcdef')
buf = bytearray(4)
print(b.recv_into(buf), buf, b.recv_into(memoryview(buf)[1:], 2), buf)
a.shutdown(socket.SHUT_WR)
print(b.recv(10), b.recv(10))
print(a.getsockname(), b.getpeername())
a.close(); b.close()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.sendto(b'ping', u1.getsockname())
data, addr = u1.recvfrom(64)
print(data, addr[0], addr == u2.getsockname())
u1.sendto(b'pong', addr)
print(u2.recv(64))
u1.close(); u2.close()
print(u1)
try:
    u1.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno)
s = socket.socket()
try:
    s.bind(('127.0.0.1', 70000))
except OverflowError as e:
    print('OverflowError', e)
try:
    s.settimeout(-1)
except ValueError as e:
    print('ValueError', e)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
fd = s.detach()
print(s.fileno(), fd > 2)
t = socket.socket(fileno=fd)
print(t.family, t.type, t.proto)
t.close()
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET, b'\x7f\x00\x00\x01'))
print(socket.htonl(1), socket.ntohs(256), socket.inet_aton('10.0.0.1'))
print(socket.gethostbyname('127.0.0.1'), isinstance(socket.gethostname(), str))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
with socket.socket() as s2:
    print(s2.gettimeout())
socket.setdefaulttimeout(None)
print(issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError)
