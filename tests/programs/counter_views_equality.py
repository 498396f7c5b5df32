"""Counter's Python 3.10 equality (a missing item equals one counted zero), its keys/values/
items views, most_common with odd arguments, and operator.abs of negative zero."""
from collections import Counter
import operator

stock = Counter(apples=3, pears=2)
sold = Counter(apples=3, pears=2)
sold["plums"] = 0
print(stock == sold, stock != sold, sold == stock)

ledger = Counter("mississippi")
ledger.subtract("mississippi")
print(ledger == Counter(), ledger)

words = Counter("the cat and the hat and the bat".split())
print(words.keys())
print(words.values())
print(words.items())
print(sorted(words.keys()), sum(words.values()), [w for w, n in words.items() if n > 1])
print(len(words.keys()), "cat" in words.keys(), "dog" in words.keys())
print(words.most_common(2), words.most_common(0), words.most_common(-1))
for word in words.keys():
    if words[word] == 1:
        print("once:", word)
print(operator.abs(-0.0), operator.abs(-7), operator.abs(2.5), operator.abs(0))
