# pwd and grp: the user and group databases as struct sequences, CPython's lookup errors.
# (Only entries every Linux system has are printed; the rest is compared with /etc files.)
import grp
import os
import pathlib
import pwd
import tempfile

print(pwd.getpwuid(0))
print(pwd.getpwnam('root'))
print(grp.getgrgid(0))
print(grp.getgrnam('root'))
e = pwd.getpwuid(0)
print(e.pw_name, e[2], len(e), tuple(e)[:3], isinstance(e, tuple), e == pwd.getpwnam(e.pw_name))
print(pwd.struct_passwd, pwd.struct_passwd.n_fields, grp.struct_group, grp.struct_group.n_sequence_fields)


def names(path):
    with open(path) as f:
        return sorted(line.split(':')[0] for line in f if line.strip() and not line.startswith('#'))


print(sorted(p.pw_name for p in pwd.getpwall()) == names('/etc/passwd'))
print(sorted(g.gr_name for g in grp.getgrall()) == names('/etc/group'))
print(all(isinstance(g.gr_mem, list) for g in grp.getgrall()), type(pwd.getpwall()).__name__)
print(all(pwd.getpwuid(p.pw_uid).pw_uid == p.pw_uid for p in pwd.getpwall()))
for f, args in [(pwd.getpwuid, (99999,)), (pwd.getpwnam, ('nope',)), (grp.getgrgid, (99999,)),
                (grp.getgrnam, ('nope',)), (pwd.getpwuid, ('x',)), (pwd.getpwnam, (1,)), (pwd.getpwuid, (-1,)),
                (pwd.getpwuid, (2**40,)), (pwd.getpwuid, (2**32 - 1,)), (grp.getgrgid, ('x',)),
                (grp.getgrgid, (1.5,)), (grp.getgrgid, (-2,)), (grp.getgrgid, (2**64,)), (grp.getgrgid, (-1,)),
                (pwd.getpwnam, ('a\0b',)), (grp.getgrnam, (b'root',)), (pwd.getpwuid, (False,))]:
    try:
        print(repr(f(*args)))
    except Exception as ex:
        print(f.__name__, type(ex).__name__, ex)
try:
    e.pw_name = 'x'
except AttributeError as ex:
    print(ex)
p = pathlib.Path(tempfile.mkdtemp(), 'f')
p.write_text('x')
print(p.owner() == pwd.getpwuid(os.getuid()).pw_name, p.group() == grp.getgrgid(os.getgid()).gr_name)
print(os.path.expanduser('~root/x'), os.path.expanduser('~nosuchuser/x'))
