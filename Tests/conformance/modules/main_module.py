# __name__ is "__main__" for the script and the module name when imported; the main module in sys.modules.
import sys
print(__name__, sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
main = sys.modules["__main__"]
print(main.__dict__ is globals(), "main" in dir(main))
marker = "defined in main"
print(main.marker)
def defined_here():
    return "function from main"
print(sys.modules["__main__"].defined_here())
import _simple
print(_simple.__name__, _simple.whoami(), defined_here.__module__, _simple.Thing.__module__)
class Local:
    pass
print(Local.__module__, Local().__class__.__module__, repr(Local).startswith("<class '__main__."))
if __name__ == "__main__":
    print("guard body runs for the main script")
print(sys.argv[0], len(sys.argv))
print(isinstance(sys.path, list), sys.path[0] != "" and sys.path[0].endswith("modules"))
print(__file__.endswith("main_module.py"), __doc__, __spec__ is None, __package__ is None)
print(type(__builtins__).__name__ in ("module", "dict"), "__loader__" in globals())
