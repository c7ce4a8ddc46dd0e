"""Small-baseline interferogram networks: building them and checking connectivity."""
import numpy as np


def sequential_network(dates, links, gap_date=None):
    """Pairs linking each date to the next ``links`` dates (indices into ``dates``).

    With ``gap_date`` no pair spans it (first < gap_date ≤ second), which cuts
    the network in two.
    """
    pairs = []
    for i in range(len(dates)):
        for j in range(i + 1, min(i + 1 + links, len(dates))):
            if gap_date is not None and dates[i] < gap_date <= dates[j]:
                continue
            pairs.append((i, j))
    return pairs


def connected_components(n_dates, pairs):
    """Label each date with the index of its connected component (union-find)."""
    parent = list(range(n_dates))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    roots = [root(i) for i in range(n_dates)]
    _, labels = np.unique(roots, return_inverse=True)
    return labels
