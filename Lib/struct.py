"""Functions to convert between Python values and C structs (re-exports _struct)."""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
]

from _struct import *
from _struct import _clearcache
