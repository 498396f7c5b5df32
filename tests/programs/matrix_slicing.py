"""A small matrix class indexed numpy-style: `m[i, j]`, `m[1:3, 0]`, `m[:, 2]`, `m[::2, ::2]`
and assignment through the same forms."""


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def _span(self, key, n):
        if isinstance(key, slice):
            return list(range(*key.indices(n)))
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(f"index {key} out of range for size {n}")
        return [key]

    def __getitem__(self, pos):
        r, c = pos
        rows = self._span(r, self.shape[0])
        cols = self._span(c, self.shape[1])
        if not isinstance(r, slice) and not isinstance(c, slice):
            return self.rows[rows[0]][cols[0]]
        return Matrix([[self.rows[i][j] for j in cols] for i in rows])

    def __setitem__(self, pos, value):
        r, c = pos
        for i in self._span(r, self.shape[0]):
            for j in self._span(c, self.shape[1]):
                self.rows[i][j] = value

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


m = Matrix([[c + 4 * r for c in range(4)] for r in range(4)])
print(m.shape, m[1, 2], m[-1, -1])
print(m[1:3, 0])
print(m[:, 2])
print(m[::2, ::2])
print(m[2, 1:])
m[0, :] = 0
m[1:3, 3] = -1
print(m)
try:
    m[5, 0]
except IndexError as e:
    print("IndexError:", e)
