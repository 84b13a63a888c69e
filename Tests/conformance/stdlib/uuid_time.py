# uuid1/getnode: time-based UUIDs (fields checked by relation, never by value: they depend on the clock and host)
import uuid
u = uuid.uuid1()
print(u.version, u.variant, type(uuid.getnode()).__name__, uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 2**48)
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.time <= b.time, a.node == b.node == uuid.getnode())
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(c.node == 0x123456789abc, c.clock_seq == 0x1234, c.version, str(c)[14], str(c)[-12:])
print(abs(c.time / 1e7 - 12219292800 - __import__('time').time()) < 60)
