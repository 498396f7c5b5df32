"""A plugin registry built by `__init_subclass__`, handlers chosen by exact class
(`type(x) is cls`, `type(x) == self.kind`), isinstance against a class kept in an attribute,
a factory whose branches call different constructors, `==` of values typed as a base whose
subclass defines `__eq__`, and `__lt__` handing over to `__gt__` between two instances of
one class."""


class Command:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Command.registry[cls.__name__.lower()] = cls
        print("registered", cls.__name__)

    def __init__(self, arg):
        self.arg = arg

    def run(self):
        return f"{type(self).__name__.lower()} {self.arg}"


class Echo(Command):
    pass


class Shout(Command):
    def run(self):
        return self.arg.upper() + "!"


class Repeat(Command):
    def __init__(self, arg, times=2):
        super().__init__(arg)
        self.times = times

    def run(self):
        return " ".join([self.arg] * self.times)


script = ["echo hello", "shout hey", "repeat ho", "echo bye"]
for line in script:
    name, arg = line.split()
    print(Command.registry[name](arg).run())
print(sorted(Command.registry), hash(Echo) == hash(Command.registry["echo"]))


def build(cls, arg):
    if cls is Repeat:
        return cls(arg, 3)
    return cls(arg)


print([build(c, "x").run() for c in (Echo, Repeat, Shout)])


class Router:
    def __init__(self, kind):
        self.kind = kind

    def exact(self, cmd):
        return type(cmd) == self.kind

    def accepts(self, cmd):
        return isinstance(cmd, self.kind)


def exact_type(obj, cls):
    return type(obj) is cls


cmds = [Echo("a"), Shout("b"), Repeat("c")]
for router in (Router(Echo), Router(Command)):
    print([router.exact(c) for c in cmds], [router.accepts(c) for c in cmds])
print(exact_type(cmds[0], Echo), exact_type(cmds[0], Command), exact_type(5, int))


class Node:
    pass


class Leaf(Node):
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Leaf) and self.value == other.value


class Pair(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


trees = [Leaf(1), Pair(Leaf(1), Leaf(2)), Leaf(3)]
copies = [Leaf(1), Pair(Leaf(1), Leaf(2)), Leaf(4)]
print([a == b for a, b in zip(trees, copies)], [a != b for a, b in zip(trees, copies)])


class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return self.key > other.key


print(Version(1, 2) < Version(1, 3), Version(2, 0) < Version(1, 9))
