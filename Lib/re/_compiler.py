"""Compiler: parse tree -> flat program for the backtracking VM in _engine.

Registers: regs[0] = lastindex; regs[2g], regs[2g+1] = group g span (-1 unset), g >= 1;
then two registers per general repeat (iteration count, start of last iteration).
Instruction tuples start with an opcode (constants below).
"""

from ._constants import (error, MAXREPEAT, IGNORECASE, LOCALE, MULTILINE, DOTALL,
                         UNICODE, ASCII)
from . import _parser
from ._casedata import EXTRA_LOWER_SOURCES, EQUIVALENT_LOWERS

# opcodes (ordered roughly by how often the VM meets them)
CHAR = 0
STR = 1
SET = 2
ANY = 3
ANYALL = 4
MARK = 5
SPLIT = 6       # (SPLIT, alt): try pc+1, on failure alt
JMP = 7
REP1 = 8        # (REP1, kind, arg, lo, hi, hint): greedy single-char loop; hint: set
                # the next char must be in (or None)
UNTIL_MAX = 9   # (UNTIL_MAX, r, lo, hi, body)
REPEAT_INIT = 10
AT = 11
SUCCESS = 12
MINREP1 = 13    # (MINREP1, kind, arg, lo, hi, hint)
UNTIL_MIN = 14
REF = 15        # (REF, group, mode) mode: 0 exact, 1 ascii-icase, 2 unicode-icase
COND = 16       # (COND, group, no_pc)
LOOK = 17       # (LOOK, ahead, negate, width, after_pc); subprogram at pc+1 ends with SUBEND
ATOMIC = 18     # (ATOMIC, after_pc)
SUBEND = 19
POSS1 = 20      # (POSS1, kind, arg, lo, hi): possessive single-char loop
SPLIT_LAZY = 21  # (SPLIT_LAZY, target): try target first, on failure pc+1

# single-character matcher kinds (REP1/MINREP1/POSS1)
M_CHAR = 0
M_ANY = 1
M_ANYALL = 2
M_SET = 3

# AT kinds
AT_BEGIN = 0        # \A, ^ without MULTILINE
AT_BOL = 1          # ^ with MULTILINE
AT_END_NL = 2       # $ without MULTILINE
AT_EOL = 3          # $ with MULTILINE
AT_END = 4          # \Z
AT_BOUNDARY = 5
AT_NONBOUNDARY = 6
AT_BOUNDARY_A = 7
AT_NONBOUNDARY_A = 8


# ---------------------------------------------------------------- case folding

def lower1(c):
    """Simple (single-character) lowercase mapping."""
    l = c.lower()
    return l if len(l) == 1 else l[0]


def upper1(c):
    """Simple (single-character) uppercase mapping."""
    u = c.upper()
    if len(u) == 1:
        return u
    t = c.title()
    return t if len(t) == 1 else c


_EQUIV = {}
for _group in EQUIVALENT_LOWERS:
    for _c in _group:
        _EQUIV[_c] = _group


def case_variants(c, unicode):
    """All characters that match `c` under IGNORECASE (sre semantics)."""
    if not unicode:
        o = ord(c)
        if 65 <= o <= 90 or 97 <= o <= 122:
            return c.lower() + c.upper()
        return c
    low = lower1(c)
    lows = _EQUIV.get(low, low)
    out = set()
    for l in lows:
        for x in (l, upper1(l), c) + tuple(EXTRA_LOWER_SOURCES.get(l, '')):
            if lower1(x) in lows:
                out.add(x)
    return ''.join(sorted(out))


def ascii_lower(c):
    o = ord(c)
    return chr(o + 32) if 65 <= o <= 90 else c


# ---------------------------------------------------------------- character sets

ASCII_DIGITS = '0123456789'
ASCII_WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
ASCII_SPACE = ' \t\n\r\f\v'
ASCII_ALL = ''.join(chr(i) for i in range(128))


def _uni_word(c):
    return c.isalnum() or c == '_'


def _uni_digit(c):
    return c.isdecimal()


def _uni_space(c):
    return c.isspace()


_UNI_CATS = {'d': _uni_digit, 'w': _uni_word, 's': _uni_space}
_ASCII_CATS = {'d': ASCII_DIGITS, 'w': ASCII_WORD, 's': ASCII_SPACE}


