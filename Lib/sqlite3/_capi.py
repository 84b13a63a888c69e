"""The SQLite C API through ctypes: the library, prototypes and constants.

Only the functions the sqlite3 package calls are declared; every handle is a plain int
(c_void_p), text goes in as UTF-8 bytes with an explicit length and SQLITE_TRANSIENT.
"""
import ctypes
from ctypes import (c_void_p, c_char_p, c_int, c_int64, c_double, c_ssize_t, POINTER,
                    CFUNCTYPE)


def _load():
    for name in ("libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib"):
        try:
            return ctypes.CDLL(name)
        except OSError:
            pass
    from ctypes.util import find_library
    path = find_library("sqlite3")
    if path is None:
        raise ImportError("libsqlite3 not found (Debian: apt-get install libsqlite3-0)")
    return ctypes.CDLL(path)


lib = _load()

SQLITE_OK = 0
SQLITE_ROW = 100
SQLITE_DONE = 101
SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL = 1, 2, 3, 4, 5
SQLITE_UTF8 = 1
SQLITE_DETERMINISTIC = 0x800
SQLITE_TRANSIENT = -1
SQLITE_OPEN_READWRITE = 0x2
SQLITE_OPEN_CREATE = 0x4
SQLITE_OPEN_URI = 0x40

# C callback types.
FUNC_CB = CFUNCTYPE(None, c_void_p, c_int, POINTER(c_void_p))
FINAL_CB = CFUNCTYPE(None, c_void_p)
COLLATION_CB = CFUNCTYPE(c_int, c_void_p, c_int, c_void_p, c_int, c_void_p)
AUTHORIZER_CB = CFUNCTYPE(c_int, c_void_p, c_int, c_char_p, c_char_p, c_char_p, c_char_p)
PROGRESS_CB = CFUNCTYPE(c_int, c_void_p)
TRACE_CB = CFUNCTYPE(c_int, ctypes.c_uint, c_void_p, c_void_p, c_void_p)

