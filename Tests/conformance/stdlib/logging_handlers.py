# logging.handlers: rotating/watched files, socket/datagram/syslog, buffering, queues
import datetime
import logging
import logging.handlers as H
import os
import pickle
import queue
import socket
import struct
import tempfile
import time

tmp = tempfile.TemporaryDirectory()
d = tmp.name


def listing():
    out = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            out.append((name, f.read().splitlines()))
    return out


def reset():
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))


def rec(msg, level=logging.INFO, name='app', args=()):
    r = logging.LogRecord(name, level, '/src/app.py', 10, msg, args, None)
    r.created = 1700000000.5
    return r


fmt = logging.Formatter('%(levelname)s %(message)s')

# --- RotatingFileHandler
path = os.path.join(d, 'app.log')
h = H.RotatingFileHandler(path, maxBytes=30, backupCount=2)
h.setFormatter(fmt)
for i in range(7):
    h.handle(rec('message number %d' % i))
h.close()
print('rotating', listing())
print('isinstance', isinstance(h, H.BaseRotatingHandler), isinstance(h, logging.FileHandler))
reset()

# namer and rotator
h = H.RotatingFileHandler(path, maxBytes=20, backupCount=3, delay=True)
h.namer = lambda name: name + '.bak'
def upper_rotator(src, dst):
    with open(src) as f:
        data = f.read()
    with open(dst, 'w') as f:
        f.write(data.upper())
    os.remove(src)
h.rotator = upper_rotator
print('delay stream', h.stream)
for i in range(5):
    h.handle(rec('line %d here' % i))
h.close()
print('namer', listing())
reset()

# maxBytes=0 never rolls over; shouldRollover answers directly
h = H.RotatingFileHandler(path, mode='w')
print('mode', h.mode, h.shouldRollover(rec('x' * 1000)))
h.close()
h = H.RotatingFileHandler(path, maxBytes=5)
print('should', h.shouldRollover(rec('a')), h.maxBytes, h.backupCount)
h.close()
reset()

# --- TimedRotatingFileHandler: computeRollover with fixed times (UTC)
T0 = 1700000000  # 2023-11-14 22:13:20 UTC, a Tuesday
for when, interval in [('S', 1), ('s', 10), ('M', 5), ('H', 2), ('D', 1), ('midnight', 1),
                       ('W0', 1), ('W1', 1), ('W6', 1)]:
    h = H.TimedRotatingFileHandler(path, when=when, interval=interval, utc=True, delay=True)
    nxt = h.computeRollover(T0)
    print('timed', when, h.when, h.interval, h.suffix, nxt - T0,
          time.strftime('%Y-%m-%d %H:%M:%S %a', time.gmtime(nxt)))
    h.close()
for at in [datetime.time(23, 0), datetime.time(6, 30, 15)]:
    for when in ('MIDNIGHT', 'W2', 'W4'):
        h = H.TimedRotatingFileHandler(path, when=when, utc=True, atTime=at, delay=True)
        nxt = h.computeRollover(T0)
        print('atTime', at, when, time.strftime('%Y-%m-%d %H:%M:%S %a', time.gmtime(nxt)))
        h.close()
for bad in ['W', 'W7', 'W12', 'X', 'hours']:
    try:
        H.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print('ValueError', e)

# doRollover names the old file after the start of its period and prunes backups
h = H.TimedRotatingFileHandler(path, when='H', backupCount=2, utc=True)
h.setFormatter(fmt)
for stamp in ['2023-11-10_01', '2023-11-10_02', '2023-11-11_07']:
    with open(path + '.' + stamp, 'w') as f:
        f.write('old %s\n' % stamp)
with open(path + '.notadate', 'w') as f:
    f.write('keep\n')
h.handle(rec('before'))
h.rolloverAt = T0
print('should roll', h.shouldRollover(rec('x')))
h.doRollover()
print('next later', h.rolloverAt > T0)
h.handle(rec('after'))
h.close()
print('timed files', listing())
h = H.TimedRotatingFileHandler(path, when='S', utc=True)
print('extMatch', bool(h.extMatch.match('2023-11-14_22-13-20')),
      bool(h.extMatch.match('2023-11-14_22-13')), bool(h.extMatch.match('2023-11-14_22-13-20.gz')))
h.rolloverAt = time.time() + 3600
print('not yet', h.shouldRollover(rec('x')))
h.close()
reset()

