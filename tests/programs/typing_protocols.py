"""Typed code as production code writes it: Protocol, Generic, Self, NewType, Final, @final,
NoReturn, assert_never; lambdas in a class body are methods."""
from typing import Generic, TypeVar, Protocol, NoReturn, Self, NewType, final, assert_never, Final

T = TypeVar("T")
UserId = NewType("UserId", int)
LIMIT: Final = 3


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def with_item(self, item: T) -> Self:
        self.item = item
        return self


class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "circle"


class Shape:
    area = lambda self: 0
    label = lambda self, prefix="shape": prefix + "!"

    def describe(self):
        return f"{self.label()} {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    area = lambda self: self.side ** 2


def render(d: Drawable) -> str:
    return d.draw()


@final
def fail(msg: str) -> NoReturn:
    raise SystemExit(msg)


def kind(x: int | str) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)


print(Box(3).with_item(4).item, render(Circle()), UserId(42) + 1, LIMIT)
print(Shape().describe(), Square(3).describe(), Square(2).label("sq"))
print(kind(1), kind("a"))
fail("done")
