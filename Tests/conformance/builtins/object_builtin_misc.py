# Misc builtins: object(), issubclass on builtins hierarchy, __import__, id/hash consistency, builtins names.
import sys
m = __import__("math")
print(m.__name__, m is sys.modules["math"], __import__("sys") is sys)
try:
    __import__("no_such_mod_for_import")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
names = ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "compile", "delattr", "dict", "dir",
         "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
         "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list", "locals",
         "map", "max", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range",
         "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
         "super", "tuple", "type", "vars", "zip", "classmethod", "bytes", "bytearray", "complex"]
import math
builtin_ns = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
print(all(n in builtin_ns for n in names), len(names))
print(sorted({type(builtin_ns[n]).__name__ for n in names}))
print(builtin_ns["len"] is len, "True" in builtin_ns, builtin_ns["None"] is None if "None" in builtin_ns else "no None")
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(bool, object))
print([e.__name__ for e in (ArithmeticError, LookupError, OSError) if issubclass(e, Exception)])
len_saved = len
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
builtin_ns["custom_builtin_xyz"] = "visible everywhere"
print(custom_builtin_xyz)
del builtin_ns["custom_builtin_xyz"]
try:
    custom_builtin_xyz
except NameError as e:
    print("NameError:", e)
print(abs.__name__, abs.__module__ if hasattr(abs, "__module__") else "", type(abs).__name__, callable(abs))
print(isinstance(print, type(len)), type(int) is type, type(open).__name__)
