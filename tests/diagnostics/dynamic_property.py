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

    @salary.setter
    def salary(self, value):
        self.rate = value / self.hours


staff = [Employee("ada", 5000), Contractor("bob", 40.5, 100)]
for p in staff:
    p.salary = p.salary * 1.1
print(sum(p.salary for p in staff))
