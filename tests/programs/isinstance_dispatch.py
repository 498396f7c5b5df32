# isinstance() against classes and builtin types; a branch whose test the static type decides
# is compiled only where it can run.


class Dog:
    def __init__(self, name):
        self.name = name


class Cat:
    def __init__(self, name):
        self.name = name
        self.friend = None


def describe(x):
    if isinstance(x, Dog):
        return "dog " + x.name
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text " + x
    return "other"


c = Cat("tom")
print(describe(Dog("rex")), describe(c), describe(3), describe(2.5), describe(True), describe("hi"))
print(isinstance(c.friend, Cat), isinstance(c, object), isinstance([1], list), isinstance({}, dict))
c.friend = Cat("kit")
print(isinstance(c.friend, Cat), isinstance(c.friend, Dog), isinstance(c.friend, (Dog, Cat)))


# Union types (PEP 604) as isinstance/issubclass's second argument.
class Shape:
    pass


class Circle(Shape):
    pass


class Label:
    pass


def classify(x: object) -> str:
    if isinstance(x, int | str):
        return "scalar"
    if isinstance(x, Circle | Label):
        return "drawable"
    if isinstance(x, float | list | Shape):
        return "other"
    return "unknown"


for v in [3, "s", Circle(), Label(), Shape(), 2.5, [1], None]:
    print(classify(v))
print(issubclass(Circle, Label | Shape), issubclass(Label, Shape | Circle))
