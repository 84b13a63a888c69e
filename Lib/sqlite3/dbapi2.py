"""DB-API 2.0 interface to SQLite (PEP 249), over the system libsqlite3 through ctypes."""
import collections.abc
import datetime
import time

from . import _capi
from ._errors import (Warning, Error, InterfaceError, DatabaseError, InternalError,
                      OperationalError, ProgrammingError, IntegrityError, DataError,
                      NotSupportedError, ERROR_CODES as _ERROR_CODES)
from ._values import (PrepareProtocol, adapt, adapters, converters, register_adapter,
                      register_converter)
from ._cursor import Cursor, PARSE_DECLTYPES, PARSE_COLNAMES
from ._row import Row
from ._connection import Connection
from ._callbacks import enable_callback_tracebacks

globals().update(_ERROR_CODES)

paramstyle = "qmark"
apilevel = "2.0"
# SQLITE_THREADSAFE 0 (single-thread), 1 (serialized), 2 (multi-thread) -> DB-API level.
threadsafety = {0: 0, 1: 3, 2: 1}.get(_capi.threadsafe(), 0)

version = "2.6.0"
version_info = tuple(int(part) for part in version.split("."))
sqlite_version = _capi.libversion().decode("ascii")
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128, uri=False):
    """Open a connection to the SQLite database file database (":memory:" for RAM)."""
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


def complete_statement(statement):
    """True if statement holds complete SQL statement(s) (ends with a semicolon)."""
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not %s"
                        % type(statement).__name__)
    return bool(_capi.complete(statement.encode("utf-8")))


def enable_shared_cache(enable):
    raise NotSupportedError("shared cache is not supported")


# Authorizer return codes and action codes, SQLite limits.
SQLITE_DENY = 1
SQLITE_IGNORE = 2
_ACTIONS = ("CREATE_INDEX CREATE_TABLE CREATE_TEMP_INDEX CREATE_TEMP_TABLE "
            "CREATE_TEMP_TRIGGER CREATE_TEMP_VIEW CREATE_TRIGGER CREATE_VIEW DELETE "
            "DROP_INDEX DROP_TABLE DROP_TEMP_INDEX DROP_TEMP_TABLE DROP_TEMP_TRIGGER "
            "DROP_TEMP_VIEW DROP_TRIGGER DROP_VIEW INSERT PRAGMA READ SELECT TRANSACTION "
            "UPDATE ATTACH DETACH ALTER_TABLE REINDEX ANALYZE CREATE_VTABLE DROP_VTABLE "
            "FUNCTION SAVEPOINT RECURSIVE").split()
for _code, _name in enumerate(_ACTIONS, 1):
    globals()["SQLITE_" + _name] = _code
_LIMITS = ("LENGTH SQL_LENGTH COLUMN EXPR_DEPTH COMPOUND_SELECT VDBE_OP FUNCTION_ARG "
           "ATTACHED LIKE_PATTERN_LENGTH VARIABLE_NUMBER TRIGGER_DEPTH WORKER_THREADS").split()
for _code, _name in enumerate(_LIMITS):
    globals()["SQLITE_LIMIT_" + _name] = _code
del _code, _name


def _install_default_adapters():
    def adapt_date(val):
        return val.isoformat()

    def adapt_datetime(val):
        return val.isoformat(" ")

    def convert_date(val):
        return datetime.date(*map(int, val.split(b"-")))

    def convert_timestamp(val):
        date_part, time_part = val.split(b" ")
        year, month, day = map(int, date_part.split(b"-"))
        clock, _, fraction = time_part.partition(b".")
        hours, minutes, seconds = map(int, clock.split(b":"))
        micro = int(fraction.decode()[:6].ljust(6, "0")) if fraction else 0
        return datetime.datetime(year, month, day, hours, minutes, seconds, micro)

    register_adapter(datetime.date, adapt_date)
    register_adapter(datetime.datetime, adapt_datetime)
    register_converter("date", convert_date)
    register_converter("timestamp", convert_timestamp)


_install_default_adapters()
collections.abc.Sequence.register(Row)
