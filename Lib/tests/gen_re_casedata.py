import sys
def slower(c):
    l = c.lower()
    return l[0] if len(l) != 1 else l
def supper(c):
    u = c.upper()
    if len(u) == 1: return u
    t = c.title()
    return t if len(t) == 1 else c
rev = {}
for i in range(0x110000):
    if 0xd800 <= i < 0xe000: continue
    c = chr(i); l = slower(c)
    if l != c or supper(c) != c:
        rev.setdefault(l, set()).add(c)
extra = {}
for l, cs in rev.items():
    e = cs - {l, supper(l)}
    if e: extra[l] = ''.join(sorted(e))
# upper-equivalence among lowercase chars
byup = {}
for l in rev:
    if slower(l) == l:
        byup.setdefault(supper(l), set()).add(l)
fixes = [''.join(sorted(v)) for v in byup.values() if len(v) > 1]
print(len(extra), len(fixes))
print(extra)
print(fixes)
sys.path.insert(0,'/root/.pyenv/versions/3.11.7/lib/python3.11/re')
import _casefix
print(len(_casefix._EXTRA_CASES))
mine = {}
for f in fixes:
    for ch in f:
        mine[ord(ch)] = tuple(sorted(ord(x) for x in f if x != ch))
ref = {k: tuple(sorted(v)) for k,v in _casefix._EXTRA_CASES.items()}
print(mine == ref, set(mine)^set(ref))
