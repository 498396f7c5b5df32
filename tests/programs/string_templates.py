# string.Template: mail-merge style substitution, the safe variant, validation, and a
# subclass with its own delimiter.
import string
from string import Template

t = Template("Dear $name, your order ${order_id} of $$${amount} ships ${when}.")
print(t.substitute(name="Ann", order_id=42, amount="9.50", when="today"))
print(t.substitute({"name": "Bob", "order_id": 7, "amount": 3, "when": "soon"}, when="now"))
print(t.safe_substitute(name="Cy"))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ["cost $5", "line one\nthen ${1x} here", "trailing $", "ok ${a} $"]:
    tb = Template(bad)
    print(repr(bad), tb.is_valid(), repr(tb.safe_substitute(a="A")))
    try:
        print(tb.substitute(a="A"))
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$who is $missing").substitute(who="me")
except KeyError as e:
    print("KeyError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %%%amt").substitute(who="Dee", amt=12))
print(string.capwords("hello  world"))
