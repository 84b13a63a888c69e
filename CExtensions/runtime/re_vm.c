/* _re_vm: native backtracking VM for the programs Lib/re/_compiler builds.
 *
 * Executes exactly the instruction set Lib/re/_engine.run interprets (same
 * registers, trail and backtrack semantics), over str subjects read through
 * their 1/2/4-byte kind.  compile() converts a Program once into an RProg held
 * by a capsule (cached on the Program by _engine); search() mirrors
 * _engine.search minus the whole-literal case.  Character sets keep their
 * Python predicate (`slow`) for code points >= 0x80: results below 0x100 are
 * cached per set, larger ones call it, so set semantics are the compiler's.
 */
#include "Python.h"
#include <stdlib.h>
#include <string.h>

enum { CHAR, STR, SET, ANY, ANYALL, MARK, SPLIT, JMP, REP1, UNTIL_MAX, REPEAT_INIT, AT,
       SUCCESS, MINREP1, UNTIL_MIN, REF, COND, LOOK, ATOMIC, SUBEND, POSS1, SPLIT_LAZY };
enum { M_CHAR, M_ANY, M_ANYALL, M_SET };
enum { AT_BEGIN, AT_BOL, AT_END_NL, AT_EOL, AT_END, AT_BOUNDARY, AT_NONBOUNDARY,
       AT_BOUNDARY_A, AT_NONBOUNDARY_A };
enum { B_RESUME, B_REP1, B_MINREP1, B_MINMORE };

typedef struct {
    uint32_t ascii[4];      /* bit c: c < 0x80 matches */
    uint8_t latin[128];     /* 0x80..0xFF: 0 unknown, 1 no, 2 yes (filled on demand) */
    PyObject *slow;         /* owned: slow(c) decides any char */
} RSet;

typedef struct {
    int op;
    Py_ssize_t a, b, c, d, e;   /* numeric operands, positions as in the tuple */
    Py_UCS4 ch;                 /* CHAR, or the M_CHAR matcher */
    Py_UCS4 *str;               /* STR text (owned), length in a */
    int mk;                     /* matcher kind (REP1/MINREP1/POSS1) */
    RSet *mset;                 /* M_SET matcher / SET set */
    RSet *hint;                 /* REP1/MINREP1 hint or NULL */
} RIns;

typedef struct {
    RIns *code;
    Py_ssize_t ncode;
    RSet **sets;
    Py_ssize_t nsets, capsets;
    Py_ssize_t nregs;
    Py_ssize_t groups;      /* capture groups (-1: unknown, no spans in results) */
    Py_UCS4 *prefix;
    Py_ssize_t plen;
    RSet *firstset;
    int anchored, bol, rep1_first, simple_loop;
    PyObject *lower1;       /* owned: simple lowercase for REF mode 2 */
    PyObject *isword;       /* owned: unicode word test for \b */
} RProg;

typedef struct {
    int kind;
    Py_ssize_t pc, pos, tl, count;
} BEntry;

typedef struct {
    RProg *p;
    int kind;
    const void *data;
    Py_ssize_t n;
    Py_ssize_t *regs;
    Py_ssize_t *trail;
    Py_ssize_t tlen, tcap;
    int err;
} Ctx;

static uint8_t word_latin[256];     /* 0 unknown, 1 no, 2 yes (unicode \w over latin-1) */

/* ------------------------------------------------------------ helpers */

static inline Py_UCS4 CH(const Ctx *c, Py_ssize_t i) {
    if (c->kind == 1) return ((const Py_UCS1 *)c->data)[i];
    if (c->kind == 2) return ((const Py_UCS2 *)c->data)[i];
    return ((const Py_UCS4 *)c->data)[i];
}

static int call_pred(PyObject *f, Py_UCS4 ch) {
    PyObject *s = PyUnicode_FromOrdinal((int)ch);
    if (!s) return -1;
    PyObject *r = PyObject_CallOneArg(f, s);
    Py_DECREF(s);
    if (!r) return -1;
    int t = PyObject_IsTrue(r);
    Py_DECREF(r);
    return t;
}

static inline int set_test(Ctx *c, RSet *s, Py_UCS4 ch) {
    if (ch < 0x80) return (s->ascii[ch >> 5] >> (ch & 31)) & 1;
    if (ch < 0x100) {
        uint8_t v = s->latin[ch - 0x80];
        if (v) return v == 2;
    }
    int t = call_pred(s->slow, ch);
    if (t < 0) { c->err = 1; return 0; }
    if (ch < 0x100) s->latin[ch - 0x80] = t ? 2 : 1;
    return t;
}

static int is_word_uni(Ctx *c, Py_UCS4 ch) {
    if (ch < 0x80)
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    if (ch < 0x100 && word_latin[ch]) return word_latin[ch] == 2;
    int t = call_pred(c->p->isword, ch);
    if (t < 0) { c->err = 1; return 0; }
    if (ch < 0x100) word_latin[ch] = t ? 2 : 1;
    return t;
}

