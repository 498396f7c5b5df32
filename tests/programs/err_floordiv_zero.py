"""Integer floor division by zero raises ZeroDivisionError."""


def average_bucket(total, buckets):
    return total // buckets


def main():
    for b in range(3, -1, -1):
        print("bucket size with", b, "buckets:", average_bucket(100, b))
    print("unreachable")


main()
