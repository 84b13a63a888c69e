# Uncaught UnboundLocalError: a local assigned later in the function is read first.
counter = 10
def read_only():
    return counter + 1
print(read_only())
def with_global():
    global counter
    counter += 1
    return counter
print(with_global(), counter)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("caught:", e)
def increment():
    counter += 1
    return counter
print("now uncaught")
increment()
print("never printed")
