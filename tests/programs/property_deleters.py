class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
        self.log = []

    @property
    def celsius(self):
        if not hasattr(self, "_celsius"):
            raise AttributeError("temperature was reset")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("resetting", self._celsius)
        self.log.append("reset")
        del self._celsius


class Cache:
    def __init__(self):
        self._data = {"a": 1}

    @property
    def data(self):
        return self._data

    @data.deleter
    def data(self):
        self._data.clear()


t = Temperature(21.5)
t.celsius = 25
print(t.celsius)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
t.celsius = 30
print(t.celsius, t.log)
c = Cache()
x = [1, 2, 3]
del c.data, x[0]
print(c.data, x)
