# errno constants and errorcode; secrets tokens (shapes and alphabets, not values).
import errno
import os
import secrets
import string

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode))
try:
    open('/nonexistent/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))

t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(5)))
h = secrets.token_hex(8)
print(len(h), set(h) <= set(string.hexdigits.lower()))
u = secrets.token_urlsafe(30)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), sorted({secrets.randbelow(3) for _ in range(300)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.choice('aaa'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'a', b'ab'))
try:
    secrets.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError', e)
pw = ''.join(secrets.choice(string.ascii_letters) for _ in range(12))
print(len(pw), pw.isalpha(), len({secrets.token_hex() for _ in range(20)}))
