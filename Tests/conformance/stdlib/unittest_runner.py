# unittest: a suite with passing, failing, erroring, skipped, expected-failure and subtest cases
# run programmatically on a StringIO stream at verbosity 1 and 2 (timing line normalised).
import io
import os
import re
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.value = 41
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_add(self):
        """Adding one gives the answer."""
        self.assertEqual(self.value + 1, 42)

    def test_fail_equal(self):
        self.assertEqual(self.value, 42)

    def test_fail_msg(self):
        self.assertTrue(self.value > 50, 'value too small')

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError('never')

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless(self):
        self.assertIn(1, [1, 2])

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_skip_inside(self):
        self.skipTest('skipped from inside')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Messages(unittest.TestCase):
    maxDiff = None

    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None})

    def test_multiline(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')

    def test_long_string(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_tuple(self):
        self.assertTupleEqual((1, 'a'), (1, 'b', 2))

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_regex(self):
        self.assertRaisesRegex(ValueError, 'bad', int, 'x')

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, 'a'], [1, 2, 2, 'b'])

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)

    def test_is_none(self):
        self.assertIsNone(0)

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_regex(self):
        self.assertRegex('hello world', r'^world')

    def test_not_in(self):
        self.assertNotIn('b', 'abc')

    def test_is(self):
        self.assertIs([], None)

    def test_chained_error(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('wrapped') from e


def normalise(text):
    # Timings and the checkout's location vary from run to run.
    text = text.replace(os.path.dirname(os.path.abspath(__file__)), '<dir>')
    return re.sub(r'in \d+\.\d+s', 'in X.XXXs', text)


def run(verbosity, *classes):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(normalise(stream.getvalue()))
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


run(1, Arithmetic, Skipped)
print(log)
log.clear()
run(2, Arithmetic, Skipped)
run(1, Messages)

# passing suite, quiet
class Good(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        with self.assertRaises(KeyError) as cm:
            {}['k']
        self.assertEqual(cm.exception.args, ('k',))
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('zz')
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertCountEqual('abc', 'cba')
        self.assertSequenceEqual([1, 2], (1, 2))


run(0, Good)
run(1, Good)

# failfast stops after the first failure
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, failfast=True)
r = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Messages))
print(r.testsRun, len(r.failures))

# TestCase API bits
t = Arithmetic('test_add')
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(Arithmetic('test_add') == Arithmetic('test_add'), Arithmetic('test_add') != Arithmetic('test_error'))
try:
    Arithmetic('nope')
except ValueError as e:
    print('ValueError:', e)
print(unittest.TestLoader().getTestCaseNames(Arithmetic))
s = unittest.TestSuite([Good('test_one'), Good('test_two')])
print(s.countTestCases(), repr(unittest.TestSuite()))
try:
    s.addTest(Good)
except TypeError as e:
    print('TypeError:', e)
res = unittest.TestResult()
Good('test_one').run(res)
print(res)
# a test run with no result gets a default one
print(type(Good('test_one').run()).__name__)
ftc = unittest.FunctionTestCase(lambda: None, description='a function test')
r = unittest.TestResult()
ftc(r)
print(r.testsRun, r.wasSuccessful(), ftc.shortDescription())
