def main():
    print("before")
    exec("x=1")
    print("after")


main()