# --- WatchedFileHandler reopens a moved file
h = H.WatchedFileHandler(path)
h.setFormatter(fmt)
h.handle(rec('first'))
os.rename(path, path + '.moved')
h.handle(rec('second'))
os.remove(path)
h.handle(rec('third'))
h.close()
print('watched', listing())
reset()

# --- SocketHandler: length-prefixed pickled dict
sh = H.SocketHandler('localhost', None)
r = rec('value %s and %d', args=('x', 5))
data = sh.makePickle(r)
(n,) = struct.unpack('>L', data[:4])
d2 = pickle.loads(data[4:])
print('pickle len ok', n == len(data) - 4)
print('pickle keys', sorted(d2))
print('pickle msg', d2['msg'], d2['args'], d2['exc_info'], d2['levelname'], d2['created'])
r2 = logging.makeLogRecord(d2)
print('remade', r2.getMessage(), r2.levelno, r2.name)
try:
    1 / 0
except ZeroDivisionError:
    import sys
    r = logging.LogRecord('app', logging.ERROR, 'f.py', 1, 'boom', None, sys.exc_info())
d3 = pickle.loads(sh.makePickle(r)[4:])
print('exc_text', d3['exc_info'], d3['exc_text'].splitlines()[-1])
sh.close()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]
sh = H.SocketHandler('127.0.0.1', port)
print('address', sh.address == ('127.0.0.1', port), sh.closeOnError, sh.retryStart,
      sh.retryMax, sh.retryFactor)
lg = logging.getLogger('net')
lg.propagate = False
lg.addHandler(sh)
lg.warning('over %s', 'tcp')
lg.error('second one')
conn, _ = srv.accept()
buf = b''
got = []
while len(got) < 2:
    chunk = conn.recv(4096)
    if not chunk:
        break
    buf += chunk
    while len(buf) >= 4:
        (n,) = struct.unpack('>L', buf[:4])
        if len(buf) < 4 + n:
            break
        got.append(logging.makeLogRecord(pickle.loads(buf[4:4 + n])))
        buf = buf[4 + n:]
print('tcp', [(g.name, g.levelname, g.getMessage()) for g in got])
lg.removeHandler(sh)
sh.close()
conn.close()
srv.close()

# connection refused: retry bookkeeping, no exception
free = socket.socket()
free.bind(('127.0.0.1', 0))
dead_port = free.getsockname()[1]
free.close()
sh = H.SocketHandler('127.0.0.1', dead_port)
sh.handle(rec('lost'))
print('refused', sh.sock, sh.retryPeriod, sh.retryTime is not None)
sh.close()

# DatagramHandler over UDP
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
udp.settimeout(5)
dh = H.DatagramHandler('127.0.0.1', udp.getsockname()[1])
dh.handle(rec('datagram %d', args=(42,)))
pkt = udp.recv(65536)
dd = pickle.loads(pkt[4:])
print('udp', struct.unpack('>L', pkt[:4])[0] == len(pkt) - 4, dd['msg'], dd['name'])
dh.close()

# --- SysLogHandler
sl = H.SysLogHandler(address=('127.0.0.1', udp.getsockname()[1]))
print('encode', sl.encodePriority('user', 'info'), sl.encodePriority(sl.LOG_LOCAL3, 'err'),
      sl.encodePriority('daemon', sl.LOG_DEBUG), sl.encodePriority(0, 0))
