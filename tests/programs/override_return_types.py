class Animal:
    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return 3


pets = [Animal(), Dog()]
for p in pets:
    print(p.sound())
