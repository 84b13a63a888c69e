"""sqlite3.Row: a tuple-like row also indexed by case-insensitive column name."""
from ._errors import type_name


class Row:
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        from ._cursor import Cursor
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type_name(cursor))
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type_name(data))
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.encode("utf-8").lower()
            for i, column in enumerate(self._description or ()):
                if column[0].encode("utf-8").lower() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def keys(self):
        return [column[0] for column in self._description or ()]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row.__module__ = "sqlite3"
