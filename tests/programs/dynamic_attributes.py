class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary


class Contractor:
    def __init__(self, name, rate, hours):
        self.name = name
        self.rate = rate
        self.hours = hours

    @property
    def salary(self):
        return self.rate * self.hours


class Robot:
    def __init__(self, serial):
        self.serial = serial


staff = [Employee("ada", 5000), Contractor("bob", 40.5, 100), Employee("cy", 4200.5)]
for p in staff:
    print(p.name, type(p).__name__)
print(sorted(p.name for p in staff))
names = [p.name.upper() for p in staff if len(p.name) > 2]
print(names)
team = [Employee("dee", 1), Robot(7)]
for m in team:
    try:
        print(m.name)
    except AttributeError as e:
        print("AttributeError:", e)
