"""importlib.util: find_spec, module_from_spec, spec_from_file_location, resolve_name."""
import sys
from ._bootstrap_external import spec_from_file_location, _find_spec, ModuleSpec
from . import _resolve_name

_ModuleType = type(sys)


def resolve_name(name, package):
    """Resolve a relative module name ('..mod') to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of module `name` (imported parents first); None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec(fullname, parent_path)


def module_from_spec(spec):
    """A new module for `spec`, created by its loader or as a plain module, with its attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _ModuleType(spec.name)
    for attr, value in (('__name__', spec.name), ('__loader__', spec.loader), ('__package__', spec.parent),
                        ('__spec__', spec)):
        if attr == '__name__' or getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def source_hash(source_bytes):
    raise NotImplementedError('SwiftPy does not write .pyc files')


MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
