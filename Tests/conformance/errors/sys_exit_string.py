# sys.exit("message"): exit status 1, message printed to stderr; finally blocks run.
import sys
def process(items):
    done = []
    for item in items:
        if item < 0:
            sys.exit("negative item: %d" % item)
        done.append(item * 2)
        print("processed", item)
    return done
print(process([1, 2]))
try:
    process([5, -1])
except SystemExit as e:
    print("caught:", e.code)
try:
    print("entering")
    process([3, 4, -9, 10])
finally:
    print("finally before exit")
print("never printed")
