"""Writes Lib/_unicodedata.bin: the Unicode 14.0.0 character database as CPython 3.11's
`unicodedata` module sees it, for Lib/unicodedata.py.  Run with python3 (CPython 3.11) from the
repository root.  Every value is read back from CPython's module; aliases and named sequences
are enumerated through CPython's name-lookup capsule (ctypes).

File layout: b'SPUCD1\\n', then sections, each a 4-byte little-endian length and the bytes, in
the order of SECTIONS below.  Code point -> value tables are two-level: `index1[cp >> shift]`
(uint16) is a block number, `index2[(block << shift) | (cp & mask)]` (uint8 or uint16) the
value.  Multi-byte integers are little-endian.
"""
import ctypes
import sys
import unicodedata as U
import zlib

assert U.unidata_version == '14.0.0', U.unidata_version
MAXCP = 0x110000

SECTIONS = [
    'meta',        # ascii "key=value" lines
    'records',     # ascii lines "category,bidirectional,combining,east_asian_width,mirrored"
    'rec_i1', 'rec_i2',            # cp -> record number (index2: uint8)
    'decomp',      # utf-8 lines; line k = decomposition string number k (line 0 = '')
    'dec_i1', 'dec_i2',            # cp -> decomposition number (index2: uint16)
    'numeric',     # ascii lines "decimal,digit,numeric" ('' = none); line 0 = all none
    'num_i1', 'num_i2',            # cp -> numeric line (index2: uint8)
    'name_runs',   # runs of consecutive named code points: 3-byte start, 2-byte count
    'names',       # zlib: names of the code points of name_runs, in order, '\n'-joined
    'aliases',     # zlib: lines "NAME;hex hex ..." (aliases and named sequences)
    'compose',     # ascii lines "FIRST SECOND COMPOSITE" (hex): the pairs NFC composes
]


def two_level(values, width):
    """Best (shift, index1 bytes, index2 bytes) for `values` (index2 entries `width` bytes)."""
    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, MAXCP, size):
            block = tuple(values[start:start + size])
            number = blocks.get(block)
            if number is None:
                number = blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(number)
        assert len(blocks) < 65536 and max(index2) < (1 << (8 * width))
        i1 = b''.join(n.to_bytes(2, 'little') for n in index1)
        i2 = b''.join(v.to_bytes(width, 'little') for v in index2)
        if best is None or len(i1) + len(i2) < len(best[1]) + len(best[2]):
            best = (shift, i1, i2)
    return best


def ucnhash_getname():
    """CPython's getname(code, buffer, buflen, with_alias_and_seq) from unicodedata's capsule."""
    api = ctypes.pythonapi
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    table = api.PyCapsule_GetPointer(U._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    return proto(ctypes.cast(table, ctypes.POINTER(ctypes.c_void_p))[0])


def main():
    meta, out = [], {}
    records, rec_values = {}, []
    decomps, dec_values = {'': 0}, []
    numerics, num_values = {(None, None, None): 0}, []
    named, cjk_ranges = [], []
    for cp in range(MAXCP):
        ch = chr(cp)
        rec = ','.join(map(str, (U.category(ch), U.bidirectional(ch), U.combining(ch),
                                 U.east_asian_width(ch), U.mirrored(ch))))
        rec_values.append(records.setdefault(rec, len(records)))
        dec_values.append(decomps.setdefault(U.decomposition(ch), len(decomps)))
        num = (U.decimal(ch, None), U.digit(ch, None), U.numeric(ch, None))
        num_values.append(numerics.setdefault(num, len(numerics)))
        name = U.name(ch, None)
        if name is None:
            continue
        if name == 'CJK UNIFIED IDEOGRAPH-%X' % cp:
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])
        elif not name.startswith('HANGUL SYLLABLE '):
            named.append((cp, name))
    assert [U.name(chr(c)) for c in (0xAC00, 0xD7A3)] == ['HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH']

    meta.append('unidata_version=' + U.unidata_version)
    meta.append('cjk=' + ' '.join('%X-%X' % tuple(r) for r in cjk_ranges))
    out['records'] = '\n'.join(records).encode()
    for key, values, width in (('rec', rec_values, 1), ('dec', dec_values, 2), ('num', num_values, 1)):
        shift, out[key + '_i1'], out[key + '_i2'] = two_level(values, width)
        meta.append('%s_shift=%d' % (key, shift))
    out['decomp'] = '\n'.join(decomps).encode()
    out['numeric'] = '\n'.join(','.join('' if v is None else repr(v) for v in num)
                               for num in numerics).encode()

    runs, names = bytearray(), []
    start = count = None
    for cp, name in named:
        names.append(name)
        if start is not None and cp == start + count and count < 0xFFFF:
            count += 1
            continue
        if start is not None:
            runs += start.to_bytes(3, 'little') + count.to_bytes(2, 'little')
        start, count = cp, 1
    runs += start.to_bytes(3, 'little') + count.to_bytes(2, 'little')
    out['name_runs'] = bytes(runs)
    out['names'] = zlib.compress('\n'.join(names).encode('ascii'), 9)

    # Aliases and named sequences: CPython keeps them at private code points U+F0000 (aliases)
    # and U+F0200 (named sequences), reachable only through its _ucnhash_CAPI capsule.
    aliases = {}
    getname = ucnhash_getname()
    buf = ctypes.create_string_buffer(300)
    for cp in range(0xF0000, 0xF0400):
        if getname(cp, buf, len(buf), 1):
            name = buf.value.decode('ascii')
            aliases[name] = U.lookup(name)
            assert len(aliases[name]) > 1 or U.name(aliases[name], None) != name
    alias_lines = ['%s;%s' % (n, ' '.join('%04X' % ord(c) for c in v)) for n, v in aliases.items()]
    out['aliases'] = zlib.compress('\n'.join(alias_lines).encode('ascii'), 9)
    print('aliases and sequences:', len(aliases),
          '(sequences: %d)' % sum(len(v) > 1 for v in aliases.values()))

    # Primary composites: canonical two-character decompositions that NFC recomposes
    # (what the full composition exclusions leave).
    pairs = []
    for cp in range(MAXCP):
        d = U.decomposition(chr(cp))
        if d and not d.startswith('<') and len(d.split()) == 2:
            if U.normalize('NFC', chr(cp)) == chr(cp):
                pairs.append('%s %X' % (d, cp))
    out['compose'] = '\n'.join(pairs).encode()
    out['meta'] = '\n'.join(meta).encode()

    blob = bytearray(b'SPUCD1\n')
    for key in SECTIONS:
        data = out[key]
        blob += len(data).to_bytes(4, 'little') + data
        print('%-10s %7d bytes' % (key, len(data)))
    with open('Lib/_unicodedata.bin', 'wb') as fh:
        fh.write(blob)
    print('Lib/_unicodedata.bin: %d bytes, %d records, %d decompositions, %d numeric, %d names'
          % (len(blob), len(records), len(decomps), len(numerics), len(named)))


if __name__ == '__main__':
    sys.exit(main())