static inline int is_word_ascii(Py_UCS4 ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

static int trail_grow(Ctx *c) {
    Py_ssize_t cap = c->tcap ? c->tcap * 2 : 64;
    Py_ssize_t *t = realloc(c->trail, (size_t)cap * sizeof(Py_ssize_t));
    if (!t) { c->err = 2; return -1; }
    c->trail = t;
    c->tcap = cap;
    return 0;
}

/* regs[i] = v, logging the old value */
static inline int setreg(Ctx *c, Py_ssize_t i, Py_ssize_t v) {
    if (c->tlen + 2 > c->tcap && trail_grow(c) < 0) return -1;
    c->trail[c->tlen++] = i;
    c->trail[c->tlen++] = c->regs[i];
    c->regs[i] = v;
    return 0;
}

static inline void undo(Ctx *c, Py_ssize_t tl) {
    while (c->tlen > tl) {
        Py_ssize_t v = c->trail[--c->tlen];
        c->regs[c->trail[--c->tlen]] = v;
    }
}

static inline int one(Ctx *c, const RIns *ins, Py_UCS4 ch) {
    switch (ins->mk) {
    case M_CHAR: return ch == ins->ch;
    case M_ANY: return ch != '\n';
    case M_ANYALL: return 1;
    default: return set_test(c, ins->mset, ch);
    }
}

/* chars from pos (below lim) the matcher of ins accepts */
static Py_ssize_t count_run(Ctx *c, const RIns *ins, Py_ssize_t pos, Py_ssize_t lim) {
    Py_ssize_t i = pos;
    switch (ins->mk) {
    case M_CHAR: { Py_UCS4 x = ins->ch; while (i < lim && CH(c, i) == x) i++; break; }
    case M_ANY: while (i < lim && CH(c, i) != '\n') i++; break;
    case M_ANYALL: return lim > pos ? lim - pos : 0;
    default: {
        RSet *s = ins->mset;
        if (c->kind == 1) {
            const Py_UCS1 *d = c->data;
            while (i < lim) {
                Py_UCS4 ch = d[i];
                if (ch < 0x80) { if (!((s->ascii[ch >> 5] >> (ch & 31)) & 1)) break; }
                else if (!set_test(c, s, ch)) break;
                i++;
            }
        } else {
            while (i < lim && set_test(c, s, CH(c, i))) i++;
        }
    }
    }
    return i - pos;
}

static inline Py_ssize_t limit(Py_ssize_t pos, Py_ssize_t hi, Py_ssize_t n) {
    return hi >= n - pos ? n : pos + hi;
}

static int at_test(Ctx *c, Py_ssize_t kind, Py_ssize_t pos) {
    Py_ssize_t n = c->n;
    switch (kind) {
    case AT_BEGIN: return pos == 0;
    case AT_BOL: return pos == 0 || CH(c, pos - 1) == '\n';
    case AT_END_NL: return pos == n || (pos == n - 1 && CH(c, pos) == '\n');
    case AT_EOL: return pos == n || CH(c, pos) == '\n';
    case AT_END: return pos == n;
    default: break;
    }
    if (n == 0) return 0;
    int before, after;
    if (kind == AT_BOUNDARY || kind == AT_NONBOUNDARY) {
        before = pos > 0 && is_word_uni(c, CH(c, pos - 1));
        after = pos < n && is_word_uni(c, CH(c, pos));
    } else {
        before = pos > 0 && is_word_ascii(CH(c, pos - 1));
        after = pos < n && is_word_ascii(CH(c, pos));
    }
    if (kind == AT_BOUNDARY || kind == AT_BOUNDARY_A) return before != after;
    return before == after;
}

static Py_UCS4 lower_of(Ctx *c, Py_UCS4 ch, Py_ssize_t mode) {
    if (ch < 0x80 || mode == 1) return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
    PyObject *s = PyUnicode_FromOrdinal((int)ch);
    if (!s) { c->err = 1; return ch; }
    PyObject *r = PyObject_CallOneArg(c->p->lower1, s);
    Py_DECREF(s);
    if (!r) { c->err = 1; return ch; }
    Py_UCS4 out = ch;
    if (PyUnicode_Check(r) && PyUnicode_GET_LENGTH(r) >= 1) out = PyUnicode_READ_CHAR(r, 0);
    Py_DECREF(r);
    return out;
}

static Py_ssize_t ref_match(Ctx *c, Py_ssize_t a, Py_ssize_t b, Py_ssize_t pos, Py_ssize_t mode) {
    Py_ssize_t len = b - a;     /* may be negative: s[a:b] is empty, end is pos + len (as _engine) */
    if (pos + len > c->n) return -1;
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 x = CH(c, a + k), y = CH(c, pos + k);
        if (x != y) {
            if (mode == 0) return -1;
            if (lower_of(c, x, mode) != lower_of(c, y, mode)) return -1;
            if (c->err) return -1;
        }
    }
    return pos + len;
}

