# socket timeouts, non-blocking mode, select readiness, and blocking calls releasing the GIL
import errno
import select
import socket
import threading

a, b = socket.socketpair()
b.settimeout(0.05)
for call in (lambda: b.recv(1), lambda: b.recv_into(bytearray(1)), lambda: b.recvfrom(1)):
    try:
        call()
    except socket.timeout as e:
        print(type(e).__name__, e, e.errno, isinstance(e, OSError))
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN)
print(b.gettimeout(), b.getblocking())
r, w, x = select.select([b], [a], [], 0)
print(r, len(w), x)
a.send(b'!')
r, w, x = select.select([b], [], [], 5)
print(len(r), r[0] is b, b.recv(1))

# sendall with a timeout fills the buffer and times out
a.settimeout(0.1)
try:
    a.sendall(b'x' * (16 << 20))
except socket.timeout as e:
    print('sendall', type(e).__name__, e)
a.close(); b.close()

# accept with a timeout
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print('accept', e)

# a thread blocked in accept()/recv() does not hold the GIL: the main thread keeps counting
srv.settimeout(None)
ready = threading.Event()
got = []


def server():
    ready.set()
    conn, _ = srv.accept()
    with conn:
        got.append(conn.recv(100))


t = threading.Thread(target=server)
t.start()
ready.wait()
count = 0
for i in range(20000):
    count += 1
print('main ran while server blocked:', count, t.is_alive())
c = socket.create_connection(srv.getsockname())
c.sendall(b'late data')
t.join()
c.close()
srv.close()
print(got)

# connect timeout to a listening socket whose backlog is full is platform-dependent; refused instead
s = socket.socket()
s.settimeout(1)
print(s.connect_ex(('127.0.0.1', 1)) == errno.ECONNREFUSED)
s.close()
