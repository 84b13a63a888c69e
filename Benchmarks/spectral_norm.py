# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1):
# float arithmetic over lists, nested loops, function calls in the inner loop.
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(scale):
    n = max(10, int(340 * scale ** 0.5))
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("n", n, "norm", round((vbv / vv) ** 0.5, 9))


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