/* ------------------------------------------------------------ the VM */

typedef struct { BEntry *v; Py_ssize_t len, cap; } BStack;

static int bpush(Ctx *c, BStack *s, int kind, Py_ssize_t pc, Py_ssize_t pos, Py_ssize_t tl, Py_ssize_t count) {
    if (s->len == s->cap) {
        Py_ssize_t cap = s->cap ? s->cap * 2 : 32;
        BEntry *v = realloc(s->v, (size_t)cap * sizeof(BEntry));
        if (!v) { c->err = 2; return -1; }
        s->v = v;
        s->cap = cap;
    }
    BEntry *e = &s->v[s->len++];
    e->kind = kind; e->pc = pc; e->pos = pos; e->tl = tl; e->count = count;
    return 0;
}

#define FAIL goto fail
#define CHECK(x) do { if ((x) < 0) goto error; } while (0)

/* End position of a match of code from pc at pos, or -1 (registers restored);
 * -2 on a Python error (c->err set). */
static Py_ssize_t run(Ctx *c, Py_ssize_t pc, Py_ssize_t pos, Py_ssize_t forbid, int must_end) {
    const RIns *code = c->p->code;
    Py_ssize_t n = c->n;
    Py_ssize_t base = c->tlen;
    BStack st = {NULL, 0, 0};
    for (;;) {
        const RIns *ins = &code[pc];
        if (c->err) goto error;
        switch (ins->op) {
        case CHAR:
            if (pos < n && CH(c, pos) == ins->ch) { pos++; pc++; continue; }
            FAIL;
        case STR: {
            Py_ssize_t len = ins->a;
            if (len > n - pos) FAIL;
            for (Py_ssize_t k = 0; k < len; k++)
                if (CH(c, pos + k) != ins->str[k]) FAIL;
            pos += len; pc++; continue;
        }
        case SET:
            if (pos < n && set_test(c, ins->mset, CH(c, pos))) { pos++; pc++; continue; }
            FAIL;
        case ANY:
            if (pos < n && CH(c, pos) != '\n') { pos++; pc++; continue; }
            FAIL;
        case ANYALL:
            if (pos < n) { pos++; pc++; continue; }
            FAIL;
        case MARK: {
            Py_ssize_t i = ins->a;
            CHECK(setreg(c, i, pos));
            if (i & 1) CHECK(setreg(c, 0, i >> 1));
            pc++; continue;
        }
        case SPLIT:
            CHECK(bpush(c, &st, B_RESUME, ins->a, pos, c->tlen, 0));
            pc++; continue;
        case JMP:
            pc = ins->a; continue;
        case REP1: {
            Py_ssize_t count = count_run(c, ins, pos, limit(pos, ins->d, n));
            Py_ssize_t lo = ins->c;
            if (count >= lo) {
                if (count > lo) CHECK(bpush(c, &st, B_REP1, pc, pos, c->tlen, count));
                pos += count; pc++; continue;
            }
            FAIL;
        }
        case UNTIL_MAX: {
            Py_ssize_t r = ins->a, k = c->regs[r] + 1;
            if (k < ins->b) { CHECK(setreg(c, r, k)); pc = ins->d; continue; }
            if (k < ins->c && pos != c->regs[r + 1]) {
                CHECK(bpush(c, &st, B_RESUME, ins->e, pos, c->tlen, 0));
                CHECK(setreg(c, r, k));
                CHECK(setreg(c, r + 1, pos));
                pc = ins->d; continue;
            }
            pc = ins->e; continue;
        }
        case REPEAT_INIT:
            CHECK(setreg(c, ins->a, -1));
            CHECK(setreg(c, ins->a + 1, -1));
            pc++; continue;
        case AT:
            if (at_test(c, ins->a, pos)) { pc++; continue; }
            FAIL;
        case SUCCESS:
            if (!((must_end && pos != n) || pos == forbid)) { free(st.v); return pos; }
            FAIL;
        case MINREP1: {
            Py_ssize_t lo = ins->c;
            if (lo) {
                if (count_run(c, ins, pos, limit(pos, lo, n)) != lo) FAIL;
            }
            pos += lo;
            if (ins->d > lo) CHECK(bpush(c, &st, B_MINREP1, pc, pos, c->tlen, lo));
            pc++; continue;
        }
        case UNTIL_MIN: {
            Py_ssize_t r = ins->a, k = c->regs[r] + 1;
            if (k < ins->b) { CHECK(setreg(c, r, k)); pc = ins->d; continue; }
            CHECK(bpush(c, &st, B_MINMORE, pc, pos, c->tlen, 0));
            pc = ins->e; continue;
        }
        case SPLIT_LAZY:
            CHECK(bpush(c, &st, B_RESUME, pc + 1, pos, c->tlen, 0));
            pc = ins->a; continue;
        case POSS1: {
            Py_ssize_t count = count_run(c, ins, pos, limit(pos, ins->d, n));
            if (count >= ins->c) { pos += count; pc++; continue; }
            FAIL;
        }
        case REF: {
            Py_ssize_t g = ins->a, a = c->regs[2 * g], b = c->regs[2 * g + 1];
            if (a >= 0 && b >= 0) {
                Py_ssize_t e = ref_match(c, a, b, pos, ins->b);
                if (c->err) goto error;
                if (e >= 0) { pos = e; pc++; continue; }
            }
            FAIL;
        }
        case COND: {
            Py_ssize_t g = ins->a;
            if (c->regs[2 * g] >= 0 && c->regs[2 * g + 1] >= 0) pc++;
            else pc = ins->b;
            continue;
        }
        case LOOK: {
            /* a: ahead, b: negate, c: width, d: after_pc */
            Py_ssize_t start = ins->a ? pos : pos - ins->c;
            if (start < 0) {
                if (ins->b) { pc = ins->d; continue; }
                FAIL;
            }
            Py_ssize_t tl = c->tlen;
            Py_ssize_t e = run(c, pc + 1, start, -1, 0);
            if (e == -2) goto error;
            if (ins->b) {
                if (e < 0) { pc = ins->d; continue; }
                undo(c, tl);
                FAIL;
            }
            if (e >= 0) { pc = ins->d; continue; }
            FAIL;
        }
        case ATOMIC: {
            Py_ssize_t e = run(c, pc + 1, pos, -1, 0);
            if (e == -2) goto error;
            if (e >= 0) { pos = e; pc = ins->a; continue; }
            FAIL;
        }
        case SUBEND:
            free(st.v);
            return pos;
        default:
            PyErr_Format(PyExc_RuntimeError, "bad opcode %d", ins->op);
            c->err = 3;
            goto error;
        }
    fail:
        /* backtrack */
        for (;;) {
            if (c->err) goto error;
            if (st.len == 0) {
                undo(c, base);
                free(st.v);
                return -1;
            }
            BEntry e = st.v[--st.len];
            undo(c, e.tl);
            if (e.kind == B_RESUME) { pc = e.pc; pos = e.pos; break; }
            if (e.kind == B_REP1) {
                const RIns *ri = &code[e.pc];
                Py_ssize_t start = e.pos, count = e.count - 1, lo = ri->c;
                RSet *hint = ri->hint;
                if (hint) {
                    while (count >= lo) {
                        Py_ssize_t k = start + count;
                        if (k < n && set_test(c, hint, CH(c, k))) break;
                        count--;
                    }
                    if (count < lo) continue;
                }
                if (count > lo) CHECK(bpush(c, &st, B_REP1, e.pc, start, e.tl, count));
                pc = e.pc + 1;
                pos = start + count;
                break;
            }
            if (e.kind == B_MINREP1) {
                const RIns *ri = &code[e.pc];
                Py_ssize_t p = e.pos, count = e.count, hi = ri->d;
                RSet *hint = ri->hint;
                int found = 0;
                while (p < n && count < hi && one(c, ri, CH(c, p))) {
                    p++;
                    count++;
                    if (!hint) { found = 1; break; }
                    if (p < n && set_test(c, hint, CH(c, p))) { found = 1; break; }
                }
                if (found) {
                    if (count < hi) CHECK(bpush(c, &st, B_MINREP1, e.pc, p, e.tl, count));
                    pc = e.pc + 1;
                    pos = p;
                    break;
                }
                continue;
            }
            /* B_MINMORE: one more iteration of a lazy general repeat */
            {
                const RIns *ui = &code[e.pc];
                Py_ssize_t r = ui->a, k = c->regs[r] + 1, p = e.pos;
                if (k >= ui->c || p == c->regs[r + 1]) continue;
                CHECK(setreg(c, r, k));
                CHECK(setreg(c, r + 1, p));
                pc = ui->d;
                pos = p;
                break;
            }
        }
    }
error:
    free(st.v);
    if (!c->err) c->err = 1;
    return -2;
}

