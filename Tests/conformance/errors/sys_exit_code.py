# sys.exit(3): stdout printed so far is kept, exit status 3, nothing on stderr.
import sys
def main():
    total = 0
    for i in range(5):
        total += i * i
        print("i", i, "total", total)
    if total > 10:
        print("total too large, exiting with 3")
        sys.exit(3)
    print("not reached")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit code", repr(e.code))
print("running main")
main()
print("never printed")
