from __future__ import annotations


def pair_figures(left, right, lf, rf, blocks):
    return []
