"""Backtracking VM for programs built by _compiler.

Explicit stack, no Python recursion per character (only per nested lookaround /
atomic group, bounded by the pattern).  Register writes are logged on `trail`
(index, old value) so backtracking restores captures and repeat counters.
"""

from ._compiler import (CHAR, STR, SET, ANY, ANYALL, MARK, SPLIT, JMP, REP1, UNTIL_MAX,
                        REPEAT_INIT, AT, SUCCESS, MINREP1, UNTIL_MIN, REF, COND, LOOK,
                        ATOMIC, SUBEND, POSS1, SPLIT_LAZY, M_CHAR, M_ANY, M_ANYALL, M_SET,
                        AT_BEGIN, AT_BOL, AT_END_NL, AT_EOL, AT_END, AT_BOUNDARY,
                        AT_NONBOUNDARY, AT_BOUNDARY_A, AT_NONBOUNDARY_A, ASCII_WORD,
                        lower1, ascii_lower)

# backtrack entry kinds: (kind, pc, pos, trail_len, ...)
B_RESUME = 0
B_REP1 = 1      # (B_REP1, pc, start, tl, count, lo, hint)  hint: set or None
B_MINREP1 = 2   # (B_MINREP1, pc, pos, tl, count, hi, kind, arg, hint)
B_MINMORE = 3   # (B_MINMORE, until_pc, pos, tl)

_ASCII_WORD = frozenset(ASCII_WORD)

try:
    import _re_vm   # native run()/search() over the same programs (CExtensions/runtime/re_vm.c)
except ImportError:
    _re_vm = None

# False forces the Python VM below (tests compare both engines)
USE_NATIVE = _re_vm is not None


def _count(kind, arg, s, pos, lim):
    """How many chars from pos (below lim) the single-char matcher accepts."""
    if kind == M_CHAR:
        i = pos
        while i < lim and s[i] == arg:
            i += 1
        return i - pos
    if kind == M_ANY:
        j = s.find('\n', pos, lim)
        return (lim if j < 0 else j) - pos
    if kind == M_ANYALL:
        return lim - pos if lim > pos else 0
    asc = arg.ascii
    slow = arg.slow
    i = pos
    while i < lim:
        c = s[i]
        if c < '\x80':
            if c not in asc:
                break
        elif not slow(c):
            break
        i += 1
    return i - pos


def _one(kind, arg, c):
    if kind == M_CHAR:
        return c == arg
    if kind == M_ANY:
        return c != '\n'
    if kind == M_ANYALL:
        return True
    return (c in arg.ascii) if c < '\x80' else arg.slow(c)


def _is_word(c):
    return c.isalnum() or c == '_'


def _at(kind, s, pos, n):
    if kind == AT_BEGIN:
        return pos == 0
    if kind == AT_BOL:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == AT_END_NL:
        return pos == n or (pos == n - 1 and s[pos] == '\n')
    if kind == AT_EOL:
        return pos == n or s[pos] == '\n'
    if kind == AT_END:
        return pos == n
    if n == 0:
        return False
    if kind == AT_BOUNDARY or kind == AT_NONBOUNDARY:
        before = pos > 0 and _is_word(s[pos - 1])
        after = pos < n and _is_word(s[pos])
    else:
        before = pos > 0 and s[pos - 1] in _ASCII_WORD
        after = pos < n and s[pos] in _ASCII_WORD
    if kind == AT_BOUNDARY or kind == AT_BOUNDARY_A:
        return before != after
    return before == after


def _ref_match(s, a, b, pos, n, mode):
    """End position if s[a:b] matches at pos (per case mode), else -1."""
    length = b - a
    if pos + length > n:
        return -1
    if mode == 0:
        return pos + length if s.startswith(s[a:b], pos) else -1
    for k in range(length):
        x = s[a + k]
        y = s[pos + k]
        if x != y:
            if mode == 1:
                if ascii_lower(x) != ascii_lower(y):
                    return -1
            elif lower1(x) != lower1(y):
                return -1
    return pos + length


