def main():
    x = 2
    y = eval("1")
    print(x + y)


main()
