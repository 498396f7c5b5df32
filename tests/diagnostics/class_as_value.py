class AppError(Exception):
    pass


def attempt(kinds):
    for kind in kinds:
        try:
            raise kind("boom")
        except AppError:
            print("caught")


attempt([AppError, KeyError])
