# Hash every file of a generated tree, compress each, and check round trips; binascii encodings.
import binascii
import hashlib
import os
import tempfile
import zlib

with tempfile.TemporaryDirectory() as root:
    for i in range(12):
        sub = os.path.join(root, 'd%d' % (i % 3))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, 'f%02d.dat' % i), 'wb') as f:
            f.write(bytes((j * (i + 7)) % 251 for j in range(i * 997)))
    report = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            h = hashlib.sha256()
            with open(path, 'rb') as f:
                while True:
                    block = f.read(1000)
                    if not block:
                        break
                    h.update(block)
            data = open(path, 'rb').read()
            packed = zlib.compress(data, 9)
            assert zlib.decompress(packed) == data
            report.append((os.path.relpath(path, root), len(data), h.hexdigest()[:16],
                           hashlib.md5(data).hexdigest()[:8], len(packed), zlib.crc32(data),
                           binascii.crc32(packed)))
    for row in report:
        print(*row)
    total = hashlib.sha1()
    for row in report:
        total.update(repr(row).encode())
    print('tree digest', total.hexdigest())

print(binascii.hexlify(b'\x00\xffab'), binascii.hexlify(b'\x01\x02\x03\x04', '-', 2), binascii.unhexlify('00ff6162'))
print(binascii.b2a_base64(b'hello world'), binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'))
for bad in ('abc', '0g'):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e)
for bad in (b'aGVsbG8', b'a', b'ab=c'):
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print('Error', e)
print(binascii.crc_hqx(b'123456789', 0), binascii.crc32(b'123456789'), issubclass(binascii.Error, ValueError))
