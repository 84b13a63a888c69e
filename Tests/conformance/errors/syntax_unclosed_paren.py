# SyntaxError: an opening parenthesis that is never closed.
def helper(values):
    """A valid function before the broken part."""
    total = 0
    for v in values:
        if v > 0:
            total += v
        else:
            total -= v
    return total


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def describe(self):
        return "shape with %d sides" % self.sides


print("this line is never printed: the file does not compile")
print(helper([1, -2, 3]), Shape(3).describe())
values = (1, 2,
          3, 4
print(values)
