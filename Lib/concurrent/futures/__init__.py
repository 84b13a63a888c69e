"""Run callables asynchronously with executors and futures."""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                    CancelledError, TimeoutError, InvalidStateError,
                    BrokenExecutor, Future, Executor, wait, as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
    'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')
