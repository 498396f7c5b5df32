"""Properties made by calling property() in the class body, the older spelling of
@property: a getter, a validating setter and a deleter given as methods."""


class Temperature:
    def __init__(self, c):
        self._c = c

    def get_celsius(self):
        return self._c

    def set_celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    def del_celsius(self):
        print("deleting")
        del self._c

    celsius = property(get_celsius, set_celsius, del_celsius, "the temperature")

    def get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(fget=get_f)


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 25
print(t.celsius, t.get_celsius())
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
