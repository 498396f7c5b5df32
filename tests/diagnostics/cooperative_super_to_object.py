class Timestamped:
    def __init__(self, *args):
        super().__init__(*args)
        self.created = 0


class Record:
    def __init__(self, name):
        self.name = name


class Entry(Timestamped, Record):
    pass


print(Entry("a").name)
