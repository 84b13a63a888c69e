"""Starting children with the spawn method: a fresh interpreter (sys.executable) reads its task
from a pipe, re-imports the parent's main script as __mp_main__, and runs the Process object.

Wire format on the task pipe: two frames (8-byte big-endian length + pickle): the preparation
data, then the process object. Two frames so that the main module is imported before the process
object (which may reference it) is unpickled.
"""

import _multiprocessing
import os
import sys
import types

from . import process, reduction

__all__ = ['spawn_main', 'get_command_line', 'get_preparation_data', 'prepare']


def get_executable():
    return sys.executable


def get_command_line(task_fd, sentinel_fd):
    code = 'from multiprocessing.spawn import spawn_main; spawn_main(%d, %d)' % (task_fd, sentinel_fd)
    return [get_executable(), '-c', code, '--multiprocessing-fork']


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.''')


def get_preparation_data(name):
    """What a child needs before it can unpickle its process object."""
    _check_not_importing_main()
    d = dict(name=name, sys_path=list(sys.path), sys_argv=list(sys.argv), dir=os.getcwd(),
             authkey=bytes(process.current_process().authkey),
             semprefix=process.current_process()._config.get('semprefix', '/mp'))
    tracker = sys.modules.get('multiprocessing.resource_tracker')
    if tracker is not None and tracker._resource_tracker._fd is not None:
        d['tracker_fd'] = tracker._resource_tracker._fd     # Popen passes it to the child
    main = sys.modules.get('__main__')
    spec = getattr(main, '__spec__', None)
    if spec is not None and getattr(spec, 'name', None) and spec.name != '__main__':
        d['init_main_from_name'] = spec.name[:-9] if spec.name.endswith('.__main__') else spec.name
    else:
        path = getattr(main, '__file__', None)
        if path and os.path.exists(path):
            d['init_main_from_path'] = os.path.abspath(path)
    return d


def prepare(data):
    """Apply preparation data in the child."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'semprefix' in data:
        process.current_process()._config['semprefix'] = data['semprefix']
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'tracker_fd' in data:
        from . import resource_tracker
        resource_tracker._resource_tracker._adopt(data['tracker_fd'])
    if 'init_main_from_name' in data:
        _import_main_from_name(data['init_main_from_name'])
    elif 'init_main_from_path' in data:
        _import_main_from_path(data['init_main_from_path'])


def _import_main_from_name(name):
    if name == '__main__':
        return
    import importlib
    module = importlib.import_module(name)
    sys.modules['__mp_main__'] = sys.modules['__main__'] = module


def _import_main_from_path(path):
    """Run the parent's main script as module __mp_main__ (so its __main__ guard is false)."""
    module = types.ModuleType('__mp_main__')
    module.__file__ = path
    module.__builtins__ = __builtins__
    sys.modules['__mp_main__'] = sys.modules['__main__'] = module
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, module.__dict__)


def _read_exact(fd, n):
    chunks = []
    while n:
        b = os.read(fd, min(n, 1 << 20))
        if not b:
            raise EOFError('task pipe closed early')
        chunks.append(b)
        n -= len(b)
    return b''.join(chunks)


def read_frame(fd):
    return _read_exact(fd, int.from_bytes(_read_exact(fd, 8), 'big'))


def frame(data):
    return len(data).to_bytes(8, 'big') + data


def spawn_main(task_fd, sentinel_fd):
    """Entry point of a spawned child (see get_command_line)."""
    for fd in (task_fd, sentinel_fd):
        os.set_inheritable(fd, False)
    current = process.current_process()
    current._inheriting = True
    try:
        prep = reduction.loads(read_frame(task_fd))
        prepare(prep)
        obj = reduction.loads(read_frame(task_fd))
    except BaseException as e:
        import traceback
        sys.stderr.write('multiprocessing: the child process could not load its task:\n')
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    finally:
        del current._inheriting
    # A native watcher (no Python thread): the child ends when the parent goes away.
    _multiprocessing.watch_parent(task_fd)
    exitcode = obj._bootstrap(parent_sentinel=task_fd)
    sys.exit(exitcode)
