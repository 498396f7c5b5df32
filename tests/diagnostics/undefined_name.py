def main():
    total = 10
    print(totl + 1)


main()
