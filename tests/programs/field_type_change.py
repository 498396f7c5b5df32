class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def close(self):
        self.balance = "closed"


acct = Account("ada")
acct.close()
print(acct.balance)
