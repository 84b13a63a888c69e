# Raising something that is not an exception is itself a TypeError.
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print("caught:", e)
try:
    raise "string"
except TypeError as e:
    print("caught:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised and instantiated:", repr(e))
try:
    raise ValueError("x") from "y"
except TypeError as e:
    print("caught:", e)
def raiser(obj):
    print("raising", type(obj).__name__)
    raise obj
raiser(KeyError) if False else print("skipped")
raiser(42)
print("never printed")
