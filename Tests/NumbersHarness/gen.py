import random, struct, sys, math
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
out = []
def enc(v):
    if isinstance(v, bool): return 'b1' if v else 'b0'
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)
        try: return 'i%d' % v
        finally: sys.set_int_max_str_digits(4300)
    if isinstance(v, float): return 'f%x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, complex): return 'c%x,%x' % (struct.unpack('<Q', struct.pack('<d', v.real))[0], struct.unpack('<Q', struct.pack('<d', v.imag))[0])
    if isinstance(v, str): return 's' + v.replace('\t','\\t').replace('\n','\\n')
    if isinstance(v, bytes): return 'y' + '.'.join('%x' % b for b in v)
    if isinstance(v, tuple): return 't' + '|'.join(enc(x) for x in v)
    if v is None: return 'n'
    raise Exception(type(v))
def case(op, fn, *args):
    try:
        r = enc(fn(*args))
    except Exception as e:
        r = 'E%s:%s' % (type(e).__name__, e)
    if r.startswith('EMemoryError') or r.startswith('ETypeError:unsupported') : return
    out.append('\t'.join([op] + [enc(a) for a in args] + [r]))

edge = [0, 1, -1, 2, -2, 3, 5, 7, 10, 255, 256, 257, -5, -6, 2**31, 2**32-1, 2**53, 2**53+1, 2**62, 2**63-1, 2**63, -2**63, -2**63-1, 2**64, 2**64-1, -2**64, 10**20, -10**20, 3**100, -(7**80), 2**127-1, 2**200]
def rint():
    k = random.random()
    if k < 0.3: return random.choice(edge)
    if k < 0.6: return random.randint(-1000, 1000)
    if k < 0.8: return random.randint(-2**64, 2**64)
    return random.randint(-2**300, 2**300)
fedge = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.5, 2.5, -2.5, 1e16, 1e-5, 1e-4, 123456789.0, 1e300, -1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0**63, 2.0**64, 9007199254740993.0, 1/3, 2/3, 1e22, 1e23, 0.3]
def rfloat():
    k = random.random()
    if k < 0.3: return random.choice(fedge)
    if k < 0.5: return random.uniform(-1000, 1000)
    if k < 0.7: return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if k < 0.85: return float(random.randint(-10**6, 10**6)) / random.choice([1, 2, 4, 8, 10, 100, 1000])
    return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)

import operator as O
bins = [('add', O.add), ('sub', O.sub), ('mul', O.mul), ('floordiv', O.floordiv), ('truediv', O.truediv), ('mod', O.mod), ('divmod', divmod), ('and', O.and_), ('or', O.or_), ('xor', O.xor), ('lt', O.lt), ('le', O.le), ('eq', O.eq), ('ne', O.ne), ('gt', O.gt), ('ge', O.ge)]
for _ in range(3000):
    op, fn = random.choice(bins)
    case(op, fn, rint(), rint())
for _ in range(600):
    a = rint(); b = random.choice([0, 1, 2, 3, 5, 63, 64, 65, 100, 200, -1])
    case('lshift', O.lshift, a, b); case('rshift', O.rshift, a, b)
for _ in range(600):
    a = rint(); b = random.choice([0, 1, 2, 3, 5, 10, 30, 63, 64, 100, -1, -2, -3])
    case('pow', pow, a if random.random() < 0.7 else random.randint(-20, 20), b)
for _ in range(600):
    a = rint(); b = rint() if random.random() < 0.5 else random.randint(-50, 50); m = random.choice([rint(), random.randint(-100, 100), 1, -1, 0, 7, 2**61-1])
    case('pow3', pow, a, b, m)
