"""The utf-16 codec: a BOM on encoding (little-endian body), BOM detection on decoding."""
import _codecs
import sys
import codecs


def encode(input, errors='strict'):
    return _codecs.utf_16_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.utf_16_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def encode(self, input, final=False):
        if self.encoder is None:
            result = _codecs.utf_16_encode(input, self.errors)[0]
            self.encoder = _codecs.utf_16_le_encode
            return result
        return self.encoder(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: no BOM written yet; 0: the BOM is out.
        return 2 if self.encoder is None else 0

    def setstate(self, state):
        self.encoder = None if state else _codecs.utf_16_le_encode


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is None:
            output, consumed, byteorder = _codecs.utf_16_ex_decode(input, errors, 0, final)
            if byteorder == -1:
                self.decoder = _codecs.utf_16_le_decode
            elif byteorder == 1:
                self.decoder = _codecs.utf_16_be_decode
            elif consumed >= 2:
                raise UnicodeError("UTF-16 stream does not start with BOM")
            return (output, consumed)
        return self.decoder(input, self.errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (state, 2)
        addstate = int((sys.byteorder == "big") != (self.decoder is _codecs.utf_16_be_decode))
        return (state, addstate)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        state = state[1]
        if state == 0:
            self.decoder = (_codecs.utf_16_be_decode if sys.byteorder == "big"
                            else _codecs.utf_16_le_decode)
        elif state == 1:
            self.decoder = (_codecs.utf_16_le_decode if sys.byteorder == "big"
                            else _codecs.utf_16_be_decode)
        else:
            self.decoder = None


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is None:
            result = _codecs.utf_16_encode(input, errors)
            self.encoder = _codecs.utf_16_le_encode
            return result
        return self.encoder(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        object, consumed, byteorder = _codecs.utf_16_ex_decode(input, errors, 0, False)
        if byteorder == -1:
            self.decode = _codecs.utf_16_le_decode
        elif byteorder == 1:
            self.decode = _codecs.utf_16_be_decode
        elif consumed >= 2:
            raise UnicodeError("UTF-16 stream does not start with BOM")
        return (object, consumed)


def getregentry():
    return codecs.CodecInfo(name='utf-16', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
