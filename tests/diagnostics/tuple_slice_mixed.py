# A tuple whose items have different types, sliced with a bound known only at run time: the
# result's item types are unknown (constant bounds would keep them).
def tail(record, skip):
    return record[skip:]


print(tail(("ada", 36, 1.5), 1))
