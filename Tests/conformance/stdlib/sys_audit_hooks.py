# sys.audit / sys.addaudithook for events raised from Python code: hooks run in the order added,
# get (event, args tuple), and their exceptions propagate (an Exception cancels addaudithook).
import sys

print(sys.audit('no.hooks.yet', 1), sys.audit(1))   # without hooks: nothing is checked
log = []


def first(event, args):
    log.append(('first', event, args))


def second(event, args):
    log.append(('second', event, args))
    if event == 'boom':
        raise ValueError('refused ' + event)


sys.addaudithook(first)
sys.addaudithook(hook=second)
print(sys.audit('my.event', 1, 'a', None))
sys.audit('no.args')
for call in [lambda: sys.audit('boom', 3), lambda: sys.audit(1), lambda: sys.audit(),
             lambda: sys.audit('x', a=1), lambda: sys.addaudithook()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


refuse = KeyError('no more hooks')


def picky(event, args):
    if event == 'sys.addaudithook' and refuse is not None:
        raise refuse


sys.addaudithook(picky)
print(sys.addaudithook(print))   # an Exception from a hook: silently not added
refuse = KeyboardInterrupt('stop')
try:
    sys.addaudithook(print)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e)
refuse = None


def late(event, args):
    log.append(('late', event))


sys.addaudithook(late)
sys.audit('last', {'k': 1})
for entry in log:
    print(entry)
