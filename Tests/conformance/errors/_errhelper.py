# Helper module for errors/exception_from_module.py.
class HelperError(Exception):
    pass


def fail(msg):
    raise HelperError(msg)
