"""Extra logging handlers: rotating and watched files, sockets, syslog, buffering, queues,
HTTP and SMTP (CPython 3.11's logging.handlers)."""

import copy
import io
import os
import pickle
import queue
import re
import socket
import struct
import threading
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_DAY = 24 * 60 * 60


def _text_encoding(encoding):
    return io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls doRollover()."""
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: `namer(default_name)` when a namer is set."""
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        """Moves source to dest (or calls `rotator(source, dest)` when one is set)."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the next record would make the current one reach maxBytes;
    keeps backupCount old files named base.1 (newest) .. base.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if 'b' not in mode:
            encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (base, i + 1))
                newer = self.rotation_filename('%s.%d' % (base, i))
                if os.path.exists(newer):
                    if os.path.exists(older):
                        os.remove(older)
                    os.rename(newer, older)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            line = '%s\n' % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(line) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, strftime suffix, pattern of the suffix)
_TIMED_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (3600, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_DAY, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_DAY, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every `interval` units of `when` (S, M, H, D, MIDNIGHT, W0-W6);
    the old file gets the start of its period as a suffix."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when in _TIMED_UNITS:
            unit, self.suffix, pattern = _TIMED_UNITS[self.when]
        elif self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if not '0' <= self.when[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = 7 * _DAY, _TIMED_UNITS['D'][1], _TIMED_UNITS['D'][2]
        else:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _at_day_boundary(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def _timetuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        if not self._at_day_boundary():
            return currentTime + self.interval
        tm = self._timetuple(currentTime)
        if self.atTime is None:
            target = _DAY
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((tm[3] * 60 + tm[4]) * 60 + tm[5])
        weekday = tm[6]
        if wait < 0:
            wait += _DAY
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            later = result + days * _DAY
            if not self.utc:
                later += self._dst_shift(tm[-1], later)
            result = later
        return result

    @staticmethod
    def _dst_shift(dst_now, t):
        dst_then = time.localtime(t)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def shouldRollover(self, record):
        now = int(time.time())
        if now >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(now)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """Rotated files beyond backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base)
        prefix = stem + '.'
        plen = len(prefix)
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(ext)
                  and len(name) > plen + 1 and not name[plen + 1].isdigit()):
                continue
            if name[:plen] == prefix:
                if any(self.extMatch.match(part) for part in name[plen:].split('.')):
                    found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        start = self.rolloverAt - self.interval
        if self.utc:
            tm = time.gmtime(start)
        else:
            tm = time.localtime(start)
            if dst_now != tm[-1]:
                tm = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + '.' +
                                        time.strftime(self.suffix, tm))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if self._at_day_boundary() and not self.utc:
            nxt += self._dst_shift(dst_now, nxt)
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or deleted (device/inode change)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = _text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class SocketHandler(logging.Handler):
    """Sends each record's attribute dict, pickled (protocol 1) behind a 4-byte big-endian
    length, over a stream socket; reconnects with exponential backoff."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(self.address)
        except OSError:
            sock.close()
            raise
        return sock

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        if record.exc_info:
            self.format(record)  # caches exc_text, which travels instead of exc_info
        d = dict(record.__dict__)
        d['msg'] = record.getMessage()
        d['args'] = None
        d['exc_info'] = None
        d.pop('message', None)
        data = pickle.dumps(d, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP (or a unix datagram socket when port is None)."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends '<PRI>message\\0' to a syslog daemon over UDP, TCP or a unix socket."""

    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG = 0, 1, 2, 3, 4, 5
    LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 6, 7, 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = {
        'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT, 'debug': LOG_DEBUG,
        'emerg': LOG_EMERG, 'err': LOG_ERR, 'error': LOG_ERR, 'info': LOG_INFO,
        'notice': LOG_NOTICE, 'panic': LOG_EMERG, 'warn': LOG_WARNING,
        'warning': LOG_WARNING,
    }
    facility_names = {
        'auth': LOG_AUTH, 'authpriv': LOG_AUTHPRIV, 'console': LOG_CONSOLE, 'cron': LOG_CRON,
        'daemon': LOG_DAEMON, 'ftp': LOG_FTP, 'kern': LOG_KERN, 'lpr': LOG_LPR,
        'mail': LOG_MAIL, 'news': LOG_NEWS, 'ntp': LOG_NTP, 'security': LOG_SECURITY,
        'solaris-cron': LOG_SOLCRON, 'syslog': LOG_SYSLOG, 'user': LOG_USER,
        'uucp': LOG_UUCP, 'local0': LOG_LOCAL0, 'local1': LOG_LOCAL1, 'local2': LOG_LOCAL2,
        'local3': LOG_LOCAL3, 'local4': LOG_LOCAL4, 'local5': LOG_LOCAL5,
        'local6': LOG_LOCAL6, 'local7': LOG_LOCAL7,
    }
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning',
                    'ERROR': 'error', 'CRITICAL': 'critical'}

    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.createSocket()

    def _connect_unixsocket(self, address):
        kinds = [self.socktype] if self.socktype is not None else \
            [socket.SOCK_DGRAM, socket.SOCK_STREAM]
        for i, kind in enumerate(kinds):
            self.socket = socket.socket(socket.AF_UNIX, kind)
            try:
                self.socket.connect(address)
                self.socktype = kind
                return
            except OSError:
                self.socket.close()
                if i == len(kinds) - 1:
                    raise

    def createSocket(self):
        address = self.address
        if isinstance(address, str):
            self.unixsocket = True
            try:
                self._connect_unixsocket(address)
            except OSError:
                pass
            return
        self.unixsocket = False
        kind = socket.SOCK_DGRAM if self.socktype is None else self.socktype
        host, port = address
        infos = socket.getaddrinfo(host, port, 0, kind)
        if not infos:
            raise OSError('getaddrinfo returns an empty list')
        err = sock = None
        for family, kind, proto, _, sa in infos:
            err = sock = None
            try:
                sock = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    sock.connect(sa)
                break
            except OSError as exc:
                err = exc
                if sock is not None:
                    sock.close()
        if err is not None:
            raise err
        self.socket = sock
        self.socktype = kind

    def encodePriority(self, facility, priority):
        """facility << 3 | priority; names are looked up in facility_names/priority_names."""
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def close(self):
        with self.lock:
            sock, self.socket = self.socket, None
            if sock:
                sock.close()
            logging.Handler.close(self)

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, 'warning')

    def emit(self, record):
        try:
            text = self.format(record)
            if self.ident:
                text = self.ident + text
            if self.append_nul:
                text += '\000'
            pri = self.encodePriority(self.facility, self.mapPriority(record.levelname))
            data = ('<%d>' % pri).encode('utf-8') + text.encode('utf-8')
            if not self.socket:
                self.createSocket()
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == socket.SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Mails each record (one SMTP connection per record)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        logging.Handler.__init__(self)
        if isinstance(mailhost, (list, tuple)):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, (list, tuple)):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            from email.message import EmailMessage
            import email.utils
            smtp = smtplib.SMTP(self.mailhost, self.mailport or smtplib.SMTP_PORT,
                                timeout=self.timeout)
            msg = EmailMessage()
            msg['From'] = self.fromaddr
            msg['To'] = ','.join(self.toaddrs)
            msg['Subject'] = self.getSubject(record)
            msg['Date'] = email.utils.localtime()
            msg.set_content(self.format(record))
            if self.username:
                if self.secure is not None:
                    smtp.ehlo()
                    smtp.starttls(*self.secure)
                    smtp.ehlo()
                smtp.login(self.username, self.password)
            smtp.send_message(msg)
            smtp.quit()
        except Exception:
            self.handleError(record)


