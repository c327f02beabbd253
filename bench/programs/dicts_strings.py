"""Dictionaries and strings: generates text from syllables with a fixed
pseudo-random sequence, splits it into lines and words, counts words in a
dict, builds reports with f-strings and joins, and exercises common str
methods (upper, lower, replace, startswith, find, strip, slicing) and dict
methods (get, setdefault, items, keys, values, pop, update, in).

Usage: dicts_strings.py [N]    N scales the work (rounds; default 80).
The last line printed is a checksum.
"""
import sys

SYLLABLES = ["ka", "ri", "to", "ma", "ne", "su", "lo", "pi", "den", "ta",
             "mor", "el", "vi", "qua", "zo", "an", "bel", "ix", "ru", "so"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_word(rng):
    parts = []
    for _ in range(1 + rng.next(3)):
        parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
    return "".join(parts)


def make_text(rng, lines, vocabulary):
    out = []
    for i in range(lines):
        words = []
        for _ in range(4 + rng.next(9)):
            w = vocabulary[rng.next(len(vocabulary))]
            if rng.next(10) == 0:
                w = w.capitalize()
            words.append(w)
        line = " ".join(words)
        if i % 5 == 0:
            line = "  " + line + ".  "
        out.append(line)
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip().rstrip(".").split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def by_first_letter(counts):
    groups = {}
    for word, n in counts.items():
        groups.setdefault(word[0], []).append(word)
    sizes = {}
    for letter in groups:
        sizes[letter] = len(groups[letter])
    return groups, sizes


def report(counts, top):
    pairs = [(n, w) for w, n in counts.items()]
    pairs.sort(reverse=True)
    rows = []
    for n, w in pairs[:top]:
        rows.append(f"{w:>12}|{n:6d}|{n * 100 / len(pairs):8.3f}")
    return "\n".join(rows)


def transform(text):
    total = 0
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("ka") or s.endswith("so"):
            total += 3
        u = s.upper().replace("A", "4").replace("E", "3")
        total += u.count("4") * 2 + u.count("3")
        pos = s.find("mor")
        if pos >= 0:
            total += pos
        total += len(s[::-1][:10]) + ord(s[len(s) // 2])
        parts = s.split(" ")
        total += len("-".join(parts[1:3]))
        if "den" in s:
            total += 1
    return total


def rebuild(counts):
    # Build a string piece by piece, then parse it back into a dict.
    buf = []
    for w in counts:
        buf.append(w + "=" + str(counts[w]))
    encoded = ";".join(buf)
    decoded = {}
    for item in encoded.split(";"):
        key, _, value = item.partition("=")
        decoded[key] = int(value)
    same = decoded == counts
    acc = ""
    for key in list(decoded.keys())[:200]:
        acc += key[:2]
    for key in list(decoded.keys())[::3]:
        decoded.pop(key)
    decoded.update({"extra": 1, "more": 2})
    return len(encoded) + len(decoded) + len(acc) + (1 if same else 0)


def one_round(r):
    rng = Rng(1234 + r)
    vocabulary = []
    seen = {}
    while len(vocabulary) < 600:
        w = make_word(rng)
        if w not in seen:
            seen[w] = True
            vocabulary.append(w)
    text = make_text(rng, 1800, vocabulary)
    counts = count_words(text)
    groups, sizes = by_first_letter(counts)
    table = report(counts, 25)
    check = len(text) + len(counts) + len(table)
    for letter in sorted(sizes):
        check = check * 3 + sizes[letter]
    check += transform(text)
    check += rebuild(counts)
    check += sum(counts.values())
    return check % 1000000007, table.split("\n")[0]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    checksum = 0
    first = ""
    for r in range(rounds):
        c, first = one_round(r)
        checksum = (checksum * 131 + c) % 1000000007
    print("top", first.strip())
    print("checksum", checksum)


main()
