import zlib, hashlib
data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(2000))
c = zlib.compress(data)
print(len(data), len(c), zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b'abc', 5))
for level in (0, 1, 9):
    print(level, len(zlib.compress(data, level)))
raw = zlib.compress(data, 6, -15); gz = zlib.compress(data, 6, 31)
print(len(raw), gz[:3], zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
co = zlib.compressobj(9)
parts = [co.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), zlib.decompress(stream) == data)
do = zlib.decompressobj()
out = b''
for i in range(0, len(stream), 777):
    out += do.decompress(stream[i:i + 777])
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(stream + b'TRAILER', 1000)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = b''
while not do.eof:
    rest += do.decompress(do.unconsumed_tail, 1000)
print(first + rest == data, do.eof, do.unused_data)
try:
    zlib.decompress(b'not compressed data')
except zlib.error as e:
    print('error', e)
try:
    zlib.decompress(c[:50])
except zlib.error as e:
    print('error', e)
co = zlib.compressobj(zdict=b'quick brown fox lazy dog')
s2 = co.compress(data[:500]) + co.flush()
do = zlib.decompressobj(zdict=b'quick brown fox lazy dog')
print(do.decompress(s2) == data[:500])
co = zlib.compressobj(); head = co.compress(b'abc'); cc = co.copy(); cc.compress(b'def'); print(zlib.decompress(head + co.flush()), zlib.decompress(head + cc.flush()))
sync = zlib.compressobj(); a = sync.compress(b'hello ') + sync.flush(zlib.Z_SYNC_FLUSH)
print(zlib.decompressobj().decompress(a))
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    h = hashlib.new(name)
    h.update(data[:1000]); h2 = h.copy(); h.update(data[1000:])
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32], h2.hexdigest() == hashlib.new(name, data[:1000]).hexdigest(), h.name)
print(hashlib.md5(b'').hexdigest(), hashlib.sha256(b'abc').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2b(b'x' * 128).hexdigest()[:40], hashlib.blake2b(b'x' * 129).hexdigest()[:40], hashlib.blake2b(b'').hexdigest()[:40])
print(hashlib.blake2b(key=b'x' * 64, digest_size=1).hexdigest())
h = hashlib.sha256()
for i in range(0, len(data), 333):
    h.update(data[i:i + 333])
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), hashlib.sha1(memoryview(data)).hexdigest()[:16], hashlib.md5(bytearray(b'x')).hexdigest())
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(sorted(hashlib.algorithms_guaranteed))
import io
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest() == hashlib.sha256(data).hexdigest())
big = b'\xab' * (3 * 1024 * 1024)
print(hashlib.sha512(big).hexdigest()[:24], zlib.crc32(big), len(zlib.compress(big)))
s = hashlib.shake_128(b'abc'); print(s.hexdigest(10), s.copy().digest(5), hashlib.new('shake_256', b'x').hexdigest(8), s.digest_size, s.name)
