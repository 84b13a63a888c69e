"""Shared by the extension drivers: print a call's result or its exception, one line each."""


def describe(value):
    return repr(value)


def show(label, fn, *args, **kwargs):
    """Calls fn(*args, **kwargs) and prints `label -> repr(result)` or `label !! Type: message`."""
    try:
        result = fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001 - every exception is part of the output
        print(f"{label} !! {type(e).__name__}: {e}")
        return None
    print(f"{label} -> {describe(result)}")
    return result


def section(title):
    print(f"== {title}")
