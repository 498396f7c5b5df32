print("%c%c!" % (72, 105))
print("%(name)s is %(age)d years, %(age)03d" % {"name": "Ann", "age": 7})
row = {"item": "pen", "unit": "box"}
print("%(item)-6s|%(unit)4s|" % row)
print("100%% %(x)s" % {"x": "done"})
print(f"{'é'!a}", ascii("naïve ☃ 😀"), ascii(5), ascii(["é"]))
