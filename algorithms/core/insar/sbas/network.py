"""The SBAS problem's network: dates, interferogram pairs, step dates (reference 000).

Acquisition dates t_0 < … < t_{N−1} [yr since t_0]; interval l = (t_l, t_{l+1})
has length h_l.  An interferogram of dates (i, j) observes d_ij = D_j − D_i
[mm] of the cumulative displacement

    D_n = Σ_{l<n} h_l v_l + Σ_q s_q H(t_n − τ_q)        (an acquisition on τ_q is after the step)

with v_l the mean velocity of interval l [mm/yr] and s_q the co-seismic step
[mm] at step date τ_q.  :class:`Network` holds the design matrix G of that
model, the roughness L (second difference of the smooth part on the real
dates) and the connectivity of the pairs (:func:`connected_components`);
:func:`sequential_network` builds small-baseline networks for simulations.
"""
from dataclasses import dataclass, field

import numpy as np

from ...common import dates as dates_mod
from ...common.errors import InputError


@dataclass
class Network:
    """Dates, interferogram pairs and step dates of an SBAS problem.

    ``pairs`` are date indices (i < j) into ``dates`` (sorted).  ``steps`` are
    the co-seismic step dates that are estimated as parameters.
    """

    dates: list
    pairs: np.ndarray
    steps: tuple = ()
    t: np.ndarray = field(init=False)
    h: np.ndarray = field(init=False)
    operators: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.pairs = np.asarray(self.pairs, dtype=np.int64).reshape(-1, 2)
        self.t = dates_mod.years_since(self.dates, self.dates[0])
        self.h = np.diff(self.t)
        self.operators = {}   # cache: shared solution operators of all-valid, unit-weight pixels, joint layout

    @property
    def n_dates(self):
        return len(self.dates)

    @property
    def n_intervals(self):
        return self.n_dates - 1

    @property
    def n_params(self):
        return self.n_intervals + len(self.steps)

    def step_index(self):
        """For each step, the index of the first date on or after it."""
        days = np.array([d.toordinal() for d in self.dates])
        return np.array([int(np.searchsorted(days, s.toordinal())) for s in self.steps], dtype=np.int64)

    def after_step(self):
        """(S, N) 0/1: date n is on or after step q."""
        index = self.step_index()
        return (np.arange(self.n_dates)[None, :] >= index[:, None]).astype(np.float64)

    def step_columns(self):
        """(K, S) 0/1: interferogram k spans step q."""
        after = self.after_step()
        return after[:, self.pairs[:, 1]].T - after[:, self.pairs[:, 0]].T

    def design(self):
        """Dense G (K, M): h_l on the intervals an interferogram spans, 1 on the steps it spans."""
        g = np.zeros((len(self.pairs), self.n_params))
        for k, (i, j) in enumerate(self.pairs):
            g[k, i:j] = self.h[i:j]
        g[:, self.n_intervals:] = self.step_columns()
        return g

    def roughness(self):
        """Dense L (N−2, M): second difference of the smooth part on the real dates [mm/yr²]."""
        rows = max(self.n_dates - 2, 0)
        lap = np.zeros((rows, self.n_params))
        for n in range(1, self.n_dates - 1):
            c = 2.0 / (self.h[n - 1] + self.h[n])
            lap[n - 1, n - 1] = -c
            lap[n - 1, n] = c
        return lap

    def roughness_bands(self):
        """Diagonal (M,) and first sub-diagonal (M−1,) of LᵀL (tridiagonal in v, zero on steps)."""
        lap = self.roughness()
        ltl = lap.T @ lap
        return np.ascontiguousarray(np.diag(ltl)), np.ascontiguousarray(np.diag(ltl, -1))

    def gaps(self):
        """Intervals (date before, date after) spanned by no interferogram."""
        covered = np.zeros(self.n_intervals, dtype=bool)
        for i, j in self.pairs:
            covered[i:j] = True
        return [(self.dates[i], self.dates[i + 1]) for i in np.flatnonzero(~covered)]

    def components(self):
        """Connected groups of dates (lists of dates), in time order of their first date."""
        labels = connected_components(self.n_dates, [tuple(p) for p in self.pairs])
        groups = {}
        for date, label in zip(self.dates, labels):
            groups.setdefault(label, []).append(date)
        return sorted(groups.values(), key=lambda g: g[0])

    def describe_disconnection(self):
        """Sentence naming where the network is cut, or ``None`` when it is connected."""
        groups = self.components()
        if len(groups) == 1:
            return None
        parts = [f'between {a.isoformat()} and {b.isoformat()}' for a, b in self.gaps()]
        text = (f'the interferogram network is split into {len(groups)} groups of dates that no '
                'interferogram links')
        if parts:
            text += ': gap ' + '; gap '.join(parts)
        isolated = [g for g in groups if len(g) == 1]
        if isolated:
            text += '; dates linked to nothing: ' + ', '.join(g[0].isoformat() for g in isolated)
        if not parts and not isolated:
            text += ': ' + ' | '.join(', '.join(d.isoformat() for d in g) for g in groups)
        return text


