import unittest


class PkgTests(unittest.TestCase):
    def test_in_package(self):
        self.assertTrue(__name__.startswith('pkg.'))

    def test_error(self):
        raise OSError('boom')
