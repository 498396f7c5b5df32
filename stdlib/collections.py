"""Container types (CPython's `collections`): `deque`, `Counter` and `OrderedDict`, written
in Python.
`defaultdict` and `namedtuple` are served by the compiler itself (`compiler/src/resolve/`).

A class's attributes have one type per program, so all the deques of a program hold items of
one type (and all its Counters keys of one type, all its OrderedDicts keys and values of one
type each)."""


class deque:
    """A double-ended queue: O(1) appends and pops at both ends (amortized). The items are
    `_items[_head:]`: the slots before `_head` are free room for `appendleft` (filled with
    the item that made them, never read), made as large as the deque when it runs out, and
    given back (`_compact`) once they outnumber the items three to one. `_state` counts the
    changes of length (CPython's), which end an iteration begun before them."""

    def __init__(self, iterable=None, maxlen=None):
        self._items = [] if iterable is None else list(iterable)
        self._head = 0
        self._state = 0
        self.maxlen = maxlen
        if maxlen is not None:
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            while len(self._items) > maxlen:
                self._items.pop(0)

    def _compact(self):
        if self._head > 32 and self._head * 4 > len(self._items) * 3:
            self._items = self._items[self._head:]
            self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self.maxlen is not None:
            if len(self) > self.maxlen:
                self._head += 1
                self._compact()

    def appendleft(self, x):
        self._state += 1
        if self._head == 0:
            room = len(self._items) + 8
            self._items = [x] * room + self._items
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self.maxlen is not None:
            if len(self) > self.maxlen:
                self._items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items[self._head]
        self._head += 1
        if self._head == len(self._items):
            self._items = []
            self._head = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def rotate(self, n=1):
        k = len(self)
        if k == 0:
            return
        n %= k
        # Moving the fewer items: `n` from the right end to the left, or `k - n` the other way.
        if n <= k - n:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(k - n):
                self.append(self.popleft())

    def __getitem__(self, i):
        k = len(self)
        if i < 0:
            i += k
        if i < 0 or i >= k:
            raise IndexError("deque index out of range")
        return self._items[self._head + i]

    def __setitem__(self, i, x):
        k = len(self)
        if i < 0:
            i += k
        if i < 0 or i >= k:
            raise IndexError("deque index out of range")
        self._items[self._head + i] = x

    def __delitem__(self, i):
        k = len(self)
        if i < 0:
            i += k
        if i < 0 or i >= k:
            raise IndexError("deque index out of range")
        self._state += 1
        self._items.pop(self._head + i)

    def __contains__(self, x):
        return x in self._items[self._head:]

    def __iter__(self):
        state = self._state
        i = self._head
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __reversed__(self):
        # (CPython's reverse iterator stops after as many items as there were before it
        # looks for a change.)
        state = self._state
        i = len(self._items) - 1
        left = len(self)
        while left > 0:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[i]
            i -= 1
            left -= 1

    def count(self, x):
        return self._items[self._head:].count(x)

    def index(self, x):
        for i in range(self._head, len(self._items)):
            if self._items[i] == x:
                return i - self._head
        raise ValueError(f"{x!r} is not in deque")

    def remove(self, x):
        for i in range(self._head, len(self._items)):
            if self._items[i] == x:
                self._state += 1
                self._items.pop(i)
                return
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        k = len(self)
        if i < 0:
            i = max(i + k, 0)
        self._state += 1
        self._items.insert(self._head + min(i, k), x)

    def reverse(self):
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def copy(self):
        return deque(self._items[self._head:], self.maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            # (A list or tuple is never equal to a deque.)
            return False
        return self._items[self._head:] == other._items[other._head:]

    # Ordered as lists of their items.
    def __lt__(self, other):
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):
        return self._items[self._head:] >= other._items[other._head:]

    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items[self._head:]!r})"
        return f"deque({self._items[self._head:]!r}, maxlen={self.maxlen})"


