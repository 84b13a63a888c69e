"""The BOM-marked codecs utf-16 and utf-32 (encodings/utf_16.py, utf_32.py): a BOM on encoding
(little-endian body), BOM detection on decoding. One implementation for both widths."""
import _codecs
import sys
import codecs


def bom_codec(bits, module):
    """encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader and
    getregentry of the utf-<bits> codec, named as members of `module`."""
    size = bits // 8
    name = "utf-%d" % bits
    no_bom = "UTF-%d stream does not start with BOM" % bits
    enc, dec, ex_dec = (getattr(_codecs, "utf_%d_%s" % (bits, f)) for f in ("encode", "decode", "ex_decode"))
    le_enc, le_dec, be_dec = (getattr(_codecs, "utf_%d_%s" % (bits, f)) for f in ("le_encode", "le_decode", "be_decode"))

    def encode(input, errors='strict'):
        return enc(input, errors)

    def decode(input, errors='strict'):
        return dec(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = enc(input, self.errors)[0]
                self.encoder = le_enc
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            # 2: no BOM written yet; 0: the BOM is out.
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else le_enc

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, byteorder = ex_dec(input, errors, 0, final)
                if byteorder == -1:
                    self.decoder = le_dec
                elif byteorder == 1:
                    self.decoder = be_dec
                elif consumed >= size:
                    raise UnicodeError(no_bom)
                return (output, consumed)
            return self.decoder(input, self.errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            addstate = int((sys.byteorder == "big") != (self.decoder is be_dec))
            return (state, addstate)

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            state = state[1]
            if state == 0:
                self.decoder = (be_dec if sys.byteorder == "big"
                                else le_dec)
            elif state == 1:
                self.decoder = (le_dec if sys.byteorder == "big"
                                else be_dec)
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
                result = enc(input, errors)
                self.encoder = le_enc
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
            object, consumed, byteorder = ex_dec(input, errors, 0, False)
            if byteorder == -1:
                self.decode = le_dec
            elif byteorder == 1:
                self.decode = be_dec
            elif consumed >= size:
                raise UnicodeError(no_bom)
            return (object, consumed)

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                                incrementalencoder=IncrementalEncoder,
                                incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)

    members = (encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader, getregentry)
    for m in members:
        m.__module__ = module
        m.__qualname__ = m.__name__
    return members
