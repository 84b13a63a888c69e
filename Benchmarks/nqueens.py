# N-queens by backtracking with sets and tuples, plus permutation generation:
# recursion, set membership, tuple building, list copying.
import sys


def queens(n):
    solutions = 0
    first_rows = [0] * n
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        nonlocal solutions
        if row == n:
            solutions += 1
            first_rows[placed[0]] += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
    place(0)
    return solutions, tuple(first_rows)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def main(scale):
    reps = max(1, int(24 * scale))
    total = 0
    big = 0
    for _ in range(reps):
        count, firsts = queens(8)
        total += count
        count10, big_firsts = queens(10)
        big += count10
    perm_check = 0
    for k, p in enumerate(permutations(list(range(8)))):
        perm_check = (perm_check * 31 + p[k % 8] * (k % 5 + 1)) % 1000000007
    print("8-queens x", reps, total, firsts)
    print("10-queens x", reps, big, big_firsts)
    print("perms", perm_check)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
