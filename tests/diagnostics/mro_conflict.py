class Widget:
    def draw(self):
        return "widget"


class Button(Widget):
    def draw(self):
        return "button"


class IconButton(Widget, Button):
    pass


print(IconButton().draw())
