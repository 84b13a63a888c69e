"""Shared discovery and execution for the conformance `run` and `regen` scripts.

A test is a file <area>/<name>.py directly inside an area folder whose name does not
start with '_'. Deeper files and '_'-prefixed files are helpers (modules to import).
"""
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_S = 120  # hang detection only: debug builds on loaded 2-core machines are slow
LEAKS_RE = re.compile(r"^leaks: (\d+)\s*$")
# Every line the leak check writes (the count, the per-type summary, SWIFTPY_DEBUG_LEAKS=2 lists).
LEAK_REPORT_RE = re.compile(r"^leaks: ")


def discover(root=ROOT):
    """All test scripts, as paths relative to root ('area/name.py'), sorted."""
    found = []
    for area in sorted(os.listdir(root)):
        adir = os.path.join(root, area)
        if area.startswith((".", "_")) or not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            if name.endswith(".py") and not name.startswith("_") \
                    and os.path.isfile(os.path.join(adir, name)):
                found.append(area + "/" + name)
    return found


def select(tests, wanted=(), substring=None):
    """Filter by explicit paths (relative to root, or absolute/cwd-relative) and -k substring."""
    if wanted:
        norm = set()
        for w in wanted:
            p = os.path.abspath(w)
            if p.startswith(ROOT + os.sep):
                norm.add(os.path.relpath(p, ROOT).replace(os.sep, "/"))
            else:
                norm.add(w)
        missing = [w for w in norm if w not in tests]
        if missing:
            raise SystemExit("unknown test(s): " + ", ".join(sorted(missing)))
        tests = [t for t in tests if t in norm]
    if substring:
        tests = [t for t in tests if substring in t]
    return tests


def script_args(path):
    """Extra argv from a first-line comment '# args: a b c'."""
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").strip()
    m = re.match(r"#\s*args:(.*)$", first)
    return m.group(1).split() if m else []


def child_env(extra=None):
    # SWIFTPY_HOME stays: it picks the Lib/ folder (a shared binary testing a worktree), not behaviour.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "SWIFTPY_")) or k == "SWIFTPY_HOME"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("LC_ALL", "C.UTF-8")
    if extra:
        env.update(extra)
    return env


class Result:
    def __init__(self, stdout, stderr, code, timed_out):
        self.stdout = stdout      # bytes
        self.stderr = stderr      # str
        self.code = code          # int, or None when timed out
        self.timed_out = timed_out

    def stderr_lines(self):
        return [l for l in self.stderr.splitlines() if not LEAK_REPORT_RE.match(l)]

    def last_stderr_line(self):
        """Last non-blank stderr line, 'leaks: N' lines excluded."""
        lines = [l.rstrip() for l in self.stderr_lines() if l.strip()]
        return lines[-1] if lines else ""

    def leak_counts(self):
        return [int(m.group(1)) for m in map(LEAKS_RE.match, self.stderr.splitlines()) if m]


def run_script(interp, rel, env_extra=None, timeout=TIMEOUT_S, root=ROOT):
    """Run root/rel with cwd = its folder and argv = [interp, name.py, *args]."""
    path = os.path.join(root, rel)
    cwd, name = os.path.split(path)
    argv = [interp, name] + script_args(path)
    try:
        p = subprocess.run(argv, cwd=cwd, env=child_env(env_extra), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace"), None, True)
    except OSError as e:
        return Result(b"", "cannot start %s: %s" % (interp, e), -1, False)
    return Result(p.stdout, p.stderr.decode("utf-8", "replace"), p.returncode, False)


def err_text(result):
    """Contents of a .err file for a non-zero exit."""
    return "exit=%d\n%s\n" % (result.code, result.last_stderr_line())


def parse_err(text):
    lines = text.split("\n")
    m = re.match(r"exit=(-?\d+)$", lines[0].strip())
    if not m:
        raise ValueError("bad .err first line: %r" % lines[0])
    return int(m.group(1)), (lines[1].rstrip() if len(lines) > 1 else "")
