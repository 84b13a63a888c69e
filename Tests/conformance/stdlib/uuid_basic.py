# uuid: parsing forms, the standard views, ordering/hash, errors, uuid4 shape.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.node, u.clock_seq, u.time)
print(u.variant, u.version, uuid.NAMESPACE_DNS.version, uuid.NAMESPACE_URL)
for form in ('12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678'):
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u)
v = uuid.UUID(int=5, version=4)
print(v, v.version, v.variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(len({uuid.UUID(int=7), uuid.UUID(int=7), uuid.UUID(int=8)}), int(uuid.UUID(int=9)))
for bad in (dict(hex='123'), dict(int=1 << 128), dict(bytes=b'short'), dict(), dict(int=1, hex='0' * 32),
            dict(int=1, version=9), dict(fields=(1, 2, 3, 4, 5, 1 << 48))):
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print('TypeError', e)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r).count('-'), str(r)[14], r != uuid.uuid4())
print(uuid.SafeUUID.unknown, u.is_safe)
