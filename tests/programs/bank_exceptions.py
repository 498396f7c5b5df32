class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amt in [30, 50, 40]:
    try:
        print("left", acct.withdraw(amt))
    except InsufficientFunds as err:
        print("cannot withdraw", err.needed, "only", err.available, "|", err, "|", repr(err))
acct.withdraw(1000)
