# Keyword arguments and defaults in constructor and method calls.


class Account:
    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, note="", fee=0):
        self.balance += amount - fee
        return f"{note or 'deposit'}: {amount}"

    def __str__(self):
        return f"{self.owner} {self.balance} {self.currency}"


a = Account("ada", currency="GBP")
print(a)
print(a.deposit(10, fee=1))
print(a.deposit(fee=2, amount=30, note="salary"))
print(a.deposit(5, "gift"))
print(a)
b = Account(balance=7, owner="bob")
print(b)
