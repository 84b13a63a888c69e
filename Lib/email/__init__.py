"""A minimal email package: header-block messages as HTTP needs them (email.message.Message,
email.parser.Parser/HeaderParser/BytesParser, email.utils.formatdate)."""

__all__ = ['message_from_string', 'message_from_bytes']


def message_from_string(s, *args, **kws):
    """Parse a string into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)
