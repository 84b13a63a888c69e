"""importlib: the import system's Python interface (import_module, reload, invalidate_caches)."""
import sys
from . import _bootstrap_external

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import a module; a relative `name` ('.mod') is resolved against `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = name[level:]
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached by SwiftPy's path finder; kept for compatibility."""
    for finder in sys.meta_path if hasattr(sys, 'meta_path') else ():
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


_RELOADING = {}


def reload(module):
    """Re-execute an already imported module's source in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError('parent {!r} not in sys.modules'.format(parent_name),
                                  name=parent_name) from None
            path = parent.__path__
        spec = _bootstrap_external._find_spec(name, path)
        if spec is None:
            raise ModuleNotFoundError('spec not found for the module {!r}'.format(name), name=name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        if spec.origin is not None and spec.has_location:
            module.__file__ = spec.origin
        spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]
