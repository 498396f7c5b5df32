"""Comparisons that give up (NotImplemented) on some operands: the other operand's
reflected method is tried, also when it may give up too."""


class A:
    def __init__(self, v=0):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented


class B:
    def __init__(self, v=0):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, A):
            return self.v > other.v
        return NotImplemented


print(A(1) == B(1), B(1) == A(1), A(1) != B(2), A(1) == B(2), B(3) == B(3))
print(A(1) < B(2), A(3) < B(2), B(2) > A(1), A(1) < A(2))
b = B(1)
print(b == b, B(1) == B(1))
try:
    print(B(1) > B(0))
except TypeError as e:
    print("TypeError:", e)
try:
    print(A(1) < 3)
except TypeError as e:
    print("TypeError:", e)
