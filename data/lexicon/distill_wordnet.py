#!/usr/bin/env python3
"""Distils countries.txt from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet).

Each line is one country: its single-word names and the adjectives that pertain to it ("ukraine ukrainian",
"united_states us usa america american"), lowercased. A country is any noun synset that is an instance of "country,
state, land" (08544813) or of one of its hyponyms ("European country", "Asian nation"...). The matcher uses it to tell
whose minister or delegation a question asks about. Run: python3 data/lexicon/distill_wordnet.py > data/lexicon/countries.txt
"""
import collections
import sys

ROOT = "/usr/share/wordnet" if len(sys.argv) < 2 else sys.argv[1]
COUNTRY = "08544813"


def synsets(pos):
    for line in open(f"{ROOT}/data.{pos}", encoding="latin-1"):
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        offset, count = head[0], int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(count)]
        rest = head[4 + 2 * count:]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]) for i in range(int(rest[0]))]
        yield offset, words, pointers


nouns = {o: (w, p) for o, w, p in synsets("noun")}
hyponyms = collections.defaultdict(list)
for offset, (_, pointers) in nouns.items():
    for symbol, target, pos in pointers:
        if symbol in ("@", "@i") and pos == "n":
            hyponyms[target].append((symbol, offset))
kinds, queue, countries = {COUNTRY}, [COUNTRY], set()
while queue:
    for symbol, child in hyponyms[queue.pop()]:
        if symbol == "@i":
            countries.add(child)
        elif child not in kinds:
            kinds.add(child)
            queue.append(child)
forms = {c: [w for w in nouns[c][0] if w.replace("_", "").replace(".", "").isalpha()] for c in countries}
for offset, words, pointers in synsets("adj"):
    for symbol, target, pos in pointers:
        if symbol == "\\" and target in forms:
            forms[target] += [w.split("(")[0] for w in words]
# One line per country however many synsets name it ("Russia" the federation and the empire): lines sharing a word merge.
groups = []
for c in sorted(forms, key=lambda c: forms[c][0]):
    words = {w.replace(".", "") for w in forms[c] if "_" not in w and "-" not in w}
    for g in [g for g in groups if g & words]:
        groups.remove(g)
        words |= g
    if words:
        groups.append(words)
print("# Countries and their adjectives, distilled from WordNet 3.0 by distill_wordnet.py; see WORDNET-LICENSE.")
for g in sorted(groups, key=lambda g: sorted(g)[0]):
    print(" ".join(sorted(g)))
