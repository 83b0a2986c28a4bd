#!/usr/bin/env python3
"""Distils irregular.txt from WordNet 3.0's exception lists (Debian package wordnet-base, /usr/share/wordnet).

One line per irregular form and its base word: "came come", "held hold", "children child". The stemmer strips
regular suffixes only; this joins the forms it cannot ("Who came along?" and "accompanied ... come"). A form that is
itself a noun, verb or adjective that tagged text uses as such is left out ("wound" is an injury, not only the past
of "wind"; "born" is not "bear"; "left", "saw"), while one only a dictionary lists ("led", the diode) is kept. A plural ending in s is left to the
stemmer ("lives" is also a verb). Words outside the SCOWL lists the matcher ships are left out, so the file stays small.
A few forms left out that way are kept by hand (KEPT): news text says "fighting broke out" far more often than "he is
broke". Run: python3 data/lexicon/distill_irregular.py > data/lexicon/irregular.txt
"""
from word_lists import english

ROOT = "/usr/share/wordnet"


lemmas = set()
for pos in ("noun", "verb", "adj"):
    for line in open(f"{ROOT}/index.{pos}", encoding="latin-1"):
        if not line.startswith(" "):
            p = line.split()
            # Fields: lemma, pos, synset count, ..., sense count, tagged sense count, then one offset per synset.
            if int(p[-int(p[2]) - 1]) > 0:
                lemmas.add(p[0])

# Past forms whose other use is rare in news text, kept though tagged text uses them as words of their own.
KEPT = {"broke": "break"}

base = dict(KEPT)
for pos in ("verb", "noun"):
    for line in open(f"{ROOT}/{pos}.exc", encoding="latin-1"):
        form, *targets = line.split()
        if not targets or "_" in form or (pos == "noun" and form.endswith("s")) or form in base or form in lemmas or form not in english:
            continue
        target = targets[0]
        if target != form and target.isalpha() and target in english:
            base[form] = target
print("# Irregular forms and their base words, distilled from WordNet 3.0 by distill_irregular.py; see WORDNET-LICENSE.")
for form in sorted(base):
    print(form, base[form])
