"""sqlite3.Cursor: runs statements, steps them lazily and builds rows."""
from . import _capi, _values
from ._errors import ProgrammingError, db_error, type_name

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2


def _converter_name_from_colname(name):
    start = name.find("[")
    if start < 0:
        return None
    end = name.find("]", start + 1)
    if end < 0:
        return None
    return name[start + 1:end]


class Cursor:
    """A cursor over one Connection (DB-API 2.0)."""

    def __init__(self, connection, /):
        from ._connection import Connection
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type_name(connection))
        connection._check()
        self.connection = connection
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.arraysize = 1
        self.row_factory = None
        self._stmt = None
        self._converters = None
        self._closed = False
        self._locked = False
        self._initialized = True

    # -- checks and statement ownership
    def _check(self):
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self.connection._check()

    def _release(self):
        stmt = self._stmt
        if stmt is not None:
            self._stmt = None
            if self.connection._db:
                self.connection._cache.release(stmt)

    # -- execution
    def execute(self, sql, parameters=(), /):
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        return self._run(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s"
                            % type(sql).__name__)
        return self._run(sql, iter(seq_of_parameters), True)

    def _run(self, sql, parameters_iter, multiple):
        self._check()
        conn = self.connection
        self._release()
        self.description = None
        self.rowcount = -1
        self._converters = None
        stmt = conn._cache.get(conn._db, sql)
        db = conn._db
        self.rowcount = 0 if stmt.is_dml else -1
        if conn._begin_statement is not None and stmt.is_dml and _capi.get_autocommit(db):
            conn._run_simple(conn._begin_statement)
        stmt.in_use = True
        self._stmt = stmt
        rc = _capi.SQLITE_DONE
        try:
            for parameters in parameters_iter:
                if not stmt.st:
                    continue
                stmt.reset()
                _values.bind_parameters(stmt.st, parameters, db)
                conn._pending_exception = None
                rc = _capi.step(stmt.st)
                if rc != _capi.SQLITE_ROW and rc != _capi.SQLITE_DONE:
                    conn._pending_exception = None
                    error = db_error(db)
                    stmt.reset()
                    raise error
                self._prepare_columns(stmt.st)
                if rc == _capi.SQLITE_DONE:
                    if stmt.is_dml:
                        self.rowcount += _capi.changes(db)
                    stmt.reset()
                elif multiple:
                    raise ProgrammingError("executemany() can only execute DML statements.")
        except BaseException:
            self.rowcount = -1
            self._release()
            raise
        if not multiple:
            self.lastrowid = _capi.last_insert_rowid(db)
        if rc != _capi.SQLITE_ROW or multiple:
            self._release()
        return self

    def _prepare_columns(self, st):
        conn = self.connection
        count = _capi.column_count(st)
        detect = conn._detect_types
        if detect and self._converters is None:
            converters = []
            for i in range(count):
                converter = None
                if detect & PARSE_COLNAMES:
                    raw = _capi.column_name(st, i)
                    if raw is not None:
                        key = _converter_name_from_colname(raw.decode("utf-8"))
                        if key is not None:
                            converter = _values.converters.get(key.upper())
                if converter is None and detect & PARSE_DECLTYPES:
                    raw = _capi.column_decltype(st, i)
                    if raw is not None:
                        decl = raw.decode("utf-8")
                        for j, ch in enumerate(decl):
                            if ch == " " or ch == "(":
                                decl = decl[:j]
                                break
                        converter = _values.converters.get(decl.upper())
                converters.append(converter)
            self._converters = converters
        if self.description is None and count > 0:
            columns = []
            for i in range(count):
                raw = _capi.column_name(st, i)
                name = raw.decode("utf-8") if raw is not None else None
                if name is not None and detect & PARSE_COLNAMES:
                    cut = name.find("[")
                    if cut >= 0:
                        if cut > 0 and name[cut - 1] == " ":
                            cut -= 1
                        name = name[:cut]
                columns.append((name, None, None, None, None, None, None))
            self.description = tuple(columns)

    def executescript(self, sql_script, /):
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % type(sql_script).__name__)
        self._check()
        self._release()
        self.connection._executescript(sql_script)
        return self

    # -- fetching
    def _row(self):
        st = self._stmt.st
        factory = self.connection.text_factory
        converters = self._converters
        count = _capi.data_count(st)
        values = []
        self._locked = True
        try:
            for i in range(count):
                converter = converters[i] if converters else None
                if converter is not None:
                    data = _values.column_bytes(st, i)
                    values.append(None if data is None else converter(data))
                else:
                    values.append(_values.column_value(st, i, factory))
        finally:
            self._locked = False
        return tuple(values)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        stmt = self._stmt
        if stmt is None:
            raise StopIteration
        row = self._row()
        rc = _capi.step(stmt.st)
        if rc == _capi.SQLITE_DONE:
            if stmt.is_dml:
                self.rowcount = _capi.changes(self.connection._db)
            self._release()
        elif rc != _capi.SQLITE_ROW:
            error = db_error(self.connection._db)
            self._release()
            raise error
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        try:
            return next(self)
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            try:
                rows.append(next(self))
            except StopIteration:
                break
            size -= 1
        return rows

    def fetchall(self):
        return list(self)

    def close(self):
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        self.connection._check()
        self._release()
        self._closed = True

    def __del__(self):
        # A cursor dropped mid-iteration gives its statement back to the cache.
        try:
            if self._stmt is not None and self.connection._db:
                self._release()
        except Exception:
            pass

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor.__module__ = "sqlite3"
