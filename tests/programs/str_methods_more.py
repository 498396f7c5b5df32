"""More str methods: rsplit without a count, removeprefix/removesuffix, casefold, isnumeric,
isdecimal, isprintable, expandtabs."""
s = "  Hello World  "
print(s.rsplit(), "a,b,c".rsplit(","), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("Straße".casefold(), "½".isnumeric(), "a\tb".isprintable(), "a\tb".expandtabs(4))
print("x\ty\tzz\t!".expandtabs(), "ab\tc\n\tx\r\ty".expandtabs(3), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-2)))
print("ΣΑΣ ﬁ ǰ".casefold(), "٣".isdecimal(), "²".isdecimal(), "²".isnumeric(), "".isnumeric(), "".isprintable(), "\x7f".isprintable())
print("a b  c".rsplit(" "), "www.x.com".removeprefix("www."), "abc".removeprefix("x"), "abc".removesuffix(""))
