"""input() at the end of input raises EOFError; uncaught, it ends the program."""
total = 0
print("reading numbers")
while True:
    text = input("number: ")
    total += int(text)
    print("total so far", total)