class CharSet:
    """A one-character predicate.  `ascii` is the frozenset of matching chars below
    U+0080 (the VM's fast path); `slow(c)` decides any character."""

    __slots__ = ('chars', 'funcs', 'negate', 'ascii', 'slow')

    def __init__(self, chars, funcs, negate):
        self.chars = frozenset(chars)
        self.funcs = funcs
        self.negate = negate
        self.slow = self._test
        self.ascii = frozenset(c for c in ASCII_ALL if self._test(c))

    def _test(self, c):
        if c in self.chars:
            return not self.negate
        for f in self.funcs:
            if f(c):
                return not self.negate
        return self.negate

    def test(self, c):
        if c < '\x80':
            return c in self.ascii
        return self._test(c)


def _range_func(lo, hi):
    def f(c):
        return lo <= c <= hi
    return f


def _range_icase_func(lo, hi, unicode):
    def f(c):
        l = lower1(c) if unicode else ascii_lower(c)
        if lo <= l <= hi:
            return True
        u = upper1(l) if unicode else l.upper()
        return lo <= u <= hi
    return f


def _not(f):
    def g(c):
        return not f(c)
    return g


def _notin(chars):
    chars = frozenset(chars)

    def g(c):
        return c not in chars
    return g


def build_set(items, negate, flags):
    icase = flags & IGNORECASE
    unicode = bool(flags & UNICODE) and not flags & (ASCII | LOCALE)
    chars = set()
    funcs = []
    for it in items:
        kind = it[0]
        if kind == 'lit':
            chars.update(case_variants(it[1], unicode) if icase else it[1])
        elif kind == 'range':
            lo, hi = it[1], it[2]
            if ord(hi) - ord(lo) < 300:
                for o in range(ord(lo), ord(hi) + 1):
                    c = chr(o)
                    chars.update(case_variants(c, unicode) if icase else c)
            elif icase:
                funcs.append(_range_icase_func(lo, hi, unicode))
            else:
                funcs.append(_range_func(lo, hi))
        else:
            cat = it[1]
            base = cat.lower()
            if unicode:
                f = _UNI_CATS[base]
                funcs.append(f if cat == base else _not(f))
            elif cat == base:
                chars.update(_ASCII_CATS[base])
            else:
                funcs.append(_notin(_ASCII_CATS[base]))
    return CharSet(chars, funcs, negate)


def scoped_flags(flags, add, dele):
    f = (flags | add) & ~dele
    if add & (ASCII | LOCALE):
        f &= ~UNICODE
    elif add & UNICODE:
        f &= ~ASCII
    return f


class UnionSet:
    """Union of CharSets, with the same `ascii` / `slow` interface."""

    __slots__ = ('parts', 'ascii', 'slow')

    def __init__(self, parts):
        self.parts = parts
        a = set()
        for p in parts:
            a.update(p.ascii)
        self.ascii = frozenset(a)
        self.slow = self._test

    def _test(self, c):
        for p in self.parts:
            if p.slow(c):
                return True
        return False


def _single_set(node, flags):
    op = node[0]
    if op == 'lit':
        return build_set([('lit', node[1])], False, flags)
    if op == 'nlit':
        return build_set([('lit', node[1])], True, flags)
    if op == 'any':
        return CharSet('', [], True) if flags & DOTALL else CharSet('\n', [], True)
    return build_set(node[2], node[1], flags)


def first_sets(nodes, flags, depth=0):
    """CharSets such that every match of `nodes` starts by consuming a char in
    their union, or None when unknown (or when `nodes` can match empty)."""
    if depth > 12:
        return None
    for i, node in enumerate(nodes):
        op = node[0]
        if op in ('lit', 'nlit', 'any', 'in'):
            return [_single_set(node, flags)]
        if op in ('at', 'assert'):
            continue
        rest = nodes[i + 1:]
        if op == 'grp':
            return first_sets(node[4] + [('flags', flags)] + rest,
                              scoped_flags(flags, node[2], node[3]), depth + 1)
        if op == 'flags':
            flags = node[1]
            continue
        if op == 'atomic':
            return first_sets(node[1] + rest, flags, depth + 1)
        if op == 'rep':
            if node[3] == 0:
                continue
            a = first_sets(node[4], flags, depth + 1)
            if a is None or node[2] >= 1:
                return a
            b = first_sets(rest, flags, depth + 1)
            return None if b is None else a + b
        if op == 'branch':
            out = []
            for alt in node[1]:
                a = first_sets(alt + [('flags', flags)] + rest, flags, depth + 1)
                if a is None:
                    return None
                out.extend(a)
            return out
        return None
    return None


def union_set(sets):
    if sets is None:
        return None
    if len(sets) == 1:
        return sets[0]
    return UnionSet(sets)


# ---------------------------------------------------------------- program

