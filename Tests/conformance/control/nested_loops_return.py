# Returning and yielding out of deeply nested loops, with else clauses and finally blocks.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return (r, c)
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 1), search(grid, 10))
def pairs_summing(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                yield nums[i], nums[j]
print(list(pairs_summing([1, 5, 3, 7, 9, -1], 8)))
def first_dup(seq):
    seen = set()
    for x in seq:
        if x in seen:
            break
        seen.add(x)
    else:
        return "no duplicate"
    return "first duplicate: %r" % x
print(first_dup("abcdb"), first_dup("abc"), first_dup([]))
def guarded(n):
    log = []
    for i in range(n):
        for j in range(n):
            try:
                if i * j == 2:
                    return log
                log.append((i, j))
            finally:
                if i * j == 2:
                    log.append("cleanup")
    return log
print(guarded(3))
print(guarded(1))
def triangle(n):
    rows = []
    i = 0
    while True:
        i += 1
        row = []
        for j in range(1, i + 1):
            row.append(j)
            if len(rows) + 1 > n:
                return rows
        rows.append(row)
print(triangle(4))
