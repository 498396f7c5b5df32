class Settings:
    """Missing settings read as their defaults."""

    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        return self.values.get(name, "default")


s = Settings({"theme": "dark"})
print(s.theme, s.language)
