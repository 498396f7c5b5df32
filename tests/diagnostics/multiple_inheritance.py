class Named:
    def __init__(self, name):
        self.name = name


class Sized:
    def size(self):
        return 0


class File(Named, Sized):
    def size(self):
        return 42


print(File("a.txt").size())
