import unittest


class AlphaTests(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_fails(self):
        self.assertEqual(len('abc'), 4)


class BetaLike(unittest.TestCase):
    def test_skip(self):
        self.skipTest('not here')
