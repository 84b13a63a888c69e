# A module whose body raises is removed from sys.modules; importing again re-executes it.
import sys
for attempt in range(2):
    try:
        import _fails_on_import
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
    print("in sys.modules:", "_fails_on_import" in sys.modules)
print("executions:", len(sys.modules["_fail_counter"]))
try:
    from _fails_on_import import partial
except ValueError as e:
    print("from-import also fails:", e)
print("executions:", len(sys.modules["_fail_counter"]))
try:
    import _bad_syntax_in_modules
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("_simple", level=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    import _star_all.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print("done")
