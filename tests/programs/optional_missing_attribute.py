# A lookup that may return None, then an attribute no code ever assigns: AttributeError
# naming NoneType when the lookup found nothing, the class when it found an object.


class Sensor:
    def __init__(self, name, reading):
        self.name = name
        self.reading = reading


SENSORS = [Sensor("boiler", 71.5), Sensor("attic", 18.25)]


def find(name):
    for s in SENSORS:
        if s.name == name:
            return s


for wanted in ["attic", "cellar", "boiler"]:
    s = find(wanted)
    try:
        print(wanted, s.reading, s.calibration)
    except AttributeError as e:
        print(wanted, "->", e)

print(find("boiler").units)
