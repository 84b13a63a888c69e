"""The utf-16 codec: a BOM on encoding (little-endian body), BOM detection on decoding."""
from ._bom_codec import bom_codec

encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader, getregentry = \
    bom_codec(16, __name__)
