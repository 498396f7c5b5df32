"""A template known only at run time given an instance whose class formats itself."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")


TEMPLATES = {"total": "Total: {:>10}"}
print(TEMPLATES["total"].format(Money(1234)))
