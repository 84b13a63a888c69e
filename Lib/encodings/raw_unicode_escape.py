"""The raw-unicode-escape codec: Python string-literal escapes in latin-1 bytes."""
import _codecs
import codecs


def encode(input, errors='strict'):
    return _codecs.raw_unicode_escape_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.raw_unicode_escape_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.raw_unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return _codecs.raw_unicode_escape_decode(input, errors, final)


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.raw_unicode_escape_encode)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return _codecs.raw_unicode_escape_decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name='raw-unicode-escape', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