_P = c_void_p
_PROTOTYPES = {
    "sqlite3_libversion": (c_char_p, []),
    "sqlite3_threadsafe": (c_int, []),
    "sqlite3_open_v2": (c_int, [c_char_p, POINTER(c_void_p), c_int, c_char_p]),
    "sqlite3_close_v2": (c_int, [_P]),
    "sqlite3_busy_timeout": (c_int, [_P, c_int]),
    "sqlite3_errmsg": (c_char_p, [_P]),
    "sqlite3_errstr": (c_char_p, [c_int]),
    "sqlite3_errcode": (c_int, [_P]),
    "sqlite3_extended_errcode": (c_int, [_P]),
    "sqlite3_extended_result_codes": (c_int, [_P, c_int]),
    "sqlite3_get_autocommit": (c_int, [_P]),
    "sqlite3_changes": (c_int, [_P]),
    "sqlite3_total_changes": (c_int, [_P]),
    "sqlite3_last_insert_rowid": (c_int64, [_P]),
    "sqlite3_interrupt": (None, [_P]),
    "sqlite3_complete": (c_int, [c_char_p]),
    "sqlite3_limit": (c_int, [_P, c_int, c_int]),
    "sqlite3_prepare_v2": (c_int, [_P, _P, c_int, POINTER(c_void_p), POINTER(c_void_p)]),
    "sqlite3_finalize": (c_int, [_P]),
    "sqlite3_reset": (c_int, [_P]),
    "sqlite3_clear_bindings": (c_int, [_P]),
    "sqlite3_step": (c_int, [_P]),
    "sqlite3_stmt_readonly": (c_int, [_P]),
    "sqlite3_bind_parameter_count": (c_int, [_P]),
    "sqlite3_bind_parameter_name": (c_char_p, [_P, c_int]),
    "sqlite3_bind_null": (c_int, [_P, c_int]),
    "sqlite3_bind_int64": (c_int, [_P, c_int, c_int64]),
    "sqlite3_bind_double": (c_int, [_P, c_int, c_double]),
    "sqlite3_bind_text": (c_int, [_P, c_int, c_char_p, c_int, c_ssize_t]),
    "sqlite3_bind_blob": (c_int, [_P, c_int, c_char_p, c_int, c_ssize_t]),
    "sqlite3_column_count": (c_int, [_P]),
    "sqlite3_data_count": (c_int, [_P]),
    "sqlite3_column_name": (c_char_p, [_P, c_int]),
    "sqlite3_column_decltype": (c_char_p, [_P, c_int]),
    "sqlite3_column_type": (c_int, [_P, c_int]),
    "sqlite3_column_int64": (c_int64, [_P, c_int]),
    "sqlite3_column_double": (c_double, [_P, c_int]),
    "sqlite3_column_text": (c_void_p, [_P, c_int]),
    "sqlite3_column_blob": (c_void_p, [_P, c_int]),
    "sqlite3_column_bytes": (c_int, [_P, c_int]),
    "sqlite3_value_type": (c_int, [_P]),
    "sqlite3_value_int64": (c_int64, [_P]),
    "sqlite3_value_double": (c_double, [_P]),
    "sqlite3_value_text": (c_void_p, [_P]),
    "sqlite3_value_blob": (c_void_p, [_P]),
    "sqlite3_value_bytes": (c_int, [_P]),
    "sqlite3_result_null": (None, [_P]),
    "sqlite3_result_int64": (None, [_P, c_int64]),
    "sqlite3_result_double": (None, [_P, c_double]),
    "sqlite3_result_text": (None, [_P, c_char_p, c_int, c_ssize_t]),
    "sqlite3_result_blob": (None, [_P, c_char_p, c_int, c_ssize_t]),
    "sqlite3_result_error": (None, [_P, c_char_p, c_int]),
    "sqlite3_result_error_toobig": (None, [_P]),
    "sqlite3_result_error_nomem": (None, [_P]),
    "sqlite3_user_data": (c_void_p, [_P]),
    "sqlite3_aggregate_context": (c_void_p, [_P, c_int]),
    "sqlite3_create_function_v2": (c_int, [_P, c_char_p, c_int, c_int, c_void_p,
                                           FUNC_CB, FUNC_CB, FINAL_CB, c_void_p]),
    "sqlite3_create_collation_v2": (c_int, [_P, c_char_p, c_int, c_void_p,
                                            COLLATION_CB, c_void_p]),
    "sqlite3_set_authorizer": (c_int, [_P, AUTHORIZER_CB, c_void_p]),
    "sqlite3_progress_handler": (None, [_P, c_int, PROGRESS_CB, c_void_p]),
    "sqlite3_trace_v2": (c_int, [_P, ctypes.c_uint, TRACE_CB, c_void_p]),
    "sqlite3_expanded_sql": (c_void_p, [_P]),
    "sqlite3_sql": (c_char_p, [_P]),
    "sqlite3_free": (None, [c_void_p]),
    "sqlite3_backup_init": (c_void_p, [_P, c_char_p, _P, c_char_p]),
    "sqlite3_backup_step": (c_int, [_P, c_int]),
    "sqlite3_backup_finish": (c_int, [_P]),
    "sqlite3_backup_remaining": (c_int, [_P]),
    "sqlite3_backup_pagecount": (c_int, [_P]),
    "sqlite3_sleep": (c_int, [c_int]),
}

for _name, (_res, _args) in _PROTOTYPES.items():
    _fn = getattr(lib, _name)
    _fn.restype = _res
    _fn.argtypes = _args
    globals()[_name[len("sqlite3_"):]] = _fn
del _name, _res, _args, _fn


def text_at(address, size):
    """The bytes at a C address (an empty bytes object for NULL or size 0)."""
    if not address or size <= 0:
        return b""
    return ctypes.string_at(address, size)
