"""int.bit_count() and bit_length() of small, big and negative ints (and bools)."""

for x in [0, 1, 7, -7, 255, 2**62, -(2**63), 2**100 - 1, -(3**90)]:
    print(x.bit_count(), x.bit_length(), (x > 0).bit_count())
