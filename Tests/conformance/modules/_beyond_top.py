"""Helper: a relative import in a top-level module fails."""
from . import anything
