"""set_type_name(cls, 'module.Name'): give a Lib class the dotted C-level name CPython's C type has
(what error messages print); from SwiftPy's native `_swiftpy`, a no-op under another interpreter
(Lib/tests runs these modules on CPython)."""
try:
    from _swiftpy import set_type_name
except ImportError:
    def set_type_name(cls, name):
        pass
