"""Basic platform identification: system, machine, node, release, version, uname,
python_version/python_implementation, platform()."""

import os
import sys
import collections

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build',
           'python_compiler', 'python_implementation', 'python_version',
           'python_version_tuple', 'release', 'system', 'uname', 'version']

uname_result = collections.namedtuple('uname_result',
                                      'system node release version machine')
_uname_cache = None


def uname():
    """(system, node, release, version, machine) of the running kernel."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: pointer size from sys.maxsize, ELF on Linux."""
    return (bits or ('64bit' if sys.maxsize > 2**32 else '32bit'),
            linkage or ('ELF' if sys.platform.startswith('linux') else ''))


def python_implementation():
    name = getattr(getattr(sys, 'implementation', None), 'name', 'cpython')
    return {'cpython': 'CPython', 'pypy': 'PyPy'}.get(name, name)


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_version():
    return '.'.join(python_version_tuple())


def python_build():
    return ('main', '')


def python_compiler():
    return 'Swift'


def platform(aliased=False, terse=False):
    """'Linux-6.1.0-x86_64-with-glibc2.36'-style identification of the platform."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s' % (u.system, u.release, u.machine)
