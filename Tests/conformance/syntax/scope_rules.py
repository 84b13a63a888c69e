# Name resolution: LEGB order, UnboundLocalError, class scope not visible to methods.
x = "global"
def read_global():
    return x
def local_assign_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x
print(read_global(), local_assign_later())
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(enclosing())
print(len("builtin"))
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("x")
print(shadow_builtin(), len("x"))
class C:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(C().method())
def late_binding():
    def get():
        return y
    y = 1
    r1 = get()
    y = 2
    return r1, get()
print(late_binding())
def conditional_local(flag):
    if flag:
        z = "set"
    return z
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 1
free_var_unbound()
try:
    undefined_name_q
except NameError as e:
    print("NameError:", e)
del x
try:
    read_global()
except NameError as e:
    print("NameError:", e)
