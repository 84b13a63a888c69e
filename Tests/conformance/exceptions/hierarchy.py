# The standard exception hierarchy: bases of common exception classes.
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
           StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
           AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
           LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
           FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
           TimeoutError, ConnectionError, BrokenPipeError, ConnectionResetError, InterruptedError,
           ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError,
           IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
           UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, UserWarning,
           DeprecationWarning, RuntimeWarning, SyntaxWarning, ExceptionGroup, BaseExceptionGroup]
for cls in classes:
    print(cls.__name__, "<-", ", ".join(b.__name__ for b in cls.__bases__), "|",
          " ".join(c.__name__ for c in cls.__mro__[1:]))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(all(issubclass(c, BaseException) for c in classes))