print('map', [sl.mapPriority(n) for n in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL', 'X')])
print('names', sorted(sl.priority_names.items()))
print('facilities', len(sl.facility_names), sl.facility_names['local7'], sl.LOG_AUTHPRIV)
try:
    sl.encodePriority('nosuch', 'info')
except KeyError as e:
    print('KeyError', e)
sl.setFormatter(logging.Formatter('%(name)s: %(message)s'))
sl.handle(rec('hello syslog', level=logging.WARNING))
print('syslog', udp.recv(4096))
sl.ident = 'prog[1]: '
sl.append_nul = False
sl.facility = 'local0'
sl.handle(rec('plain', level=logging.CRITICAL))
print('syslog', udp.recv(4096))
print('socktype', sl.socktype == socket.SOCK_DGRAM, sl.unixsocket)
sl.close()
udp.close()

usock_path = os.path.join(d, 'log.sock')
us = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
us.bind(usock_path)
sl = H.SysLogHandler(address=usock_path, facility=H.SysLogHandler.LOG_MAIL)
sl.handle(rec('via unix', level=logging.ERROR))
print('unix', us.recv(4096), sl.unixsocket, sl.socktype == socket.SOCK_DGRAM)
sl.close()
us.close()
sl = H.SysLogHandler(address=os.path.join(d, 'missing.sock'))
print('missing unix', sl.unixsocket)
sl.close()
reset()

# --- BufferingHandler / MemoryHandler
class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.seen = []
    def emit(self, record):
        self.seen.append(self.format(record))

bh = H.BufferingHandler(3)
for i in range(5):
    bh.handle(rec('b%d' % i))
print('buffering', [r.msg for r in bh.buffer], bh.capacity)
bh.close()
print('closed buffer', bh.buffer)

target = Collect()
target.setFormatter(fmt)
mh = H.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
for i in range(3):
    mh.handle(rec('m%d' % i))
print('memory pending', len(mh.buffer), target.seen)
mh.handle(rec('bad', level=logging.ERROR))
print('memory flushed', len(mh.buffer), target.seen)
for i in range(5):
    mh.handle(rec('n%d' % i, level=logging.DEBUG))
print('capacity flush', len(mh.buffer), target.seen[-4:])
mh.close()
print('on close', target.seen[-1], mh.target)

t2 = Collect()
mh = H.MemoryHandler(10, target=None, flushOnClose=False)
mh.handle(rec('kept', level=logging.CRITICAL))
print('no target', len(mh.buffer))
mh.setTarget(t2)
mh.handle(rec('go', level=logging.INFO))
mh.flush()
print('set target', t2.seen)
mh.handle(rec('dropped'))
mh.close()
print('no flushOnClose', t2.seen)

# --- QueueHandler / QueueListener
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
r = rec('queued %s', args=('arg',))
qh.handle(r)
p = q.get_nowait()
print('prepared', p.msg, p.args, p.message, p.exc_info, p is r, r.msg)

low = Collect(logging.DEBUG)
high = Collect(logging.ERROR)
listener = H.QueueListener(q, low, high)
listener.start()
for lvl, m in [(logging.DEBUG, 'd'), (logging.ERROR, 'e'), (logging.INFO, 'i')]:
    q.put(rec(m, level=lvl))
listener.stop()
print('listener', low.seen, high.seen)
low2 = Collect(logging.DEBUG)
high2 = Collect(logging.ERROR)
listener = H.QueueListener(q, low2, high2, respect_handler_level=True)
listener.start()
for lvl, m in [(logging.DEBUG, 'd'), (logging.ERROR, 'e'), (logging.INFO, 'i')]:
    q.put(rec(m, level=lvl))
listener.stop()
print('respect level', low2.seen, high2.seen, listener._thread)

ql = logging.getLogger('queued')
ql.propagate = False
ql.addHandler(H.QueueHandler(q))
sink = Collect()
sink.setFormatter(fmt)
listener = H.QueueListener(q, sink)
listener.start()
ql.warning('w %d', 1)
try:
    {}['k']
except KeyError:
    ql.exception('failed')
listener.stop()
print('through logger', [s.splitlines()[0] for s in sink.seen], len(sink.seen[1].splitlines()))

# --- HTTPHandler / SMTPHandler construct
hh = H.HTTPHandler('localhost:8080', '/log', method='post')
print('http', hh.method, hh.host, hh.url, hh.secure, sorted(hh.mapLogRecord(rec('z')))[:3])
for kw in [dict(method='PUT'), dict(context=object())]:
    try:
        H.HTTPHandler('h', '/u', **kw)
    except ValueError as e:
        print('ValueError', e)
sm = H.SMTPHandler(('mail.example.com', 2525), 'a@example.com', 'b@example.com', 'Subj',
                   credentials=('u', 'p'))
print('smtp', sm.mailhost, sm.mailport, sm.toaddrs, sm.getSubject(rec('x')), sm.username,
      sm.timeout)
sm = H.SMTPHandler('mail', 'a@x', ['b@x', 'c@x'], 'S')
print('smtp2', sm.mailport, sm.toaddrs, sm.username, sm.secure)
print('ports', H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.SYSLOG_UDP_PORT)
tmp.cleanup()
