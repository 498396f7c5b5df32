"""hasattr() in a base class of a method only some subclasses define (the template-method
pattern): decided by the instance's class when it runs."""
class Form:
    def __init__(self, data):
        self.data = data

    def submit(self):
        if hasattr(self, "validate"):
            ok = self.validate()
            if not ok:
                return "invalid"
        extra = getattr(self, "label", "form")
        return f"{extra}: submitted {self.data}"


class Login(Form):
    label = "login"

    def validate(self):
        return "@" in self.data


class Note(Form):
    pass


for f in [Form("x"), Login("a@b"), Login("ab"), Note("n")]:
    print(type(f).__name__, f.submit(), hasattr(f, "validate"), hasattr(f, "label"))


class Command:
    def run(self):
        return "handled" if hasattr(self, "cmd_x") else "no handler"


class Extended(Command):
    def cmd_x(self):
        return 1


for c in [Command(), Extended()]:
    print(c.run(), hasattr(c, "cmd_x"))
