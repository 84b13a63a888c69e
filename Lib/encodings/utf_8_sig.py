"""utf-8-sig: UTF-8 whose encoding starts with a BOM, and whose decoding skips one if present."""
import _codecs
import codecs

_BOM = b'\xef\xbb\xbf'


def encode(input, errors='strict'):
    return (_BOM + _codecs.utf_8_encode(input, errors)[0], len(input))


def decode(input, errors='strict'):
    prefix = 0
    if input[:3] == _BOM:
        input = input[3:]
        prefix = 3
    output, consumed = _codecs.utf_8_decode(input, errors, True)
    return (output, consumed + prefix)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return _BOM + _codecs.utf_8_encode(input, self.errors)[0]
        return _codecs.utf_8_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3:
                if _BOM.startswith(input):
                    # Not enough data to decide whether a BOM starts the stream.
                    return ("", 0)
                self.first = 0
            else:
                self.first = 0
                if input[:3] == _BOM:
                    output, consumed = _codecs.utf_8_decode(input[3:], errors, final)
                    return (output, consumed + 3)
        return _codecs.utf_8_decode(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)
        return (state[0], self.first)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        try:
            del self.encode
        except AttributeError:
            pass

    def encode(self, input, errors='strict'):
        self.encode = _codecs.utf_8_encode
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        if len(input) < 3:
            if _BOM.startswith(input):
                return ("", 0)
        elif input[:3] == _BOM:
            self.decode = _codecs.utf_8_decode
            output, consumed = _codecs.utf_8_decode(input[3:], errors)
            return (output, consumed + 3)
        self.decode = _codecs.utf_8_decode
        return _codecs.utf_8_decode(input, errors)


def getregentry():
    return codecs.CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
