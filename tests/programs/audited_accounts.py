"""Bank accounts whose subclass methods are wrapped by an auditing decorator and extend the
base class's behaviour through super()."""

AUDIT = []


def audited(fn):
    def wrapper(self, *args):
        AUDIT.append(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: {amount} > {self.balance}")
        self.balance -= amount
        return self.balance

    def describe(self):
        return f"{self.owner}: {self.balance}"


class Savings(Account):
    @audited
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    @audited
    def deposit(self, amount):
        bonus = amount * self.rate // 100
        return super().deposit(amount + bonus)

    @audited
    def withdraw(self, amount):
        if amount > 500:
            raise InsufficientFunds(f"{self.owner}: limit 500")
        return super().withdraw(amount)

    def describe(self):
        return super().describe() + f" at {self.rate}%"


def main():
    plain = Account("ann", 100)
    saver = Savings("bob", 1000, 5)
    print(plain.deposit(50), saver.deposit(200), saver.withdraw(300))
    for amount in (600, 2000, 100):
        try:
            print("left:", saver.withdraw(amount))
        except InsufficientFunds as e:
            print("refused:", e)
    print(plain.describe(), "|", saver.describe())
    for line in AUDIT:
        print(line)


main()
