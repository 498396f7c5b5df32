"""Reading an instance's `__dict__`: natrix keeps attributes in slots, not a dict."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2).__dict__)
