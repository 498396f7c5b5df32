"""A property of a base overridden by a plain class attribute in some subclasses."""


class Sensor:
    unit_label = "units"

    def __init__(self, name, raw):
        self.name = name
        self.raw = raw

    @property
    def unit(self):
        return "?"

    @property
    def scale(self):
        return 1.0

    def reading(self):
        return f"{self.name}: {self.raw * self.scale:.1f} {self.unit}"


class Thermometer(Sensor):
    unit = "C"
    scale = 0.1


class Barometer(Sensor):
    @property
    def unit(self):
        return "hPa" if self.raw > 100 else "kPa"


class Hygrometer(Sensor):
    unit = "%"


sensors = [Thermometer("t1", 215), Barometer("b1", 1013), Hygrometer("h1", 40), Barometer("b2", 99), Sensor("s", 1)]
for s in sensors:
    print(s.reading(), "|", s.unit, s.scale)
units = sorted({s.unit for s in sensors})
print(units)
