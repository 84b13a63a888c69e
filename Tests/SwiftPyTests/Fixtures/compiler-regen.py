#!/usr/bin/env python3
"""Regenerates the compiler fixtures from CPython 3.11 (run from anywhere):
- compiler/symtable/*.symtable: the `symtable` module's view of each compiler/symtable/*.py
  (every table and every symbol's raw flags, scope in bits 11+);
- compiler/errors.json: the SyntaxError CPython's compiler raises for each case in
  compiler-error-cases.py (message and location)."""
import json, os, symtable, sys

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, "compiler")

def dump(t, ind, out):
    out.append(f"{ind}table {t.get_name()} {t.get_type()} line={t.get_lineno()} nested={int(t.is_nested())}")
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out.append(f"{ind}  {s.get_name()} {s._Symbol__flags}")
    for c in t.get_children():
        dump(c, ind + "  ", out)

stdir = os.path.join(base, "symtable")
for name in sorted(os.listdir(stdir)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(stdir, name), encoding="utf-8") as f:
        src = f.read()
    out = []
    dump(symtable.symtable(src, name, "exec"), "", out)
    with open(os.path.join(stdir, name[:-3] + ".symtable"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

sys.path.insert(0, here)
import importlib
cases = importlib.import_module("compiler-error-cases").cases
records = []
for src in cases:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        records.append({"source": src, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset})
    else:
        raise SystemExit(f"case compiles without error: {src!r}")
with open(os.path.join(base, "errors.json"), "w", encoding="utf-8") as f:
    json.dump(records, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"{len(records)} error cases")
