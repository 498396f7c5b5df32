"""Word frequencies over generated text: string splitting, lowercasing, dict counting and a
sort by count then word (str methods, dicts, key functions)."""

N = 400000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "a"]


def make_text(n):
    seed = 7
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + seed % 3
        w = ""
        for j in range(k):
            w += SYLLABLES[(seed >> (4 * j + 3)) % len(SYLLABLES)]
        if seed % 11 == 0:
            w = w.capitalize() + ","
        words.append(w)
    return " ".join(words)


def frequencies(text):
    counts = {}
    for raw in text.split():
        w = raw.strip(".,").lower()
        counts[w] = counts.get(w, 0) + 1
    return counts


counts = frequencies(make_text(N))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
