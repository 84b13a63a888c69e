# sys.exit() and sys.exit(None) exit with status 0; finally blocks run first.
import sys
print("start")
def cleanup():
    print("cleanup ran")
try:
    print("in try")
    try:
        sys.exit(None)
    except SystemExit as e:
        print("inner caught", e.code, isinstance(e, Exception), isinstance(e, BaseException))
    try:
        sys.exit()
    except SystemExit as e:
        print("bare exit code", e.code)
    values = [x * 3 for x in range(4)]
    print(values)
    sys.exit()
finally:
    cleanup()
print("never printed")
