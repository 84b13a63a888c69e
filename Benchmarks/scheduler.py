# A cooperative task scheduler in the spirit of Richards: OO method calls, attribute
# access, small objects, linked queues and polymorphic dispatch.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK_PACKET, DEVICE_PACKET = 0, 1


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.next = None

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        self.waiting = False
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.system.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.system.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.system.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.system.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.system.queue_packet(work)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.system.wait()
            self.pending = None
            return self.system.queue_packet(p)
        self.pending = packet
        self.system.checksum = (self.system.checksum * 31 + packet.datum) % 1000000007
        return self.system.hold_self()


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.checksum = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.next = self.task_list
        self.task_list = task

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.owner]
        self.queue_count += 1
        packet.link = None
        packet.owner = self.current.ident
        if t.queue is None:
            t.queue = packet
            t.waiting = False
            if t.priority > self.current.priority:
                return t
        else:
            packet.append_to(t.queue)
        return self.current

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.runnable():
                self.current = t
                packet = t.take_packet() if t.queue is not None else None
                t = t.run(packet)
            else:
                t = t.next


def build(count):
    s = System()
    s.add(IdleTask(s, IDLE, 0, count))
    wq = Packet(None, WORKER, WORK_PACKET)
    wq = Packet(wq, WORKER, WORK_PACKET)
    s.add(WorkerTask(s, WORKER, 1000, wq))
    q = Packet(None, DEVICE_A, DEVICE_PACKET)
    q = Packet(q, DEVICE_A, DEVICE_PACKET)
    q = Packet(q, DEVICE_A, DEVICE_PACKET)
    s.add(HandlerTask(s, HANDLER_A, 2000, q))
    q = Packet(None, DEVICE_B, DEVICE_PACKET)
    q = Packet(q, DEVICE_B, DEVICE_PACKET)
    q = Packet(q, DEVICE_B, DEVICE_PACKET)
    s.add(HandlerTask(s, HANDLER_B, 3000, q))
    s.add(DeviceTask(s, DEVICE_A, 4000, None))
    s.add(DeviceTask(s, DEVICE_B, 5000, None))
    return s


def main(scale):
    rounds = max(1, int(20 * scale))
    holds = queues = checksum = 0
    for _ in range(rounds):
        s = build(10000)
        s.schedule()
        holds += s.hold_count
        queues += s.queue_count
        checksum = (checksum + s.checksum) % 1000000007
    print("rounds", rounds, "holds", holds, "queued", queues, "checksum", checksum)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
