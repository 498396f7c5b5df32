"""Pseudo-random numbers (CPython's `random`): the Mersenne Twister MT19937, seeded and drawn
exactly as CPython does, so `random.seed(42)` (or `random.Random(42)`) gives CPython's
sequence for `random()`, `randint`, `randrange`, `choice`, `shuffle`, `sample`, `choices`,
`uniform`, `gauss`, `normalvariate`, `lognormvariate`, `expovariate`, `triangular`,
`paretovariate` and `weibullvariate`; `getstate()`/`setstate()` save and restore it. Without a seed the generator starts from a fixed one (CPython seeds from the OS).
The module's functions are the methods of one hidden `Random`, as in CPython."""

import math
import bisect
from _collections_abc import Sequence as _Sequence

_N = 624
_M = 397


class Random:
    """A generator of its own: `Random(seed)`, with the module's functions as methods."""

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._index = _N + 1
        self._gauss_next = None
        if x is not None:
            self.seed(x)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & 0xFFFFFFFF
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        n = len(key)
        for _ in range(max(_N, n)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= n:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def seed(self, a=0x5EED):
        """Reseed from an int (its 32-bit words, low first, as CPython), a str (the int of
        its UTF-8 bytes and their SHA-512 digest, CPython's version 2 seeding) or a float
        (its hash)."""
        if isinstance(a, str):
            self._seed_int(__natrix_str_seed__(a))
        elif isinstance(a, float):
            # (CPython seeds from the hash of any other value, as an unsigned 64-bit word.)
            h = hash(a)
            self._seed_int(h + (1 << 64) if h < 0 else h)
        else:
            self._seed_int(a)

    def _seed_int(self, a):
        a = abs(a)
        key = []
        while a > 0:
            key.append(a & 0xFFFFFFFF)
            a >>= 32
        if not key:
            key.append(0)
        self._init_by_array(key)
        self._gauss_next = None

    def _twist(self):
        mt = self._mt
        for k in range(_N):
            y = (mt[k] & 0x80000000) | (mt[(k + 1) % _N] & 0x7FFFFFFF)
            v = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                v ^= 0x9908B0DF
            mt[k] = v
        self._index = 0

    def _genrand(self):
        if self._index >= _N:
            if self._index > _N:
                self.seed()
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def getstate(self):
        """The generator's state, for `setstate()`: `(3, its 624 words and position, the
        next gauss value)`, as CPython's."""
        if self._index > _N:
            self.seed()
        return 3, tuple(self._mt) + (self._index,), self._gauss_next

    def setstate(self, state):
        """Restores a state `getstate()` returned."""
        version, internal, gauss_next = state
        if version != 3:
            raise ValueError(
                f"state with version {version} passed to Random.setstate() of version 3"
            )
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        index = internal[_N]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        for i in range(_N):
            self._mt[i] = internal[i] & 0xFFFFFFFF
        self._index = index
        self._gauss_next = gauss_next

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return self._genrand() >> (32 - k) if k > 0 else 0
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        """A random int in [a, b]."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not seq:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles list x in place."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct items of population, in selection order (each item repeated as often
        as `counts` says, when given)."""
        if not isinstance(population, _Sequence):
            raise TypeError(
                "Population must be a sequence.  For dicts or sets, use sorted(d)."
            )
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total = total + c
                cum_counts.append(total)
            if len(cum_counts) != len(population):
                raise ValueError("The number of counts does not match the population")
            cum_counts.pop()
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k)
            return [population[bisect.bisect(cum_counts, s)] for s in selections]
        pool = list(population)
        n = len(pool)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = []
        setsize = 21
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize:
            for i in range(k):
                j = self._randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result.append(pool[j])
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of population chosen with replacement (by relative or cumulative weights
        if given)."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[math.floor(self.random() * n)] for _ in range(k)]
            cum = []
            total = 0
            for w in weights:
                total = total + w
                cum.append(total)
        else:
            if weights is not None:
                raise TypeError("Cannot specify both weights and cumulative weights")
            cum = list(cum_weights)
        if len(cum) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        return [population[bisect.bisect(cum, self.random() * total, 0, n - 1)] for _ in range(k)]

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def gauss(self, mu=0.0, sigma=1.0):
        """A normally distributed float (CPython's Box-Muller pairs: every other call uses the
        second value of the pair)."""
        z = self._gauss_next
        self._gauss_next = None
        if z is not None:
            return mu + z * sigma
        x2pi = self.random() * (2.0 * math.pi)
        g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
        self._gauss_next = math.sin(x2pi) * g2rad
        return mu + math.cos(x2pi) * g2rad * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        """A normally distributed float by Kinderman and Monahan's ratio method (CPython's
        draws: two per try)."""
        scale = 4.0 * math.exp(-0.5) / math.sqrt(2.0)
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = scale * (u1 - 0.5) / u2
            if z * z / 4.0 <= -math.log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normally distributed float."""
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """An exponentially distributed float of rate lambd."""
        return -math.log(1.0 - self.random()) / lambd

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A float between low and high, most likely near mode (the midpoint by default)."""
        u = self.random()
        if mode is None:
            c = 0.5
        elif high == low:
            return low
        else:
            c = (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * math.sqrt(u * c)

    def paretovariate(self, alpha):
        """A Pareto-distributed float of shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """A Weibull-distributed float of scale alpha and shape beta."""
        return alpha * (-math.log(1.0 - self.random())) ** (1.0 / beta)


_inst = Random()


def seed(a=0x5EED):
    """Reseed the module's generator."""
    _inst.seed(a)


def getstate():
    """The module's generator's state."""
    return _inst.getstate()


def setstate(state):
    """Restores the module's generator's state."""
    _inst.setstate(state)


def random():
    """A float in [0.0, 1.0) with 53 random bits."""
    return _inst.random()


def getrandbits(k):
    """An int of k random bits."""
    return _inst.getrandbits(k)


def randrange(start, stop=None, step=1):
    """A random item of range(start, stop, step)."""
    return _inst.randrange(start, stop, step)


def randint(a, b):
    """A random int in [a, b]."""
    return _inst.randint(a, b)


def choice(seq):
    """A random item of a non-empty sequence."""
    return _inst.choice(seq)


def shuffle(x):
    """Shuffles list x in place."""
    _inst.shuffle(x)


def sample(population, k, *, counts=None):
    """k distinct items of population, in selection order."""
    return _inst.sample(population, k, counts=counts)


def choices(population, weights=None, *, cum_weights=None, k=1):
    """k items of population chosen with replacement (by relative or cumulative weights if
    given)."""
    return _inst.choices(population, weights, cum_weights=cum_weights, k=k)


def uniform(a, b):
    """A random float between a and b."""
    return _inst.uniform(a, b)


def gauss(mu=0.0, sigma=1.0):
    """A normally distributed float."""
    return _inst.gauss(mu, sigma)



def normalvariate(mu=0.0, sigma=1.0):
    """A normally distributed float."""
    return _inst.normalvariate(mu, sigma)


def lognormvariate(mu, sigma):
    """exp() of a normally distributed float."""
    return _inst.lognormvariate(mu, sigma)


def expovariate(lambd):
    """An exponentially distributed float of rate lambd."""
    return _inst.expovariate(lambd)


def triangular(low=0.0, high=1.0, mode=None):
    """A float between low and high, most likely near mode."""
    return _inst.triangular(low, high, mode)


def paretovariate(alpha):
    """A Pareto-distributed float of shape alpha."""
    return _inst.paretovariate(alpha)


def weibullvariate(alpha, beta):
    """A Weibull-distributed float of scale alpha and shape beta."""
    return _inst.weibullvariate(alpha, beta)
