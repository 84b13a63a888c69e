# unittest.main(): argv parsing (-v, -q, -k, -f, names), discovery (-s/-p/-t) over a package tree,
# exit codes through SystemExit, and the dotted-name loader; timing and paths normalised.
import io
import os
import re
import sys
import unittest

here = os.getcwd()


def normalise(text):
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', text)
    return text.replace(here + os.sep, '')


class Sample(unittest.TestCase):
    def test_apple(self):
        pass

    def test_banana(self):
        self.assertEqual('banana'.count('a'), 2)

    def test_cherry(self):
        pass


def run_main(argv, module='__main__', **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop('verbosity', 1))
    print('$', ' '.join(argv[1:]))
    try:
        prog = unittest.main(module=module, argv=argv, testRunner=None, exit=True,
                             testLoader=unittest.TestLoader(), **kw)
    except SystemExit as e:
        print('exit code', e.code)
    # the default runner writes to sys.stderr; capture by running again with ours
    prog = unittest.main(module=module, argv=argv, exit=False, testLoader=unittest.TestLoader(),
                         testRunner=runner, **kw)
    print(normalise(stream.getvalue()))
    return prog


saved_stderr = sys.stderr
sys.stderr = io.StringIO()       # the exit=True runs report on stderr
try:
    run_main(['prog'])
    run_main(['prog', '-v'])
    p = run_main(['prog', '-k', 'an'])
    print(p.testNamePatterns, p.verbosity)
    run_main(['prog', 'Sample.test_banana', 'Sample.test_cherry'])
    run_main(['prog', '-q', '-f'])
    run_main(['swiftpy -m unittest', 'discover', '-s', '_unittest_tree', '-v'], module=None)
    run_main(['swiftpy -m unittest', 'discover', '-s', '_unittest_tree', '-p', 'test_a*.py'],
             module=None)
    p = run_main(['swiftpy -m unittest', 'discover', '_unittest_tree', 'test_beta.py'], module=None)
    print(p.start, p.pattern, p.top)
finally:
    sys.stderr = saved_stderr

sys.path.insert(0, os.path.join(here, '_unittest_tree'))
loader = unittest.TestLoader()
suite = loader.loadTestsFromName('test_alpha.AlphaTests.test_ok')
print(suite, suite.countTestCases())
suite = loader.loadTestsFromNames(['test_alpha.AlphaTests', 'pkg.test_beta'])
print(suite.countTestCases())
bad = loader.loadTestsFromName('test_alpha.Missing')
print(bad.countTestCases(), loader.errors[-1].splitlines()[0])
r = unittest.TestResult()
bad.run(r)
print(r.errors[0][0], r.errors[0][1].splitlines()[-1])
loader = unittest.TestLoader()
d = loader.discover('_unittest_tree')
print(d.countTestCases(), len(loader.errors))
try:
    loader.discover('_unittest_broken')    # the first discovery's top level is kept
except ImportError as e:
    print('ImportError:', str(e).replace(here + os.sep, ''))
loader = unittest.TestLoader()
d = loader.discover('_unittest_broken')
print(d.countTestCases(), len(loader.errors))
print(loader.errors[0].splitlines()[0])
r = unittest.TestResult()
d.run(r)
print(r.errors[0][0], r.errors[0][1].splitlines()[-1])
loader.testMethodPrefix = 'test_o'
print([t.id() for s in loader.loadTestsFromModule(sys.modules['test_alpha']) for t in s])
