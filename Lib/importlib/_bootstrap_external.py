"""Finding module specs on a search path, over the interpreter's own loaders.

The loader classes are the ones the start-up bootstrap created (_frozen_importlib and friends,
Sources/SwiftPy/Modules/SysBootstrap.swift) and attached to every imported module's __spec__; they
carry the importlib loader protocol (create_module/exec_module/get_code/is_package)."""
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
