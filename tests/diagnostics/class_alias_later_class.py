Retry = TimeoutError
class TimeoutError(Exception):
    pass
try:
    raise TimeoutError("user")
except Retry:
    print("wrong")
except Exception as e:
    print("escaped", e)
