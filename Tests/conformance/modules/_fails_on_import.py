"""Helper whose import fails part-way; it counts executions in a builtin-free way."""
import sys
sys.modules.setdefault("_fail_counter", [])
executions = sys.modules["_fail_counter"]
executions.append(1)
partial = "set before the failure"
raise ValueError("import of _fails_on_import failed (execution %d)" % len(executions))
