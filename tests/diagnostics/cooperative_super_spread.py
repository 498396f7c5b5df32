class Loud:
    def render(self, *args):
        return super().render(*args) + "!"


class Label:
    def render(self, text):
        return text.upper()


class Banner(Loud, Label):
    pass


print(Banner().render("hi"))