def run(code, pc, s, pos, n, regs, trail, forbid, must_end):
    """Match code from pc at pos; returns the end position or -1.

    On failure every register is restored; on success the writes stay on `trail`.
    forbid: a top-level match may not end there (-1: none); must_end: must end at n.
    """
    stack = []
    push = stack.append
    base = len(trail)
    while True:
        ins = code[pc]
        op = ins[0]
        if op == CHAR:
            if pos < n and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == STR:
            if s.startswith(ins[1], pos):
                pos += ins[2]
                pc += 1
                continue
        elif op == SET:
            if pos < n:
                c = s[pos]
                if (c in ins[1]) if c < '\x80' else ins[2](c):
                    pos += 1
                    pc += 1
                    continue
        elif op == ANY:
            if pos < n and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif op == ANYALL:
            if pos < n:
                pos += 1
                pc += 1
                continue
        elif op == MARK:
            i = ins[1]
            trail.append(i)
            trail.append(regs[i])
            regs[i] = pos
            if i & 1:
                trail.append(0)
                trail.append(regs[0])
                regs[0] = i >> 1
            pc += 1
            continue
        elif op == SPLIT:
            push((B_RESUME, ins[1], pos, len(trail)))
            pc += 1
            continue
        elif op == JMP:
            pc = ins[1]
            continue
        elif op == REP1:
            hi = ins[4]
            lim = pos + hi
            if lim > n:
                lim = n
            count = _count(ins[1], ins[2], s, pos, lim)
            lo = ins[3]
            if count >= lo:
                if count > lo:
                    push((B_REP1, pc + 1, pos, len(trail), count, lo, ins[5]))
                pos += count
                pc += 1
                continue
        elif op == UNTIL_MAX:
            r = ins[1]
            c = regs[r] + 1
            if c < ins[2]:
                trail.append(r)
                trail.append(regs[r])
                regs[r] = c
                pc = ins[4]
                continue
            if c < ins[3] and pos != regs[r + 1]:
                push((B_RESUME, ins[5], pos, len(trail)))
                trail.append(r)
                trail.append(regs[r])
                regs[r] = c
                trail.append(r + 1)
                trail.append(regs[r + 1])
                regs[r + 1] = pos
                pc = ins[4]
                continue
            pc = ins[5]
            continue
        elif op == REPEAT_INIT:
            r = ins[1]
            trail.append(r)
            trail.append(regs[r])
            trail.append(r + 1)
            trail.append(regs[r + 1])
            regs[r] = -1
            regs[r + 1] = -1
            pc += 1
            continue
        elif op == AT:
            if _at(ins[1], s, pos, n):
                pc += 1
                continue
        elif op == SUCCESS:
            if not ((must_end and pos != n) or pos == forbid):
                return pos
        elif op == MINREP1:
            lo = ins[3]
            if lo:
                lim = pos + lo
                if lim > n:
                    lim = n
                ok = _count(ins[1], ins[2], s, pos, lim) == lo
            else:
                ok = True
            if ok:
                pos += lo
                if ins[4] > lo:
                    push((B_MINREP1, pc + 1, pos, len(trail), lo, ins[4], ins[1], ins[2], ins[5]))
                pc += 1
                continue
        elif op == UNTIL_MIN:
            r = ins[1]
            c = regs[r] + 1
            if c < ins[2]:
                trail.append(r)
                trail.append(regs[r])
                regs[r] = c
                pc = ins[4]
                continue
            push((B_MINMORE, pc, pos, len(trail)))
            pc = ins[5]
            continue
        elif op == SPLIT_LAZY:
            push((B_RESUME, pc + 1, pos, len(trail)))
            pc = ins[1]
            continue
        elif op == POSS1:
            hi = ins[4]
            lim = pos + hi
            if lim > n:
                lim = n
            count = _count(ins[1], ins[2], s, pos, lim)
            if count >= ins[3]:
                pos += count
                pc += 1
                continue
        elif op == REF:
            g = ins[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                e = _ref_match(s, a, b, pos, n, ins[2])
                if e >= 0:
                    pos = e
                    pc += 1
                    continue
        elif op == COND:
            g = ins[1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        elif op == LOOK:
            if ins[1]:
                start = pos
            else:
                start = pos - ins[3]
            if start < 0:
                if ins[2]:
                    pc = ins[4]
                    continue
            else:
                tl = len(trail)
                e = run(code, pc + 1, s, start, n, regs, trail, -1, False)
                if ins[2]:
                    if e < 0:
                        pc = ins[4]
                        continue
                    _undo(regs, trail, tl)
                elif e >= 0:
                    pc = ins[4]
                    continue
        elif op == ATOMIC:
            e = run(code, pc + 1, s, pos, n, regs, trail, -1, False)
            if e >= 0:
                pos = e
                pc = ins[1]
                continue
        elif op == SUBEND:
            return pos
        else:
            raise RuntimeError('bad opcode %r' % (op,))

        # ---- failure: backtrack
        while True:
            if not stack:
                _undo(regs, trail, base)
                return -1
            e = stack.pop()
            tl = e[3]
            while len(trail) > tl:
                v = trail.pop()
                regs[trail.pop()] = v
            kind = e[0]
            if kind == B_RESUME:
                pc = e[1]
                pos = e[2]
                break
            if kind == B_REP1:
                start = e[2]
                count = e[4] - 1
                lo = e[5]
                hint = e[6]
                if hint is not None:
                    hasc = hint.ascii
                    while count >= lo:
                        k = start + count
                        if k < n:
                            c = s[k]
                            if (c in hasc) if c < '\x80' else hint.slow(c):
                                break
                        count -= 1
                    if count < lo:
                        continue
                if count > lo:
                    push((B_REP1, e[1], start, tl, count, lo, hint))
                pc = e[1]
                pos = start + count
                break
            if kind == B_MINREP1:
                p = e[2]
                count = e[4]
                hi = e[5]
                mk = e[6]
                arg = e[7]
                hint = e[8]
                found = False
                while p < n and count < hi and _one(mk, arg, s[p]):
                    p += 1
                    count += 1
                    if hint is None:
                        found = True
                        break
                    if p < n:
                        c = s[p]
                        if (c in hint.ascii) if c < '\x80' else hint.slow(c):
                            found = True
                            break
                if found:
                    if count < hi:
                        push((B_MINREP1, e[1], p, tl, count, hi, mk, arg, hint))
                    pc = e[1]
                    pos = p
                    break
                continue
            # B_MINMORE: one more iteration of a lazy general repeat
            upc = e[1]
            ins = code[upc]
            r = ins[1]
            c = regs[r] + 1
            p = e[2]
            if c >= ins[3] or p == regs[r + 1]:
                continue
            trail.append(r)
            trail.append(regs[r])
            regs[r] = c
            trail.append(r + 1)
            trail.append(regs[r + 1])
            regs[r + 1] = p
            pc = ins[4]
            pos = p
            break


def _undo(regs, trail, tl):
    while len(trail) > tl:
        v = trail.pop()
        regs[trail.pop()] = v


def _native(prog):
    """The native form of prog, or False when _re_vm cannot run it."""
    try:
        return _re_vm.compile(prog.code, prog.nregs, prog.prefix, prog.firstset,
                              prog.anchored, prog.bol, prog.rep1_first, prog.simple_loop,
                              lower1, _is_word, prog.groups)
    except NotImplementedError:
        return False


def findall(prog, s, pos, n, ngroups):
    """Pattern.findall's list for a str subject via the native VM, or None (not available)."""
    if not USE_NATIVE or type(s) is not str or prog.literal is not None:
        return None
    nat = prog.native
    if nat is None:
        nat = prog.native = _native(prog)
    if nat is False:
        return None
    return _re_vm.findall(nat, s, pos, n, ngroups)


def search(prog, s, pos, n, anchored, must_end, forbid):
    """First match at or after pos (only at pos if anchored).

    Returns (start, end, regs) or None.  s must already be cut at n (endpos).
    """
    if pos > n:
        return None
    lit = prog.literal
    if lit is not None:
        if anchored:
            if s.startswith(lit, pos) and (not must_end or pos + len(lit) == n):
                return (pos, pos + len(lit), None)
            return None
        i = s.find(lit, pos)
        if i < 0 or (must_end and i + len(lit) != n):
            return None
        return (i, i + len(lit), None)
    if USE_NATIVE and type(s) is str:
        nat = prog.native
        if nat is None:
            nat = prog.native = _native(prog)
        if nat is not False:
            return _re_vm.search(nat, s, pos, n, anchored, must_end, forbid)
    code = prog.code
    regs = [-1] * prog.nregs
    trail = []
    if prog.simple_loop and not must_end and not anchored:
        # a lone `x+`-style loop: the first candidate either matches maximally or
        # (count < lo) lets the scan skip past the run it counted
        first = code[0]
        kind = first[1]
        arg = first[2]
        lo = first[3]
        hi = first[4]
        fs = prog.firstset
        asc = fs.ascii
        slow = fs.slow
        i = pos
        while i < n:
            c = s[i]
            if (c in asc) if c < '\x80' else slow(c):
                lim = i + hi
                count = _count(kind, arg, s, i, n if lim > n else lim)
                if count >= lo:
                    return (i, i + count, regs)
                i += count
            i += 1
        return None
    if anchored or prog.anchored:
        e = run(code, 0, s, pos, n, regs, trail, forbid, must_end)
        return (pos, e, regs) if e >= 0 else None
    prefix = prog.prefix
    if prefix:
        i = s.find(prefix, pos)
        while i >= 0:
            e = run(code, 0, s, i, n, regs, trail, forbid, must_end)
            if e >= 0:
                return (i, e, regs)
            i = s.find(prefix, i + 1)
        return None
    fs = prog.firstset
    if fs is not None:
        asc = fs.ascii
        slow = fs.slow
        skip = prog.rep1_first
        if skip:
            first = code[0]
            kind = first[1]
            arg = first[2]
        i = pos
        while i < n:
            c = s[i]
            if (c in asc) if c < '\x80' else slow(c):
                e = run(code, 0, s, i, n, regs, trail, forbid, must_end)
                if e >= 0:
                    return (i, e, regs)
                if skip:
                    i += _count(kind, arg, s, i, n)
            i += 1
        return None
    i = pos
    if prog.bol:
        while i <= n:
            if i == 0 or s[i - 1] == '\n':
                e = run(code, 0, s, i, n, regs, trail, forbid, must_end)
                if e >= 0:
                    return (i, e, regs)
            j = s.find('\n', i, n)
            if j < 0:
                return None
            i = j + 1
        return None
    while i <= n:
        e = run(code, 0, s, i, n, regs, trail, forbid, must_end)
        if e >= 0:
            return (i, e, regs)
        i += 1
    return None
