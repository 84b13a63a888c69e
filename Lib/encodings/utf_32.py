"""The utf-32 codec: a BOM on encoding (little-endian body), BOM detection on decoding."""
from ._bom_codec import bom_codec

encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader, getregentry = \
    bom_codec(32, __name__)