class Program:
    """A compiled pattern: code list plus search hints."""

    def __init__(self):
        self.code = []
        self.nrepeats = 0
        self.groups = 0
        self.nregs = 0
        self.prefix = ''        # literal every match starts with ('' if unknown)
        self.firstset = None    # CharSet every non-empty match starts with, or None
        self.anchored = False   # match can only start at the search start (\A)
        self.literal = None     # whole pattern is this plain string (no groups)
        self.bol = False        # every match starts at a line start (^ with MULTILINE)
        self.rep1_first = False  # code[0] is an unbounded greedy REP1 with lo >= 1
        self.simple_loop = False  # program is just one single-char loop (lo >= 1)
        self.native = None      # _engine's cached native form (False: not convertible)


class _Compiler:
    def __init__(self, prog, ngroups):
        self.prog = prog
        self.code = prog.code
        self.repeat_base = 2 * (ngroups + 1)

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1

    def patch(self, at, ins):
        self.code[at] = ins

    def seq(self, nodes, flags):
        i = 0
        n = len(nodes)
        while i < n:
            node = nodes[i]
            if node[0] == 'lit' and not flags & IGNORECASE:
                j = i
                text = ''
                while j < n and nodes[j][0] == 'lit':
                    text += nodes[j][1]
                    j += 1
                if len(text) == 1:
                    self.emit((CHAR, text))
                else:
                    self.emit((STR, text, len(text)))
                i = j
                continue
            if node[0] == 'rep':
                self.repeat(node, flags, nodes[i + 1:])
            else:
                self.node(node, flags)
            i += 1

    def single(self, node, flags):
        """(kind, arg) matcher for a one-character node, or None."""
        op = node[0]
        if op == 'lit':
            if flags & IGNORECASE:
                v = case_variants(node[1], self.unicode(flags))
                if len(v) > 1:
                    return (M_SET, build_set([('lit', node[1])], False, flags))
            return (M_CHAR, node[1])
        if op == 'nlit':
            return (M_SET, build_set([('lit', node[1])], True, flags))
        if op == 'any':
            return (M_ANYALL, None) if flags & DOTALL else (M_ANY, None)
        if op == 'in':
            return (M_SET, build_set(node[2], node[1], flags))
        return None

    def unicode(self, flags):
        return bool(flags & UNICODE) and not flags & (ASCII | LOCALE)

    def node(self, node, flags):
        op = node[0]
        if op in ('lit', 'nlit', 'any', 'in'):
            kind, arg = self.single(node, flags)
            if kind == M_CHAR:
                self.emit((CHAR, arg))
            elif kind == M_ANY:
                self.emit((ANY,))
            elif kind == M_ANYALL:
                self.emit((ANYALL,))
            else:
                self.emit((SET, arg.ascii, arg.slow))
        elif op == 'at':
            self.emit((AT, self.at_kind(node[1], flags)))
        elif op == 'grp':
            gid, sub = node[1], node[4]
            f = scoped_flags(flags, node[2], node[3])
            if gid is not None:
                self.emit((MARK, 2 * gid))
            self.seq(sub, f)
            if gid is not None:
                self.emit((MARK, 2 * gid + 1))
        elif op == 'branch':
            self.branch(node[1], flags)
        elif op == 'rep':
            self.repeat(node, flags)
        elif op == 'ref':
            mode = 0
            if flags & IGNORECASE:
                mode = 2 if self.unicode(flags) else 1
            self.emit((REF, node[1], mode))
        elif op == 'assert':
            ahead, negate, sub = node[1], node[2], node[3]
            width = 0
            if not ahead:
                lo, hi = _parser.getwidth(sub, self.state)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                width = lo
            at = self.emit(None)
            self.seq(sub, flags)
            self.emit((SUBEND,))
            self.patch(at, (LOOK, ahead, negate, width, len(self.code)))
        elif op == 'atomic':
            at = self.emit(None)
            self.seq(node[1], flags)
            self.emit((SUBEND,))
            self.patch(at, (ATOMIC, len(self.code)))
        elif op == 'cond':
            at = self.emit(None)
            self.seq(node[2], flags)
            if node[3] is not None:
                j = self.emit(None)
                no = len(self.code)
                self.seq(node[3], flags)
                self.patch(j, (JMP, len(self.code)))
            else:
                no = len(self.code)
            self.patch(at, (COND, node[1], no))
        else:
            raise error('internal: unsupported node %r' % (op,))

    def at_kind(self, kind, flags):
        if kind == 'bol':
            return AT_BOL if flags & MULTILINE else AT_BEGIN
        if kind == 'eol':
            return AT_EOL if flags & MULTILINE else AT_END_NL
        if kind == 'begin':
            return AT_BEGIN
        if kind == 'end':
            return AT_END
        uni = self.unicode(flags)
        if kind == 'boundary':
            return AT_BOUNDARY if uni else AT_BOUNDARY_A
        return AT_NONBOUNDARY if uni else AT_NONBOUNDARY_A

    def branch(self, alts, flags):
        # alternatives that are all single characters become one set
        if all(len(a) == 1 and (a[0][0] == 'lit' or (a[0][0] == 'in' and not a[0][1]))
               for a in alts):
            items = []
            for a in alts:
                if a[0][0] == 'lit':
                    items.append(('lit', a[0][1]))
                else:
                    items.extend(a[0][2])
            self.node(('in', False, items), flags)
            return
        jumps = []
        for i, alt in enumerate(alts):
            if i < len(alts) - 1:
                split = self.emit(None)
                self.seq(alt, flags)
                jumps.append(self.emit(None))
                self.patch(split, (SPLIT, len(self.code)))
            else:
                self.seq(alt, flags)
        end = len(self.code)
        for j in jumps:
            self.patch(j, (JMP, end))

    def repeat(self, node, flags, following=()):
        kind, lo, hi, sub = node[1], node[2], node[3], node[4]
        if hi == 0:
            return
        single = self.single(sub[0], flags) if len(sub) == 1 else None
        if single is not None:
            mk, arg = single
            hint = union_set(first_sets(list(following), flags)) if following else None
            if kind == 'max':
                self.emit((REP1, mk, arg, lo, hi, hint))
            elif kind == 'min':
                self.emit((MINREP1, mk, arg, lo, hi, hint))
            else:
                self.emit((POSS1, mk, arg, lo, hi))
            return
        if kind == 'poss':
            at = self.emit(None)
            self.repeat(('rep', 'max', lo, hi, sub), flags)
            self.emit((SUBEND,))
            self.patch(at, (ATOMIC, len(self.code)))
            return
        if lo == 1 and hi == 1:
            self.seq(sub, flags)
            return
        if lo == 0 and hi == 1:
            at = self.emit(None)
            self.seq(sub, flags)
            self.patch(at, (SPLIT if kind == 'max' else SPLIT_LAZY, len(self.code)))
            return
        r = self.repeat_base + 2 * self.prog.nrepeats
        self.prog.nrepeats += 1
        self.emit((REPEAT_INIT, r))
        until = self.emit(None)
        self.seq(sub, flags)
        self.emit((JMP, until))
        op = UNTIL_MAX if kind == 'max' else UNTIL_MIN
        self.patch(until, (op, r, lo, hi, until + 1, len(self.code)))


