"""A small matrix class with the `@` operator (`__matmul__`, the reflected `__rmatmul__` for
a scalar on the left, and the in-place `__imatmul__`), used to step a linear recurrence."""


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"


def fib_matrix(n):
    result = Matrix.identity(2)
    step = Matrix([[1, 1], [1, 0]])
    while n:
        if n & 1:
            result @= step
        step = step @ step
        n >>= 1
    return result.rows[0][1]


def main():
    m = Matrix([[1, 2], [3, 4]])
    print(m @ Matrix.identity(2) == m)
    print(m @ m)
    print(3 @ m)
    print([fib_matrix(n) for n in range(12)])
    print(fib_matrix(100))


main()
