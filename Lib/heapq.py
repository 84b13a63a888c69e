"""Heap queue (priority queue) algorithms on plain lists.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is
the smallest item.  The sift strategy follows CPython's so that the order of
equal items is identical.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up until its parent is not larger (stops at top)."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Drop heap[pos] to a leaf along smaller children, then bubble up."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item."""
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (heap must be non-empty)."""
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap in place, in linear time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_toward_leaves(x, i)


# -- max-heap helpers (used by merge(reverse=True) and nlargest) ----------

def _max_sift_toward_root(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _max_sift_toward_leaves(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _max_sift_toward_root(heap, start, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _max_sift_toward_leaves(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _max_sift_toward_leaves(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _max_sift_toward_leaves(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable across inputs)."""
    entries = []
    if reverse:
        pop, replace, build, sign = (_heappop_max, _heapreplace_max,
                                     _heapify_max, -1)
    else:
        pop, replace, build, sign = heappop, heapreplace, heapify, 1
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        if key is None:
            entries.append([value, order * sign, nxt])
        else:
            entries.append([key(value), order * sign, value, nxt])
    build(entries)
    if key is None:
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    value, _, nxt = entry
                    yield value
                    entry[0] = nxt()
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            value, _, nxt = entries[0]
            yield value
            yield from nxt.__self__
        return
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                _, _, value, nxt = entry
                yield value
                value = nxt()
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        _, _, value, nxt = entries[0]
        yield value
        yield from nxt.__self__


def nsmallest(n, iterable, key=None):
    """Return the n smallest items (like sorted(iterable, key=key)[:n])."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = min(it, default=marker)
        else:
            found = min(it, default=marker, key=key)
        return [] if found is marker else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items (like sorted(..., reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = max(it, default=marker)
        else:
            found = max(it, default=marker, key=key)
        return [] if found is marker else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # Keep the n best seen so far in a heap whose root is the worst of them.
    # Entries carry an insertion counter so ties keep their input order.
    it = iter(iterable)
    if largest:
        step = -1
        keep, swap = heapify, heapreplace
        better = lambda a, b: b < a          # noqa: E731
    else:
        step = 1
        keep, swap = _heapify_max, _heapreplace_max
        better = lambda a, b: a < b          # noqa: E731
    pairs = []
    for i in range(n):
        try:
            value = next(it)
        except StopIteration:
            break
        k = value if key is None else key(value)
        pairs.append([k, i * step, value])
    if not pairs:
        return []
    keep(pairs)
    order = n * step
    worst = pairs[0][0]
    for value in it:
        k = value if key is None else key(value)
        if better(k, worst):
            swap(pairs, [k, order, value])
            worst = pairs[0][0]
            order += step
    pairs.sort(reverse=largest)
    return [entry[2] for entry in pairs]
