"""The loader protocol (create_module/exec_module/get_code...) for the interpreter's own loaders.

The classes are the ones the start-up bootstrap created (_frozen_importlib and friends) and attached
to every imported module's __spec__; this module gives them their importlib methods, so
`module.__spec__.loader.exec_module(module)` works for modules imported before importlib was."""
import sys
import _imp
import os as _posix

_bootstrap = sys.modules['_frozen_importlib']
ModuleSpec = _bootstrap.ModuleSpec
BuiltinImporter = _bootstrap.BuiltinImporter
SourceFileLoader = _bootstrap.SourceFileLoader
ExtensionFileLoader = _bootstrap.ExtensionFileLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def all_suffixes():
    """Every file suffix the import system recognises for modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _path_basename(path):
    return path.rpartition('/')[2]


def _path_isfile(path):
    try:
        return (_posix.stat(path).st_mode & 0o170000) == 0o100000
    except OSError:
        return False


def _path_isdir(path):
    try:
        return (_posix.stat(path).st_mode & 0o170000) == 0o040000
    except OSError:
        return False


# --- BuiltinImporter ------------------------------------------------------------------------

def _builtin_create_module(spec):
    return _imp.create_builtin(spec)


def _builtin_exec_module(module):
    _imp.exec_builtin(module)


BuiltinImporter.create_module = staticmethod(_builtin_create_module)
BuiltinImporter.exec_module = staticmethod(_builtin_exec_module)
BuiltinImporter.is_package = classmethod(lambda cls, fullname: False)
BuiltinImporter.get_code = classmethod(lambda cls, fullname: None)
BuiltinImporter.get_source = classmethod(lambda cls, fullname: None)


# --- SourceFileLoader -----------------------------------------------------------------------

def _source_is_package(self, fullname):
    return _path_basename(self.path).rpartition('.')[0] == '__init__'


def _source_create_module(self, spec):
    return None   # default module creation


def _source_get_code(self, fullname=None):
    return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)


def _source_exec_module(self, module):
    code = self.get_code(module.__name__)
    exec(code, module.__dict__)


def _source_path_stats(self, path):
    st = _posix.stat(path)
    return {'mtime': st.st_mtime, 'size': st.st_size}


SourceFileLoader.is_package = _source_is_package
SourceFileLoader.create_module = _source_create_module
SourceFileLoader.get_code = _source_get_code
SourceFileLoader.exec_module = _source_exec_module
SourceFileLoader.path_stats = _source_path_stats


# --- ExtensionFileLoader --------------------------------------------------------------------

def _ext_create_module(self, spec):
    return _imp.create_dynamic(spec)


def _ext_exec_module(self, module):
    _imp.exec_dynamic(module)


def _ext_is_package(self, fullname):
    name = _path_basename(self.path)
    return any(name == '__init__' + suffix for suffix in EXTENSION_SUFFIXES)


ExtensionFileLoader.create_module = _ext_create_module
ExtensionFileLoader.exec_module = _ext_exec_module
ExtensionFileLoader.is_package = _ext_is_package
ExtensionFileLoader.get_code = lambda self, fullname=None: None
ExtensionFileLoader.get_source = lambda self, fullname=None: None


# --- finding specs on a search path -----------------------------------------------------------

def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the file at `location` (None if no loader fits its suffix)."""
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        location = _posix.fspath(location)
    if loader is None:
        if location.endswith(tuple(SOURCE_SUFFIXES)):
            loader = SourceFileLoader(name, location)
        elif location.endswith(tuple(EXTENSION_SUFFIXES)):
            loader = ExtensionFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


class PathFinder:
    """Finds modules on sys.path (or a package's __path__) the way the interpreter's import does:
    a package folder with __init__.py, then an extension module, then a .py file."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        short = fullname.rpartition('.')[2]
        for entry in path:
            if not isinstance(entry, str):
                continue
            folder = entry or _posix.getcwd()
            base = folder + '/' + short
            init = base + '/__init__.py'
            if _path_isdir(base) and _path_isfile(init):
                return spec_from_file_location(fullname, init, submodule_search_locations=[base])
            for suffix in EXTENSION_SUFFIXES:
                if _path_isfile(base + suffix):
                    return spec_from_file_location(fullname, base + suffix)
            if _path_isfile(base + '.py'):
                return spec_from_file_location(fullname, base + '.py')
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


def _find_spec(name, path):
    """The spec of absolute `name` from the built-in modules, then `path` (sys.path when None)."""
    if path is None:
        spec = BuiltinImporter.find_spec(name)
        if spec is not None:
            return spec
    return PathFinder.find_spec(name, path)
