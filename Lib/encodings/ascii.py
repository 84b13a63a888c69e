"""The ascii codec over SwiftPy's native one."""
import _codecs
import codecs


def encode(input, errors='strict'):
    return _codecs.ascii_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.ascii_decode(input, errors)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _codecs.ascii_decode(input, self.errors)[0]


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.ascii_encode(input, self.errors)[0]


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.ascii_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_codecs.ascii_decode)


def getregentry():
    return codecs.CodecInfo(name='ascii', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
