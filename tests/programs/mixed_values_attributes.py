"""A zoo of unrelated classes in one list: reading class attributes, properties and fields
through the mixed values, and assigning attributes to them (every class the list may
hold gets the attribute, as Python gives it to any instance)."""


class Robot:
    kind = "robot"
    legs = 0

    def __init__(self, name):
        self.name = name
        self.battery = 100

    @property
    def label(self):
        return f"R-{self.name}"


class Dog:
    kind = "dog"

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs
        self.battery = 0

    @property
    def label(self):
        return f"D-{self.name}"


class Cat:
    kind = "cat"
    legs = 4
    label = "a cat"

    def __init__(self, name):
        self.name = name


zoo = [Robot("r2"), Dog("rex", 3), Cat("tom"), Dog("fido")]
print([z.kind for z in zoo])
print([z.label for z in zoo])
print([z.legs for z in zoo], sum(z.legs for z in zoo))

for z in zoo:
    z.name = z.name.upper()
    z.checked = True
    if isinstance(z, Robot):
        z.battery -= 10
        print(z.kind, z.battery, z.label)
zoo[0].battery -= 5
zoo[2].battery = 9
print([z.name for z in zoo], [z.battery for z in zoo], all(z.checked for z in zoo))

# An instance attribute shadows the class attribute of the same name.
zoo[2].legs = 3
print([(z.name, z.legs) for z in zoo])
print(Cat("x").legs, Cat.legs)

mixed = [Robot("a"), 3, "text", None]
for m in mixed:
    try:
        print(m.name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    mixed[1].name = "x"
except AttributeError as e:
    print("AttributeError:", e)
