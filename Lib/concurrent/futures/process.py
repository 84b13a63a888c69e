"""ProcessPoolExecutor placeholder: SwiftPy has no multiprocessing yet."""

from . import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A process in the pool ended abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """Not available: constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor needs multiprocessing")
