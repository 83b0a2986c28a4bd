#!/usr/bin/env python3
"""Fits the matcher's logistic calibration (src/ChatBot.Core/Matching/Calibration.cs).

Input: a TSV of candidate features, one row per (question, candidate fact), written to features.tsv beside the
test binary by CandidateRecallTests: every tuning set against the full seed store and against the seed cut to three
questions per fact (question row, expected fact or '-', candidate fact, label, features...). Rows with an even
question number train, odd ones validate; the final weights are fitted on all. Newton's method (IRLS) with a small
L2 penalty; positives are weighed up so the model does not learn "never".
Usage: dotnet test tests/ChatBot.Core.Tests -c Release --filter CandidateRecall && /usr/bin/python3 calibrate.py \\
         tests/ChatBot.Core.Tests/bin/Release/net10.0/features.tsv [--exclude 14]
Needs numpy (Debian: python3-numpy).
--exclude N fits without feature N (its weight is 0): feature 14, "contained in a stored question", is judged by the
matcher's own rule (Matcher.Decide), so the shipped weights are fitted without it.
"""
import sys

import numpy as np


def load(path, excluded):
    q, e, f, y, x = [], [], [], [], []
    for line in open(path):
        p = line.rstrip("\n").split("\t")
        q.append(int(p[0]))
        e.append(p[1])
        f.append(p[2])
        y.append(int(p[3]))
        x.append([0.0 if i in excluded else float(v) for i, v in enumerate(p[4:])])
    return np.array(q), np.array(e), np.array(f), np.array(y, float), np.array(x)


def fit(x, y, l2=0.01, iterations=30):
    a = np.hstack([x, np.ones((len(x), 1))])
    s = np.where(y == 1, (len(y) - y.sum()) / max(y.sum(), 1), 1.0)
    w = np.zeros(a.shape[1])
    penalty = l2 * np.eye(a.shape[1])
    penalty[-1, -1] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -30, 30)))
        gradient = a.T @ (s * (p - y)) / s.sum() + penalty @ w
        hessian = (a * (s * p * (1 - p))[:, None]).T @ a / s.sum() + penalty
        w -= np.linalg.solve(hessian + 1e-9 * np.eye(len(w)), gradient)
    return w[:-1], w[-1]


# Columns of the matcher's decisive rules (Matcher.Score): only names explained or what is asked missing halve the
# confidence; a missing focus word caps it below the answer threshold.
HALVE = (12, 16, 18)
CAP = 17


def evaluate(data, w, b, keep, threshold=None):
    q, e, f, y, x = data
    p = np.where(f != "-", 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30))), 0.0)
    p = np.where((x[:, list(HALVE)] > 0).any(axis=1), p * 0.5, p)
    p = np.where(x[:, CAP] > 0, np.minimum(p, 0.85), p)
    best = {}
    for i in np.nonzero(keep)[0]:
        if q[i] not in best or p[i] > best[q[i]][1]:
            best[q[i]] = (f[i], p[i], e[i])
    res = []
    for t in [i / 100 for i in range(50, 99)]:
        ins = [v for v in best.values() if v[2] != "-"]
        outs = [v for v in best.values() if v[2] == "-"]
        right = sum(1 for v in ins if v[0] == v[2] and v[1] >= t) / len(ins)
        wrong = sum(1 for v in ins if v[0] != v[2] and v[1] >= t) / len(ins)
        declined = sum(1 for v in outs if v[1] < t) / len(outs)
        res.append((t, right, wrong, declined))
    return res


def show(name, res, t):
    r = {row[0]: row for row in res}[t]
    print(f"{name}: threshold {t:.2f} answered right {r[1]:.3f} wrong {r[2]:.3f} out-of-scope declined {r[3]:.3f}")


def main():
    excluded = {int(a) for a in sys.argv[3::2]} if "--exclude" in sys.argv else set()
    data = load(sys.argv[1], excluded)
    q, e, f, y, x = data
    labelled = f != "-"
    train = (q % 2 == 0) & labelled
    w, b = fit(x[train], y[train])
    show("train", evaluate(data, w, b, q % 2 == 0), 0.90)
    show("validation", evaluate(data, w, b, q % 2 == 1), 0.90)
    w, b = fit(x[labelled], y[labelled])
    res = evaluate(data, w, b, q >= 0)
    for t in (0.80, 0.85, 0.90):
        show("all", res, t)
    print("weights", [round(float(v), 3) for v in w], "bias", round(float(b), 3))


main()
