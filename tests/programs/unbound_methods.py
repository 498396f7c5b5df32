"""Methods taken from their class as plain functions: builtin types' methods mapped over data
(`map(str.strip, lines)`, `str.join(sep, parts)`) and a class's own method and staticmethod
stored in variables and passed around."""


class Temp:
    def __init__(self, celsius):
        self.celsius = celsius

    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def kelvin(self):
        return self.celsius + 273.15

    @staticmethod
    def describe(value, unit):
        return f"{value:.1f}{unit}"


def table(temps, convert, unit):
    return [Temp.describe(convert(t), unit) for t in temps]


def main():
    lines = ["  alpha beta ", "gamma  ", " delta"]
    print(list(map(str.strip, lines)), sorted(lines, key=str.strip))
    print([len(ws) for ws in map(str.split, lines)], list(filter(str.isspace, ["  ", "x", "\t"])))
    print(str.join("-", ["x", "y"]), str.replace("aaa", "a", "b", 2), str.upper("shout"))
    print(list.copy([1, 2]), dict.get({"k": 1}, "k"), int.bit_length(255))
    shout = str.upper
    print(shout("quiet"), [shout(w) for w in ("a", "b")])
    temps = [Temp(-40), Temp(0), Temp(37), Temp(100)]
    for convert, unit in ((Temp.fahrenheit, "F"), (Temp.kelvin, "K")):
        print(unit, table(temps, convert, unit))
    warmest = max(temps, key=Temp.kelvin)
    print(warmest.celsius, sorted(map(Temp.fahrenheit, temps), reverse=True))


main()
