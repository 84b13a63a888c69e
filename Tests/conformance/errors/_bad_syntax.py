# Helper for errors/import_bad_syntax.py: this module does not compile.
def ok():
    return 1

def broken(:
    pass
