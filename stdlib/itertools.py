"""Iterator building blocks (CPython's `itertools`), as generators.

Each yields exactly what CPython's does, in the same order; the tuples they yield are tuples
of one item type (the pools' items). They read their input lazily, as CPython's, but the
combinatoric ones, which read it into a list first (so they need a finite one, as they do in
CPython too).
"""


def count(start=0, step=1):
    """start, start + step, start + 2 * step, ... without end."""
    n = start
    while True:
        yield n
        n += step


def repeat(obj, times=None):
    """obj, `times` times (forever without `times`)."""
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


def cycle(iterable):
    """The items of iterable, over and over (nothing if it is empty)."""
    saved = list(iterable)
    while saved:
        for x in saved:
            yield x


def accumulate(iterable, func=None, *, initial=None):
    """Running sums: x0, x0 + x1, x0 + x1 + x2, ... (or running func(total, x)), after
    `initial` when given."""
    if initial is not None:
        total = initial
        yield total
        for x in iterable:
            if func is None:
                total = total + x
            else:
                total = func(total, x)
            yield total
    else:
        started = False
        # (`total` is first assigned in the loop, so it keeps the items' type: no None.)
        for x in iterable:
            if not started:
                total = x
                started = True
            elif func is None:
                total = total + x
            else:
                total = func(total, x)
            yield total


def groupby(iterable, key=None):
    """(k, group) for each run of consecutive items with the same key (the item itself, or
    key(item)). As in CPython, each group is an iterator over its run of the one underlying
    iterator: moving on to the next key ends it. Its state is kept in one-item lists that the
    groups share (`value`, `current`, `more`, `group`), so each use is typed by its own
    items."""
    it = iter(iterable)
    try:
        first = next(it)
    except StopIteration:
        return
    value = [first]
    current = [first if key is None else key(first)]
    more = [True]
    group = [0]
    while True:
        target = current[0]
        group[0] += 1
        yield target, _grouper(it, key, value, current, more, group, group[0], target)
        while more[0] and current[0] == target:
            _group_advance(it, key, value, current, more)
        if not more[0]:
            return


def _group_advance(it, key, value, current, more):
    """groupby: the next item of the underlying iterator and its key, or the end."""
    for x in it:
        value[0] = x
        current[0] = x if key is None else key(x)
        return
    more[0] = False


def _grouper(it, key, value, current, more, group, mine, target):
    """groupby: the items of group number `mine`, while it is the current one and the key
    stays `target`."""
    while group[0] == mine and more[0] and current[0] == target:
        yield value[0]
        _group_advance(it, key, value, current, more)


def chain(*iterables):
    """The items of each iterable in turn."""
    for it in iterables:
        for x in it:
            yield x


def _chain_from_iterable(iterables):
    """`chain.from_iterable(iterables)`: the items of each iterable the argument yields, taken
    lazily (the linker gives `chain.from_iterable` this function)."""
    for it in iterables:
        for x in it:
            yield x