class Counter:
    """Counts of hashable items: a dict from item to count, missing items counting 0."""

    def __init__(self, iterable=None, **kwds):
        self._counts = {}
        if iterable is not None:
            self.update(iterable)
        if kwds:
            self.update(kwds)

    @staticmethod
    def fromkeys(iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable):
        self._add(iterable, 1)

    def subtract(self, iterable):
        self._add(iterable, -1)

    def _add(self, iterable, sign):
        # A mapping (another Counter, a dict) adds (subtracts) its counts; anything else
        # counts its items.
        if isinstance(iterable, Counter):
            for x, c in iterable._counts.items():
                self._counts[x] = self._counts.get(x, 0) + sign * c
        elif isinstance(iterable, dict):
            for x, c in iterable.items():
                self._counts[x] = self._counts.get(x, 0) + sign * c
        else:
            for x in iterable:
                self._counts[x] = self._counts.get(x, 0) + sign

    # The multiset operations keep only positive counts, in CPython's order: this Counter's
    # keys first, then the other's new ones.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for x, c in self._counts.items():
            n = c + other[x]
            if n > 0:
                result._counts[x] = n
        self._new_positive(other, result)
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for x, c in self._counts.items():
            n = c - other[x]
            if n > 0:
                result._counts[x] = n
        for x, c in other._counts.items():
            if x not in self._counts and c < 0:
                result._counts[x] = 0 - c
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for x, c in self._counts.items():
            o = other[x]
            n = o if c < o else c
            if n > 0:
                result._counts[x] = n
        self._new_positive(other, result)
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for x, c in self._counts.items():
            o = other[x]
            n = c if c < o else o
            if n > 0:
                result._counts[x] = n
        return result

    def _new_positive(self, other, result):
        # The other's keys this Counter lacks, with a positive count.
        for x, c in other._counts.items():
            if x not in self._counts and c > 0:
                result._counts[x] = c

    def __pos__(self):
        result = Counter()
        for x, c in self._counts.items():
            if c > 0:
                result._counts[x] = c
        return result

    def __neg__(self):
        result = Counter()
        for x, c in self._counts.items():
            if c < 0:
                result._counts[x] = 0 - c
        return result

    def __getitem__(self, key):
        return self._counts.get(key, 0)

    def __setitem__(self, key, value):
        self._counts[key] = value

    def __delitem__(self, key):
        if key in self._counts:
            del self._counts[key]

    def __contains__(self, key):
        return key in self._counts

    def __len__(self):
        return len(self._counts)

    def __iter__(self):
        for k in self._counts:
            yield k

    def get(self, key, default=None):
        return self._counts.get(key, default)

    def pop(self, key, *default):
        if key in self._counts:
            return self._counts.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def keys(self):
        return self._counts.keys()

    def values(self):
        return self._counts.values()

    def items(self):
        return self._counts.items()

    def total(self):
        return sum(self._counts.values())

    def copy(self):
        c = Counter()
        c._counts = self._counts.copy()
        return c

    def clear(self):
        self._counts.clear()

    def setdefault(self, key, default=None):
        return self._counts.setdefault(key, default)

    def popitem(self):
        if not self._counts:
            raise KeyError("popitem(): dictionary is empty")
        return self._counts.popitem()

    # Multiset inclusion (Python 3.10): a missing item counts 0.
    def __le__(self, other):
        for x, c in self._counts.items():
            if c > other[x]:
                return False
        for x, c in other._counts.items():
            if self[x] > c:
                return False
        return True

    def __ge__(self, other):
        for x, c in self._counts.items():
            if c < other[x]:
                return False
        for x, c in other._counts.items():
            if self[x] < c:
                return False
        return True

    def __lt__(self, other):
        return self <= other and self != other

    def __gt__(self, other):
        return self >= other and self != other

    def most_common(self, n=None):
        ranked = sorted(self._counts.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        for k, c in self._counts.items():
            for _ in range(c):
                yield k

    def __eq__(self, other):
        if isinstance(other, dict) and not isinstance(other, Counter):
            # Against a plain dict, as dicts (a missing item is not a zero).
            return self._counts == other
        # A missing item counts 0, so it equals one counted 0 (Python 3.10's rule).
        for x, c in self._counts.items():
            if other[x] != c:
                return False
        for x, c in other._counts.items():
            if self[x] != c:
                return False
        return True

    def __repr__(self):
        if not self._counts:
            return "Counter()"
        parts = [f"{k!r}: {c!r}" for k, c in self.most_common()]
        return "Counter({" + ", ".join(parts) + "})"


class OrderedDict:
    """A dict that remembers insertion order (as every dict does) and can move a key to
    either end: `move_to_end`, `popitem(last=False)`; equality with another OrderedDict
    is order-sensitive."""

    def __init__(self, items=None, **kwds):
        self._d = {}
        if items is not None:
            if isinstance(items, dict):
                for k, v in items.items():
                    self._d[k] = v
            else:
                for k, v in items:
                    self._d[k] = v
        for k, v in kwds.items():
            self._d[k] = v

    @staticmethod
    def fromkeys(iterable, value=None):
        d = OrderedDict()
        for k in iterable:
            d[k] = value
        return d

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        for k in list(self._d):
            yield k

    def __reversed__(self):
        for k in list(self._d)[::-1]:
            yield k

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._d:
            self._d[key] = default
        return self._d[key]

    def pop(self, key, *default):
        if key in self._d:
            return self._d.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        if last:
            return self._d.popitem()
        for k in self._d:
            return k, self._d.pop(k)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            moved = {key: value}
            for k, v in self._d.items():
                moved[k] = v
            self._d = moved

    def keys(self):
        return list(self._d.keys())

    def values(self):
        return list(self._d.values())

    def items(self):
        return list(self._d.items())

    def update(self, other=None, **kwds):
        if other is not None:
            if isinstance(other, dict):
                for k, v in other.items():
                    self._d[k] = v
            else:
                for k, v in other:
                    self._d[k] = v
        for k, v in kwds.items():
            self._d[k] = v

    def clear(self):
        self._d.clear()

    def copy(self):
        return OrderedDict(self._d)

    def __eq__(self, other):
        # Order matters between two OrderedDicts, not against a dict.
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        else:
            return self._d == other

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return f"OrderedDict({list(self._d.items())!r})"


class ChainMap:
    """Several mappings searched as one, first to last (`maps`); writes, deletions and
    `pop` go to the first. `keys()`, `values()` and `items()` are lists (CPython: views)."""

    def __init__(self, *maps):
        self.maps = list(maps)
        if not self.maps:
            self.maps.append({})

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def get(self, key, default=None):
        for m in self.maps:
            if key in m:
                return m[key]
        return default

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def _keys(self):
        # CPython's order: the last mapping's keys first, each key once.
        seen = {}
        for m in self.maps[::-1]:
            for k in m:
                seen[k] = None
        return list(seen)

    def __len__(self):
        return len(self._keys())

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __iter__(self):
        for k in self._keys():
            yield k

    def keys(self):
        return self._keys()

    def values(self):
        return [self[k] for k in self._keys()]

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        if key not in self.maps[0]:
            raise KeyError(f"Key not found in the first mapping: {key!r}")
        del self.maps[0][key]

    def pop(self, key, *default):
        if key in self.maps[0]:
            return self.maps[0].pop(key)
        if default:
            return default[0]
        raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def new_child(self, m=None):
        """A ChainMap of `m` (a new empty dict by default) followed by these maps."""
        child = ChainMap(*self.maps)
        child.maps.insert(0, {} if m is None else m)
        return child

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        rest = ChainMap(*self.maps)
        rest.maps.pop(0)
        if not rest.maps:
            rest.maps.append({})
        return rest

    def __repr__(self):
        return "ChainMap(" + ", ".join([repr(m) for m in self.maps]) + ")"

    def __eq__(self, other):
        # Equal to any mapping with the same items (a dict, another ChainMap).
        keys = self._keys()
        if len(keys) != len(other):
            return False
        for k in keys:
            if k not in other or other[k] != self[k]:
                return False
        return True

    def copy(self):
        """A ChainMap of a copy of the first map and the others themselves."""
        rest = ChainMap(*self.maps)
        rest.maps[0] = self.maps[0].copy()
        return rest

    def setdefault(self, key, default=None):
        if key not in self:
            self.maps[0][key] = default
        return self[key]

    def update(self, other):
        for k, v in other.items():
            self.maps[0][k] = v
