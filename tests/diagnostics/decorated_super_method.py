# A decorator on a method that holds super() as a value: its body moves out of the class, where
# only calls `super().m(...)` can be rewritten (to the base class's method).
def logged(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


class Base:
    def greet(self):
        return "hi"


class Child(Base):
    @logged
    def greet(self):
        parent = super()
        return parent.greet() + "!"


print(Child().greet())
