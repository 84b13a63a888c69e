# subprocess: run/call/check_*/Popen over echo, cat, sh and sys.executable; pipes, DEVNULL,
# STDOUT, text mode, cwd, env, input, timeouts, kill, errors. Output is deterministic.
import os
import signal
import subprocess
import sys
import tempfile
import threading

print("constants:", subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print("echo:", r.returncode, r.stdout, r.stderr)
print("repr:", repr(r))
r = subprocess.run("echo $((6 * 7))", shell=True, stdout=subprocess.PIPE, text=True)
print("shell:", r.returncode, repr(r.stdout), r.stderr)
r = subprocess.run(["cat"], input=b"line one\nline two\n", capture_output=True)
print("cat input:", r.stdout)
r = subprocess.run(["cat"], input="text in\r\nmore\n", capture_output=True, text=True)
print("cat text:", repr(r.stdout))
r = subprocess.run(["cat"], input=b"x" * 200000, capture_output=True)
print("cat big:", len(r.stdout), r.stdout == b"x" * 200000)

r = subprocess.run(["sh", "-c", "exit 3"])
print("exit 3:", r.returncode, r.stdout)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e.returncode, e.cmd, str(e))
try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 3"], check=True,
                   capture_output=True)
except subprocess.CalledProcessError as e:
    print("check=True:", e.returncode, e.output, e.stdout, e.stderr, str(e))
print("call:", subprocess.call(["sh", "-c", "exit 5"]))
print("check_call ok:", subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("check_call fail:", e.returncode, e.cmd)
print("check_output:", subprocess.check_output(["echo", "out"]))
print("check_output text:", repr(subprocess.check_output("printf 'a\\nb'", shell=True, text=True)))
print("check_output input:", subprocess.check_output(["cat"], input=b"fed"))
try:
    subprocess.check_output(["echo"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
print("getoutput:", repr(subprocess.getoutput("echo one; echo two >&2")))
print("getstatusoutput:", subprocess.getstatusoutput("echo bad; exit 4"))

code = "import sys; sys.stdout.write(sys.stdin.read().upper()); sys.stderr.write('err\\n'); sys.exit(7)"
# The child interpreter's stderr is compared: keep an interpreter's debug reports (e.g. SwiftPy's
# SWIFTPY_DEBUG_LEAKS summary) out of it.
child_env = {k: v for k, v in os.environ.items() if not k.startswith("SWIFTPY_DEBUG")}
r = subprocess.run([sys.executable, "-c", code], input=b"from python", capture_output=True, env=child_env)
print("python:", r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "print('to err', file=__import__('sys').stderr)"], env=child_env,
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print("stderr=STDOUT:", r.stdout)
r = subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL)
print("DEVNULL:", r.returncode, r.stdout)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print("stdin DEVNULL:", r.stdout)

with tempfile.TemporaryDirectory() as d:
    r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
    print("cwd:", os.path.realpath(r.stdout.strip()) == os.path.realpath(d))
    path = os.path.join(d, "out.txt")
    with open(path, "w") as f:
        subprocess.run(["echo", "into a file"], stdout=f)
    with open(path) as f:
        print("file:", repr(f.read()))
    with open(path, "rb") as f:
        print("stdin file:", subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("bad cwd:", type(e).__name__, e.errno, e.filename)

r = subprocess.run(["sh", "-c", "echo $SPY_VAR-$HOME"], env={"SPY_VAR": "v1", "PATH": os.defpath},
                   capture_output=True, text=True)
print("env:", repr(r.stdout))

try:
    subprocess.run(["no-such-command-xyz"])
except FileNotFoundError as e:
    print("missing:", type(e).__name__, e.errno, e.filename)

try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout:", e.cmd, 0 < e.timeout <= 0.2, str(e).startswith("Command '['sleep', '5']' timed out after 0."))
try:
    subprocess.run(["sh", "-c", "echo early; sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("timeout output:", e.output, e.stdout, e.stderr)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print("pid is int:", isinstance(p.pid, int) and p.pid > 0, "poll before:", p.poll())
out, err = p.communicate(b"via communicate")
print("communicate:", out, err, p.returncode, p.poll())

p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait timeout:", e.timeout)
p.kill()
print("killed:", p.wait(), p.returncode == -signal.SIGKILL)
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print("terminated:", p.wait())
p.terminate()  # after the end: nothing happens
try:
    subprocess.check_call(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print("signal:", e.returncode, str(e))

with subprocess.Popen(["sh", "-c", "echo a; echo b"], stdout=subprocess.PIPE, text=True) as p:
    lines = list(p.stdout)
print("with:", lines, p.returncode, p.stdout.closed)

p = subprocess.Popen([sys.executable, "-c", "import sys; print(input()); sys.stdout.flush()"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, universal_newlines=True)
print("universal_newlines:", p.universal_newlines, p.text_mode)
p.stdin.write("hello line\n")
p.stdin.flush()
print("readline:", repr(p.stdout.readline()))
p.stdin.close()
p.wait()
p.stdout.close()
print("rc:", p.returncode)

p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired:
    print("communicate timeout, retry:", p.communicate())

# wait() releases the GIL: another thread keeps counting while the main thread waits.
progress = []
stop = threading.Event()
def counter():
    while not stop.is_set():
        progress.append(1)
        stop.wait(0.01)
t = threading.Thread(target=counter)
t.start()
subprocess.run(["sleep", "0.3"])
stop.set()
t.join()
print("other thread ran during wait:", len(progress) > 1)

# Several threads each run a child at once.
results = {}
def worker(i):
    results[i] = subprocess.run([sys.executable, "-c", "print(%d * %d)" % (i, i)],
                                capture_output=True, text=True).stdout.strip()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("threads:", sorted(results.items()))

try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
print(str(subprocess.TimeoutExpired(["x"], 1.5)))
print(str(subprocess.CalledProcessError(-2, "cmd")))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.CompletedProcess(["a"], 0))
