# comment at top

x = (1 +
     2)   # comment
y = [
    1,
    2,
]
z = {
    'a': 1,
        'b': 2,
}
w = 1 + \
    2
if x and \
   y:
    pass

def f(
    a,
    b,
):
    return (a
            + b)

	# tab-only comment line
if True:
	x = 1
	if y:
		z = 2

s = """
    indented text
"""
t = 'a' \
    'b'
a = 1; b = 2; c = 3;
if x: y = 1; z = 2
match = 1
case = 2
_ = 3
print(match, case, _)
type = 4