/* ------------------------------------------------------------ conversion */

static void free_prog(RProg *p) {
    if (!p) return;
    if (p->code) {
        for (Py_ssize_t i = 0; i < p->ncode; i++) free(p->code[i].str);
        free(p->code);
    }
    for (Py_ssize_t i = 0; i < p->nsets; i++) {
        Py_XDECREF(p->sets[i]->slow);
        free(p->sets[i]);
    }
    free(p->sets);
    free(p->prefix);
    Py_XDECREF(p->lower1);
    Py_XDECREF(p->isword);
    free(p);
}

static void capsule_free(PyObject *cap) {
    free_prog(PyCapsule_GetPointer(cap, "re_vm.prog"));
}

static RSet *new_set(RProg *p, PyObject *ascii, PyObject *slow) {
    RSet *s = calloc(1, sizeof(RSet));
    if (!s) { PyErr_NoMemory(); return NULL; }
    if (p->nsets == p->capsets) {
        Py_ssize_t cap = p->capsets ? p->capsets * 2 : 8;
        RSet **v = realloc(p->sets, (size_t)cap * sizeof(RSet *));
        if (!v) { free(s); PyErr_NoMemory(); return NULL; }
        p->sets = v;
        p->capsets = cap;
    }
    p->sets[p->nsets++] = s;
    Py_INCREF(slow);
    s->slow = slow;
    PyObject *it = PyObject_GetIter(ascii);
    if (!it) return NULL;
    PyObject *x;
    while ((x = PyIter_Next(it))) {
        if (!PyUnicode_Check(x) || PyUnicode_GET_LENGTH(x) != 1) {
            Py_DECREF(x);
            Py_DECREF(it);
            PyErr_SetString(PyExc_NotImplementedError, "set item");
            return NULL;
        }
        Py_UCS4 ch = PyUnicode_READ_CHAR(x, 0);
        Py_DECREF(x);
        if (ch < 0x80) s->ascii[ch >> 5] |= 1u << (ch & 31);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) return NULL;
    return s;
}

