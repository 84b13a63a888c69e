"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""
import _pwdgrp
from _structseq import make_structseq as _make_structseq
from pwd import _id_arg, _name_arg

struct_group = _make_structseq('grp.struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'))
struct_group.__doc__ = """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
"""


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    raw, shown = _id_arg(id, 'gid')
    if raw is None:   # CPython's gid converter (a C long that is no gid_t reads "less than minimum")
        big = (id if isinstance(id, int) else type(id).__index__(id)) >= 1 << 63
        raise OverflowError('gid is greater than maximum' if big else 'gid is less than minimum')
    row = _pwdgrp.getgrgid(raw)
    if row is None:
        raise KeyError(f'getgrgid(): gid not found: {shown}')
    return struct_group(row)


def getgrnam(name):
    """Return the group database entry for the given group name."""
    row = _pwdgrp.getgrnam(_name_arg(name, 'getgrnam', "'name' "))
    if row is None:
        raise KeyError(f'getgrnam(): name not found: {name!r}')
    return struct_group(row)


def getgrall():
    """Return a list of all available group entries, in arbitrary order."""
    return [struct_group(row) for row in _pwdgrp.getgrall()]
