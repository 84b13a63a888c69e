"""Regenerates the parser fixtures with CPython 3.11: for every parser/NAME.py, writes NAME.ast
(ast.dump) and NAME.attrs (ast.dump with locations), and errors.json from error_cases.py.
Run: python3 Tests/SwiftPyTests/Fixtures/parser-regen.py"""
import ast, json, os, sys, warnings
warnings.simplefilter("ignore")
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parser")
for name in sorted(os.listdir(here)):
    if not name.endswith(".py"):
        continue
    src = open(os.path.join(here, name), "rb").read()
    tree = ast.parse(src)
    base = os.path.join(here, name[:-3])
    open(base + ".ast", "w").write(ast.dump(tree) + "\n")
    open(base + ".attrs", "w").write(ast.dump(tree, include_attributes=True) + "\n")
sys.path.insert(0, os.path.dirname(here))
from importlib.machinery import SourceFileLoader
cases = SourceFileLoader("error_cases", os.path.join(os.path.dirname(here), "parser-error-cases.py")).load_module().CASES
out = []
for src in cases:
    try:
        compile(src, "f", "exec")
        raise SystemExit("no error: %r" % src)
    except SyntaxError as e:
        out.append({"source": src, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset})
open(os.path.join(here, "errors.json"), "w").write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
