class Base:
    @property
    def size(self):
        return 1


class Padded:
    @property
    def size(self):
        return super().size + 2


class Box(Padded, Base):
    pass


print(Box().size)
