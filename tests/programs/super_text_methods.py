"""super().__str__() and super().__repr__() that reach BaseException (the text of the
exception's args) or object (repr(self), and the default <… object at …> repr)."""
class AppError(Exception):
    def __str__(self):
        return "app: " + super().__str__()
class Coded(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __repr__(self):
        return "Coded/" + super().__repr__()
class Pair(Exception):
    def __str__(self):
        return "[" + super().__str__() + "]"
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x})"
    def __str__(self):
        return "pt " + super().__str__()
class Plain:
    def __repr__(self):
        return "Plain+" + super().__repr__()[:15]
print(str(AppError("disk full")), str(AppError()), repr(Coded(5, "bad")), str(Coded(5, "bad")))
print(str(Pair(1, 2)), str(Point(3)), repr(Plain()))
try:
    raise Coded(7, "boom")
except AppError as e:
    print(e, repr(e), e.code)
