/* Unions, packed structures and a structure holding a union, passed and returned BY VALUE, each
   with a by-pointer twin computing the same thing: the twin is the oracle aggregates_driver.py
   checks the by-value call against (pointers are ABI-trivial; by-value classification is not). */
#include <stdint.h>
#include <string.h>

typedef union { double d; int32_t i; } UDI;                   /* INTEGER: int overlaps the double */
typedef union { float f[2]; double d; } UFD;                  /* SSE only */
typedef union { char c[12]; double d; } U12;                  /* two eightbytes, INTEGER */
typedef union { long double g; double d; } ULD;               /* x87 merged with SSE: memory */
typedef union { int64_t q[3]; double d; } UBIG;               /* > 16 bytes: memory */
typedef struct __attribute__((packed)) { char a; int32_t b; double c; } P1;  /* unaligned: memory */
typedef struct __attribute__((packed)) { int16_t a; int32_t b; } P2;          /* unaligned: memory */
typedef struct __attribute__((packed)) { int32_t a; float b; } P3;           /* packed, aligned: regs */
typedef struct { int32_t tag; union { float f; int32_t i; } u; double x; } SU;
typedef struct { float a; union { float f; double d; } u; } SFU;               /* SSE, SSE */

UDI udi_twice(UDI u) { u.d *= 2; return u; }
void udi_twice_p(UDI *u) { u->d *= 2; }
double udi_scale(int k, UDI u, double m) { return u.d * k * m; }
UFD ufd_swap(UFD u) { float t = u.f[0]; u.f[0] = u.f[1]; u.f[1] = t * 3; return u; }
void ufd_swap_p(UFD *u) { float t = u->f[0]; u->f[0] = u->f[1]; u->f[1] = t * 3; }
U12 u12_shift(U12 u) { memmove(u.c, u.c + 1, 11); u.c[11] = '!'; return u; }
void u12_shift_p(U12 *u) { memmove(u->c, u->c + 1, 11); u->c[11] = '!'; }
ULD uld_half(ULD u) { u.g /= 2; return u; }
void uld_half_p(ULD *u) { u->g /= 2; }
UBIG ubig_rot(UBIG u, int k) { int64_t t = u.q[0]; u.q[0] = u.q[1] * k; u.q[1] = u.q[2]; u.q[2] = t; return u; }
void ubig_rot_p(UBIG *u, int k) { int64_t t = u->q[0]; u->q[0] = u->q[1] * k; u->q[1] = u->q[2]; u->q[2] = t; }
P1 p1_bump(P1 p) { p.a += 1; p.b *= 3; p.c += 0.5; return p; }
void p1_bump_p(P1 *p) { p->a += 1; p->b *= 3; p->c += 0.5; }
double p1_sum(int k, P1 p, P1 q) { return k * (p.a + p.b + p.c) - (q.a + q.b + q.c); }
double p1_sum_p(int k, P1 *p, P1 *q) { return k * (p->a + p->b + p->c) - (q->a + q->b + q->c); }
P2 p2_make(int16_t a, int32_t b) { P2 p = {a, b}; return p; }
void p2_make_p(int16_t a, int32_t b, P2 *p) { p->a = a; p->b = b; }
long p2_mix(P2 p, P2 q) { return p.a * 1000L + p.b * 10L + q.a * 7L + q.b; }
long p2_mix_p(P2 *p, P2 *q) { return p->a * 1000L + p->b * 10L + q->a * 7L + q->b; }
P3 p3_swap(P3 p) { P3 r = { (int32_t)p.b, (float)p.a }; return r; }
void p3_swap_p(P3 *p) { P3 r = { (int32_t)p->b, (float)p->a }; *p = r; }
SU su_bump(SU s) { s.tag++; s.u.f *= 2; s.x -= 1; return s; }
void su_bump_p(SU *s) { s->tag++; s->u.f *= 2; s->x -= 1; }
SFU sfu_step(SFU s, float k) { s.a *= k; s.u.d += k; return s; }
void sfu_step_p(SFU *s, float k) { s->a *= k; s->u.d += k; }

/* Callbacks receiving and returning them by value. */
UDI udi_via(UDI (*f)(UDI, int), UDI u, int k) { return f(u, k); }
P2 p2_via(P2 (*f)(P2), P2 p) { return f(p); }
SU su_via(SU (*f)(SU), SU s) { return f(s); }
