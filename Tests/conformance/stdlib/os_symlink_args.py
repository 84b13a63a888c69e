# os.symlink(src, dst, target_is_directory=False, *, dir_fd=None) and Path.symlink_to.
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
os.symlink('a', os.path.join(d, 'l1'), True)
os.symlink('b', os.path.join(d, 'l2'), target_is_directory=False, dir_fd=None)
os.symlink(src='c', dst=os.path.join(d, 'l3'))
fd = os.open(d, os.O_RDONLY)
os.symlink('e', 'l5', dir_fd=fd)
os.close(fd)
pathlib.Path(d, 'l4').symlink_to('d', target_is_directory=True)
print(sorted(os.listdir(d)), [os.readlink(os.path.join(d, n)) for n in sorted(os.listdir(d))])
for args, kwargs in [((), {}), (('a',), {}), (('a', 'b', 1, 2), {}), (('a', os.path.join(d, 'l6')), {'zz': 1}),
                     (('a', 'b'), {'src': 'c'}), (('a', os.path.join(d, 'l1')), {})]:
    try:
        os.symlink(*args, **kwargs)
        print('ok')
    except (TypeError, OSError) as e:
        print(type(e).__name__, str(e).replace(d, '<d>'))
