words = ["a", "b"]
print(f"{chr(10).join(words)}")
print("x", end=f"{'\\n'}")
print([w for w in words if f"{w}\\n"])
