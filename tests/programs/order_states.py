# An order state machine: transitions in a dict of dicts, handlers as bound methods,
# an audit log through a decorator, and invalid transitions as exceptions.
import functools


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event} an order that is {state}")
        self.state = state
        self.event = event


def audit(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        before = self.state
        result = fn(self, *args, **kwargs)
        self.log.append(f"{before}->{self.state}")
        return result
    return wrapper


class Order:
    TRANSITIONS = {
        "new": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered"},
    }

    def __init__(self, oid, amount):
        self.oid = oid
        self.amount = amount
        self.state = "new"
        self.log = []

    @audit
    def fire(self, event, note=""):
        options = self.TRANSITIONS.get(self.state, {})
        if event not in options:
            raise InvalidTransition(self.state, event)
        self.state = options[event]
        return f"{self.oid}: {event}{' (' + note + ')' if note else ''}"

    def __repr__(self):
        return f"Order({self.oid!r}, {self.amount:.2f}, {self.state})"


orders = [Order("A1", 19.99), Order("B2", 5.0), Order("C3", 120.5)]
script = [
    ("A1", "pay", ""), ("A1", "ship", "express"), ("B2", "ship", ""), ("B2", "cancel", "customer"),
    ("C3", "pay", ""), ("C3", "refund", "damaged"), ("A1", "deliver", ""), ("C3", "ship", ""),
]
by_id = {o.oid: o for o in orders}
failures = 0
for oid, event, note in script:
    order = by_id[oid]
    try:
        print(order.fire(event, note=note) if note else order.fire(event))
    except InvalidTransition as e:
        failures += 1
        print(f"  rejected: {e} [{e.state}/{e.event}]")
print(orders, failures)
print({o.oid: o.log for o in orders})
totals = {}
for o in orders:
    totals[o.state] = totals.get(o.state, 0) + o.amount
print(sorted(totals.items(), key=lambda kv: -kv[1]))