/* a CharSet / UnionSet object (attributes ascii, slow) */
static RSet *set_from_obj(RProg *p, PyObject *obj) {
    PyObject *ascii = PyObject_GetAttrString(obj, "ascii");
    if (!ascii) return NULL;
    PyObject *slow = PyObject_GetAttrString(obj, "slow");
    if (!slow) { Py_DECREF(ascii); return NULL; }
    RSet *s = new_set(p, ascii, slow);
    Py_DECREF(ascii);
    Py_DECREF(slow);
    return s;
}

static int get_int(PyObject *t, Py_ssize_t i, Py_ssize_t *out) {
    if (i >= PyTuple_GET_SIZE(t)) { PyErr_SetString(PyExc_NotImplementedError, "short"); return -1; }
    PyObject *v = PyTuple_GET_ITEM(t, i);
    if (v == Py_True) { *out = 1; return 0; }
    if (v == Py_False) { *out = 0; return 0; }
    if (!PyLong_Check(v)) { PyErr_SetString(PyExc_NotImplementedError, "operand"); return -1; }
    *out = PyLong_AsSsize_t(v);
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

static int get_char(PyObject *v, Py_UCS4 *out) {
    if (!PyUnicode_Check(v) || PyUnicode_GET_LENGTH(v) != 1) {
        PyErr_SetString(PyExc_NotImplementedError, "char operand");
        return -1;
    }
    *out = PyUnicode_READ_CHAR(v, 0);
    return 0;
}

static Py_UCS4 *ucs4_copy(PyObject *s, Py_ssize_t *len) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Py_UCS4 *v = malloc((size_t)(n ? n : 1) * sizeof(Py_UCS4));
    if (!v) { PyErr_NoMemory(); return NULL; }
    for (Py_ssize_t i = 0; i < n; i++) v[i] = PyUnicode_READ_CHAR(s, i);
    *len = n;
    return v;
}

/* single-char matcher: (kind, arg) at tuple positions 1, 2 */
static int get_matcher(RProg *p, PyObject *t, RIns *ins) {
    Py_ssize_t mk;
    if (get_int(t, 1, &mk) < 0) return -1;
    ins->mk = (int)mk;
    PyObject *arg = PyTuple_GET_ITEM(t, 2);
    if (mk == M_CHAR) return get_char(arg, &ins->ch);
    if (mk == M_SET) { ins->mset = set_from_obj(p, arg); return ins->mset ? 0 : -1; }
    if (mk == M_ANY || mk == M_ANYALL) return 0;
    PyErr_SetString(PyExc_NotImplementedError, "matcher");
    return -1;
}

