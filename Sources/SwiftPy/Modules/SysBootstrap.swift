// Parts of sys most naturally written in Python: the named-tuple "struct sequences"
// (sys.version_info, float_info, int_info, hash_info, flags, thread_info) and sys.implementation
// (a types.SimpleNamespace). Run once at start-up, after builtins and sys exist.
import CPython

private let bootstrapSource = """
import sys

def _structseq(qualname, fields, values):
    module, _, name = qualname.rpartition('.')
    ns = {'__module__': module, '__slots__': (), 'n_fields': len(fields),
          'n_sequence_fields': len(fields), 'n_unnamed_fields': 0, '_fields': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    def __repr__(self):
        return qualname + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'
    def __reduce__(self):
        return (type(self), (tuple(self),))
    ns['__repr__'] = __repr__
    ns['__reduce__'] = __reduce__
    t = type(name, (tuple,), ns)
    return t(values)

class SimpleNamespace:
    \"\"\"A simple attribute-based namespace (types.SimpleNamespace).\"\"\"
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)
    def __repr__(self):
        if self in _repr_running:
            return 'namespace(...)'
        _repr_running.append(self)
        try:
            items = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        return ('namespace(%s)' if type(self) is SimpleNamespace else type(self).__name__ + '(%s)') % items
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))
    __hash__ = None
SimpleNamespace.__module__ = 'types'
_repr_running = []

_bootstrap = type(sys)('_frozen_importlib')
sys.modules['_frozen_importlib'] = _bootstrap

class ModuleSpec:
    'The import-related information about a module (importlib.machinery.ModuleSpec).'
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False
    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name
    def __repr__(self):
        args = ['name=%r' % self.name, 'loader=%r' % self.loader]
        if self.origin is not None:
            args.append('origin=%r' % self.origin)
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%r' % self.submodule_search_locations)
        return 'ModuleSpec(%s)' % ', '.join(args)
    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

class BuiltinImporter:
    'Loader of the modules built into the interpreter.'
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None
    @staticmethod
    def create_module(spec):
        import _imp
        return _imp.create_builtin(spec)
    @staticmethod
    def exec_module(module):
        pass
    @classmethod
    def is_package(cls, fullname):
        return False
    @classmethod
    def get_code(cls, fullname):
        return None
    @classmethod
    def get_source(cls, fullname):
        return None

class _FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path
    def get_filename(self, fullname=None):
        return self.path
    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__
    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

class SourceFileLoader(_FileLoader):
    'Loader of .py source files.'
    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()
    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')
    def is_package(self, fullname=None):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'
    def create_module(self, spec):
        return None
    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)
    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

class ExtensionFileLoader(_FileLoader):
    'Loader of native extension modules (.so).'
    def create_module(self, spec):
        import _imp
        return _imp.create_dynamic(spec)
    def exec_module(self, module):
        pass
    def is_package(self, fullname=None):
        import _imp
        name = self.path.rpartition('/')[2]
        return any(name == '__init__' + suffix for suffix in _imp.extension_suffixes())
    def get_code(self, fullname=None):
        return None
    def get_source(self, fullname=None):
        return None

for _c in (ModuleSpec, BuiltinImporter):
    _c.__module__ = '_frozen_importlib'
for _c in (SourceFileLoader, ExtensionFileLoader, _FileLoader):
    _c.__module__ = '_frozen_importlib_external'
for _n, _v in (('ModuleSpec', ModuleSpec), ('BuiltinImporter', BuiltinImporter),
               ('SourceFileLoader', SourceFileLoader), ('ExtensionFileLoader', ExtensionFileLoader)):
    setattr(_bootstrap, _n, _v)

def _make_spec(name, origin, kind, package_dir):
    if kind == 0:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    loader = (SourceFileLoader if kind == 1 else ExtensionFileLoader)(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=package_dir is not None)
    spec.has_location = True
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec
_bootstrap._make_spec = _make_spec
for _name in ('sys', 'builtins'):
    _m = sys.modules[_name]
    _m.__spec__ = _make_spec(_name, None, 0, None)
    _m.__loader__ = BuiltinImporter

sys.version_info = _structseq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'), (3, 11, 0, 'final', 0))
sys.float_info = _structseq('sys.float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
sys.int_info = _structseq('sys.int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'), (30, 4, 4300, 640))
sys.hash_info = _structseq('sys.hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
sys.thread_info = _structseq('sys.thread_info', ('name', 'lock', 'version'), ('pthread', 'mutex+cond', None))
sys.flags = _structseq('sys.flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
     'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
     'safe_path', 'int_max_str_digits'),
    (0, _inspect, 0, 0, int(sys.dont_write_bytecode), 0, 0, _ignore_env, 0, 0, 0, 1, _isolated, False, 0, 0, False, -1))
sys.implementation = SimpleNamespace(name='swiftpy', cache_tag='swiftpy-311', version=sys.version_info,
                                     hexversion=sys.hexversion, _multiarch='x86_64-linux-gnu')
"""

/// Runs the bootstrap in a private namespace; returns false with an exception set on failure.
func runSysBootstrap() -> Bool {
    guard let code = compileSource(Array(bootstrapSource.utf8), filename: "<sys bootstrap>", mode: .exec) else { return false }
    defer { Py_DECREF(code) }
    guard let ns = PyDict_New() else { return false }
    defer { Py_DECREF(ns) }
    if let b = PyDict_GetItemString(mainInterp!.pointee.modules, "builtins") { _ = PyDict_SetItemString(ns, "__builtins__", b) }
    _ = PyDict_SetItemString(ns, "__name__", pyIntern("_sysbootstrap"))
    for (k, v) in [("_inspect", launchOptions.inspect), ("_ignore_env", launchOptions.ignoreEnvironment), ("_isolated", launchOptions.isolated)] {
        let o = pyInt(v ? 1 : 0); _ = PyDict_SetItemString(ns, k, o); Py_DECREF(o)
    }
    guard let r = evalCode(code, globals: ns, locals: ns) else { return false }
    Py_DECREF(r)
    return true
}
