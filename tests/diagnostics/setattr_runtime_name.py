class Config:
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)


print(Config(debug=True).debug)
