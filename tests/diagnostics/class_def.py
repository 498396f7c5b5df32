x = 1


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(x)
