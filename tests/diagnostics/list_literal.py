def main():
    total = 0
    values = [1, 2, 3]
    print(total, values)


main()
