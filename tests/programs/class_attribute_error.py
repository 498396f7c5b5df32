# Reading an attribute that was never assigned raises AttributeError at run time.


class Config:
    def __init__(self, name):
        self.name = name

    def enable_debug(self):
        self.debug_level = 3

    def describe(self):
        return f"{self.name} (debug {self.debug_level})"

    def verbose(self):
        return self.log_file


cfg = Config("server")
try:
    print(cfg.describe())
except AttributeError as e:
    print("before enabling:", e)
cfg.enable_debug()
print(cfg.describe())
print(cfg.debug_level + 1)
other = Config("client")
print(other.name)
print(other.verbose())
