"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""
import _pwdgrp
from _structseq import make_structseq as _make_structseq

struct_passwd = _make_structseq(
    'pwd.struct_passwd',
    ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'))
struct_passwd.__doc__ = """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple."""


def _id_arg(value, what):
    """(uid_t value or None when out of range, the id as messages show it) as CPython converts."""
    if not isinstance(value, int):
        try:
            value = type(value).__index__(value)
        except (AttributeError, TypeError):
            raise TypeError(f"{what} should be integer, not {type(value).__name__}") from None
    if value == -1:
        value = 0xFFFFFFFF
    if 0 <= value < 1 << 32:
        return value, (-1 if value == 0xFFFFFFFF else value)   # (uid_t)-1 is shown as -1
    return None, None


def _name_arg(name, fname, argdesc):
    if not isinstance(name, str):
        raise TypeError(f"{fname}() argument {argdesc}must be str, not {type(name).__name__}")
    if '\0' in name:
        raise ValueError("embedded null byte")
    return name


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID."""
    raw, shown = _id_arg(uid, 'uid')
    row = _pwdgrp.getpwuid(raw) if raw is not None else None
    if row is None:
        raise KeyError('getpwuid(): uid not found' + ('' if raw is None else f': {shown}'))
    return struct_passwd(row)


def getpwnam(name, /):
    """Return the password database entry for the given user name."""
    row = _pwdgrp.getpwnam(_name_arg(name, 'getpwnam', ''))
    if row is None:
        raise KeyError(f'getpwnam(): name not found: {name!r}')
    return struct_passwd(row)


def getpwall():
    """Return a list of all available password database entries, in arbitrary order."""
    return [struct_passwd(row) for row in _pwdgrp.getpwall()]
