"""sqlite3.Connection: the database handle, transactions and user-defined callbacks."""
import ctypes
import os
import threading

from . import _capi, _callbacks
from ._errors import (Warning, Error, InterfaceError, DatabaseError, InternalError,
                      OperationalError, ProgrammingError, IntegrityError, DataError,
                      NotSupportedError, db_error, type_name)
from ._statement import StatementCache, Statement
from ._cursor import Cursor

_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


class Connection:
    """An SQLite database connection (DB-API 2.0)."""

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    _db = 0

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if self._db:
            self.close()
        path = os.fsencode(database)
        flags = _capi.SQLITE_OPEN_READWRITE | _capi.SQLITE_OPEN_CREATE
        if uri:
            flags |= _capi.SQLITE_OPEN_URI
        handle = ctypes.c_void_p()
        rc = _capi.open_v2(path, ctypes.byref(handle), flags, None)
        db = handle.value or 0
        if rc != _capi.SQLITE_OK:
            if db:
                error = db_error(db)
                _capi.close_v2(db)
            else:
                error = MemoryError()
            raise error
        self._db = db
        _capi.busy_timeout(db, int(timeout * 1000))
        self._thread_ident = threading.get_ident()
        self._check_same_thread = check_same_thread
        self._detect_types = detect_types
        self._cache = StatementCache(cached_statements)
        self._callback_keys = []
        self._hooks = {}
        self._pending_exception = None
        self.row_factory = None
        self.text_factory = str
        self._isolation_level = None
        self._begin_statement = None
        self.isolation_level = isolation_level

    # -- state checks
    def _check(self):
        if not self._db:
            if getattr(self, "_cache", None) is None:
                raise ProgrammingError("Base Connection.__init__ not called.")
            raise ProgrammingError("Cannot operate on a closed database.")
        if self._check_same_thread and threading.get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                "The object was created in thread id %d and this is thread id %d."
                % (self._thread_ident, threading.get_ident()))

    def _run_simple(self, sql):
        """Prepare, step and finalize one statement (BEGIN/COMMIT/ROLLBACK)."""
        handle = ctypes.c_void_p()
        data = sql.encode("utf-8")
        rc = _capi.prepare_v2(self._db, data, len(data) + 1, ctypes.byref(handle), None)
        if rc == _capi.SQLITE_OK:
            _capi.step(handle.value)
            rc = _capi.finalize(handle.value)
        if rc != _capi.SQLITE_OK:
            raise db_error(self._db)

    # -- properties
    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            self._isolation_level = None
            self._begin_statement = None
            if self._db:
                self.commit()
            return
        if not isinstance(level, str):
            raise TypeError("isolation_level must be str or None")
        if level.upper() not in _ISOLATION_LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                             "or 'EXCLUSIVE'")
        self._isolation_level = level
        self._begin_statement = "BEGIN " + level

    @property
    def in_transaction(self):
        self._check()
        return not _capi.get_autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        return _capi.total_changes(self._db)

    # -- cursors and execution
    def cursor(self, factory=Cursor):
        self._check()
        cursor = factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def _executescript(self, script):
        self._check()
        if "\0" in script:
            raise ValueError("embedded null character")
        data = script.encode("utf-8")
        if len(data) > _capi.limit(self._db, 1, -1):
            raise DataError("query string is too large")
        if not _capi.get_autocommit(self._db):
            self._run_simple("COMMIT")
        buf = ctypes.create_string_buffer(data, len(data) + 1)
        base = ctypes.addressof(buf)
        offset = 0
        while True:
            handle = ctypes.c_void_p()
            tail = ctypes.c_void_p()
            rc = _capi.prepare_v2(self._db, base + offset, len(data) + 1 - offset,
                                  ctypes.byref(handle), ctypes.byref(tail))
            if rc == _capi.SQLITE_OK and handle.value:
                while True:
                    rc = _capi.step(handle.value)
                    if rc != _capi.SQLITE_ROW:
                        break
                rc = _capi.finalize(handle.value)
            if rc != _capi.SQLITE_OK:
                raise db_error(self._db)
            offset = tail.value - base
            if offset >= len(data):
                break

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("argument must be str, not %s" % type(sql).__name__)
        stmt = Statement(self._db, sql)
        self._cache.live.add(stmt)
        return stmt

    # -- transactions
    def commit(self):
        self._check()
        if not _capi.get_autocommit(self._db):
            self._run_simple("COMMIT")

    def rollback(self):
        self._check()
        if not _capi.get_autocommit(self._db):
            self._run_simple("ROLLBACK")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def close(self):
        if self._check_same_thread and self._db and \
                threading.get_ident() != self._thread_ident:
            self._check()
        if self._db:
            self._cache.close()
            _capi.close_v2(self._db)
            self._db = 0
            _callbacks.forget(self._callback_keys)
            self._callback_keys = []
            self._hooks = {}

    def __del__(self):
        try:
            if self._db:
                self._cache.close()
                _capi.close_v2(self._db)
                self._db = 0
                _callbacks.forget(self._callback_keys)
        except Exception:
            pass

    def interrupt(self):
        if not self._db:
            raise ProgrammingError("Cannot operate on a closed database.")
        _capi.interrupt(self._db)

    def getlimit(self, category, /):
        return self.setlimit(category, -1)

    def setlimit(self, category, limit, /):
        self._check()
        old = _capi.limit(self._db, category, limit)
        if old < 0:
            raise ProgrammingError("'category' is out of bounds")
        return old

    # -- user-defined callbacks
    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        flags = _capi.SQLITE_UTF8 | (_capi.SQLITE_DETERMINISTIC if deterministic else 0)
        # As CPython 3.11, None is registered as the callable (calls then fail).
        key = self._register(func)
        rc = _capi.create_function_v2(self._db, name.encode("utf-8"), narg, flags, key,
                                      _callbacks.function_cb, _capi.FUNC_CB(),
                                      _capi.FINAL_CB(), None)
        if rc != _capi.SQLITE_OK:
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        key = self._register(aggregate_class)
        rc = _capi.create_function_v2(self._db, name.encode("utf-8"), n_arg,
                                      _capi.SQLITE_UTF8, key, _capi.FUNC_CB(),
                                      _callbacks.step_cb, _callbacks.final_cb, None)
        if rc != _capi.SQLITE_OK:
            raise OperationalError("Error creating aggregate")

    def create_collation(self, name, callable, /):
        self._check()
        if not isinstance(name, str):
            raise TypeError("create_collation() argument 1 must be str, not %s"
                            % type(name).__name__)
        if callable is None:
            rc = _capi.create_collation_v2(self._db, name.encode("utf-8"), _capi.SQLITE_UTF8,
                                           None, _capi.COLLATION_CB(), None)
        else:
            if not hasattr(callable, "__call__"):
                raise TypeError("parameter must be callable")
            key = self._register(callable)
            rc = _capi.create_collation_v2(self._db, name.encode("utf-8"), _capi.SQLITE_UTF8,
                                           key, _callbacks.collation_cb, None)
        if rc != _capi.SQLITE_OK:
            raise db_error(self._db)

    def set_authorizer(self, authorizer_callback):
        self._check()
        if authorizer_callback is None:
            rc = _capi.set_authorizer(self._db, _capi.AUTHORIZER_CB(), None)
        else:
            key = self._register(authorizer_callback)
            rc = _capi.set_authorizer(self._db, _callbacks.authorizer_cb, key)
        if rc != _capi.SQLITE_OK:
            raise OperationalError("Error setting authorizer callback")

    def set_progress_handler(self, progress_handler, n):
        self._check()
        if progress_handler is None:
            _capi.progress_handler(self._db, 0, _capi.PROGRESS_CB(), None)
        else:
            key = self._register(progress_handler)
            _capi.progress_handler(self._db, n, _callbacks.progress_cb, key)

    def set_trace_callback(self, trace_callback):
        self._check()
        if trace_callback is None:
            _capi.trace_v2(self._db, 0, _capi.TRACE_CB(), None)
        else:
            key = self._register(trace_callback)
            _capi.trace_v2(self._db, 1, _callbacks.trace_cb, key)

    def _register(self, obj):
        key = _callbacks.register(self, obj)
        self._callback_keys.append(key)
        return key

    # -- whole-database operations
    def iterdump(self):
        from .dump import _iterdump
        return _iterdump(self)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        self._check()
        if not isinstance(target, Connection):
            raise TypeError("backup() argument 'target' must be sqlite3.Connection, not %s"
                            % type_name(target))
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        target._check()
        if progress is not None and not hasattr(progress, "__call__"):
            raise TypeError("progress argument must be a callable")
        if pages == 0:
            pages = -1
        if not _capi.get_autocommit(target._db):
            raise OperationalError("target is in transaction")
        handle = _capi.backup_init(target._db, b"main", self._db, name.encode("utf-8"))
        if not handle:
            raise db_error(target._db)
        while True:
            rc = _capi.backup_step(handle, pages)
            if progress is not None:
                try:
                    progress(rc, _capi.backup_remaining(handle),
                             _capi.backup_pagecount(handle))
                except BaseException:
                    _capi.backup_finish(handle)
                    raise
            if rc in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
                _capi.sleep(int(sleep * 1000))
            elif rc != _capi.SQLITE_OK:
                break
        rc = _capi.backup_finish(handle)
        if rc != _capi.SQLITE_OK:
            raise db_error(target._db)


Connection.__module__ = "sqlite3"
