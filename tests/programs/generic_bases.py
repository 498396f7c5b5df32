"""Generic classes given type arguments as bases (class IntStack(Stack[int])), also
dataclasses."""
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T

    def get(self) -> T:
        return self.item


@dataclass
class LabeledBox(Box[int]):
    label: str = "?"

    def show(self):
        return f"{self.label}: {self.get()}"


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


class IntStack(Stack[int]):
    def total(self):
        return sum(self.items)


b = LabeledBox(3, "three")
print(b, b.show())
s = IntStack()
s.push(4)
s.push(5)
print(s.total(), s.items)
