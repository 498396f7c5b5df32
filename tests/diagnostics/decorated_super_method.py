# A decorator on a method that calls super(): its body cannot move out of the class.
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
        return super().greet() + "!"


print(Child().greet())
