"""Managers: a server process owns shared objects; other processes use them through proxies.

Written for SwiftPy (CPython's documented semantics, our own code). The server is a spawned
Process listening on an AF_UNIX socket (authenticated with the manager's authkey); each client
connection is served by its own thread. Every request is one message (kind, ...) answered by
('#RETURN', value), ('#ERROR', exception), ('#PROXY', (exposed, token)) or
('#UNSERIALIZABLE', text).

Reference counting: the server keeps a count per object. A proxy made by the creating call adopts
the reference the server took for it; pickling a proxy takes one more reference that the
unpickled copy adopts; a proxy's finalizer gives its reference back. An object is dropped when
its count reaches zero; everything goes when the server shuts down.
"""

import array
import itertools
import os
import signal
import sys
import threading
import queue
import weakref

from . import connection, process, reduction, util
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'Value', 'Array',
           'RemoteError', 'AutoProxy', 'MakeProxyType']


class Token:
    """Where a shared object lives: its type id, its server's address and its id there."""
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        self.typeid, self.address, self.id = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def public_methods(obj):
    """Names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name, None))]


# -- pickling on manager connections: dict views travel as lists (as in CPython) --

def _rebuild_as_list(obj):
    return list, (list(obj),)


_view_types = (type({}.keys()), type({}.values()), type({}.items()))


_dispatch_table = None


def _dumps(obj):
    global _dispatch_table
    import copyreg
    import io
    import pickle
    if _dispatch_table is None:
        _dispatch_table = copyreg.dispatch_table.copy()
        for t in _view_types:
            _dispatch_table[t] = _rebuild_as_list
    buf = io.BytesIO()
    p = pickle.Pickler(buf, pickle.HIGHEST_PROTOCOL)
    p.dispatch_table = _dispatch_table
    p.dump(obj)
    return buf.getvalue()


def _send(conn, obj):
    conn.send_bytes(_dumps(obj))


def _recv(conn):
    return reduction.loads(conn.recv_bytes())


# -- the server (runs in the manager's process) --

class Server:
    def __init__(self, registry, address, authkey):
        self.registry = registry
        self.authkey = bytes(authkey)
        self.listener = connection.Listener(address, backlog=128, authkey=self.authkey)
        self.address = self.listener.address
        self.objects = {}        # id -> [obj, refcount, exposed, method_to_typeid]
        self.lock = threading.Lock()
        self.counter = 0
        self.stop_event = threading.Event()

    def serve_forever(self):
        """Serve until a client asks for shutdown, then end the process (as CPython)."""
        self._serve()
        sys.exit(0)

    def _serve(self):
        process.current_process()._manager_server = self
        threading.Thread(target=self._accept_loop, daemon=True).start()
        try:
            self.stop_event.wait()
        finally:
            self.listener.close()

    def _accept_loop(self):
        while not self.stop_event.is_set():
            try:
                conn = self.listener.accept()
            except Exception:
                if self.stop_event.is_set() or self.listener._socket is None:
                    return
                continue
            threading.Thread(target=self._serve_client, args=(conn,), daemon=True).start()

    # object table

    def register_object(self, obj, typeid, exposed=None, method_to_typeid=None):
        if exposed is None:
            exposed = public_methods(obj)
        with self.lock:
            self.counter += 1
            ident = '%x' % self.counter
            self.objects[ident] = [obj, 1, tuple(exposed), method_to_typeid or {}]
        return Token(typeid, self.address, ident), tuple(exposed)

    def incref(self, ident):
        with self.lock:
            entry = self.objects.get(ident)
            if entry is None:
                raise KeyError('shared object %r does not exist (any more)' % ident)
            entry[1] += 1

    def decref(self, ident):
        with self.lock:
            entry = self.objects.get(ident)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0:
                del self.objects[ident]
                obj = entry[0]
        # obj (if dropped) is released here, outside the lock: its finalizers may call decref.

    def create(self, typeid, args, kwds):
        callable_, exposed, method_to_typeid, _ = self.registry[typeid]
        if callable_ is None:
            if len(args) != 1 or kwds:
                raise TypeError('%s() takes one argument (an existing object)' % typeid)
            obj = args[0]
        else:
            obj = callable_(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        if method_to_typeid is None:
            method_to_typeid = getattr(obj, '_method_to_typeid_', None)
        return self.register_object(obj, typeid, exposed, method_to_typeid)

    # requests

    def _serve_client(self, conn):
        try:
            while not self.stop_event.is_set():
                try:
                    request = _recv(conn)
                except (EOFError, OSError):
                    return
                except Exception as e:
                    request, reply = None, ('#ERROR', e)
                else:
                    reply = self._handle(request)
                try:
                    _send(conn, reply)
                except Exception as e:
                    import traceback
                    _send(conn, ('#UNSERIALIZABLE', traceback.format_exc()))
                if type(request) is tuple and request[:1] == ('#SHUTDOWN',):
                    self.stop_event.set()       # only now: the reply has been sent
                    return
                reply = request = None
        except (EOFError, OSError):
            pass
        finally:
            conn.close()

    def _handle(self, request):
        try:
            kind = request[0]
            if kind == '#CALL':
                _, ident, name, args, kwds = request
                with self.lock:
                    entry = self.objects.get(ident)
                if entry is None:
                    raise KeyError('shared object %r does not exist (any more)' % ident)
                obj, _, exposed, method_to_typeid = entry
                if name in exposed:
                    result = getattr(obj, name)(*args, **kwds)
                elif name in ('__str__', '__repr__'):
                    result = getattr(obj, name)()
                else:
                    raise AttributeError('method %r of %r object is not in exposed=%r'
                                         % (name, type(obj), exposed))
                typeid = method_to_typeid.get(name)
                if typeid:
                    _, rexposed, rmethod_to_typeid, _ = self.registry[typeid]
                    return ('#PROXY', self.register_object(result, typeid, rexposed, rmethod_to_typeid)[::-1])
                return ('#RETURN', result)
            if kind == '#CREATE':
                _, typeid, args, kwds = request
                token, exposed = self.create(typeid, args, kwds)
                return ('#RETURN', (token, exposed))
            if kind == '#INCREF':
                self.incref(request[1])
                return ('#RETURN', None)
            if kind == '#DECREF':
                self.decref(request[1])
                return ('#RETURN', None)
            if kind in ('#GETVALUE', '#EXPOSED'):
                with self.lock:
                    entry = self.objects.get(request[1])
                if entry is None:
                    raise KeyError('shared object %r does not exist (any more)' % request[1])
                return ('#RETURN', entry[0] if kind == '#GETVALUE' else entry[2])
            if kind == '#COUNT':
                with self.lock:
                    return ('#RETURN', len(self.objects))
            if kind == '#SHUTDOWN':
                return ('#RETURN', None)
            if kind == '#PING':
                return ('#RETURN', None)
            raise ValueError('unknown request %r' % (kind,))
        except Exception as e:
            return ('#ERROR', e)


def _run_server(registry, address, authkey, writer, initializer, initargs):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
    server = Server(registry, address, authkey)
    writer.send(server.address)
    writer.close()
    server._serve()
    # Objects (and their finalizers) go with the process; daemon threads end with it.
    util._flush_std()
    os._exit(0)


def _request(address, authkey, *request):
    """One request on a fresh connection (used by the manager itself and by finalizers)."""
    conn = connection.Client(address, authkey=authkey)
    try:
        _send(conn, request)
        return _unwrap(_recv(conn))
    finally:
        conn.close()


def _unwrap(reply, proxy_factory=None):
    kind, value = reply
    if kind == '#RETURN':
        return value
    if kind == '#ERROR':
        raise value
    if kind == '#UNSERIALIZABLE':
        raise RemoteError(value)
    raise ValueError('unexpected reply %r' % (kind,))


# -- managers --

class _State:
    INITIAL, STARTED, SHUTDOWN = 0, 1, 2


class BaseManager:
    """Starts (or connects to) a server process and makes proxies for the types registered."""
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        if serializer != 'pickle':
            raise ValueError('unsupported serializer %r: SwiftPy managers use pickle' % (serializer,))
        self._address = address
        self._authkey = bytes(authkey)
        self._state = _State.INITIAL
        self._process = None
        self._finalizer = None
        self._shutdown_timeout = shutdown_timeout
        if ctx is None:
            from . import context
            ctx = context._default_context.get_context()
        self._ctx = ctx

    @property
    def address(self):
        return self._address

    def get_server(self):
        if self._state != _State.INITIAL:
            raise ProcessError('Already started server' if self._state == _State.STARTED
                               else 'Manager has shut down')
        return Server(self._registry, self._address, self._authkey)

    def connect(self):
        """Use the server already running at self.address."""
        _request(self._address, self._authkey, '#PING')
        self._state = _State.STARTED

    def start(self, initializer=None, initargs=()):
        if self._state != _State.INITIAL:
            if self._state == _State.STARTED:
                raise ProcessError('Already started server')
            if self._state == _State.SHUTDOWN:
                raise ProcessError('Manager has shut down')
            raise ProcessError('Unknown state %r' % self._state)
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        self._process = self._ctx.Process(
            target=_run_server, name=type(self).__name__ + '-server',
            args=(self._registry, self._address, self._authkey, writer, initializer, initargs))
        self._process.start()
        writer.close()
        try:
            self._address = reader.recv()
        except EOFError:
            self._process.join()
            raise ProcessError('the manager process ended before it was ready (exit code %r)'
                               % self._process.exitcode) from None
        finally:
            reader.close()
        self._state = _State.STARTED
        _owned_addresses.add(self._address)
        self._finalizer = util.register_finalizer(self._finalize, priority=0)

    def _finalize(self):
        self._finalizer = None
        if self._state != _State.STARTED:
            return
        self._state = _State.SHUTDOWN
        if self._process is None:
            return
        try:
            _request(self._address, self._authkey, '#SHUTDOWN')
        except Exception:
            pass
        self._process.join(timeout=self._shutdown_timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=self._shutdown_timeout)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()

    def shutdown(self):
        """Stop the server process (proxies stop working)."""
        if self._finalizer is not None:
            util.cancel_finalizer(self._finalizer)
        self._finalize()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def _number_of_objects(self):
        return _request(self._address, self._authkey, '#COUNT')

    def _create(self, typeid, /, *args, **kwds):
        # CPython checks this with an assert: AssertionError as there.
        if self._state != _State.STARTED:
            raise AssertionError('server not yet started')
        return _request(self._address, self._authkey, '#CREATE', typeid, args, kwds)

    def __enter__(self):
        if self._state == _State.INITIAL:
            self.start()
        if self._state != _State.STARTED:
            raise ProcessError('Unable to start server')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Make cls.typeid(*args) create callable(*args) in the server and return a proxy."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            method_to_typeid = dict(method_to_typeid)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def create(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, manager=self, authkey=self._authkey, exposed=exp, incref=False)
            create.__name__ = typeid
            setattr(cls, typeid, create)


# -- proxies --

_proxy_tls = threading.local()


def _thread_connection(address, authkey):
    conns = getattr(_proxy_tls, 'connections', None)
    if conns is None:
        conns = _proxy_tls.connections = {}
    conn = conns.get(address)
    if conn is None:
        conn = conns[address] = connection.Client(address, authkey=authkey)
    return conn


# References held by this process's proxies: key -> (address, authkey, id). A proxy's finalizer
# gives its reference back at once; at exit, what is left goes back in one connection per server
# (servers of managers this process started are being shut down anyway).
_live_refs = {}
_ref_keys = itertools.count()
_owned_addresses = set()
_exit_hook = None


def _decref_quietly(address, authkey, idents):
    server = getattr(process.current_process(), '_manager_server', None)
    try:
        if server is not None and server.address == address:
            for ident in idents:
                server.decref(ident)
            return
        conn = connection.Client(address, authkey=authkey)
        try:
            for ident in idents:
                _send(conn, ('#DECREF', ident))
                _recv(conn)
        finally:
            conn.close()
    except Exception:
        pass


def _give_back(key):
    entry = _live_refs.pop(key, None)
    if entry is not None:
        _decref_quietly(entry[0], entry[1], (entry[2],))


def _give_back_all():
    byserver = {}
    while _live_refs:
        _, (address, authkey, ident) = _live_refs.popitem()
        if address not in _owned_addresses:
            byserver.setdefault((address, authkey), []).append(ident)
    for (address, authkey), idents in byserver.items():
        _decref_quietly(address, authkey, idents)


def _track(token, authkey):
    global _exit_hook
    if _exit_hook is None:
        _exit_hook = util.register_finalizer(_give_back_all, priority=10)
    key = next(_ref_keys)
    _live_refs[key] = (token.address, authkey, token.id)
    return key


class BaseProxy:
    """A handle on an object held by a manager's server; _callmethod runs one of its methods."""

    def __init__(self, token, serializer='pickle', manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        if authkey is None:
            authkey = manager._authkey if manager is not None else process.current_process().authkey
        self._authkey = bytes(authkey)
        self._exposed_ = exposed
        if incref:
            self._incref()
        self._close = weakref.finalize(self, _give_back, _track(token, self._authkey))
        self._close.atexit = False      # _give_back_all runs at exit instead

    def _incref(self):
        server = getattr(process.current_process(), '_manager_server', None)
        if server is not None and server.address == self._token.address:
            server.incref(self._token.id)
        else:
            _request(self._token.address, self._authkey, '#INCREF', self._token.id)

    def _callmethod(self, methodname, args=(), kwds={}):
        conn = _thread_connection(self._token.address, self._authkey)
        try:
            _send(conn, ('#CALL', self._token.id, methodname, args, kwds))
            kind, value = _recv(conn)
        except (EOFError, OSError):
            _proxy_tls.connections.pop(self._token.address, None)
            conn.close()
            raise
        if kind == '#PROXY':
            exposed, token = value
            proxytype = self._manager._registry[token.typeid][-1] if self._manager else AutoProxy
            return proxytype(token, manager=self._manager, authkey=self._authkey, exposed=exposed,
                             incref=False)
        return _unwrap((kind, value))

    def _getvalue(self):
        """A copy of the referent."""
        return _request(self._token.address, self._authkey, '#GETVALUE', self._token.id)

    def __reduce__(self):
        # The pickle carries its own reference, adopted by whoever unpickles it.
        self._incref()
        factory = AutoProxy if getattr(type(self), '_is_auto_proxy', False) else type(self)
        return (_rebuild_proxy, (factory, self._token, self._exposed_))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _rebuild_proxy(factory, token, exposed):
    return factory(token, exposed=exposed, incref=False)


_proxy_types = {}


def MakeProxyType(name, exposed, _cache=_proxy_types):
    """A BaseProxy subclass whose methods named in exposed call the referent's."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    namespace = {}
    for meth in exposed:
        def method(self, /, *args, _name=meth, **kwds):
            return self._callmethod(_name, args, kwds)
        method.__name__ = meth
        namespace[meth] = method
    proxytype = type(name, (BaseProxy,), namespace)
    proxytype._exposed_ = exposed
    _cache[(name, exposed)] = proxytype
    return proxytype


def AutoProxy(token, serializer='pickle', manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    """A proxy exposing the referent's public methods (the default proxy type of register)."""
    if exposed is None:
        exposed = _request(token.address, authkey or process.current_process().authkey,
                           '#EXPOSED', token.id)
    proxytype = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxytype._is_auto_proxy = True
    return proxytype(token, manager=manager, authkey=authkey, exposed=exposed, incref=incref)


AutoProxy._exposed_ = None


# -- the shared types of SyncManager --

class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted('%s=%r' % (k, v) for k, v in self.__dict__.items() if not k.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(items))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__',
    '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__', 'clear',
    'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join', 'map', 'map_async',
    'starmap', 'starmap_async', 'terminate'))
BasePoolProxy._method_to_typeid_ = {
    'apply_async': 'AsyncResult', 'map_async': 'AsyncResult', 'starmap_async': 'AsyncResult',
    'imap': 'Iterator', 'imap_unordered': 'Iterator'}


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _pool(*args, **kwds):
    from .pool import Pool
    return Pool(*args, **kwds)


class SyncManager(BaseManager):
    """BaseManager with the types of CPython's SyncManager registered."""


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Pool', _pool, PoolProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)
