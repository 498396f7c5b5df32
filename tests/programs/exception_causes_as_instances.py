# Exceptions walked through __cause__ and tested with isinstance() are read as the instances
# they carry: class attributes, methods and fields of the program's exception classes.
class AppError(Exception):
    code = 1
    def describe(self):
        return f"{type(self).__name__}[{self.code}]: {self}"
class DbError(AppError):
    code = 7
    def __init__(self, table):
        super().__init__(f"table {table} locked")
        self.table = table

def chain(e):
    out = []
    while e is not None:
        if isinstance(e, AppError):
            out.append(e.describe())
        else:
            out.append(repr(e))
        e = e.__cause__
    return out

def run():
    try:
        try:
            try:
                int("x")
            except ValueError as v:
                raise DbError("users") from v
        except AppError as inner:
            raise AppError("request failed") from inner
    except AppError as e:
        for line in chain(e):
            print(line)
        c = e.__cause__
        if isinstance(c, DbError):
            print(c.table, c.code)
run()

class ServiceError(Exception):
    code = 1
class StoreError(ServiceError):
    code = 7
def main2():
    try:
        try:
            raise StoreError("inner")
        except ServiceError as inner:
            raise ServiceError("outer") from inner
    except ServiceError as e:
        cause = e.__cause__
        if isinstance(cause, ServiceError):
            print(cause.code, type(cause).__name__, cause)
main2()
