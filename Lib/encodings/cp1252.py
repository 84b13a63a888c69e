"""The cp1252 codec over SwiftPy's native one."""
import _codecs
import codecs


def encode(input, errors='strict'):
    return _codecs.cp1252_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.cp1252_decode(input, errors)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _codecs.cp1252_decode(input, self.errors)[0]


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.cp1252_encode(input, self.errors)[0]


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.cp1252_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_codecs.cp1252_decode)


def getregentry():
    return codecs.CodecInfo(name='cp1252', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
