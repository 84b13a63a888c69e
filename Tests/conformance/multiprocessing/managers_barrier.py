# Manager Barrier, JoinableQueue (task_done/join) and Condition (wait_for/notify_all) shared by
# spawned children through proxies.
import multiprocessing as mp
def w(b, jq, c, ns, i):
    r = b.wait(10)
    jq.put(i)
    with c:
        ns.n += 1
        c.notify_all()
def consume(jq, out):
    for _ in range(2):
        out.append(jq.get()); jq.task_done()
if __name__ == '__main__':
    with mp.Manager() as m:
        b = m.Barrier(2); jq = m.JoinableQueue(); c = m.Condition(); ns = m.Namespace(n=0); out = m.list()
        print(b.parties, b.n_waiting, b.broken)
        ps = [mp.Process(target=w, args=(b, jq, c, ns, i)) for i in range(2)]
        for p in ps: p.start()
        with c:
            print(c.wait_for(lambda: ns.n == 2, 30))
        cp = mp.Process(target=consume, args=(jq, out)); cp.start()
        jq.join(); print(sorted(out))
        for p in ps + [cp]: p.join()
        print([p.exitcode for p in ps + [cp]])
