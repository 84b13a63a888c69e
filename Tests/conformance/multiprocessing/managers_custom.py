# BaseManager.register for custom types (AutoProxy and explicit proxies), proxies handed to Pool
# workers, a Pool inside the manager, start/shutdown errors, no leftover processes.
import gc
import multiprocessing as mp
from multiprocessing.managers import BaseManager, BaseProxy, SyncManager


class Counter:
    def __init__(self, start=0):
        self.n = start

    def incr(self, k=1):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def fail(self):
        raise RuntimeError('counter failed at %d' % self.n)

    def _private(self):
        return 'hidden'


class Box:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    def size(self):
        return len(self.items)


class BoxProxy(BaseProxy):
    _exposed_ = ('put', 'size')

    def put(self, x):
        return self._callmethod('put', (x,))

    def __len__(self):
        return self._callmethod('size')


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)
MyManager.register('Box', Box, BoxProxy)
MyManager.register('shared_dict', dict, exposed=('__getitem__', '__setitem__', 'keys'))


def bump(c, times):
    for _ in range(times):
        c.incr()


def pool_job(args):
    d, i = args
    d[i] = -i
    return i


def append_len(lst):
    lst.append(len(lst))


def square(x):
    return x * x


if __name__ == '__main__':
    with MyManager() as mm:
        c = mm.Counter(5)
        print('counter', c.incr(), c.incr(k=10), c.get())
        try:
            c._private()
        except AttributeError:
            print('private method not exposed')
        try:
            c.fail()
        except RuntimeError as e:
            print('remote error', e)
        ps = [mp.Process(target=bump, args=(c, 20)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('counter after processes', c.get())
        box = mm.Box()
        box.put(1)
        box.put('two')
        print('box', len(box), type(box).__name__)
        sd = mm.shared_dict()
        sd['k'] = 'v'
        print('exposed dict', sd['k'], list(sd.keys()), hasattr(sd, 'pop'))
    print('children left', mp.active_children())

    with SyncManager() as m:
        base = m._number_of_objects()
        tmp = m.list([1])
        ps = [mp.Process(target=append_len, args=(tmp,)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('shared objects', m._number_of_objects() - base, list(tmp))
        del tmp, ps, p
        gc.collect()
        print('after del (references given back by the children too)', m._number_of_objects() - base)
        d = m.dict()
        with mp.Pool(2) as pool:
            print('pool', sorted(pool.map(pool_job, [(d, i) for i in range(1, 4)])))
        print('after pool', sorted(d.items()))
        mpool = m.Pool(2)
        print('manager pool', mpool.map(square, range(5)), mpool.apply(square, (7,)))
        r = mpool.apply_async(square, (8,))
        print('async', r.get(timeout=30), r.ready(), r.successful())
        mpool.close()
        mpool.join()

    m = SyncManager()
    try:
        m.list()
    except AssertionError:
        print('not started: AssertionError')
    m.start()
    try:
        m.start()
    except mp.ProcessError as e:
        print('ProcessError', e)
    lst = m.list(range(3))
    print(len(lst), list(lst))
    m.shutdown()
    print('after explicit shutdown', m._process.exitcode, mp.active_children())
    m.shutdown()
    print('second shutdown is a no-op')
