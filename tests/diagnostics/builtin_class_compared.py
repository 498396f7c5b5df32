SCHEMA = {"age": int, "name": str}


def convert(field, text):
    typ = SCHEMA[field]
    if typ is bytes:
        return text.encode()
    if typ is int:
        return int(text)
    return text


print(convert("age", "42"))
