# The "remote manager" pattern: one process serves a queue with get_server().serve_forever(),
# another connects with connect() and uses it; the server ends when asked to shut down.
import multiprocessing as mp
import os
import queue
import shutil
import socket
import tempfile
import time
from multiprocessing.managers import BaseManager

shared = queue.Queue()


def get_queue():
    return shared


class QueueManager(BaseManager):
    pass


QueueManager.register('get_queue', callable=get_queue)


def serve(address):
    m = QueueManager(address=address, authkey=b'abracadabra')
    s = m.get_server()
    s.serve_forever()


if __name__ == '__main__':
    tmpdir = tempfile.mkdtemp()
    for address in (('127.0.0.1', 0), os.path.join(tmpdir, 'mgr.sock')):
        if isinstance(address, tuple):      # a free port
            probe = socket.socket()
            probe.bind(address)
            address = probe.getsockname()
            probe.close()
        p = mp.Process(target=serve, args=(address,))
        p.start()
        m = QueueManager(address=address, authkey=b'abracadabra')
        for _ in range(200):
            try:
                m.connect()
                break
            except OSError:
                time.sleep(0.05)
        q = m.get_queue()
        q.put('hello')
        print(type(address).__name__, q.get(), q.qsize())
        bad = QueueManager(address=address, authkey=b'wrong')
        try:
            bad.connect()
        except mp.AuthenticationError as e:
            print('AuthenticationError', e)
        del q
        p.terminate()
        p.join()
        print('server exit code', p.exitcode)
    shutil.rmtree(tmpdir)
