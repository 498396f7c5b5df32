"""Compound interest tables with rounding."""


def compound(principal, rate, years, per_year=1):
    amount = principal * 1.0
    for _ in range(years * per_year):
        amount *= 1 + rate / per_year
    return amount


def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    return principal * r / (1 - (1 + r) ** -n)


def years_to_double(rate):
    amount = 1.0
    years = 0
    while amount < 2.0:
        amount *= 1 + rate
        years += 1
    return years


def main():
    print("year  balance")
    for year in range(0, 11):
        print(year, round(compound(1000, 0.05, year), 2), sep="     ")
    print("quarterly:", round(compound(1000.0, 0.05, 10, per_year=4), 2))
    print("monthly:", round(compound(1000, 0.05, 10, 12), 2))
    print("daily:", round(compound(principal=1000, rate=0.05, years=10, per_year=365), 4))
    pay = monthly_payment(200000, 0.045, 30)
    print("mortgage payment:", round(pay, 2))
    print("total paid:", round(pay * 360), "interest:", round(pay * 360 - 200000))
    for pct in range(1, 11):
        print(pct, "% doubles in ", years_to_double(pct / 100), " years", sep="")
    print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2))


main()
