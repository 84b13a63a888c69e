"""Set handlers for asynchronous events: the _signal built-in module plus CPython's enums."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_signal_items = sorted(((v, k) for k, v in vars(_signal).items()
                        if k.startswith('SIG') and not k.startswith('SIG_') and isinstance(v, int)))
Signals = _IntEnum('Signals', [(k, v) for v, k in _signal_items], module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
del _signal_items


def _int_to_enum(value, enum_klass):
    """The enum member for an int handler or signal number, else value itself."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
