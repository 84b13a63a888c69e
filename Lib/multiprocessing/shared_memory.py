"""Named POSIX shared memory (multiprocessing.shared_memory), as in CPython 3.11.

SharedMemory(name=None, create=False, size=0): create a new block (a random name when none is
given) or attach to an existing one by name; `buf` is a writable memoryview over the mapping.
Every block created or attached is registered with the resource tracker (resource_tracker.py),
which unlinks the blocks still registered when the process tree has ended, with CPython's
"leaked shared_memory objects" warning; unlink() unregisters. close() releases `buf` and the descriptor; the
mapping itself stays until the process ends (memoryviews sliced from `buf` stay valid).
"""

import os
import secrets
import struct

import _multiprocessing as _mp

__all__ = ['SharedMemory', 'ShareableList']

_SHM_SAFE_NAME_LENGTH = 14
_SHM_NAME_PREFIX = '/psm_'


def _make_filename():
    nbytes = (_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2
    return _SHM_NAME_PREFIX + secrets.token_hex(nbytes)


class SharedMemory:
    _name = None
    _fd = -1
    _buf = None
    _address = None
    _prepend_leading_slash = True

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            flags = os.O_CREAT | os.O_EXCL | os.O_RDWR
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        else:
            flags = os.O_RDWR
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")

        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._fd = _mp.shm_open(name, flags, 0o600)
                except FileExistsError:
                    continue
                self._name = name
                break
        else:
            name = '/' + name if self._prepend_leading_slash else name
            self._fd = _mp.shm_open(name, flags, 0o600)
            self._name = name
        try:
            if create and size:
                os.ftruncate(self._fd, size)
            size = _mp.fstat_size(self._fd)
            if size == 0:
                raise ValueError('cannot mmap an empty file')
            self._address = _mp.map_shared(self._fd, size)
        except OSError:
            self.unlink() if create else None
            raise
        self._size = size
        self._buf = _mp.view(self._address, size)
        from . import resource_tracker
        resource_tracker.register(self._name, 'shared_memory')

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        """A memoryview of the shared memory block."""
        return self._buf

    @property
    def name(self):
        """Unique name that identifies the shared memory block."""
        reported_name = self._name
        if self._prepend_leading_slash and self._name.startswith('/'):
            reported_name = self._name[1:]
        return reported_name

    @property
    def size(self):
        """Size in bytes."""
        return self._size

    def close(self):
        """Closes access to the shared memory from this instance (the block is not destroyed)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def unlink(self):
        """Destroys the block once every process has closed it; call it once, in one process."""
        if self._name:
            _mp.shm_unlink(self._name)
            from . import resource_tracker
            resource_tracker.unregister(self._name, 'shared_memory')


_KINDS = (int, float, bool, str, bytes, type(None))
_FORMATS = ('q', 'd', 'xxxxxxx?', None, None, 'xxxxxx?x')   # what `format` reports per kind
_HEADER = struct.Struct('q')
_ENTRY = struct.Struct('qqq')       # per item: capacity, kind, length (str/bytes)


class ShareableList:
    """A fixed-length list of int, float, bool, str, bytes and None stored in a SharedMemory.

    Layout: item count; per item (capacity, kind, length); then the items' slots, 8 bytes each
    or, for str/bytes, their initial length rounded up past a multiple of 8. A str or bytes
    replacing an item must fit its slot; other values fit any slot.
    """

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            caps, kinds = [], []
            for item in items:
                kind = self._kind_of(item)
                kinds.append(kind)
                if kind in (3, 4):
                    raw = item.encode('utf8') if kind == 3 else item
                    caps.append(8 * (len(raw) // 8 + 1))
                else:
                    caps.append(8)
            n = len(items)
            size = _HEADER.size + n * _ENTRY.size + sum(caps)
            self.shm = SharedMemory(name, create=True, size=size)
            _HEADER.pack_into(self.shm.buf, 0, n)
            self._load_layout_from(caps)
            for i, item in enumerate(items):
                self._store(i, item, kinds[i])
        else:
            self.shm = SharedMemory(name)
            n = _HEADER.unpack_from(self.shm.buf, 0)[0]
            self._load_layout_from([_ENTRY.unpack_from(self.shm.buf, _HEADER.size + i * _ENTRY.size)[0]
                                    for i in range(n)])

    @staticmethod
    def _kind_of(value):
        try:
            return _KINDS.index(type(value))
        except ValueError:
            raise TypeError("unsupported type for ShareableList: %s" % type(value).__name__) from None

    def _load_layout_from(self, caps):
        self._caps = caps
        self._offsets = []
        offset = _HEADER.size + len(caps) * _ENTRY.size
        for cap in caps:
            self._offsets.append(offset)
            offset += cap

    def _entry(self, i):
        return _ENTRY.unpack_from(self.shm.buf, _HEADER.size + i * _ENTRY.size)

    def _store(self, i, value, kind):
        buf, off, cap = self.shm.buf, self._offsets[i], self._caps[i]
        length = 0
        if kind in (3, 4):
            raw = value.encode('utf8') if kind == 3 else value
            if len(raw) > cap:
                raise ValueError("bytes/str item exceeds available storage")
            length = len(raw)
            buf[off:off + length] = raw
        elif kind == 0:
            struct.pack_into('q', buf, off, value)
        elif kind == 1:
            struct.pack_into('d', buf, off, value)
        elif kind == 2:
            struct.pack_into('?', buf, off, value)
        _ENTRY.pack_into(buf, _HEADER.size + i * _ENTRY.size, cap, kind, length)

    def _index(self, position, message):
        n = len(self._caps)
        i = position + n if position < 0 else position
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def __getitem__(self, position):
        i = self._index(position, 'index out of range')
        _, kind, length = self._entry(i)
        buf, off = self.shm.buf, self._offsets[i]
        if kind == 0:
            return struct.unpack_from('q', buf, off)[0]
        if kind == 1:
            return struct.unpack_from('d', buf, off)[0]
        if kind == 2:
            return struct.unpack_from('?', buf, off)[0]
        if kind == 3:
            return bytes(buf[off:off + length]).decode('utf8')
        if kind == 4:
            return bytes(buf[off:off + length])
        return None

    def __setitem__(self, position, value):
        i = self._index(position, 'assignment index out of range')
        self._store(i, value, self._kind_of(value))

    def __reduce__(self):
        return (_attach_list, (self.shm.name,))

    def __len__(self):
        return len(self._caps)

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        """The struct format of the stored items, as CPython reports it."""
        out = []
        for i in range(len(self._caps)):
            cap, kind, _ = self._entry(i)
            out.append(_FORMATS[kind] or '%ds' % cap)
        return ''.join(out)

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f'{value!r} not in this container')


def _attach_list(name):
    return ShareableList(name=name)
