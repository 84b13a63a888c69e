# SyncManager: shared dict/list/Namespace/Queue/Lock/Value/Array/Event used by spawned children
# through proxies; the proxy API in the parent; errors raised by the referent come back as is.
import multiprocessing as mp


def worker(d, l, ns, q, lock, v, arr, ev, i):
    with lock:
        d[i] = i * i
        l.append(i)
        v.value += i
    arr[i] = i * 10
    q.put(('done', i))
    if i == 0:
        ns.x = 'set by 0'
        ev.set()


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict()
        l = m.list([9])
        ns = m.Namespace(a=1)
        q = m.Queue()
        lock = m.Lock()
        v = m.Value('i', 0)
        arr = m.Array('i', [0] * 3)
        ev = m.Event()
        ps = [mp.Process(target=worker, args=(d, l, ns, q, lock, v, arr, ev, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('exit codes', [p.exitcode for p in ps])
        print('dict', sorted(d.items()), len(d), 1 in d, d.get(7, 'none'))
        print('list', sorted(l), len(l), l[0])
        print('ns', ns.a, ns.x, str(ns))
        print('queue', sorted(q.get() for _ in range(3)), q.empty(), q.qsize())
        print('value', v.value, v.get(), str(v))
        print('array', list(arr), len(arr), arr[1])
        print('event', ev.is_set(), ev.wait(0.1))
        ev.clear()
        print('event cleared', ev.is_set(), ev.wait(0.01))

        for f in (lambda: d['missing'], lambda: l[10], lambda: ns.nothere, lambda: l.remove(123),
                  lambda: q.get_nowait(), lambda: lock.release()):
            try:
                f()
            except Exception as e:
                print('error', type(e).__name__, e)

        l.extend([5, 4])
        l += [3]
        l.sort()
        print('list after', str(l), l[1:3], l.index(5), l.count(9), l.pop(), len(l))
        l[0] = 'first'
        del l[1]
        l.insert(0, 'zero')
        l.reverse()
        print('list edits', str(l), [x for x in l][:2], 'first' in l)
        d.update(a=1)
        print('setdefault', d.setdefault('b', 2), d.setdefault('b', 3))
        print('dict keys', sorted(d.keys(), key=str), sorted(iter(d), key=str) == sorted(d.keys(), key=str))
        print('dict values', sorted(d.values(), key=str))
        print('dict copy', type(d.copy()).__name__, d.pop('a'), 'a' in d, d.pop('zz', 'dflt'))
        del d[0]
        print('dict str', str(d) == repr(d.copy()), d._getvalue() == d.copy(), type(d._getvalue()).__name__)
        d.clear()
        print('cleared', len(d), str(d))

        d['inner'] = m.list([1, 2])
        d['inner'].append(3)
        print('nested', list(d['inner']))

        ns.b = [1, 2]
        del ns.a
        print('namespace', str(ns), hasattr(ns, 'a'))

        rl = m.RLock()
        with rl:
            with rl:
                print('rlock reentrant')
        print('rlock acquire', rl.acquire(), rl.acquire(False))
        rl.release()
        rl.release()
        c = m.Condition()
        with c:
            print('cond wait timeout', c.wait(0.05))
            print('wait_for', c.wait_for(lambda: 42, 0.01))
        s = m.Semaphore(2)
        print('sem', s.acquire(), s.acquire(), s.acquire(timeout=0.05))
        b = m.BoundedSemaphore(1)
        b.acquire()
        b.release()
        try:
            b.release()
        except ValueError as e:
            print('bounded', e)
        print('lock try', lock.acquire(False), lock.acquire(False))
        lock.release()
    print('manager process ended', m._process.exitcode, mp.active_children())
