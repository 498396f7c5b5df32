def checksum(data):
    view = memoryview(data)
    return sum(view[1:])


print(checksum(b"\x01\x02\x03"))
