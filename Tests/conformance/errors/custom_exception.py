# Uncaught user-defined exception from __main__: the traceback names it without the module.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an integer")
    return True
print(validate({"name": "a", "age": 1}))
try:
    validate({})
except ValidationError as e:
    print("caught:", e, "| field:", e.field)
print(issubclass(ValidationError, Exception), ValidationError.__module__)
records = [{"name": "x", "age": 3}, {"name": "y", "age": "old"}]
for r in records:
    print("validating", r["name"])
    validate(r)
print("never printed")
