"""Python unit testing framework (SwiftPy's implementation of CPython 3.11's unittest API).

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def test_add(self):
            self.assertEqual((1 + 2), 3)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames,
                     findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("SwiftPy has no asyncio yet: "
                             "unittest.IsolatedAsyncioTestCase is unavailable")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
