def main():
    name = "data.txt"
    with open(name) as f:
        print(f.read())


main()
