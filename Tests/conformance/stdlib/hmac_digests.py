# Signing webhook payloads with hmac: RFC 4231/2202 vectors, incremental updates, copies,
# every digestmod form, compare_digest and the error cases.
import hashlib
import hmac

# RFC 4231 test case 2 and RFC 2202 test case 1/6.
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", hashlib.md5).hexdigest())
print(hmac.new(b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First",
               "sha1").hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               hashlib.sha512).hexdigest())

for mod in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", hashlib.sha256,
            "blake2b"):
    h = hmac.new(b"secret", digestmod=mod)
    print(h.name, h.digest_size, h.block_size, len(h.digest()), h.hexdigest()[:16])


class ModuleLike:
    """An object with new(), as a hash module is."""
    @staticmethod
    def new(data=b""):
        return hashlib.sha1(data)


print(hmac.new(b"k", b"msg", ModuleLike()).hexdigest())
print(hmac.new(bytearray(b"k"), b"msg", "sha1").hexdigest())

# Incremental updates equal one-shot; copy() forks the state.
payload = b'{"event": "push", "ref": "refs/heads/main"}' * 50
h = hmac.new(b"webhook-key", digestmod="sha256")
for i in range(0, len(payload), 37):
    h.update(payload[i:i + 37])
one_shot = hmac.new(b"webhook-key", payload, "sha256")
print(h.hexdigest() == one_shot.hexdigest(), h.digest() == hmac.digest(b"webhook-key", payload, "sha256"))
fork = h.copy()
fork.update(b"tail")
print(fork.hexdigest() != h.hexdigest(), h.hexdigest() == one_shot.hexdigest())
print(type(fork).__name__, fork.name, fork.digest_size)
print(hmac.digest(b"k" * 200, b"m", hashlib.sha384).hex()[:32])
print(hmac.digest(b"k", memoryview(b"abc"), "md5").hex())


def verify(signature, body, key=b"webhook-key"):
    expected = "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


good = "sha256=" + one_shot.hexdigest()
print(verify(good, payload), verify(good[:-1] + "0", payload), verify(good, payload + b" "))

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"),
             (bytearray(b"x"), memoryview(b"x")), ("", ""), (b"", b"")]:
    print("compare", type(a).__name__, type(b).__name__, bytes(a, "ascii") if isinstance(a, str) else bytes(a), hmac.compare_digest(a, b))

for a, b in [("a", b"a"), (b"a", "a"), (1, 2), (b"a", None), ("é", "é"), ("a", 1)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)

for args, kw in [((b"k",), {}), ((b"k", b"m"), {}), (("k",), {"digestmod": "md5"}),
                 ((None,), {"digestmod": "md5"}), ((b"k",), {"digestmod": "nope"}),
                 ((b"k", "text"), {"digestmod": "md5"}), ((b"k",), {"digestmod": None})]:
    try:
        hmac.new(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    hmac.HMAC(b"k").hexdigest()
except TypeError as e:
    print("TypeError:", e)
h = hmac.new(b"k", digestmod="md5")
try:
    h.update("text")
except TypeError as e:
    print("TypeError:", e)
print(hmac.trans_5C[:4], hmac.trans_36[-4:], len(hmac.trans_5C), hmac.digest_size)
