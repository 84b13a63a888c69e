# unittest.mock: Mock/MagicMock calls and assertions, return_value/side_effect, call objects,
# child mocks, magic methods, patch/patch.object/patch.dict as decorators and context managers.
import os
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, sentinel, ANY, DEFAULT


def clean(text):
    return re.sub(r"id='\d+'", "id=ID", str(text))


def expect_fail(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print('AssertionError:', clean(e))
    else:
        print('no error')


m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list)
r = m(1, 2, key='v')
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args == call(1, 2, key='v'))
print(m.call_args[0], m.call_args[1])
m('again')
print(m.call_args_list, m.call_args_list == [call(1, 2, key='v'), call('again')])
m.assert_called_with('again')
m.assert_any_call(1, 2, key='v')
expect_fail(m.assert_called_with, 'other')
expect_fail(m.assert_called_once_with, 'again')
expect_fail(m.assert_not_called)
expect_fail(Mock().assert_called_with, 1)
expect_fail(Mock(name='fn').assert_called)
expect_fail(Mock(name='fn').assert_called_once)
expect_fail(m.assert_any_call, 3)
m.reset_mock()
print(m.call_count, m.call_args_list)
m.assert_not_called()

# return_value and side_effect
m = Mock(return_value=42)
print(m(), m(1))
m.side_effect = [1, 2, ValueError('third')]
print(m(), m())
try:
    m()
except ValueError as e:
    print('ValueError', e)
try:
    m()
except StopIteration:
    print('StopIteration')
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=KeyError('k'))
try:
    m()
except KeyError as e:
    print('KeyError', e)
m = Mock(side_effect=lambda: DEFAULT, return_value='fallback')
print(m())

# child mocks, names, reprs, method_calls and mock_calls
parent = Mock(name='parent')
parent.child.method(1)
parent.other(2).chained(x=3)
print(clean(repr(parent)), clean(repr(parent.child.method)), clean(repr(parent.other())))
print(parent.method_calls)
print(parent.mock_calls)
print(parent.mock_calls == [call.child.method(1), call.other(2), call.other().chained(x=3)])
parent.assert_has_calls([call.child.method(1), call.other(2)])
expect_fail(parent.assert_has_calls, [call.other(2), call.child.method(1)])
parent.assert_has_calls([call.other(2), call.child.method(1)], any_order=True)
print(parent.child is parent.child, clean(repr(Mock())))
m = Mock(**{'a.b.return_value': 5, 'c': 'seven'})
print(m.a.b(), m.c)
m.configure_mock(d=1)
print(m.d)
try:
    m.assert_nothing()
except AttributeError as e:
    print('AttributeError', e)
del m.c
try:
    m.c
except AttributeError as e:
    print('AttributeError', e)
spec_m = Mock(spec=['alpha', 'beta'])
spec_m.alpha()
try:
    spec_m.gamma
except AttributeError as e:
    print('AttributeError', e)


class Widget:
    size = 3

    def grow(self, n):
        return self.size + n


w = Mock(spec=Widget)
print(isinstance(w, Widget), clean(repr(w)))

# call objects
print(call(1, a=2), call.method(3), call.a.b(4).c(), call(1) == call(1), call(1) != call(2))
print(call(1, x=ANY) == call(1, x='anything'), ANY == 5, repr(ANY))
print(call.foo(1).call_list())
print(sentinel.token is sentinel.token, sentinel.token, sentinel.token is not sentinel.other)

# MagicMock magic methods
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 3 in mm, mm == mm, mm != mm)
mm.__len__.return_value = 5
mm.__iter__.return_value = iter('ab')
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), list(mm), mm['x'], mm[3])
mm.__getitem__.assert_called_with(3)
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__exit__.assert_called_once_with(None, None, None)
mm2 = MagicMock()
print(len(mm2), type(mm).__name__, type(mm2) is type(mm))
mm.__str__.return_value = 'custom str'
print(str(mm))
mm.__eq__.return_value = True
print(mm == 123)
m = MagicMock()
m.method.return_value.__enter__.return_value = 'ctx'
with m.method() as v:
    print(v)

# patch as decorator and context manager
import json


def uses_getcwd():
    return os.getcwd()


with patch('os.getcwd', return_value='/patched') as fake:
    print(uses_getcwd(), fake.call_count)
print(uses_getcwd() != '/patched')


@patch('json.dumps')
def decorated(fake_dumps):
    fake_dumps.return_value = 'fake json'
    return json.dumps({'a': 1}), fake_dumps.call_args


print(decorated(), json.dumps([1]))


class Target:
    value = 'original'

    def method(self):
        return 'real'


with patch.object(Target, 'value', 'patched'):
    print(Target.value)
print(Target.value)


@patch.object(Target, 'method', return_value='fake')
@patch.object(Target, 'value', new='new value')
def stacked(fake_method):
    t = Target()
    return t.method(), Target.value, fake_method.call_count


print(stacked(), Target().method())
p = patch.object(Target, 'value', sentinel.started)
print(p.start() is sentinel.started, Target.value)
p.stop()
print(Target.value)
try:
    with patch.object(Target, 'missing', 1):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does not')[1])
with patch.object(Target, 'missing', 1, create=True):
    print(Target.missing)
print(hasattr(Target, 'missing'))
config = {'debug': False, 'level': 1}
with patch.dict(config, {'debug': True, 'extra': 'x'}):
    print(sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True):
    print(config)
print(config)


@patch.dict(os.environ, {'SWIFTPY_MOCK_TEST': 'yes'})
def env_test():
    return os.environ.get('SWIFTPY_MOCK_TEST')


print(env_test(), os.environ.get('SWIFTPY_MOCK_TEST'))
with patch.multiple(Target, value='multi', method=DEFAULT) as values:
    print(Target.value, sorted(values), clean(values['method']))
print(Target.value)
try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)

# PropertyMock
with patch.object(Target, 'prop', new_callable=mock.PropertyMock, create=True) as prop:
    prop.return_value = 'from property'
    t = Target()
    print(t.prop)
    t.prop = 'set'
    print(prop.mock_calls)

# mock_open
m = mock.mock_open(read_data='line 1\nline 2\n')
with patch('builtins.open', m):
    with open('some/file') as f:
        print(repr(f.read()))
    with open('other', 'w') as f:
        f.write('data')
print(m.call_args_list)
m().write.assert_called_once_with('data')
