"""The sqlite3 module: DB-API 2.0 over SQLite (the system libsqlite3, through ctypes).

    import sqlite3
    con = sqlite3.connect(":memory:")
    con.execute("create table t(x)")
"""
from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import (_ERROR_CODES, version, version_info, sqlite_version,
                            sqlite_version_info, adapters, converters)
