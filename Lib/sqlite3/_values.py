"""Python values <-> SQLite values: adapters, converters, binding, columns, callback results."""
from . import _capi
from ._errors import ProgrammingError

_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1
_INT_MAX = (1 << 31) - 1


class PrepareProtocol:
    """The protocol objects are adapted to (PEP 246 style) before binding."""

    def __init__(self, *args, **kwargs):
        pass


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}
# True once an adapter was registered for a type bound natively (then every value is adapted).
_base_type_adapted = [False]


def register_adapter(type, adapter, /):
    """Register a function adapting values of type to one SQLite understands."""
    if type in (int, float, str, bytearray):
        _base_type_adapted[0] = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Register a function turning the bytes of a column of the given type into an object."""
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s"
                        % type(typename).__name__)
    converters[typename.upper()] = converter


_NO_ALT = object()


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT, /):
    """Adapt obj to proto: a registered adapter, proto.__adapt__, obj.__conform__, then alt."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        try:
            adapted = hook(obj)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        try:
            adapted = hook(proto)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


def _needs_adapting(obj):
    if _base_type_adapted[0]:
        return True
    return type(obj) not in (int, float, str, bytearray)


def _bind_one(st, index, value):
    """Bind value to parameter index (1-based); False when its type is not supported."""
    if value is None:
        rc = _capi.bind_null(st, index)
    elif isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        rc = _capi.bind_int64(st, index, value)
    elif isinstance(value, float):
        rc = _capi.bind_double(st, index, value)
    elif isinstance(value, str):
        data = value.encode("utf-8")
        if len(data) > _INT_MAX:
            raise OverflowError("string longer than INT_MAX bytes")
        rc = _capi.bind_text(st, index, data, len(data), _capi.SQLITE_TRANSIENT)
    elif isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) > _INT_MAX:
            raise OverflowError("BLOB longer than INT_MAX bytes")
        rc = _capi.bind_blob(st, index, data, len(data), _capi.SQLITE_TRANSIENT)
    else:
        try:
            data = bytes(memoryview(value))
        except TypeError:
            return None
        rc = _capi.bind_blob(st, index, data, len(data), _capi.SQLITE_TRANSIENT)
    return rc


def _bind_checked(st, index, value, db):
    if _needs_adapting(value):
        value = adapt(value, PrepareProtocol, value)
    rc = _bind_one(st, index, value)
    if rc is None:
        raise ProgrammingError("Error binding parameter %d: type '%s' is not supported"
                               % (index, type(value).__name__))
    if rc != _capi.SQLITE_OK:
        from ._errors import db_error
        raise db_error(db)


def bind_parameters(st, parameters, db):
    """Bind a sequence (by position) or a mapping (by :name) to the statement st."""
    needed = _capi.bind_parameter_count(st)
    if type(parameters) in (tuple, list) or (
            not isinstance(parameters, dict) and _is_sequence(parameters)):
        supplied = len(parameters)
        if supplied != needed:
            raise ProgrammingError(
                "Incorrect number of bindings supplied. The current statement uses %d, "
                "and there are %d supplied." % (needed, supplied))
        for i in range(needed):
            _bind_checked(st, i + 1, parameters[i], db)
    elif isinstance(parameters, dict):
        for i in range(1, needed + 1):
            raw = _capi.bind_parameter_name(st, i)
            if raw is None:
                raise ProgrammingError(
                    "Binding %d has no name, but you supplied a dictionary (which has only "
                    "names)." % i)
            name = raw.decode("utf-8")[1:]
            try:
                value = parameters[name]
            except KeyError:
                raise ProgrammingError(
                    "You did not supply a value for binding parameter :%s." % name) from None
            _bind_checked(st, i, value, db)
    else:
        raise ProgrammingError("parameters are of unsupported type")


def _is_sequence(obj):
    if isinstance(obj, (str, bytes, bytearray)):
        return True
    cls = type(obj)
    return hasattr(cls, "__getitem__") and hasattr(cls, "__len__") and not hasattr(
        cls, "keys")


def column_value(st, i, text_factory):
    """Column i of the current row as Python: int, float, text via text_factory, bytes."""
    kind = _capi.column_type(st, i)
    if kind == _capi.SQLITE_NULL:
        return None
    if kind == _capi.SQLITE_INTEGER:
        return _capi.column_int64(st, i)
    if kind == _capi.SQLITE_FLOAT:
        return _capi.column_double(st, i)
    if kind == _capi.SQLITE_TEXT:
        address = _capi.column_text(st, i)
        data = _capi.text_at(address, _capi.column_bytes(st, i))
        if text_factory is str:
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                from ._errors import OperationalError
                name = _capi.column_name(st, i) or b""
                raise OperationalError("Could not decode to UTF-8 column '%s' with text '%s'"
                                       % (name.decode("utf-8", "replace"),
                                          data.decode("utf-8", "replace"))) from None
        if text_factory is bytes:
            return data
        return text_factory(data)
    address = _capi.column_blob(st, i)
    return _capi.text_at(address, _capi.column_bytes(st, i))


def column_bytes(st, i):
    """Column i as the bytes a converter gets (None for NULL)."""
    if _capi.column_type(st, i) == _capi.SQLITE_NULL:
        return None
    address = _capi.column_blob(st, i)
    return _capi.text_at(address, _capi.column_bytes(st, i))


def callback_arguments(argc, argv):
    """The sqlite3_value* arguments of a user-defined function as Python objects."""
    args = []
    for k in range(argc):
        value = argv[k]
        kind = _capi.value_type(value)
        if kind == _capi.SQLITE_INTEGER:
            args.append(_capi.value_int64(value))
        elif kind == _capi.SQLITE_FLOAT:
            args.append(_capi.value_double(value))
        elif kind == _capi.SQLITE_TEXT:
            address = _capi.value_text(value)
            args.append(_capi.text_at(address, _capi.value_bytes(value)).decode("utf-8"))
        elif kind == _capi.SQLITE_BLOB:
            address = _capi.value_blob(value)
            args.append(_capi.text_at(address, _capi.value_bytes(value)))
        else:
            args.append(None)
    return args


def set_result(ctx, value):
    """Return value from a user-defined function; raises for unsupported types."""
    if value is None:
        _capi.result_null(ctx)
    elif isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        _capi.result_int64(ctx, value)
    elif isinstance(value, float):
        _capi.result_double(ctx, value)
    elif isinstance(value, str):
        data = value.encode("utf-8")
        _capi.result_text(ctx, data, len(data), _capi.SQLITE_TRANSIENT)
    else:
        try:
            data = bytes(memoryview(value))
        except TypeError:
            raise ProgrammingError("User-defined functions cannot return '%s' values to "
                                   "SQLite" % type(value).__name__) from None
        _capi.result_blob(ctx, data, len(data), _capi.SQLITE_TRANSIENT)
