"""Accounts with a class counter, a read-only property, a subclass adding interest, and a
user exception carrying the amounts (an int or a float, whichever the account held)."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"Account#{self.id}({self.owner}, {self._balance:.2f})"

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"

class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

accounts = [Account("ann", 100), Savings("bob", 1000, 0.05)]
for acc in accounts:
    try:
        acc.withdraw(150)
    except InsufficientFunds as e:
        print("failed:", e, e.needed - e.available)
    else:
        print("ok", acc)
    finally:
        print("checked", acc.id)
for acc in accounts:
    if isinstance(acc, Savings):
        print("interest", acc.add_interest())
print(accounts)
print(max(accounts, key=lambda a: a.balance))
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
total = sum(a.balance for a in accounts)
print(f"total={total:,.2f}", len([h for a in accounts for h in a.history]))
print({a.owner: [kind for kind, _ in a.history] for a in accounts})
