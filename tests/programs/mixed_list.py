def main():
    values = [1, 2]
    values.append("three")
    print(values)


main()
