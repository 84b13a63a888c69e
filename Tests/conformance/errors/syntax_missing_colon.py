# SyntaxError: expected ':'.
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
while helper([1]) > 0
    pass
