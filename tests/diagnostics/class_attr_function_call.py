def shout(text):
    return text.upper()


class Formatter:
    style = shout

    def format(self, text):
        return self.style(text)


print(Formatter().format("hi"))
