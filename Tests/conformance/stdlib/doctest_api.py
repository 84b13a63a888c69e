"""doctest's pieces: DocTestParser, Example, DocTest, DocTestFinder (names, line numbers),
OutputChecker flags, testfile, run_docstring_examples, DocTestSuite/DocFileSuite under unittest,
script_from_examples, and `python -m doctest`."""
import doctest
import io
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

parser = doctest.DocTestParser()
doc = textwrap.dedent('''
    Some text.

        >>> x = 2
        >>> x * 3   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
        6
        >>> if x:
        ...     print('yes')
        yes
        >>> raise ValueError('bad')
        Traceback (most recent call last):
          File "<stdin>", line 1
        ValueError: bad
        >>> print('a\\n\\nb')
        a
        <BLANKLINE>
        b
        >>> # only a comment

    More text.
    ''')
pieces = parser.parse(doc, 'sample')
for p in pieces:
    if isinstance(p, doctest.Example):
        print('Example', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent,
              sorted(p.options.items()))
    else:
        print('text', repr(p))
test = parser.get_doctest(doc, {}, 'sample', 'sample.txt', 10)
print(test, len(test.examples), test.lineno, test.filename)
print(doctest.Example('1', '1') == doctest.Example('1\n', '1\n'))

for bad in ['>>>x = 1', '  >>> x = 1\n ... y', '>>> x  # doctest: +NOPE', '  >>> 1\n 1',
            '>>> # doctest: +ELLIPSIS']:
    try:
        parser.parse(bad, 'bad')
    except ValueError as e:
        print('ValueError', e)

checker = doctest.OutputChecker()
cases = [
    ('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a ... z\n', 'a b c z\n', doctest.ELLIPSIS), ('a ... z\n', 'a b c y\n', doctest.ELLIPSIS),
    ('...\n', 'anything\n', doctest.ELLIPSIS), ('a...a\n', 'a\n', doctest.ELLIPSIS),
    ('1  2\n3\n', '1 2 3\n', doctest.NORMALIZE_WHITESPACE), ('<BLANKLINE>\n', '\n', 0),
    ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE), ('x\n', '  \n', 0),
    ('caf\\xe9\n', 'caf\xe9\n', 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example('f()', 'l1\nl2\nl3\nl4\n')
for flags in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(checker.output_difference(ex, 'l1\nL2\nl3\nl4\n', flags), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'out\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'x\n'), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')

# The finder on a module written to disk: names, line numbers, __test__, exclude_empty.
src = textwrap.dedent('''
    """Module doc.

    >>> 1 + 1
    2
    """

    def f():
        """
        >>> f()
        'f'
        """
        return 'f'

    def nodoc():
        pass

    class K:
        """
        >>> K.s()
        's'
        """
        @staticmethod
        def s():
            """>>> 1"""
            return 's'

        @classmethod
        def c(cls):
            """
            >>> 2
            2
            """

        @property
        def p(self):
            """>>> 3
            3
            """

        class Inner:
            """>>> 4
            4
            """

    __test__ = {'text': """
    >>> f()
    'g'
    """, 'fn': f}
    ''')
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, 'dtmod.py'), 'w') as fh:
    fh.write(src)
sys.path.insert(0, tmp)
import dtmod
for exclude_empty in (True, False):
    tests = doctest.DocTestFinder(exclude_empty=exclude_empty).find(dtmod)
    for t in tests:
        print(t.name, os.path.basename(t.filename), t.lineno, len(t.examples))
print([t.name for t in doctest.DocTestFinder(recurse=False).find(dtmod)])
print([t.name for t in doctest.DocTestFinder().find(dtmod.K, module=False)])
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print('ValueError', e)

old = sys.stdout
sys.stdout = buf = io.StringIO()
res = doctest.testmod(dtmod)
doctest.run_docstring_examples(dtmod.f, {'f': lambda: 'other'}, name='f_alone')
doctest.run_docstring_examples(dtmod.f, {'f': lambda: 'f'}, verbose=True)
sys.stdout = old
print(buf.getvalue().replace(tmp, 'TMP'), end='')
print(res)

# testfile (module-relative and absolute)
txt = os.path.join(tmp, 'walk.txt')
with open(txt, 'w') as fh:
    fh.write('Walk-through\n\n    >>> words = ["a", "b"]\n    >>> len(words)\n    2\n'
             '    >>> words[5]\n    Traceback (most recent call last):\n'
             '    IndexError: list index out of range\n    >>> words\n    []\n')
sys.stdout = buf = io.StringIO()
res = doctest.testfile(txt, module_relative=False)
res2 = doctest.testfile(txt, module_relative=False, name='named', verbose=True,
                        globs={'unused': 1})
sys.stdout = old
print(buf.getvalue().replace(tmp, 'TMP'), end='')
print(res, res2)
try:
    doctest.testfile(txt, module_relative=False, package='x')
except ValueError as e:
    print('ValueError', e)
try:
    doctest.testfile('/abs/path.txt')
except ValueError as e:
    print('ValueError', e)

# unittest integration
suite = doctest.DocTestSuite(dtmod)
print(suite.countTestCases(), sorted(t.id() for t in suite))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures:
    print(repr(case), case.shortDescription())
    print(text.splitlines()[-1])
fsuite = doctest.DocFileSuite(txt, module_relative=False)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(fsuite)
for case, text in result.failures:
    print(repr(case).replace(tmp, 'TMP'), case.id().replace(tmp.replace('.', '_'), 'TMP'))
    print(text.split('\n')[-4:])
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args)

print(doctest.script_from_examples(doc))
print(doctest.testsource(dtmod, 'dtmod.f'))

# python -m doctest
p = subprocess.run([sys.executable, '-m', 'doctest', os.path.join(tmp, 'dtmod.py')],
                   capture_output=True, text=True)
print(p.returncode, p.stdout.replace(tmp, 'TMP'), end='')
p = subprocess.run([sys.executable, '-m', 'doctest', '-v', '-o', 'ELLIPSIS', txt],
                   capture_output=True, text=True)
print(p.returncode, p.stdout.replace(tmp, 'TMP')[-200:])
