"""The utf-8 codec over SwiftPy's native one."""
import _codecs
import codecs


def encode(input, errors='strict'):
    return _codecs.utf_8_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.utf_8_decode(input, errors, True)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = staticmethod(_codecs.utf_8_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.utf_8_encode(input, self.errors)[0]


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.utf_8_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_codecs.utf_8_decode)


def getregentry():
    return codecs.CodecInfo(name='utf-8', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