def build_network(pairs, steps=(), role='INTERFEROGRAMS'):
    """:class:`Network` from date pairs ``[(first, second), …]`` and step dates.

    Raises :class:`InputError` for fewer than two interferograms, a step date
    outside the series, or two step dates between the same two acquisitions.
    """
    pairs = list(pairs)
    if len(pairs) < 2:
        raise InputError(f'{role}: {len(pairs)} interferogram given; an SBAS inversion needs at least two '
                         'interferograms (and three acquisitions) to build a network.')
    dates = sorted({d for pair in pairs for d in pair})
    steps = tuple(sorted(set(steps)))
    first, last = dates[0], dates[-1]
    for step in steps:
        if not first < step <= last:
            raise InputError(f'STEP_DATES: {step.isoformat()} is outside the acquisitions of {role} '
                             f'({first.isoformat()} to {last.isoformat()}); a step must fall after the '
                             'first acquisition and no later than the last.')
    position = {d: n for n, d in enumerate(dates)}
    network = Network(dates, [(position[a], position[b]) for a, b in pairs], steps)
    index = network.step_index()
    for q in range(1, len(steps)):
        if index[q] == index[q - 1]:
            raise InputError(f'STEP_DATES: {steps[q - 1].isoformat()} and {steps[q].isoformat()} both fall '
                             f'between the acquisitions {dates[index[q] - 1].isoformat()} and '
                             f'{dates[index[q]].isoformat()}; the data cannot tell them apart, keep one.')
    return network


def unspanned_steps(network):
    """Step dates that no interferogram spans (their amplitude cannot be estimated)."""
    spanned = np.abs(network.step_columns()).sum(axis=0) > 0
    return [s for s, ok in zip(network.steps, spanned) if not ok]


def inversion_network(network, kappa2):
    """The network actually solved: without smoothing (κ² = 0) steps are not separable and left out."""
    if kappa2 <= 0 and network.steps:
        return Network(network.dates, network.pairs, ())
    return network


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


def links_per_date(network):
    """(N,) number of interferograms using each date."""
    return np.bincount(network.pairs.ravel(), minlength=network.n_dates)


def network_checks(network, mean_coherence=None):
    """Log lines checking the network before the inversion.

    Connectivity (groups of dates), redundancy (independent loops K − N + C and
    interferograms per date), dates with a single link (their displacement is
    fixed by one interferogram: an error there is not seen by any loop), and
    the interferograms of lowest mean coherence when ``mean_coherence`` (K,) is given.
    """
    links = links_per_date(network)
    groups = network.components()
    loops = len(network.pairs) - network.n_dates + len(groups)
    lines = [f'Network: {len(network.pairs)} interferograms, {network.n_dates} dates, {len(groups)} connected '
             f'group(s), {loops} independent loops; interferograms per date: min {links.min()}, median '
             f'{float(np.median(links)):g}, max {links.max()}.']
    single = [network.dates[n].isoformat() for n in np.flatnonzero(links == 1)]
    if single:
        lines.append(f'  dates with a single interferogram (no loop checks them): {", ".join(single[:20])}'
                     f'{" …" if len(single) > 20 else ""}')
    if mean_coherence is not None and len(mean_coherence):
        order = np.argsort(mean_coherence)[:5]
        names = [f'{network.dates[i].isoformat()}_{network.dates[j].isoformat()} '
                 f'({mean_coherence[k]:.2f})' for k, (i, j) in ((k, network.pairs[k]) for k in order)]
        lines.append(f'  mean coherence per interferogram: {float(np.nanmin(mean_coherence)):.2f} to '
                     f'{float(np.nanmax(mean_coherence)):.2f}; lowest: {", ".join(names)}')
    return lines
