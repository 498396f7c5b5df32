def main():
    n = 3
    double = lambda v: v * 2
    print(double(n))


main()
