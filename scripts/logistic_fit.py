"""The one logistic-regression fitter of the project's learned models (today the furniture model,
scripts/train_furniture.py): L2-regularised, full-batch gradient descent over sparse string features,
deterministic (the same rows give the same weights)."""
from __future__ import annotations

from collections import Counter

import numpy as np


def fit(rows: list[list[str]], labels: list[bool], l2: float = 1.0, epochs: int = 400, rate: float = 1.0,
        min_count: int = 2) -> dict[str, float]:
    """Weights per feature (rounded to 4 places, those under 0.001 left out); a feature seen in fewer
    than ``min_count`` rows is one row's, not a pattern, and gets none ("bias" always does).  The step
    halves whenever it would raise the loss and grows by a tenth after a step that lowered it, so the
    descent never oscillates."""
    counts = Counter(f for row in rows for f in set(row))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count or f == "bias"))}
    row_of, feat_of = [], []
    for k, row in enumerate(rows):
        for f in sorted(set(row)):
            if f in vocab:
                row_of.append(k)
                feat_of.append(vocab[f])
    row_idx, feat_idx = np.array(row_of, dtype=int), np.array(feat_of, dtype=int)
    y = np.array(labels, dtype=float)
    n = max(1, len(rows))

    def loss_and_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.bincount(row_idx, weights=w[feat_idx], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        loss = float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * float(w @ w) / n)
        grad = np.bincount(feat_idx, weights=(p - y)[row_idx], minlength=len(vocab)) / n + l2 * w / n
        return loss, grad

    w = np.zeros(len(vocab))
    loss, grad = loss_and_grad(w)
    for _ in range(epochs):
        while rate > 1e-6:
            trial = w - rate * grad
            trial_loss, trial_grad = loss_and_grad(trial)
            if trial_loss <= loss:
                break
            rate /= 2
        else:
            break
        w, loss, grad = trial, trial_loss, trial_grad
        rate *= 1.1
    return {f: round(float(w[k]), 4) for f, k in vocab.items() if abs(w[k]) >= 1e-3}