for _ in range(800):
    a = rint()
    for op, fn in [('neg', O.neg), ('pos', O.pos), ('abs', abs), ('invert', O.invert), ('bool', bool), ('repr', repr), ('hash', hash), ('.bit_length', int.bit_length), ('.bit_count', int.bit_count), ('float', float)]:
        case(op, fn, a)
    case('.__round__', lambda x, n: x.__round__(n), a, random.choice([-1, -2, -3, -10, 0, 2]))
    case('tobase', lambda x, b: {2: bin, 8: oct, 10: str, 16: hex}[b](x), a, random.choice([2, 8, 10, 16]))
    n = random.choice([0, 1, 2, 4, 8, 9, 16, 40])
    case('.to_bytes', lambda x, n, o, s: x.to_bytes(n, o, signed=s), a, n, random.choice(['big', 'little']), random.choice([True, False])) if False else None
    case('.to_bytes', lambda x, n, o: x.to_bytes(n, o), a, n, random.choice(['big', 'little']))
# float binary ops, mixed with ints
for _ in range(4000):
    op, fn = random.choice(bins[:8] + bins[10:] + [('pow', pow)])
    a = rfloat(); b = rfloat() if random.random() < 0.7 else rint()
    if random.random() < 0.3: a, b = b, a
    case(op, fn, a, b)
for _ in range(1500):
    a = rfloat()
    for op, fn in [('neg', O.neg), ('abs', abs), ('bool', bool), ('repr', repr), ('hash', hash), ('int', int), ('.is_integer', float.is_integer), ('.hex', float.hex), ('.as_integer_ratio', float.as_integer_ratio), ('.__round__', round), ('.__floor__', math.floor), ('.__ceil__', math.ceil)]:
        case(op, fn, a)
    case('.__round__', lambda x, n: round(x, n), a, random.choice([0, 1, 2, 3, 5, -1, -2, 10, 17, 300, -300]))
    case('T.float.fromhex', float.fromhex, a.hex())
# ints vs floats comparisons with huge values
for _ in range(1500):
    a = rint(); b = float(a) if random.random() < 0.5 else rfloat()
    if random.random() < 0.3: b = b + random.choice([0.5, -0.5, 1.0, 2.0**40])
    op, fn = random.choice(bins[10:])
    case(op, fn, b, a)
    case('truediv', O.truediv, rint(), rint())