static int convert(RProg *p, PyObject *t, RIns *ins) {
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) < 1) {
        PyErr_SetString(PyExc_NotImplementedError, "instruction");
        return -1;
    }
    Py_ssize_t op, sz = PyTuple_GET_SIZE(t);
    if (get_int(t, 0, &op) < 0) return -1;
    ins->op = (int)op;
    switch (op) {
    case CHAR: return get_char(PyTuple_GET_ITEM(t, 1), &ins->ch);
    case STR: {
        PyObject *s = PyTuple_GET_ITEM(t, 1);
        if (!PyUnicode_Check(s)) { PyErr_SetString(PyExc_NotImplementedError, "STR"); return -1; }
        ins->str = ucs4_copy(s, &ins->a);
        return ins->str ? 0 : -1;
    }
    case SET:
        if (sz < 3) break;
        ins->mset = new_set(p, PyTuple_GET_ITEM(t, 1), PyTuple_GET_ITEM(t, 2));
        return ins->mset ? 0 : -1;
    case ANY: case ANYALL: case SUCCESS: case SUBEND: return 0;
    case MARK: case SPLIT: case JMP: case REPEAT_INIT: case AT: case SPLIT_LAZY: case ATOMIC:
        return get_int(t, 1, &ins->a);
    case REF: case COND:
        return (get_int(t, 1, &ins->a) < 0 || get_int(t, 2, &ins->b) < 0) ? -1 : 0;
    case UNTIL_MAX: case UNTIL_MIN:
        return (get_int(t, 1, &ins->a) < 0 || get_int(t, 2, &ins->b) < 0 || get_int(t, 3, &ins->c) < 0 ||
                get_int(t, 4, &ins->d) < 0 || get_int(t, 5, &ins->e) < 0) ? -1 : 0;
    case LOOK:
        return (get_int(t, 1, &ins->a) < 0 || get_int(t, 2, &ins->b) < 0 || get_int(t, 3, &ins->c) < 0 ||
                get_int(t, 4, &ins->d) < 0) ? -1 : 0;
    case REP1: case MINREP1: case POSS1:
        if (sz < 5) break;
        if (get_matcher(p, t, ins) < 0 || get_int(t, 3, &ins->c) < 0 || get_int(t, 4, &ins->d) < 0) return -1;
        if (op != POSS1 && sz > 5 && PyTuple_GET_ITEM(t, 5) != Py_None) {
            ins->hint = set_from_obj(p, PyTuple_GET_ITEM(t, 5));
            if (!ins->hint) return -1;
        }
        return 0;
    default: break;
    }
    PyErr_SetString(PyExc_NotImplementedError, "opcode");
    return -1;
}

/* compile(code, nregs, prefix, firstset, anchored, bol, rep1_first, simple_loop, lower1, isword) */
static PyObject *vm_compile(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *code, *prefix, *firstset, *lower1, *isword;
    Py_ssize_t nregs, groups = -1;
    int anchored, bol, rep1_first, simple_loop;
    if (!PyArg_ParseTuple(args, "OnOOppppOO|n", &code, &nregs, &prefix, &firstset, &anchored, &bol,
                          &rep1_first, &simple_loop, &lower1, &isword, &groups))
        return NULL;
    if (!PyList_Check(code) || !PyUnicode_Check(prefix)) {
        PyErr_SetString(PyExc_NotImplementedError, "program");
        return NULL;
    }
    RProg *p = calloc(1, sizeof(RProg));
    if (!p) return PyErr_NoMemory();
    p->ncode = PyList_GET_SIZE(code);
    p->code = calloc((size_t)(p->ncode ? p->ncode : 1), sizeof(RIns));
    if (!p->code) { free_prog(p); return PyErr_NoMemory(); }
    for (Py_ssize_t i = 0; i < p->ncode; i++) {
        if (convert(p, PyList_GET_ITEM(code, i), &p->code[i]) < 0) { free_prog(p); return NULL; }
        RIns *ins = &p->code[i];
        /* jump targets must stay inside the program */
        Py_ssize_t tgt = -1;
        if (ins->op == SPLIT || ins->op == JMP || ins->op == SPLIT_LAZY || ins->op == ATOMIC) tgt = ins->a;
        else if (ins->op == COND) tgt = ins->b;
        else if (ins->op == LOOK) tgt = ins->d;
        else if (ins->op == UNTIL_MAX || ins->op == UNTIL_MIN) tgt = ins->d > ins->e ? ins->d : ins->e;
        if (tgt >= p->ncode || tgt < -1) {
            PyErr_SetString(PyExc_NotImplementedError, "jump target");
            free_prog(p);
            return NULL;
        }
    }
    if (p->ncode == 0 || nregs < 2) {
        PyErr_SetString(PyExc_NotImplementedError, "empty program");
        free_prog(p);
        return NULL;
    }
    p->nregs = nregs;
    p->groups = 2 * groups + 2 <= nregs ? groups : -1;
    p->prefix = ucs4_copy(prefix, &p->plen);
    if (!p->prefix) { free_prog(p); return NULL; }
    if (firstset != Py_None) {
        p->firstset = set_from_obj(p, firstset);
        if (!p->firstset) { free_prog(p); return NULL; }
    }
    p->anchored = anchored;
    p->bol = bol;
    p->rep1_first = rep1_first;
    p->simple_loop = simple_loop && p->firstset && p->ncode >= 1 &&
                     (p->code[0].op == REP1 || p->code[0].op == POSS1);
    p->rep1_first = rep1_first && p->code[0].op == REP1;
    Py_INCREF(lower1);
    p->lower1 = lower1;
    Py_INCREF(isword);
    p->isword = isword;
    PyObject *cap = PyCapsule_New(p, "re_vm.prog", capsule_free);
    if (!cap) { free_prog(p); return NULL; }
    return cap;
}

