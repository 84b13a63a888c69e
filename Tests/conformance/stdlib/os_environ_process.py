# os.environ / os.environb / putenv / unsetenv change the real process environment: child
# processes and time.tzset() see the changes.
import os
import subprocess
import sys
import time


def child(script):
    return subprocess.run(['sh', '-c', script], capture_output=True, text=True).stdout.strip()


os.environ['SWIFTPY_T1'] = 'hello'
print(os.environ['SWIFTPY_T1'], os.environb[b'SWIFTPY_T1'], os.getenv('SWIFTPY_T1'), os.getenvb(b'SWIFTPY_T1'))
print(child('echo "child:$SWIFTPY_T1:$SWIFTPY_T2"'))
os.environb[b'SWIFTPY_T2'] = b'bytes'
print(os.environ['SWIFTPY_T2'], child('echo "child:$SWIFTPY_T1:$SWIFTPY_T2"'))
del os.environ['SWIFTPY_T1']
print('SWIFTPY_T1' in os.environ, b'SWIFTPY_T1' in os.environb, child('echo "[$SWIFTPY_T1]"'))
os.putenv('SWIFTPY_T3', 'direct')   # the process environment only, not the os.environ mapping
print('SWIFTPY_T3' in os.environ, child('echo "[$SWIFTPY_T3]"'))
os.unsetenv('SWIFTPY_T3')
print(child('echo "[$SWIFTPY_T3]"'))

os.environ['TZ'] = 'UTC'
time.tzset()
utc = time.localtime(0).tm_hour
os.environ['TZ'] = 'Asia/Tokyo'
time.tzset()
print(utc, time.localtime(0).tm_hour, time.tzname)

for stmt in ["os.environ['X'] = 1", "os.environ[1] = 'x'", "del os.environ['SWIFTPY_NOPE']",
             "os.environb['x'] = b'1'", "os.putenv('A=B', '1')", "os.putenv('A\\0', '1')",
             "os.putenv('A', '1\\0')", "os.putenv(1, 'x')", "os.environ['SWIFTPY_NOPE']",
             "os.unsetenv('A\\0')", "os.environ.pop('SWIFTPY_NOPE')"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, type(e).__name__, e)

os.environ.setdefault('SWIFTPY_T4', 'sd')
os.environ.update(SWIFTPY_T5='up')
print(os.environ.pop('SWIFTPY_T4'), os.environ['SWIFTPY_T5'], child('echo "[$SWIFTPY_T4|$SWIFTPY_T5]"'))
print(type(os.environ).__name__, type(os.environ.copy()).__name__, repr(os.environ).startswith('environ({'),
      len(os.environ) == len(os.environb), os.supports_bytes_environ)
print(type(os.environ | {'a': 'b'}).__name__, ({'SWIFTPY_T5': 1} | os.environ)['SWIFTPY_T5'])
env = os.environ
env |= {'SWIFTPY_T6': 'x'}
print(env is os.environ, os.getenv('SWIFTPY_T6'))
out = subprocess.run([sys.executable, '-c', 'import os; print(os.environ.get("SWIFTPY_T6"), os.environ.get("SWIFTPY_T5"))'],
                     capture_output=True, text=True).stdout
print(out.strip())
os.environ.clear()
print(len(os.environ), child('env | grep -c SWIFTPY_ || true'))
