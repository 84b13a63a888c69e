# multiprocessing.shared_memory: a block created here, attached by name in a child, and back;
# a ShareableList passed to a child.
import multiprocessing as mp
from multiprocessing import shared_memory


def child(name, sl):
    shm = shared_memory.SharedMemory(name)
    print('child sees', bytes(shm.buf[:5]), shm.size, flush=True)
    shm.buf[5:10] = b'WORLD'
    shm.buf[10] = 200
    shm.close()
    print('child list', list(sl), sl.format, flush=True)
    sl[0] = 99
    sl[2] = 'xyz'
    sl[-1] = None
    sl.shm.close()


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(type(shm.buf).__name__, shm.size, shm.name.startswith('psm_'), shm.buf.readonly,
          bytes(shm.buf))
    shm.buf[:5] = b'hello'
    sl = shared_memory.ShareableList([1, 2.5, 'abc', b'de', True, None, -7])
    print(list(sl), len(sl), sl.format, sl[2], sl[-1], sl.index(2.5), sl.count(None), flush=True)
    p = ctx.Process(target=child, args=(shm.name, sl))
    p.start()
    p.join()
    print(bytes(shm.buf[:10]), shm.buf[10], p.exitcode)
    print(list(sl))
    try:
        sl[2] = 'much too long a string'
    except ValueError as e:
        print('ValueError:', e)
    try:
        sl[10]
    except IndexError as e:
        print('IndexError:', e)
    again = shared_memory.SharedMemory(shm.name)
    print(repr(again) == 'SharedMemory(%r, size=%d)' % (shm.name, 16), bytes(again.buf[5:10]))
    view = again.buf.cast('I')
    view[3] = 0xdeadbeef
    print(hex(int.from_bytes(shm.buf[12:16], 'little')))
    view.release()
    again.close()
    print(again.buf)
    try:
        shared_memory.SharedMemory(shm.name, create=True, size=16)
    except FileExistsError:
        print('FileExistsError')
    shm.close()
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError:
        print('FileNotFoundError after unlink')
    sl.shm.close()
    sl.shm.unlink()
    for bad in [dict(create=True), dict(size=-1), dict()]:
        try:
            shared_memory.SharedMemory(**bad)
        except ValueError as e:
            print('ValueError:', e)
