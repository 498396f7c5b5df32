class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        gained = round(self.balance * Account.interest, 2)
        self.balance += gained
        return gained

    def __str__(self):
        return f"{self.owner}: {self.balance}"


accounts = [Account("ada"), Account("bob", 100)]
accounts[0].deposit(50).deposit(25.5)
accounts[1].withdraw(30)
for a in accounts:
    print(a, a.add_interest(), a)
try:
    accounts[1].withdraw(1000)
except ValueError as e:
    print("error:", e)
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print("error:", e)
for a in accounts:
    print(a.owner, a.history, sum(amount for kind, amount in a.history if kind == "deposit"))
best = max(accounts, key=lambda a: a.balance)
print("richest", best.owner, f"{best.balance:.2f}")
total = sum(a.balance for a in accounts)
print(f"total {total:,.2f}", total > 200, int(total), round(total))
