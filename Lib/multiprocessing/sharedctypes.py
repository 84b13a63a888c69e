"""Shared ctypes objects: not supported by SwiftPy yet (see docs/MULTIPROCESSING.md)."""


def _unsupported(*args, **kwargs):
    raise NotImplementedError("multiprocessing Value/Array (sharedctypes) are not supported by SwiftPy yet")


RawValue = RawArray = Value = Array = _unsupported
