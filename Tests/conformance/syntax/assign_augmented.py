# Every augmented assignment operator on ints, floats, lists, strings, sets.
x = 17
x += 3; print(x)
x -= 25; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x &= 0b1011; print(x)
x |= 0x30; print(x)
x ^= 0xff; print(x)
f = 7.0
f /= 2; print(f)
f //= 2; print(f)
f %= -0.75; print(f)
m = -7
m //= 2; print(m)
m = -7
m %= 3; print(m)
lst = [1]
alias = lst
lst += [2, 3]          # in-place: alias sees it
print(alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)              # tuples rebind
print(t, t2)
s = {1, 2}
s |= {3}; s &= {2, 3, 4}; s -= {9}; s ^= {5}
print(sorted(s))
st = "ab"
st *= 3
print(st)
d = {"a": 1}
d |= {"b": 2}
print(d)
