def main():
    ages = {"ada": 36}
    ages["alan"] = "forty-one"
    print(ages)


main()