class HTTPHandler(logging.Handler):
    """Sends each record's dict, url-encoded, to a web server by GET or POST."""

    def __init__(self, host, url, method='GET', secure=False, credentials=None, context=None):
        logging.Handler.__init__(self)
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if not secure and context is not None:
            raise ValueError('context parameter only makes sense with secure=True')
        self.host = host
        self.url = url
        self.method = method
        self.secure = secure
        self.credentials = credentials
        self.context = context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            conn = self.getConnection(self.host, self.secure)
            url = self.url
            data = urllib.parse.urlencode(self.mapLogRecord(record))
            if self.method == 'GET':
                url += ('&' if '?' in url else '?') + data
            conn.putrequest(self.method, url)
            if self.method == 'POST':
                conn.putheader('Content-type', 'application/x-www-form-urlencoded')
                conn.putheader('Content-length', str(len(data)))
            if self.credentials:
                import base64
                token = base64.b64encode(('%s:%s' % self.credentials).encode('utf-8'))
                conn.putheader('Authorization', 'Basic ' + token.strip().decode('ascii'))
            conn.endheaders()
            if self.method == 'POST':
                conn.send(data.encode('utf-8'))
            conn.getresponse()
        except Exception:
            self.handleError(record)


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer`; flush() (called when shouldFlush says so) empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record at
    flushLevel or above arrives (and at close when flushOnClose)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts prepared (formatted, picklable) copies of records on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue on a daemon thread and passes them to its handlers."""
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = threading.Thread(target=self._monitor)
        self._thread.daemon = True
        self._thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
