"""The parent's side of a spawned child: start it, feed it its task, wait for it, signal it.

Descriptors per child: the task pipe (the child reads its task, then watches it for the parent's
end) and the sentinel pipe (its read end becomes readable when the child exits).
"""

import os
import select
import signal
import sys

from . import reduction, spawn

__all__ = ['Popen']


class Popen:
    method = 'spawn'

    def __init__(self, process_obj):
        prep = spawn.get_preparation_data(process_obj._name)
        reduction.begin_spawn()
        try:
            payload = spawn.frame(reduction.dumps(prep)) + spawn.frame(reduction.dumps(process_obj))
        finally:
            passfds = reduction.end_spawn()
        if 'tracker_fd' in prep:
            passfds.append(prep['tracker_fd'])
        self.returncode = None
        task_r, task_w = os.pipe()
        sent_r, sent_w = os.pipe()
        try:
            cmd = spawn.get_command_line(task_r, sent_w)
            self.pid = os._spawn(spawn.get_executable(), cmd, None, [task_r, sent_w] + passfds, [])
        except BaseException:
            for fd in (task_r, task_w, sent_r, sent_w):
                os.close(fd)
            raise
        finally:
            pass
        os.close(task_r)
        os.close(sent_w)
        self.sentinel = sent_r
        self._task_w = task_w
        try:
            view = memoryview(payload)
            while view:
                n = os.write(task_w, view)
                view = view[n:]
        except OSError:
            pass    # the child died early; poll() reports how

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, flag)
            except ChildProcessError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                self._close_task_pipe()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                ready, _, _ = select.select([self.sentinel], [], [], timeout)
                if not ready:
                    return None
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _close_task_pipe(self):
        if self._task_w is not None:
            os.close(self._task_w)
            self._task_w = None

    def close(self):
        self._close_task_pipe()
        if self.sentinel is not None:
            os.close(self.sentinel)
            self.sentinel = None