/* (start, end, regs[, spans]): spans = [(start, end)] + per group (a, b) or (-1, -1),
 * what Match keeps; only when the group count is known */
static PyObject *result(Ctx *c, Py_ssize_t b, Py_ssize_t e) {
    PyObject *regs = PyList_New(c->p->nregs);
    if (!regs) return NULL;
    for (Py_ssize_t i = 0; i < c->p->nregs; i++) {
        PyObject *v = PyLong_FromSsize_t(c->regs[i]);
        if (!v) { Py_DECREF(regs); return NULL; }
        PyList_SET_ITEM(regs, i, v);
    }
    Py_ssize_t ng = c->p->groups;
    if (ng < 0) return Py_BuildValue("(nnN)", b, e, regs);
    PyObject *spans = PyList_New(ng + 1);
    if (!spans) { Py_DECREF(regs); return NULL; }
    for (Py_ssize_t g = 0; g <= ng; g++) {
        Py_ssize_t x = b, y = e;
        if (g) {
            x = c->regs[2 * g];
            y = c->regs[2 * g + 1];
            if (x < 0 || y < 0) x = y = -1;
        }
        PyObject *t = Py_BuildValue("(nn)", x, y);
        if (!t) { Py_DECREF(regs); Py_DECREF(spans); return NULL; }
        PyList_SET_ITEM(spans, g, t);
    }
    return Py_BuildValue("(nnNN)", b, e, regs, spans);
}

static Py_ssize_t find_prefix(Ctx *c, Py_ssize_t from) {
    const Py_UCS4 *pf = c->p->prefix;
    Py_ssize_t m = c->p->plen, n = c->n;
    for (Py_ssize_t i = from; i + m <= n; i++) {
        if (CH(c, i) != pf[0]) continue;
        Py_ssize_t k = 1;
        while (k < m && CH(c, i + k) == pf[k]) k++;
        if (k == m) return i;
    }
    return -1;
}

/* First match at or after pos (only at pos if anchored), as _engine.search: 1 found
 * (*bp, *ep; registers hold the groups), 0 none, -1 error (c->err). */
static int do_search(Ctx *cx, Py_ssize_t pos, int anchored, int must_end, Py_ssize_t forbid,
                     Py_ssize_t *bp, Py_ssize_t *ep) {
    RProg *p = cx->p;
    Py_ssize_t n = cx->n, b = -1, e = -1;
    const RIns *code = p->code;
    for (Py_ssize_t i = 0; i < p->nregs; i++) cx->regs[i] = -1;
    cx->tlen = 0;
    if (pos > n || pos < 0) return 0;
    if (p->simple_loop && !must_end && !anchored) {
        const RIns *first = &code[0];
        RSet *fs = p->firstset;
        Py_ssize_t i = pos;
        while (i < n) {
            if (set_test(cx, fs, CH(cx, i))) {
                Py_ssize_t count = count_run(cx, first, i, limit(i, first->d, n));
                if (cx->err) break;
                if (count >= first->c) { b = i; e = i + count; break; }
                i += count;
            }
            if (cx->err) break;
            i++;
        }
    } else if (anchored || p->anchored) {
        Py_ssize_t r = run(cx, 0, pos, forbid, must_end);
        if (r >= 0) { b = pos; e = r; }
    } else if (p->plen) {
        Py_ssize_t i = find_prefix(cx, pos);
        while (i >= 0) {
            Py_ssize_t r = run(cx, 0, i, forbid, must_end);
            if (r == -2) break;
            if (r >= 0) { b = i; e = r; break; }
            i = find_prefix(cx, i + 1);
        }
    } else if (p->firstset) {
        RSet *fs = p->firstset;
        const RIns *first = &code[0];
        Py_ssize_t i = pos;
        while (i < n) {
            if (set_test(cx, fs, CH(cx, i))) {
                Py_ssize_t r = run(cx, 0, i, forbid, must_end);
                if (r == -2) break;
                if (r >= 0) { b = i; e = r; break; }
                if (p->rep1_first) i += count_run(cx, first, i, n);
            }
            if (cx->err) break;
            i++;
        }
    } else if (p->bol) {
        Py_ssize_t i = pos;
        while (i <= n) {
            if (i == 0 || CH(cx, i - 1) == '\n') {
                Py_ssize_t r = run(cx, 0, i, forbid, must_end);
                if (r == -2) break;
                if (r >= 0) { b = i; e = r; break; }
            }
            while (i < n && CH(cx, i) != '\n') i++;
            if (i >= n) break;
            i++;
        }
    } else {
        for (Py_ssize_t i = pos; i <= n; i++) {
            Py_ssize_t r = run(cx, 0, i, forbid, must_end);
            if (r == -2) break;
            if (r >= 0) { b = i; e = r; break; }
        }
    }
    if (cx->err) {
        if (cx->err == 2) PyErr_NoMemory();
        else if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, "re_vm: internal error");
        return -1;
    }
    if (b < 0) return 0;
    *bp = b;
    *ep = e;
    return 1;
}

