"""`xs += iterable`: a list extended in place by a tuple, str, set or dict (every alias sees it)."""
lst = [1, 2]
lst += (7, 8)
lst += {9}
lst += {10: "a"}
words = ["x"]
words += "ab"
print(lst, words)
alias = lst
lst += (0,)
print(alias is lst, alias)
t = (1,)
t += (2,)
print(t)
