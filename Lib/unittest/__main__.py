"""`swiftpy -m unittest`: discovery or named tests from the command line."""

import sys
import os

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from unittest.main import main

main(module=None)
