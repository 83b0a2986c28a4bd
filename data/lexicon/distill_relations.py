#!/usr/bin/env python3
"""Distils related.txt from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet).

One line per word or phrase ("wrap_up"): the everyday words that can stand for it in a question, lowercased: the
other members of its commonest senses (wrap_up: finish, end), the words it is derived from or to (injure: injury;
leader: lead) and, for a noun's commonest sense, its direct broader term (missile: weapon; secretary: official). A
verb's commonest sense adds its direct broader verb (reconvene: convene; shell: bombard) where that keeps both words'
lists within MOST, so a general verb never loses the relations it had to make room for them.
Only words in the SCOWL lists the matcher ships (src/ChatBot.Core/Matching/Lexicon) are kept, so the file stays
small and names never relate. The matcher lets a related word stand in for a question word at a discount.
Run: python3 data/lexicon/distill_relations.py > data/lexicon/related.txt
"""
import collections
import sys
from word_lists import english, stop

ROOT = "/usr/share/wordnet"
SENSES = 1
# A word related to more words than this is too general to stand in for any of them.
MOST = 25


def ok(w):
    parts = w.split("_")
    return 1 <= len(parts) <= 2 and all(p.isalpha() and p in english for p in parts) and w not in stop


synsets = {}
for pos in ("noun", "verb", "adj"):
    for line in open(f"{ROOT}/data.{pos}", encoding="latin-1"):
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        offset, ss_type, count = head[0], head[2], int(head[3], 16)
        lemmas = [head[4 + 2 * i].lower() for i in range(count)]
        rest = head[4 + 2 * count:]
        pointers = [tuple(rest[1 + 4 * i: 5 + 4 * i]) for i in range(int(rest[0]))]
        synsets[(pos[0], offset)] = ([l.split("(")[0] for l in lemmas], pointers)

# A broader term shared by very many words ("person", "act") says nothing about any of them.
hyponyms = collections.Counter(t for (pos, _), (_, ptrs) in synsets.items() if pos == "n" for sym, t, tp, _ in ptrs if sym == "@")
verb_hyponyms = collections.Counter(t for (pos, _), (_, ptrs) in synsets.items() if pos == "v" for sym, t, tp, _ in ptrs if sym == "@")
GENERAL = 60

related = collections.defaultdict(set)
broader = collections.defaultdict(set)
for pos in ("noun", "verb", "adj"):
    for line in open(f"{ROOT}/index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split()
        lemma, count = p[0], int(p[2])
        if not ok(lemma):
            continue
        offsets = p[-count:]
        for rank, offset in enumerate(offsets):
            members, pointers = synsets[(pos[0], offset)]
            if rank < SENSES:
                related[lemma].update(m for m in members if m != lemma)
            index = members.index(lemma) + 1 if lemma in members else 0
            for symbol, target, tpos, st in pointers:
                source = int(st[:2], 16)
                key = ("a" if tpos == "s" else tpos, target)
                if symbol == "+" and source == index and key in synsets:
                    related[lemma].add(synsets[key][0][int(st[2:], 16) - 1])
                if symbol == "@" and pos == "noun" and rank == 0 and hyponyms[target] <= GENERAL:
                    related[lemma].update(synsets[("n", target)][0])
                if symbol == "@" and pos == "verb" and rank == 0 and verb_hyponyms[target] <= GENERAL:
                    broader[lemma].update(synsets[("v", target)][0])

# Relatedness runs both ways: a question about weapons is answered by a fact about missiles, and the reverse.
both = collections.defaultdict(set)
for lemma, rel in related.items():
    for w in rel:
        if ok(w) and "_" not in w and w != lemma:
            both[lemma].add(w)
            if "_" not in lemma:
                both[w].add(lemma)
extra = collections.defaultdict(set)
for lemma, rel in broader.items():
    for w in rel:
        if ok(w) and "_" not in w and w != lemma:
            extra[lemma].add(w)
            if "_" not in lemma:
                extra[w].add(lemma)
for lemma, rel in extra.items():
    if len(both[lemma] | rel) <= MOST:
        both[lemma] |= rel
print("# Related words distilled from WordNet 3.0 by distill_relations.py; see WORDNET-LICENSE.")
for lemma in sorted(both):
    if len(both[lemma]) <= MOST:
        print(lemma + " " + " ".join(sorted(both[lemma])))
