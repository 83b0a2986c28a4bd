#!/usr/bin/env python3
"""Distils persons.txt from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet).

One everyday noun and its plural a line whose commonest sense names a person by role or kind (WordNet's
lexicographer file noun.person: leader, envoy, diplomat, spokesman, member, doctor), which is used at least as often
as a noun as it is as a verb or an adjective ("head", "guide", "native" stay out), and which WordNet does not also
give as the name of someone ("Turner", "Smith"): such a word in a question may be a name. Otherwise such a noun says
whom a question is about ("what did Telsaria's top diplomat say"), seldom what it asks, so the predicate check reads
past it when a fact words it otherwise.
Only words in the SCOWL lists the matcher ships are kept. Run:
python3 data/lexicon/distill_persons.py > data/lexicon/persons.txt
"""
import sys
from word_lists import english, stop

ROOT = "/usr/share/wordnet" if len(sys.argv) < 2 else sys.argv[1]
PERSON = 18


def lexname(pos):
    names = {}
    for line in open(f"{ROOT}/data.{pos}", encoding="latin-1"):
        if not line.startswith("  "):
            head = line.split()
            names[head[0]] = int(head[1])
    return names


def index(pos):
    """Lemma -> (tagged sense count, synset offsets by frequency)."""
    entries = {}
    for line in open(f"{ROOT}/index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split()
        count = int(p[2])
        entries[p[0]] = (int(p[-count - 1]), p[-count:])
    return entries


def plurals():
    irregular = {}
    for line in open(f"{ROOT}/noun.exc", encoding="latin-1"):
        form, base = line.split()[:2]
        irregular.setdefault(base, form)
    return irregular


def plural(lemma, irregular):
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("man") and not lemma.endswith(("human", "german", "shaman", "ottoman")):
        return lemma[:-3] + "men"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def proper_names():
    """Lowercased words WordNet also writes capitalised as the name of someone ("Turner", the painter): in a question
    they may be a name, whom the question is about and what it asks of."""
    names = set()
    for line in open(f"{ROOT}/data.noun", encoding="latin-1"):
        if not line.startswith("  "):
            head = line.split("|")[0].split()
            count = int(head[3], 16)
            instance = "@i" in head[4 + 2 * count:]
            names.update(head[4 + 2 * i] for i in range(count) if instance and head[4 + 2 * i][0].isupper())
    return {n.lower() for n in names}


files = lexname("noun")
names = proper_names()
irregular = plurals()
nouns, verbs, adjectives = index("noun"), index("verb"), index("adj")
print("# Nouns naming a person by role, distilled from WordNet 3.0 by distill_persons.py; see WORDNET-LICENSE.")
for lemma in sorted(nouns):
    tagged, offsets = nouns[lemma]
    if not lemma.isalpha() or lemma not in english or lemma in stop or lemma in names or files[offsets[0]] != PERSON:
        continue
    if tagged < verbs.get(lemma, (0, []))[0] or tagged < adjectives.get(lemma, (0, []))[0]:
        continue
    # With its plural, so the matcher looks a question's word up as written: "what did the envoys say".
    print(lemma, plural(lemma, irregular))
