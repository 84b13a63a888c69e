# Uncaught KeyError whose key is a tuple and a string with quotes.
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[0, 0], grid[(1, 0)])
print(len(grid), sorted(grid))
try:
    grid[2, 2]
except KeyError as e:
    print("caught:", e, e.args)
try:
    {}["it's"]
except KeyError as e:
    print("caught:", e)
try:
    {}[""]
except KeyError as e:
    print("caught:", e)
def lookup(x, y):
    return grid[x, y]
print(lookup(1, 0))
print("now uncaught")
lookup(5, -5)
print("never printed")
