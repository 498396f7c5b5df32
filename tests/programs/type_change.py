def main():
    count = 1
    print(count)
    count = "one"
    print(count)


main()