def _literal_prefix(nodes, flags):
    """(prefix, complete): leading case-sensitive literal text of `nodes`."""
    prefix = ''
    for node in nodes:
        if node[0] == 'lit' and not flags & IGNORECASE:
            prefix += node[1]
        elif node[0] == 'grp' and not node[2] and not node[3]:
            p, complete = _literal_prefix(node[4], flags)
            prefix += p
            if not complete:
                return prefix, False
        else:
            return prefix, False
    return prefix, True


def _search_hints(prog, tree, flags):
    """Literal prefix / first-character set / anchoring, from the leading nodes."""
    prog.prefix = _literal_prefix(tree, flags)[0]
    if tree and tree[0][0] == 'at' and (
            tree[0][1] == 'begin' or (tree[0][1] == 'bol' and not flags & MULTILINE)):
        prog.anchored = True
    if tree and tree[0] == ('at', 'bol') and flags & MULTILINE:
        prog.bol = True
    if not prog.prefix and not prog.anchored:
        prog.firstset = union_set(first_sets(tree, flags))
    first = prog.code[0]
    # After a failed attempt at i, attempts at i+1 .. i+count only retry tail
    # positions already tried with identical registers (nothing is set before code[0]).
    prog.rep1_first = first[0] == REP1 and first[3] >= 1 and first[4] == MAXREPEAT
    prog.simple_loop = (first[0] in (REP1, POSS1) and first[3] >= 1 and len(prog.code) == 2
                        and prog.firstset is not None)
    if tree and all(n[0] == 'lit' for n in tree) and not flags & IGNORECASE:
        prog.literal = prog.prefix


def compile_pattern(pattern, flags):
    """Returns (Program, parse state)."""
    tree, state = _parser.parse(pattern, flags)
    flags = state.flags
    prog = Program()
    prog.groups = state.groups - 1
    c = _Compiler(prog, prog.groups)
    c.state = state
    c.seq(tree, flags)
    c.emit((SUCCESS,))
    prog.nregs = c.repeat_base + 2 * prog.nrepeats
    _search_hints(prog, tree, flags)
    return prog, state
