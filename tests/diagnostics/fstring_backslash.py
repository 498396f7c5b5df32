words = ["a", "b"]
print(f"{chr(10).join(words)}")
print(f"{'\\n'.join(words)}")
