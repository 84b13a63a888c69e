"""The encodings package, imported at start-up as CPython does.

SwiftPy's codecs (utf-8, latin-1, ascii, utf-16/32, ...) are built into the runtime, so this
package only carries the public names of CPython's package that programs can observe, such as
CodecRegistryError (which also makes it a subclass of LookupError and SystemError at start-up).
"""


class CodecRegistryError(LookupError, SystemError):
    """Raised when the codec registry is given a codec that does not fit its interface."""
