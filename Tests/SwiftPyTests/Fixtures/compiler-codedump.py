#!/usr/bin/env python3
"""Prints CPython's view of every code object of every .py under a folder, in the format of
CompilerTests.testDumpCodeStructure, for comparison:
  python3 compiler-codedump.py DIR > /tmp/cpython-code-dump.txt
  SWIFTPY_CODE_DUMP=DIR swift test --filter CompilerTests/testDumpCodeStructure
  diff /tmp/cpython-code-dump.txt /tmp/swiftpy-code-dump.txt"""
import os, sys

def units(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from units(c)

root = sys.argv[1]
files = []
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith(".py"):
            files.append(os.path.relpath(os.path.join(d, f), root))
for f in sorted(files):
    print(f"FILE {f}")
    try:
        src = open(os.path.join(root, f), "rb").read()
        co = compile(src, f, "exec", dont_inherit=True)
    except SyntaxError as e:
        print(f"ERROR {e.msg} {e.lineno}")
        continue
    except Exception as e:
        print(f"ERROR {e}")
        continue
    for u in units(co):
        flags = u.co_flags & 0x2BF
        print(f"{u.co_qualname} {u.co_firstlineno} {u.co_argcount} {u.co_posonlyargcount} {u.co_kwonlyargcount} {flags} "
              f"v={','.join(sorted(u.co_varnames))} c={','.join(sorted(u.co_cellvars))} f={','.join(u.co_freevars)}")
