# The global statement: rebinding, creating, deleting module names from functions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def create():
    global created_later
    created_later = "made in function"
create()
print(created_later)
def remove():
    global created_later
    del created_later
remove()
print("created_later" in globals())
x = "module"
def reads():
    return x
def shadows():
    x = "local"
    return x
print(reads(), shadows(), x)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(nested(), x)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1 + a2)
class C:
    global from_class
    from_class = "set in class body"
print(from_class)
def loop_global():
    global lg
    for lg in range(3):
        pass
loop_global()
print(lg)
print(sorted(k for k in globals() if k in ("a1", "a2", "lg", "counter")))
