"""doctest: testmod's failure reports, verbose output and summaries, as CPython prints them.
Examples that raise show a traceback whose first frame is doctest's own runner (a path that
differs per installation): `normalized` drops that frame, nothing else."""
import doctest
import io
import re
import sys


_HERE = __import__('os').path.dirname(__file__)   # the checkout's path is not part of the output


def normalized(text):
    lines = text.splitlines(keepends=True)
    out = []
    skip = 0
    for line in lines:
        if skip:
            skip -= 1
            continue
        if re.match(r'\s*File ".*doctest\.py", line \d+, in __run', line):
            skip = 1
            continue
        out.append(line.replace(_HERE, '<here>'))
    return ''.join(out)


def captured(fn, *args, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        sys.stdout = old
    return result, normalized(buf.getvalue())


def divide(a, b):
    """Integer quotient.

    >>> divide(7, 2)
    3
    >>> divide(7, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: integer division or modulo by zero
    >>> divide(9, 3)
    4
    >>> divide(1, 0)
    0
    >>> [divide(x, 1) for x in range(25)]  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 24]
    >>> [divide(x, 1) for x in range(25)]  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
     13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]
    >>> divide(8, 0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ZeroDivisionError: some other text
    >>> divide(8, 0)
    Traceback (most recent call last):
    ZeroDivisionError: wrong text
    """
    return a // b


def lines():
    """
    >>> print('one\\n\\nthree')
    one
    <BLANKLINE>
    three
    >>> print('one\\n\\nthree')  # doctest: +DONT_ACCEPT_BLANKLINE
    one
    <BLANKLINE>
    three
    >>> 1 == 1
    1
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print('x')
    >>> None
    >>> undefined_name  # doctest: +SKIP
    42
    >>> print('a\\nb\\nc\\nd')  # doctest: +REPORT_NDIFF
    a
    B
    c
    d
    >>> print('a\\nb\\nc\\nd\\ne')  # doctest: +REPORT_UDIFF
    a
    b
    C
    d
    e
    >>> print('a\\nb\\nc\\nd')  # doctest: +REPORT_CDIFF
    a
    b
    c
    D
    """


class Stack:
    """A list-backed stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """>>> Stack().push(3)"""
        self.items.append(x)

    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    @property
    def top(self):
        """
        >>> s = Stack(); s.push(5); s.top
        6
        """
        return self.items[-1]

    @staticmethod
    def make():
        """
        >>> Stack.make().items
        []
        """
        return Stack()

    @classmethod
    def of(cls, *xs):
        """
        >>> len(Stack.of(1, 2, 3))
        3
        >>> for x in Stack.of(4, 5).items:
        ...     print(x)
        ...
        4
        5
        """
        s = cls()
        for x in xs:
            s.push(x)
        return s

    def boom(self):
        """
        >>> Stack().boom()
        """
        raise KeyError('deep')


__test__ = {'extra': """
>>> divide(10, 5)
2
>>> divide(10, 3)
99
"""}


if __name__ == '__main__':
    res, text = captured(doctest.testmod)
    print(text, end='')
    print(res, res.failed, res.attempted)
    res, text = captured(doctest.testmod, verbose=True)
    print(text, end='')
    print(res)
    res, text = captured(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    print(text, end='')
    print(res)
    res, text = captured(doctest.testmod, optionflags=doctest.FAIL_FAST, report=False)
    print(text, end='')
    print(res)
    # exclude_empty and extraglobs, name
    res, text = captured(doctest.testmod, name='renamed', exclude_empty=True, verbose=True,
                         extraglobs={'divide': lambda a, b: a // b})
    print(text.count('renamed'), res)
    try:
        doctest.testmod(raise_on_error=True)
    except doctest.DocTestFailure as e:
        print('DocTestFailure', e.test.name, e.example.source, repr(e.got))
    except doctest.UnexpectedException as e:
        print('UnexpectedException', e.test.name, e.exc_info[0].__name__)
    try:
        doctest.testmod(42)
    except TypeError as e:
        print('TypeError', e)
