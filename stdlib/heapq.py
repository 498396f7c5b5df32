"""Heap queue: a binary min-heap kept in a plain list (CPython's `heapq`).

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is the smallest item.
Only `<` is used to compare items, as CPython does, so a class that defines `__lt__` is enough.
"""


def _sift_toward_root(heap, root, pos):
    # The item at `pos` moves up while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Move the smaller child up until a leaf is reached, then sift the item back toward the root:
    # fewer comparisons than stopping as soon as the item fits (Knuth, vol. 3, 5.2.3).
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
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap's size does not change)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item: faster than heappush then heappop."""
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_toward_leaves(heap, 0)
        return smallest
    return item


def heapify(x):
    """Transform a list into a heap, in place, in linear time."""
    n = len(x)
    i = n // 2 - 1
    while i >= 0:
        _sift_toward_leaves(x, i)
        i -= 1


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    """The items of already sorted iterables, in sorted order, taken from each only as they
    are needed: each step yields the smallest of the iterables' next items (the largest with
    `reverse`), the earliest iterable's among equal ones."""
    its = [_items(x) for x in iterables]
    heads = []
    keys = []
    live = []
    for k in range(len(its)):
        for x in its[k]:
            heads.append(x)
            keys.append(x if key is None else key(x))
            live.append(k)
            break
    while live:
        best = 0
        for j in range(1, len(live)):
            if (keys[best] < keys[j]) if reverse else (keys[j] < keys[best]):
                best = j
        yield heads[best]
        k = live[best]
        more = False
        for x in its[k]:
            heads[best] = x
            keys[best] = x if key is None else key(x)
            more = True
            break
        if not more:
            heads.pop(best)
            keys.pop(best)
            live.pop(best)


def _items(iterable):
    for x in iterable:
        yield x

