"""Container classes written with typing.Generic and TypeVar, the way typed code declares
them; natrix infers what the type parameters say."""
from typing import Dict, Generic, List, Optional, TypeVar
from collections import Counter

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}

    def register(self, key: K, value: V) -> None:
        self._data[key] = value

    def lookup(self, key: K, default: V) -> V:
        return self._data.get(key, default)


class Pair(Generic[K, V]):
    def __init__(self, first: K, second: V) -> None:
        self.first = first
        self.second = second

    def swap(self) -> "Pair[V, K]":
        return Pair(self.second, self.first)

    def __repr__(self) -> str:
        return f"Pair({self.first!r}, {self.second!r})"


s: Stack[int] = Stack()
for n in (3, 1, 4, 1, 5):
    s.push(n)
print(len(s), s.pop(), s.peek())
names = Stack()
names.push("ada")
print(names.peek(), len(names))

r: Registry[str, float] = Registry()
r.register("pi", 3.14159)
print(r.lookup("pi", 0.0), r.lookup("e", 2.71828))

p = Pair("x", 10)
print(p, p.swap(), p.swap().swap())

counts = Counter("abracadabra")
print(counts.get("a"), counts.get("z"), counts.get("z", 0), counts["z"])
