#!/usr/bin/env python3
"""Fits the matcher's logistic calibration (src/ChatBot.Core/Matching/Calibration.cs).

Input: a TSV of candidate features, one row per (question, candidate fact), written to features.tsv beside the
test binary by CandidateRecallTests
(question index, expected fact or '-', candidate fact, label, features...). Questions with an even index train,
odd ones validate; the final weights are fitted on all questions. Plain Python: no packages needed.
Usage: dotnet test tests/ChatBot.Core.Tests --filter CandidateRecall && python3 calibrate.py \
         tests/ChatBot.Core.Tests/bin/Debug/net10.0/features.tsv [--exclude 14]
--exclude N fits without feature N (its weight is 0): feature 14, "contained in a stored question", is judged by the
matcher's own rule (Matcher.Decide), so the shipped weights are fitted without it.
"""
import math
import sys


def load(path, excluded):
    rows = []
    for line in open(path):
        p = line.rstrip("\n").split("\t")
        x = [0.0 if i in excluded else float(v) for i, v in enumerate(p[4:])]
        rows.append((int(p[0]), p[1], p[2], int(p[3]), x))
    return rows


def fit(rows, l2=0.001, epochs=1500, lr=1.0):
    n = len(rows[0][4])
    w = [0.0] * n
    b = 0.0
    data = [(r[4], r[3]) for r in rows if r[2] != "-"]
    pos = sum(y for _, y in data)
    # Positives are rare among candidates; weigh them up so the model does not learn "never".
    wpos = (len(data) - pos) / max(pos, 1)
    for _ in range(epochs):
        gw = [0.0] * n
        gb = 0.0
        tot = 0.0
        for x, y in data:
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            s = wpos if y == 1 else 1.0
            g = (p - y) * s
            for i in range(n):
                gw[i] += g * x[i]
            gb += g
            tot += s
        for i in range(n):
            w[i] -= lr * (gw[i] / tot + l2 * w[i])
        b -= lr * gb / tot
    return w, b


def prob(w, b, x):
    z = b + sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def evaluate(rows, w, b, qids):
    best = {}
    expect = {}
    for q, e, f, y, x in rows:
        if q not in qids:
            continue
        expect[q] = e
        p = prob(w, b, x) if f != "-" else 0.0
        if q not in best or p > best[q][1]:
            best[q] = (f, p)
    res = []
    for t in [i / 100 for i in range(5, 96)]:
        ins = [q for q in expect if expect[q] != "-"]
        outs = [q for q in expect if expect[q] == "-"]
        a = sum(1 for q in ins if best[q][0] == expect[q] and best[q][1] >= t) / len(ins)
        o = sum(1 for q in outs if best[q][1] < t) / len(outs)
        res.append((t, a, o))
    return res


def main():
    excluded = {int(a) for a in sys.argv[3::2]} if "--exclude" in sys.argv else set()
    rows = load(sys.argv[1], excluded)
    qs = sorted({r[0] for r in rows})
    train = {q for q in qs if q % 2 == 0}
    valid = {q for q in qs if q % 2 == 1}
    w, b = fit([r for r in rows if r[0] in train])
    tr = evaluate(rows, w, b, train)
    t, a, o = max(tr, key=lambda r: min(r[1], r[2]) + 0.001 * (r[1] + r[2]))
    va = {r[0]: r for r in evaluate(rows, w, b, valid)}
    print(f"split: threshold {t:.2f} train in {a:.3f} out {o:.3f} | validation in {va[t][1]:.3f} out {va[t][2]:.3f}")
    w, b = fit(rows)
    al = evaluate(rows, w, b, set(qs))
    t, a, o = max(al, key=lambda r: min(r[1], r[2]) + 0.001 * (r[1] + r[2]))
    print(f"all: threshold {t:.2f} in {a:.3f} out {o:.3f}")
    print("weights", [round(x, 3) for x in w], "bias", round(b, 3))


main()