def islice(iterable, start, stop=-9223372036854775807, step=1):
    """Items start, start + step, ... before stop (islice(it, stop) when stop is omitted; None
    for no stop). Like CPython's, it takes no item from the iterable past the last it needs."""
    # (The default, never a valid stop, marks it omitted; inside, -1 is "no stop".)
    if stop == -9223372036854775807:
        lo, hi = 0, start
    else:
        lo, hi = start, stop
    # (Checked when called, as CPython's: the items come from a generator; CPython's quirk
    # names the stop for -1 only.)
    if hi == -1:
        raise ValueError(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if (lo is not None and lo < 0) or (hi is not None and hi < 0):
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if step is not None and step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    first = 0 if lo is None else lo
    last = -1 if hi is None else hi
    return _islice(iterable, first, last, 1 if step is None else step)


def _islice(iterable, start, stop, step):
    if stop != -1 and start >= stop:
        # Nothing to yield: CPython still advances the iterable to start.
        taken = 0
        if start > 0:
            for _ in iterable:
                taken += 1
                if taken >= start:
                    break
        return
    i = 0
    want = start
    for x in iterable:
        if i == want:
            yield x
            want += step
        i += 1
        if i == stop:
            return


def pairwise(iterable):
    """Successive overlapping pairs: (x0, x1), (x1, x2), ..."""
    started = False
    for x in iterable:
        if started:
            yield previous, x
        previous = x
        started = True


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the items of the iterables taken in step, the shorter ones padded with
    fillvalue until the longest runs out."""
    # Two iterables (the usual call) make pairs whose items keep their own types.
    if len(iterables) == 2:
        return _zip_longest_pair(iterables[0], iterables[1], fillvalue)
    return _zip_longest(iterables, fillvalue)


def _zip_longest(iterables, fillvalue):
    its = [_items(x) for x in iterables]
    n = len(its)
    done = [False] * n
    left = n
    while left > 0:
        row = []
        for k in range(n):
            if not done[k]:
                try:
                    row.append(next(its[k]))
                    continue
                except StopIteration:
                    done[k] = True
                    left -= 1
            row.append(fillvalue)
        if left == 0:
            return
        yield tuple(row)


def _zip_longest_pair(first, second, fillvalue):
    a = _items(first)
    b = _items(second)
    a_done = False
    b_done = False
    while True:
        if not a_done:
            try:
                x = next(a)
            except StopIteration:
                a_done = True
        if not b_done:
            try:
                y = next(b)
            except StopIteration:
                b_done = True
        if a_done and b_done:
            return
        yield (fillvalue if a_done else x, fillvalue if b_done else y)


def _items(iterable):
    # The items of any iterable, as a generator (which `next()` steps).
    for x in iterable:
        yield x


def starmap(function, iterable):
    """function(*args) for each tuple of arguments."""
    for args in iterable:
        yield function(*args)


def compress(data, selectors):
    """The items of data whose selector is true."""
    for d, s in zip(data, selectors):
        if s:
            yield d


def takewhile(predicate, iterable):
    """Items while predicate(item) holds."""
    for x in iterable:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    """The items for which predicate(item) is false (for None: the false items)."""
    if predicate is None:
        for x in iterable:
            if not x:
                yield x
    else:
        for x in iterable:
            if not predicate(x):
                yield x


def tee(iterable, n=2):
    """n independent iterators over the items: each item is read from the iterable once, when
    the first of them reaches it, and kept for the others."""
    source = _items(iterable)
    seen = []
    return tuple(_tee_branch(source, seen) for _ in range(n))


def _tee_branch(source, seen):
    i = 0
    while True:
        if i == len(seen):
            try:
                x = next(source)
            except StopIteration:
                return
            seen.append(x)
        yield seen[i]
        i += 1


def dropwhile(predicate, iterable):
    """Items from the first one for which predicate(item) fails."""
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def product(*pools, repeat=1):
    """The cartesian product of the pools (each repeated `repeat` times), as tuples, the
    rightmost pool varying fastest. The pools are read when it is called, as CPython does."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([list(p) for p in pools] * repeat)


def _product(lists):
    n = len(lists)
    if any(len(p) == 0 for p in lists):
        return
    idx = [0] * n
    while True:
        yield tuple(lists[k][idx[k]] for k in range(n))
        k = n - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < len(lists[k]):
                break
            idx[k] = 0
            k -= 1
        if k < 0:
            return


def permutations(iterable, r=None):
    """Ordered arrangements of r items (all of them when r is None), in lexicographic order of
    positions, as tuples."""
    pool = list(iterable)
    if r is None:
        return _permutations(pool, len(pool))
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[idx[k]] for k in range(r)])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate idx[i:] left by one, in place.
                first = idx[i]
                for m in range(i, n - 1):
                    idx[m] = idx[m + 1]
                idx[n - 1] = first
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                yield tuple([pool[idx[k]] for k in range(r)])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """r-item subsets in lexicographic order of positions, as tuples."""
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(list(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple(pool[i] for i in idx)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple(pool[k] for k in idx)


def combinations_with_replacement(iterable, r):
    """r-item multisets in lexicographic order of positions, as tuples."""
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(list(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    idx = [0] * r
    yield tuple(pool[i] for i in idx)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple(pool[k] for k in idx)
