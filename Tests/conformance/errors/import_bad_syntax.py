# Importing a module that has a syntax error: the importer's earlier output is kept.
import sys
print("importer starts")
values = [3, 1, 2]
values.sort()
print(values)
try:
    compile("x = (", "<string>", "exec")
except SyntaxError as e:
    print("compile() raised", type(e).__name__, e.msg, e.lineno)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print("exec raised", e.msg)
try:
    eval("1 +")
except SyntaxError as e:
    print("eval raised", e.msg)
print("_bad_syntax" in sys.modules)
print("importing the broken module")
import _bad_syntax
print("never printed")
