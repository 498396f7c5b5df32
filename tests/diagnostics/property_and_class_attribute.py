class Animal:
    @property
    def sound(self):
        return "..."


class Bird(Animal):
    sound = "tweet"


def speak(a: Animal):
    return a.sound


print(Bird().sound)
print(speak(Animal()), speak(Bird()))
