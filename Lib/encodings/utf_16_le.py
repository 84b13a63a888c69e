"""The utf-16-le codec over SwiftPy's native one."""
import _codecs
import codecs


def encode(input, errors='strict'):
    return _codecs.utf_16_le_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.utf_16_le_decode(input, errors, True)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = staticmethod(_codecs.utf_16_le_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.utf_16_le_encode(input, self.errors)[0]


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.utf_16_le_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_codecs.utf_16_le_decode)


def getregentry():
    return codecs.CodecInfo(name='utf-16-le', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
