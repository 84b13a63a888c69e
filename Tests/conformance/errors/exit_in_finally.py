# sys.exit(code) inside try: finally blocks and outer handlers see SystemExit; status is the code.
import sys
log = []
def work():
    try:
        log.append("work")
        sys.exit(4)
    finally:
        log.append("work finally")
        print("finally inside work", log)
try:
    work()
except SystemExit as e:
    print("caught in outer handler, code", e.code)
try:
    work()
except Exception:
    print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
print(log)
try:
    print("final attempt")
    work()
finally:
    print("outer finally runs before exit")
print("never printed")
