# @staticmethod: called through the class and through instances, with keywords and defaults.


class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def to_fahrenheit(c):
        return c * 9 / 5 + 32

    @staticmethod
    def clamp(value, lo=0, hi=100):
        return max(lo, min(hi, value))

    def fahrenheit(self):
        return Temperature.to_fahrenheit(self.degrees)

    def describe(self):
        return f"{self.clamp(self.degrees)}{self.scale} = {self.to_fahrenheit(self.degrees)}F"


print(Temperature.to_fahrenheit(100), Temperature.clamp(150), Temperature.clamp(-5, hi=10))
t = Temperature(37)
print(t.fahrenheit(), t.describe(), t.clamp(500, lo=1, hi=2))
