"""The DB-API exception hierarchy and the mapping from SQLite result codes to it."""
from . import _capi


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, InternalError, OperationalError,
             ProgrammingError, IntegrityError, DataError, NotSupportedError):
    _cls.__module__ = "sqlite3"
del _cls

# Result codes: (name, primary, extended index) -> code = primary | index << 8.
_PRIMARY = ("OK ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT "
            "NOTFOUND FULL CANTOPEN PROTOCOL EMPTY SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE "
            "NOLFS AUTH FORMAT RANGE NOTADB NOTICE WARNING").split()
_EXTENDED = {
    "ERROR": "MISSING_COLLSEQ RETRY SNAPSHOT",
    "IOERR": ("READ SHORT_READ WRITE FSYNC DIR_FSYNC TRUNCATE FSTAT UNLOCK RDLOCK DELETE "
              "BLOCKED NOMEM ACCESS CHECKRESERVEDLOCK LOCK CLOSE DIR_CLOSE SHMOPEN SHMSIZE "
              "SHMLOCK SHMMAP SEEK DELETE_NOENT MMAP GETTEMPPATH CONVPATH VNODE AUTH "
              "BEGIN_ATOMIC COMMIT_ATOMIC ROLLBACK_ATOMIC DATA CORRUPTFS"),
    "LOCKED": "SHAREDCACHE VTAB",
    "BUSY": "RECOVERY SNAPSHOT TIMEOUT",
    "CANTOPEN": "NOTEMPDIR ISDIR FULLPATH CONVPATH DIRTYWAL SYMLINK",
    "CORRUPT": "VTAB SEQUENCE INDEX",
    "READONLY": "RECOVERY CANTLOCK ROLLBACK DBMOVED CANTINIT DIRECTORY",
    "ABORT": "_ ROLLBACK",
    "CONSTRAINT": ("CHECK COMMITHOOK FOREIGNKEY FUNCTION NOTNULL PRIMARYKEY TRIGGER UNIQUE "
                   "VTAB ROWID PINNED DATATYPE"),
    "NOTICE": "RECOVER_WAL RECOVER_ROLLBACK",
    "WARNING": "AUTOINDEX",
    "AUTH": "USER",
    "OK": "LOAD_PERMANENTLY SYMLINK",
}

ERROR_CODES = {}
for _i, _p in enumerate(_PRIMARY):
    ERROR_CODES["SQLITE_" + _p] = _i
ERROR_CODES["SQLITE_ROW"] = 100
ERROR_CODES["SQLITE_DONE"] = 101
for _p, _names in _EXTENDED.items():
    for _k, _n in enumerate(_names.split(), 1):
        if _n != "_":
            ERROR_CODES["SQLITE_%s_%s" % (_p, _n)] = _PRIMARY.index(_p) | _k << 8
del _i, _p, _names, _k, _n
_NAMES = {code: name for name, code in ERROR_CODES.items()}


def type_name(obj):
    """How argument errors name the type of obj (CPython's clinic says "None" for None)."""
    return "None" if obj is None else type(obj).__name__


def error_name(code):
    return _NAMES.get(code, "unknown")


_CLASS_BY_PRIMARY = {
    2: InternalError, 12: InternalError,
    11: DatabaseError,
    18: DataError,
    19: IntegrityError, 20: IntegrityError,
    21: InterfaceError, 25: InterfaceError,
}
for _c in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _CLASS_BY_PRIMARY[_c] = OperationalError
del _c


def make_error(code, message):
    """The exception for an (extended) result code, carrying sqlite_errorcode/name."""
    if code & 0xff == 7:
        return MemoryError()
    cls = _CLASS_BY_PRIMARY.get(code & 0xff, DatabaseError)
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = error_name(code)
    return exc


def db_error(db):
    """The exception for the last error on the connection handle db."""
    code = _capi.extended_errcode(db)
    raw = _capi.errmsg(db)
    message = raw.decode("utf-8", "replace") if raw is not None else "unknown error"
    return make_error(code, message)
