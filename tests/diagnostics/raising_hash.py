class Frozen:
    """Instances that must never be used as dict keys: their hash raises."""

    def __init__(self, items):
        self.items = items

    def __hash__(self):
        raise TypeError("unhashable type: 'Frozen'")


seen = {}
try:
    seen[Frozen([1, 2])] = True
except TypeError as e:
    print(e)
