"""Subprocesses with accessible I/O streams (POSIX), over posix._spawn (posix_spawn).

Children inherit only descriptors 0-2 and pass_fds (every descriptor SwiftPy opens is
close-on-exec). Waiting (wait, communicate) releases the GIL. preexec_fn, user/group changes,
umask and new sessions are not supported: posix_spawn cannot run Python code in the child.
"""

import builtins
import errno
import io
import os
import select
import signal
import sys
import threading
import time
import types

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512  # writes up to this size never block on a writable pipe
_READ_SIZE = 32768


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) for a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout passes while waiting for a child."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout/stderr (or None)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero exit status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its stdout; CalledProcessError for a non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()  # the exception already carries the output read so far
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, stderr merged, one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """A child process. stdin/stdout/stderr: None (inherit), PIPE, DEVNULL, a descriptor or a
    file object (stderr also STDOUT)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._communication_started = False
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._fileobj2output = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None or creationflags != 0:
            raise ValueError("startupinfo and creationflags are only supported on Windows platforms")
        unsupported = [name for name, value in (
            ('preexec_fn', preexec_fn is not None), ('start_new_session', start_new_session),
            ('user', user is not None), ('group', group is not None),
            ('extra_groups', extra_groups is not None), ('umask', umask >= 0),
            ('process_group', process_group is not None and process_group >= 0)) if value]
        if unsupported:
            raise NotImplementedError("subprocess.Popen: %s not supported by SwiftPy"
                                      % ", ".join(unsupported))
        if universal_newlines is not None and text is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not self.text_mode:
            bufsize = -1

        to_close = []  # child-side descriptors this object opened
        try:
            p2cread, p2cwrite = self._get_handle(stdin, True, to_close)
            c2pread, c2pwrite = self._get_handle(stdout, False, to_close)
            if stderr == STDOUT:
                errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno())
            else:
                errread, errwrite = self._get_handle(stderr, False, to_close)
            parent_ends = [fd for fd in (p2cwrite, c2pread, errread) if fd != -1]
            try:
                self._execute_child(args, executable, shell, cwd, env, pass_fds,
                                    p2cread, c2pwrite, errwrite)
            except:
                for fd in parent_ends:
                    os.close(fd)
                raise
        finally:
            for fd in to_close:
                os.close(fd)

        # Text streams are opened in text mode directly (SwiftPy's TextIOWrapper cannot wrap a
        # buffer); communicate() decodes with self.encoding/self.errors itself.
        text = dict(encoding=self.encoding, errors=errors) if self.text_mode else {}
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, 'w' if self.text_mode else 'wb',
                                 1 if line_buffering else bufsize, **text)
        if c2pread != -1:
            self.stdout = io.open(c2pread, 'r' if self.text_mode else 'rb', bufsize, **text)
        if errread != -1:
            self.stderr = io.open(errread, 'r' if self.text_mode else 'rb', bufsize, **text)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    # -- starting -----------------------------------------------------------------------------

    @staticmethod
    def _get_handle(spec, for_stdin, to_close):
        """(read end, write end) of one standard stream's channel, -1 where there is none:
        stdin gives (child's, parent's), stdout and stderr give (parent's, child's)."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            to_close.append(r if for_stdin else w)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDONLY if for_stdin else os.O_WRONLY)
            to_close.append(fd)
        elif isinstance(spec, int):
            fd = spec
        else:
            fd = spec.fileno()
        return (fd, -1) if for_stdin else (-1, fd)

    def _execute_child(self, args, executable, shell, cwd, env, pass_fds,
                       p2cread, c2pwrite, errwrite):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        if cwd is not None:
            os.stat(cwd)  # a missing cwd is reported with its own name, as CPython does
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                envlist.append(k + b'=' + os.fsencode(v))
        dups = [(fd, target) for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2))
                if fd != -1]
        passfds = sorted(int(fd) for fd in pass_fds)
        if os.path.dirname(os.fsencode(executable)):
            candidates = [executable]
        else:
            name = os.fsdecode(executable)
            candidates = [os.path.join(d, name) for d in os.get_exec_path(env)]
        first_error = None
        for path in candidates:
            try:
                self.pid = os._spawn(path, args, envlist, passfds, dups, cwd)
                return
            except OSError as e:
                if e.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EACCES):
                    raise
                if first_error is None or (first_error.errno != errno.EACCES
                                           and e.errno == errno.EACCES):
                    first_error = e
        err = first_error.errno if first_error is not None else errno.ENOENT
        raise OSError(err, os.strerror(err), executable)

    # -- waiting ------------------------------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _try_wait(self, options):
        try:
            return os.waitpid(self.pid, options)
        except ChildProcessError:
            return self.pid, 0  # reaped elsewhere (SIGCHLD ignored): status unknown

    def poll(self):
        """The returncode if the child has ended, else None (never blocks)."""
        if self.returncode is None and self._waitpid_lock.acquire(False):
            try:
                if self.returncode is None:
                    pid, sts = self._try_wait(os.WNOHANG)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end (the GIL released); TimeoutExpired after timeout seconds."""
        if timeout is None:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while self.returncode is None:
            if self.poll() is not None:
                break
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, .05)
            time.sleep(delay)
        return self.returncode

    # -- signals ------------------------------------------------------------------------------

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return  # never signal a reaped pid: it may belong to another process now
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # -- communicating ------------------------------------------------------------------------

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their ends, wait for the child.
        Returns (stdout, stderr); TimeoutExpired keeps what was read, to call again."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    @staticmethod
    def _remaining_time(endtime):
        return None if endtime is None else endtime - time.monotonic()

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if self._fileobj2output is None:
            self._fileobj2output = {}
            for f in (self.stdout, self.stderr):
                if f:
                    self._fileobj2output[f] = []
            if self.stdin and input:
                if self.text_mode:
                    input = input.encode(self.encoding, self.errors or 'strict')
                self._input = bytes(input)
                self._input_offset = 0
        readers = {f.fileno(): f for f in (self.stdout, self.stderr) if f and not f.closed}
        writer = self.stdin.fileno() if self.stdin and not self.stdin.closed else None
        while readers or writer is not None:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                self._raise_timeout(orig_timeout)
            rlist, wlist, _ = select.select(list(readers), [] if writer is None else [writer],
                                            [], remaining)
            if not rlist and not wlist:
                if remaining is not None:
                    self._raise_timeout(orig_timeout)
                continue
            if wlist:
                chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                try:
                    self._input_offset += os.write(writer, chunk)
                except BrokenPipeError:
                    self._input_offset = len(self._input)
                if self._input_offset >= len(self._input):
                    self.stdin.close()
                    writer = None
            for fd in rlist:
                data = os.read(fd, _READ_SIZE)
                f = readers[fd]
                if data:
                    self._fileobj2output[f].append(data)
                else:
                    f.close()
                    del readers[fd]
        self.wait(timeout=self._remaining_time(endtime))
        stdout = stderr = None
        if self.stdout:
            stdout = b''.join(self._fileobj2output[self.stdout])
        if self.stderr:
            stderr = b''.join(self._fileobj2output[self.stderr])
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.encoding, self.errors or 'strict')
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.encoding, self.errors or 'strict')
        return stdout, stderr

    def _raise_timeout(self, orig_timeout):
        out = err = None  # None, not b'', when nothing was read (as CPython)
        if self.stdout and self._fileobj2output[self.stdout]:
            out = b''.join(self._fileobj2output[self.stdout])
        if self.stderr and self._fileobj2output[self.stderr]:
            err = b''.join(self._fileobj2output[self.stderr])
        raise TimeoutExpired(self.args, orig_timeout, output=out, stderr=err)
