"""Prepared statements and the per-connection LRU cache of them."""
import ctypes
from collections import OrderedDict

from . import _capi
from ._errors import ProgrammingError, DataError, db_error

_SQLITE_LIMIT_SQL_LENGTH = 1
_DML_WORDS = ("insert", "update", "delete", "replace")


def skip_blank(sql, pos=0):
    """Index of the first character of sql (bytes or str) after blanks and comments."""
    n = len(sql)
    dash = "-" if isinstance(sql, str) else b"-"
    slash = "/" if isinstance(sql, str) else b"/"
    while pos < n:
        ch = sql[pos:pos + 1]
        if ch.isspace():
            pos += 1
        elif ch == dash and sql[pos + 1:pos + 2] == dash:
            end = sql.find("\n" if dash == "-" else b"\n", pos + 2)
            if end < 0:
                return n
            pos = end + 1
        elif ch == slash and sql[pos + 1:pos + 2] == ("*" if dash == "-" else b"*"):
            end = sql.find("*/" if dash == "-" else b"*/", pos + 2)
            if end < 0:
                return n
            pos = end + 2
        else:
            break
    return pos


class Statement:
    """One sqlite3_stmt*: st is 0 for SQL with no statement (blank or comments only)."""
    __slots__ = ("st", "sql", "is_dml", "in_use", "cached", "__weakref__")

    def __init__(self, db, sql):
        if "\0" in sql:
            raise ProgrammingError("the query contains a null character")
        data = sql.encode("utf-8")
        if len(data) > _capi.limit(db, _SQLITE_LIMIT_SQL_LENGTH, -1):
            raise DataError("query string is too large")
        buf = ctypes.create_string_buffer(data, len(data) + 1)
        handle = ctypes.c_void_p()
        tail = ctypes.c_void_p()
        rc = _capi.prepare_v2(db, ctypes.addressof(buf), len(data) + 1,
                              ctypes.byref(handle), ctypes.byref(tail))
        if rc != _capi.SQLITE_OK:
            raise db_error(db)
        self.st = handle.value or 0
        self.sql = sql
        self.in_use = False
        self.cached = False
        consumed = (tail.value or ctypes.addressof(buf)) - ctypes.addressof(buf)
        if skip_blank(data, consumed) < len(data):
            self.finalize()
            raise ProgrammingError("You can only execute one statement at a time.")
        start = skip_blank(sql)
        self.is_dml = sql[start:start + 7].lower().startswith(_DML_WORDS)

    def reset(self):
        if self.st:
            _capi.reset(self.st)

    def finalize(self):
        if self.st:
            _capi.finalize(self.st)
            self.st = 0


class StatementCache:
    """LRU of prepared statements by SQL text; every statement made is tracked for close()."""

    def __init__(self, size):
        self.size = size
        self.lru = OrderedDict()
        self.live = set()

    def get(self, db, sql):
        stmt = self.lru.get(sql)
        if stmt is not None and not stmt.in_use:
            self.lru.move_to_end(sql)
            return stmt
        stmt = Statement(db, sql)
        self.live.add(stmt)
        if stmt.st and sql not in self.lru and self.size > 0:
            stmt.cached = True
            self.lru[sql] = stmt
            while len(self.lru) > self.size:
                _, old = self.lru.popitem(last=False)
                old.cached = False
                if not old.in_use:
                    self.discard(old)
        return stmt

    def release(self, stmt):
        """A cursor is done with stmt: reset it, finalize it unless the cache keeps it."""
        stmt.in_use = False
        stmt.reset()
        if not stmt.cached:
            self.discard(stmt)

    def discard(self, stmt):
        stmt.finalize()
        self.live.discard(stmt)

    def close(self):
        for stmt in list(self.live):
            stmt.finalize()
        self.live.clear()
        self.lru.clear()