/* Ctx over str s cut at n, or NULL (exception set) */
static RProg *ctx_init(Ctx *c, PyObject *cap, PyObject *s, Py_ssize_t *n) {
    RProg *p = PyCapsule_GetPointer(cap, "re_vm.prog");
    if (!p) return NULL;
    if (!PyUnicode_Check(s)) { PyErr_SetString(PyExc_TypeError, "str expected"); return NULL; }
    if (*n > PyUnicode_GET_LENGTH(s)) *n = PyUnicode_GET_LENGTH(s);
    memset(c, 0, sizeof *c);
    c->p = p;
    c->kind = PyUnicode_KIND(s);
    c->data = PyUnicode_DATA(s);
    c->n = *n;
    c->regs = malloc((size_t)p->nregs * sizeof(Py_ssize_t));
    if (!c->regs) { PyErr_NoMemory(); return NULL; }
    return p;
}

/* search(prog, s, pos, n, anchored, must_end, forbid) -> (start, end, regs) | None */
static PyObject *vm_search(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *cap, *s;
    Py_ssize_t pos, n, forbid, b = 0, e = 0;
    int anchored, must_end;
    if (!PyArg_ParseTuple(args, "OOnnppn", &cap, &s, &pos, &n, &anchored, &must_end, &forbid))
        return NULL;
    Ctx c;
    if (!ctx_init(&c, cap, s, &n)) return NULL;
    int r = do_search(&c, pos, anchored, must_end, forbid, &b, &e);
    PyObject *out = NULL;
    if (r == 0) {
        Py_INCREF(Py_None);
        out = Py_None;
    } else if (r > 0) {
        out = result(&c, b, e);
    }
    free(c.regs);
    free(c.trail);
    return out;
}

/* group g of the current match as str ('' when unset) */
static PyObject *group_str(Ctx *c, PyObject *s, Py_ssize_t g) {
    Py_ssize_t a = c->regs[2 * g], b = c->regs[2 * g + 1];
    if (a < 0 || b < 0 || b < a) return PyUnicode_FromStringAndSize("", 0);
    return PyUnicode_Substring(s, a, b);
}

/* findall(prog, s, pos, n, ngroups) -> list, as Pattern.findall for a str subject */
static PyObject *vm_findall(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *cap, *s;
    Py_ssize_t pos, n, ngroups;
    if (!PyArg_ParseTuple(args, "OOnnn", &cap, &s, &pos, &n, &ngroups)) return NULL;
    Ctx c;
    RProg *p = ctx_init(&c, cap, s, &n);
    if (!p) return NULL;
    PyObject *out = PyList_New(0);
    Py_ssize_t forbid = -1;
    if (ngroups < 0) ngroups = 0;
    if (2 * ngroups + 1 >= p->nregs) ngroups = (p->nregs - 2) / 2;   /* registers of groups 1..ngroups exist */
    while (out && pos <= n) {
        Py_ssize_t b = 0, e = 0;
        int r = do_search(&c, pos, 0, 0, forbid, &b, &e);
        if (r < 0) { Py_CLEAR(out); break; }
        if (r == 0) break;
        PyObject *item;
        if (ngroups == 0) {
            item = PyUnicode_Substring(s, b, e);
        } else if (ngroups == 1) {
            item = group_str(&c, s, 1);
        } else {
            item = PyTuple_New(ngroups);
            for (Py_ssize_t g = 1; item && g <= ngroups; g++) {
                PyObject *v = group_str(&c, s, g);
                if (!v) { Py_CLEAR(item); break; }
                PyTuple_SET_ITEM(item, g - 1, v);
            }
        }
        if (!item || PyList_Append(out, item) < 0) { Py_XDECREF(item); Py_CLEAR(out); break; }
        Py_DECREF(item);
        forbid = e == b ? e : -1;
        pos = e;
    }
    free(c.regs);
    free(c.trail);
    return out;
}

static PyMethodDef vm_methods[] = {
    {"compile", vm_compile, METH_VARARGS, "Convert an re._compiler Program into a native program."},
    {"search", vm_search, METH_VARARGS, "search(prog, s, pos, n, anchored, must_end, forbid)"},
    {"findall", vm_findall, METH_VARARGS, "findall(prog, s, pos, n, ngroups) over a str subject"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef vm_module = {
    PyModuleDef_HEAD_INIT, "_re_vm", "Native matching VM for Lib/re (see Lib/re/_engine.py).",
    -1, vm_methods, NULL, NULL, NULL, NULL,
};

PyAPI_FUNC(PyObject *) _SwiftPy_PyInit__re_vm(void);
PyObject *_SwiftPy_PyInit__re_vm(void) {
    return PyModule_Create(&vm_module);
}