# parsing
strs = ['0', '-0', ' 12 ', '+5', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b', '010', '00', '0_0', '١٢', 'abc', '', ' ', '12a', '1e5', '9'*30, '-'+'9'*25, '0x_1f', '0_7', 'z', 'Z', '10', '1.5', 'inf', '-inf', 'nan', '-nan', 'Infinity', 'iNfIniTy', '1e-5', '.5', '5.', '.', 'e5', '1e', '1_0.5_5', '1._5', '1_.5', '0x1p3', '1e500', '-1e500', '1e-400', '  3.14  ', '3.14j', '1,000']
for s in strs:
    case('int', int, s); case('float', float, s)
    for b in [0, 2, 8, 10, 16, 36, 1, 37]:
        case('intbase', int, s, b)
for _ in range(500):
    x = rfloat()
    case('float', float, repr(x)); case('float', float, '%.20e' % x if math.isfinite(x) else repr(x))
    n = rint(); case('int', int, str(n)); case('intbase', int, hex(n), 16); case('intbase', int, oct(n), 0)
print('\n'.join(out))
out.clear()
ispecs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', ',', '_', '_x', '_b', ',d', '10', '<10', '^10', '>10', '=10', '010', '+', ' ', '-', '+010', '*^12,', '#010x', '#_x', 'n', 'c', '+c', '#c', ',c', ',x', '.2', 'z', 'e', '.3e', 'f', '%', ',.2f', 'g', 'E', 'q', '10.3', '\u00e9>8', '08,', '012_b', '=+12,', '-#20_o', '0<5', '1,,', '.d', ',_']
fspecs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.1', '.3', '.10', '.17', '.0e', '.2e', '.0f', '.2f', '.10f', '.0g', '.1g', '.3g', '.12g', '#g', '#.3g', '#.0f', '#.0e', '+', ' ', '+.3f', ',', ',.2f', '_.2f', ',f', ',g', '015,.2f', '020', '<12', '^12', '=12', '*>12.3', 'z.1f', 'z', '+z.2f', '.2%', 'd', 'x', ',e', '10.2n', '#', '#.2', '0.0', '.1e-1', '.400f', '.60e']
for _ in range(1500):
    a = rint()
    case('format', format, a, random.choice([x for x in ispecs if 'c' not in x] if abs(a) < 32 else ispecs))
    if random.random() < 0.3: case('format', format, random.randint(32, 200), random.choice(['c', '5c', '<3c', '0=5c']))
for _ in range(3000):
    a = rfloat()
    case('format', format, a, random.choice(fspecs))
for x in [0.0, -0.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 123.456, 1e100, 2.5, 0.5, 1.5, -1.5, 100.0, 1e21, 12345678901234567890.0, 0.1+0.2, 5e-324, 1.7976931348623157e308]:
    case('repr', repr, x)
    for sp in fspecs: case('format', format, x, sp)
print('\n'.join(out))
out.clear()
def rcomplex():
    k = random.random()
    if k < 0.3: return complex(random.choice(fedge + [0.0, 1.0, -1.0, 2.0]), random.choice(fedge + [0.0, 1.0, -1.0, 2.0]))
    return complex(rfloat(), rfloat()) if k < 0.6 else complex(random.randint(-20, 20), random.randint(-20, 20))
def rnum():
    k = random.random()
    return rcomplex() if k < 0.6 else (rfloat() if k < 0.8 else rint())
for _ in range(4000):
    op, fn = random.choice([b for b in bins if b[0] in ('add','sub','mul','truediv','eq','ne','lt')] + [('pow', pow)])
    a = rcomplex(); b = rnum()
    if random.random() < 0.4: a, b = b, a
    if op == 'pow' and random.random() < 0.5: b = random.choice([0, 1, 2, 3, -1, -2, 0.5, 100, 101, 2.0, 1j])
    case(op, fn, a, b)
cspecs = ['', '.2f', 'e', 'g', '.3', '10', '<30', '^30', '>30', '+', ' .2e', '#g', 'n', '010', '=10', '*^40.2f', 'd', ',.2f', 'z.1f', 'G', 'F', '.0f']
for _ in range(1500):
    c = rcomplex()
    for op, fn in [('neg', O.neg), ('pos', O.pos), ('abs', abs), ('bool', bool), ('repr', repr), ('.conjugate', complex.conjugate)]:
        case(op, fn, c)
    if not (math.isnan(c.real) or math.isnan(c.imag)): case('hash', hash, c)
    case('format', format, c, random.choice(cspecs))
    case('complex', complex, repr(c))
    case('complex', complex, c.real, c.imag)
    case('complex', complex, c, c)
for s in ['1+2j', '(3-4J)', ' ( 1j ) ', 'j', '-j', '+J', '1+j', '1-j', '2', '-2.5', 'inf+nanj', '-infj', '1e5+1e-5j', '1_0+2_0j', '1__0j', '(1+2j', '1+2j)', '1 + 2j', 'abc', '', '()', '1e+5j', '+1e-3-1e3j', 'nan', 'nanj', 'infinityj', '1+2jj', '١+٢j']:
    case('complex', complex, s)
for a in [0, 1, -1, 2.5, 'x', None, 3j]:
    case('complex', complex, 1, a) if a is not None else case('complex', complex, a)
# bools
for a in [True, False]:
    for b in [True, False, 0, 1, 2, -1, 2**70]:
        for op, fn in [('and', O.and_), ('or', O.or_), ('xor', O.xor), ('add', O.add), ('sub', O.sub), ('mul', O.mul), ('lt', O.lt), ('eq', O.eq), ('floordiv', O.floordiv), ('lshift', O.lshift)]:
            case(op, fn, a, b); case(op, fn, b, a)
    for op, fn in [('neg', O.neg), ('pos', O.pos), ('abs', abs), ('invert', O.invert), ('repr', repr), ('hash', hash), ('str', str), ('int', int), ('float', float)]:
        case(op, fn, a)
    case('format', format, a, ''); case('format', format, a, 'd'); case('format', format, a, '>6'); case('format', format, a, '.2f')
print('\n'.join(out))
out.clear()
import ctypes
api = ctypes.pythonapi
def mk(name, restype, argtypes=(ctypes.py_object,)):
    f = getattr(api, name); f.restype = restype; f.argtypes = list(argtypes); return f
AsLong = mk('PyLong_AsLong', ctypes.c_long); AsSsize = mk('PyLong_AsSsize_t', ctypes.c_ssize_t); AsSize = mk('PyLong_AsSize_t', ctypes.c_size_t)
AsUL = mk('PyLong_AsUnsignedLong', ctypes.c_ulong); AsULM = mk('PyLong_AsUnsignedLongMask', ctypes.c_ulong); AsLL = mk('PyLong_AsLongLong', ctypes.c_longlong)
AsULL = mk('PyLong_AsUnsignedLongLong', ctypes.c_ulonglong); AsD = mk('PyLong_AsDouble', ctypes.c_double); FAsD = mk('PyFloat_AsDouble', ctypes.c_double)
FromD = mk('PyLong_FromDouble', ctypes.py_object, (ctypes.c_double,)); NumBits = mk('_PyLong_NumBits', ctypes.c_size_t); Sign = mk('_PyLong_Sign', ctypes.c_int)
AsLO = mk('PyLong_AsLongAndOverflow', ctypes.c_long, (ctypes.py_object, ctypes.POINTER(ctypes.c_int)))
def aslo(x):
    o = ctypes.c_int(0); v = AsLO(x, ctypes.byref(o)); return (v, o.value)
DTS = mk('PyOS_double_to_string', ctypes.c_void_p, (ctypes.c_double, ctypes.c_char, ctypes.c_int, ctypes.c_int, ctypes.c_void_p))
def dts(x, code, prec, flags):
    p = DTS(x, code.encode(), prec, flags, None); s = ctypes.string_at(p).decode(); api.PyMem_Free(ctypes.c_void_p(p)); return s
STD = mk('PyOS_string_to_double', ctypes.c_double, (ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p))
FromStr = mk('PyLong_FromString', ctypes.py_object, (ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int))
for _ in range(500):
    x = rint()
    for op, fn in [('AsLong', AsLong), ('AsSsize_t', AsSsize), ('AsSize_t', AsSize), ('AsUnsignedLong', AsUL), ('AsUnsignedLongMask', AsULM), ('AsLongLong', AsLL), ('AsUnsignedLongLong', AsULL), ('AsDouble', AsD), ('NumBits', NumBits), ('Sign', Sign), ('AsLongAndOverflow', aslo), ('FloatAsDouble', FAsD)]:
        case(op, fn, x)
    f = rfloat(); case('FromDouble', FromD, f); case('FloatAsDouble', FAsD, f); case('AsLong', AsLong, f)
    for code in 'efgErFG':
        prec = 0 if code == 'r' else random.choice([0, 1, 2, 5, 17])
        case('dts', lambda x, c, p, fl: dts(x, c, p, fl), f, code, prec, random.choice([0, 1, 2, 3, 4, 7, 8]))
    case('FromString', lambda s, b: FromStr(s.encode(), None, b), random.choice([str(x), hex(x), ' 12 ', '0b101', '1_000', 'zz']), random.choice([0, 10, 16, 36]))
for s in ['1.5', ' 1.5', '1.5 ', 'inf', '-Infinity', 'nan', '1e500', '1_0', 'x', '', '0x10', '1e-400', '.5e3']:
    case('std', lambda s: STD(s.encode(), None, None), s)
print('\n'.join(out))
