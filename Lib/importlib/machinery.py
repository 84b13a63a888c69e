"""importlib.machinery: the finders, loaders and ModuleSpec the import system uses."""
from ._bootstrap_external import (ModuleSpec, BuiltinImporter, SourceFileLoader, ExtensionFileLoader,
                                  PathFinder, SOURCE_SUFFIXES, BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES,
                                  OPTIMIZED_BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, all_suffixes)
