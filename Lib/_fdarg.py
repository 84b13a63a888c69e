"""Argument conversions shared by select, fcntl and selectors (CPython's C converters)."""

_INT_MIN, _INT_MAX = -(1 << 31), (1 << 31) - 1


def as_fd(obj):
    """A file descriptor from an int or an object with fileno(), as PyObject_AsFileDescriptor."""
    if isinstance(obj, int):
        fd = c_int(obj)
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = c_int(fd)
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def index(value):
    """value.__index__() with CPython's TypeError for non-integers."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return method(value)


def c_int(value):
    """A C int argument ('i'): OverflowError outside its range."""
    v = index(value)
    if not _INT_MIN <= v <= _INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    return v


def c_long(value):
    """A C long argument ('l')."""
    v = index(value)
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    return v


def c_uint_bitwise(value):
    """A C unsigned int taken bitwise ('I'): truncated, never an error for ints."""
    return index(value) & 0xFFFFFFFF
