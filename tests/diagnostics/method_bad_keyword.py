class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account("ada")
acct.deposit(amount=10, note="salary")
print(acct.balance)
