# hasattr() and getattr() with literal attribute names: methods and class attributes,
# instance attributes set or not yet set (a lazily filled cache), and defaults.

class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Bird(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.wings = 2
a, b = Animal("cat"), Bird("tweety")
print(hasattr(a, "name"), hasattr(a, "speak"), hasattr(a, "legs"), hasattr(a, "fly"), hasattr(a, "wings"))
print(hasattr(b, "wings"), getattr(b, "wings"), getattr(a, "name"), getattr(a, "legs"))
for x in [a, b]:
    print(getattr(x, "wings", 0), getattr(x, "missing", "n/a"))
class Lazy:
    def value(self):
        if not hasattr(self, "_cache"):
            print("computing")
            self._cache = 42
        return self._cache
l = Lazy()
print(l.value(), l.value())
