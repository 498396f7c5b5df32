"""Class attributes that only subclasses define, read by base-class methods through a list of
mixed subclasses (and a subclass without one: AttributeError naming its class)."""


class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} the {self.kind} says {self.sound} on {self.legs} legs"


class Dog(Animal):
    kind = "dog"
    sound = "woof"


class Bird(Animal):
    kind = "bird"
    sound = "tweet"
    legs = 2


class Fish(Animal):
    kind = "fish"


class Entity:
    def __init__(self, hp):
        self.hp = hp


class Monster(Entity):
    damage = 3


class Boss(Monster):
    damage = 10


zoo = [Dog("rex"), Bird("tweety"), Fish("nemo")]
for a in zoo:
    try:
        print(a.speak())
    except AttributeError as e:
        print("AttributeError:", e)
print([a.legs for a in zoo], [a.kind for a in zoo])
party = [Entity(5), Monster(8), Boss(40)]
print(party[2].damage, party[1].damage)
total = 0
for e in party[1:]:
    total += e.damage * e.hp
print(total)
print(party[0].damage)
