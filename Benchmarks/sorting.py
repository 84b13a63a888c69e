# Sorting and comprehensions: list/dict/set comprehensions, sorted with keys,
# tuple comparison, slicing, min/max.
import sys


def rand_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out


def main(scale):
    n = int(100000 * scale)
    rounds = 3
    check = 0
    for r in range(rounds):
        data = rand_list(n, 17 + r)
        s1 = sorted(data)
        s2 = sorted(data, reverse=True)
        records = [(v % 100, -v, str(v % 1000)) for v in data]
        records.sort()
        by_key = sorted(records, key=lambda t: (t[2], t[1]))
        evens = [v // 2 for v in data if v % 2 == 0]
        table = {v % 5003: v for v in data}
        groups = {}
        for v in data:
            groups.setdefault(v % 37, []).append(v)
        sizes = sorted((len(g), k) for k, g in groups.items())
        uniq = {v % 9973 for v in data}
        matrix = [[(i * j) % 7 for j in range(40)] for i in range(40)]
        transposed = [list(row) for row in zip(*matrix)]
        nested = sum(sum(row) for row in transposed)
        merged = sorted(s1[: n // 2] + s2[: n // 2])
        check += s1[n // 3] + s2[n // 4] + records[n // 5][1] + int(by_key[7][2]) + by_key[n // 2][0]
        check += len(evens) + sum(table.values()) % 1000003 + sizes[0][0] + sizes[-1][1]
        check += len(uniq) + nested + merged[n // 2] + min(data) + max(data)
        check %= 1000000007
    print("n", n, "check", check)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
