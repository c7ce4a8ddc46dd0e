"""Strain-rate tensor from velocity gradients, its derived quantities and their 1σ (reference 002).

Frame: x east, y north, in metres of a local metric projection
(:class:`..geometry.local_frame.LocalFrame`), never degrees scaled by a constant.

Velocity gradient (mm/yr per km = microstrain/yr), from a velocity field
v(x) = v₀ + L·(x − x₀)::

    L = [[∂vₑ/∂x, ∂vₑ/∂y], [∂vₙ/∂x, ∂vₙ/∂y]]

Strain-rate tensor and rotation (reported in nanostrain/yr and nanoradian/yr)::

    exx = ∂vₑ/∂x,  eyy = ∂vₙ/∂y,  exy = ½(∂vₑ/∂y + ∂vₙ/∂x)
    rotation ω = ½(∂vₙ/∂x − ∂vₑ/∂y)            counter-clockwise positive
    dilatation Δ = exx + eyy = e1 + e2
    e1,2 = (exx + eyy)/2 ± √(((exx − eyy)/2)² + exy²)     (e1 ≥ e2, extension positive)
    max_shear γ = e1 − e2                       (engineering maximum shear strain, Sagiya; kept as
                                                 ``max_shear`` and also named ``max_shear_engineering``)
    max_shear_tensor = (e1 − e2)/2              (tensor maximum shear strain, as Kreemer/Strain_2D/
                                                 StrainTool report it)
    second_invariant = √(exx² + eyy² + 2exy²)   (strain-rate magnitude, Kreemer et al. 2014)
    θ₁ = ½·atan2(2exy, exx − eyy)               (e1 axis, counter-clockwise from east)
    azimuth_e1 = 90° − θ₁ in [0°, 180°)         (clockwise from north)

1σ: the linear estimators map station 1σ (east and north independent) to
the covariance of (exx, eyy, exy, ω) exactly; non-linear quantities (e1, e2,
γ, second invariant, azimuth) by first-order propagation through their
Jacobian.
"""
import math

import numpy as np
from scipy.spatial import cKDTree

from ..common.errors import InputError, Message

#: mm/yr per km → nanostrain/yr
NANO_PER_MM_PER_KM = 1000.0


#: quantities of every strain product, in output order
QUANTITIES = ('exx', 'eyy', 'exy', 'rotation', 'dilatation', 'max_shear', 'second_invariant',
              'e1', 'e2', 'azimuth_e1', 'max_shear_engineering', 'max_shear_tensor')


#: stations are collinear when the thinner spread is below this share of the wider one (50 m across 50 km)
COLLINEAR_RATIO = 1e-3


#: stations closer than this (m) are at the same place
SAME_PLACE = 1.0


# -- checks -------------------------------------------------------------------------
def check_network(x, y, role='INPUT', names=None):
    """Raise :class:`InputError` for fewer than 3 stations or collinear stations (x, y in metres)."""
    count = len(x)
    if count < 3:
        listed = f' ({", ".join(names)})' if names else ''
        raise InputError('{0}: {1} station{2} with valid velocities{3}; a strain rate needs at least 3 stations that '
                         'are not on one line.', role, count, 's' if count != 1 else '', listed)
    points = np.column_stack([x, y]) - np.mean([x, y], axis=1)
    spread = np.linalg.svd(points, compute_uv=False)
    if spread[1] <= COLLINEAR_RATIO * spread[0]:
        raise InputError('{0}: the {1} stations lie on one line (width {2:.3g} m across a length of {3:.3g} m); a '
                         'strain rate needs stations spread in two directions.',
                         role, count, spread[1] / math.sqrt(count), spread[0] / math.sqrt(count))


def duplicate_stations(x, y, ve, vn, names, role='INPUT', tolerance=1e-6):
    """Indices to keep and a note, after merging stations listed twice.

    Stations at the same place (closer than :data:`SAME_PLACE` m; ``x, y`` in
    metres) or with the same non-empty name are duplicates.  Duplicates with
    the same velocity (within ``tolerance`` mm/yr) are kept once (the note
    says which); with conflicting velocities, or the same name at different
    places, :class:`InputError` names them.
    """
    count = len(x)
    keep = np.ones(count, dtype=bool)
    merged = []
    groups = {}
    for i, name in enumerate(names):
        if name:
            groups.setdefault(str(name), []).append(i)
    pairs = [tuple(group) for group in groups.values() if len(group) > 1]
    if count > 1:
        from_tree = cKDTree(np.column_stack([x, y])).query_pairs(SAME_PLACE)
        pairs += sorted(from_tree)
    for group in pairs:
        first = group[0]
        for other in group[1:]:
            if not keep[other]:
                continue
            label = f'"{names[first]}" and "{names[other]}"' if names[first] != names[other] else f'"{names[first]}"'
            distance = math.hypot(x[other] - x[first], y[other] - y[first])
            if distance >= SAME_PLACE:
                raise InputError('{0}: station {1} is listed twice, {2:.0f} m apart; give each station once (rename '
                                 'one if they are different stations).', role, label, distance)
            if abs(ve[other] - ve[first]) > tolerance or abs(vn[other] - vn[first]) > tolerance:
                raise InputError('{0}: station {1} is listed twice at the same place with different velocities (ve '
                                 '{2:g} vs {3:g}, vn {4:g} vs {5:g} mm/yr); keep one of them.',
                                 role, label, ve[first], ve[other], vn[first], vn[other])
            keep[other] = False
            merged.append(label)
    note = (Message('{0} duplicate station(s) with identical velocities kept once: {1}', len(merged),
                    ', '.join(merged[:10])) if merged else '')
    return np.flatnonzero(keep), note


def check_sigmas(se, sn, names, role='INPUT'):
    """Station 1σ must be positive where given; returns whether 1σ are available."""
    se, sn = np.asarray(se, dtype=float), np.asarray(sn, dtype=float)
    if np.all(np.isnan(se)) and np.all(np.isnan(sn)):
        return False
    for values, field in ((se, 'se'), (sn, 'sn')):
        bad = ~(values > 0.0)
        if bad.any():
            index = int(np.flatnonzero(bad)[0])
            raise InputError('{0}: station "{1}" has {2} = {3}; 1σ must be a positive number (mm/yr) for every '
                             'station, or leave both sigma fields out.', role, names[index], field, values[index])
    return True


# -- velocity gradients ---------------------------------------------------------------
def velocity_gradients(dx, dy, ve, vn, se, sn, weights):
    """Weighted least-squares velocity gradient at many points at once.

    ``dx, dy`` (n, m): station offsets from each point in km; ``ve, vn``,
    ``se, sn`` (n, m) or (m,): velocities and 1σ (mm/yr; 1σ NaN → unit
    weights, NaN covariance); ``weights`` (n, m): extra weights (distance
    weighting; 0 excludes a station).  Fits vₑ = a + Lxx·dx + Lxy·dy and
    vₙ = b + Lyx·dx + Lyy·dy with weights w/σ².  Returns ``gradient`` (n, 4) =
    (Lxx, Lxy, Lyx, Lyy) in mm/yr/km and its covariance (n, 4, 4) (exact
    linear propagation of station 1σ through the weighted estimator), NaN
    where the stations leave the gradient undetermined.
    """
    weights = np.asarray(weights, dtype=float)
    dx, dy, weights = np.broadcast_arrays(np.asarray(dx, dtype=float), np.asarray(dy, dtype=float), weights)
    design = np.stack([np.ones_like(dx), dx, dy], axis=-1)            # (n, m, 3)
    gradient = np.full((dx.shape[0], 4), np.nan)
    covariance = np.full((dx.shape[0], 4, 4), np.nan)
    for offset, values, sigma in ((0, ve, se), (2, vn, sn)):
        values = np.broadcast_to(np.asarray(values, dtype=float), dx.shape)
        sigma = np.broadcast_to(np.asarray(sigma, dtype=float), dx.shape)
        known = np.isfinite(sigma)
        variance = np.where(known, sigma * sigma, 1.0)
        w = weights / variance
        normal = np.einsum('nm,nmi,nmj->nij', w, design, design)
        good = _well_conditioned(normal)
        inverse = np.full_like(normal, np.nan)
        inverse[good] = np.linalg.inv(normal[good])
        estimate = np.einsum('nij,nj->ni', inverse, np.einsum('nm,nmi,nm->ni', w, design, values))
        gradient[:, offset:offset + 2] = estimate[:, 1:]
        # Cov = N⁻¹ (Σ w²σ² a aᵀ) N⁻¹
        middle = np.einsum('nm,nmi,nmj->nij', w * w * np.where(known, variance, np.nan), design, design)
        full = inverse @ middle @ inverse
        covariance[:, offset:offset + 2, offset:offset + 2] = full[:, 1:, 1:]
    covariance[:, 0:2, 2:4] = 0.0
    covariance[:, 2:4, 0:2] = 0.0
    undetermined = ~np.all(np.isfinite(gradient), axis=1)
    covariance[undetermined] = np.nan
    return gradient, covariance


def _well_conditioned(normal, limit=1e12):
    good = np.all(np.isfinite(normal), axis=(1, 2))
    result = np.zeros(normal.shape[0], dtype=bool)
    if good.any():
        result[good] = np.linalg.cond(normal[good]) < limit
    return result


#: (exx, eyy, exy, ω) = TENSOR · (Lxx, Lxy, Lyx, Lyy)
TENSOR = np.array([[1.0, 0.0, 0.0, 0.0],
                   [0.0, 0.0, 0.0, 1.0],
                   [0.0, 0.5, 0.5, 0.0],
                   [0.0, -0.5, 0.5, 0.0]])


def gradient_products(gradient, covariance):
    """Every quantity of :data:`QUANTITIES` and its ``sigma_`` from gradients in mm/yr/km.

    Returns a dict of arrays in nanostrain/yr, nanoradian/yr and degrees.
    """
    tensor = gradient @ TENSOR.T * NANO_PER_MM_PER_KM
    cov = TENSOR @ covariance @ TENSOR.T * NANO_PER_MM_PER_KM ** 2
    products = strain_products(tensor[:, 0], tensor[:, 1], tensor[:, 2], cov[:, :3, :3])
    products['rotation'] = tensor[:, 3]
    products['sigma_rotation'] = np.sqrt(cov[:, 3, 3])
    return products


def strain_products(exx, eyy, exy, covariance=None):
    """Derived quantities (module docstring) and their 1σ from the tensor and its (n, 3, 3) covariance.

    Rotation is not part of a strain tensor: it is NaN here.
    """
    exx, eyy, exy = (np.atleast_1d(np.asarray(v, dtype=float)) for v in (exx, eyy, exy))
    half = 0.5 * (exx - eyy)
    radius = np.hypot(half, exy)
    mean = 0.5 * (exx + eyy)
    invariant = np.sqrt(exx * exx + eyy * eyy + 2.0 * exy * exy)
    theta = 0.5 * np.arctan2(2.0 * exy, exx - eyy)
    values = {
        'exx': exx, 'eyy': eyy, 'exy': exy, 'rotation': np.full_like(exx, np.nan),
        'dilatation': exx + eyy, 'max_shear': 2.0 * radius, 'second_invariant': invariant,
        'max_shear_engineering': 2.0 * radius, 'max_shear_tensor': radius,
        'e1': mean + radius, 'e2': mean - radius, 'azimuth_e1': np.mod(90.0 - np.degrees(theta), 180.0),
    }
    with np.errstate(divide='ignore', invalid='ignore'):
        d_radius = np.stack([half / (2.0 * radius), -half / (2.0 * radius), exy / radius], axis=-1)
        d_theta = np.stack([-0.5 * exy, 0.5 * exy, half], axis=-1) / (2.0 * radius * radius)[:, None]
        jacobians = {
            'exx': [1.0, 0.0, 0.0], 'eyy': [0.0, 1.0, 0.0], 'exy': [0.0, 0.0, 1.0],
            'dilatation': [1.0, 1.0, 0.0],
            'max_shear': 2.0 * d_radius, 'max_shear_engineering': 2.0 * d_radius, 'max_shear_tensor': d_radius,
            'second_invariant': np.stack([exx, eyy, 2.0 * exy], axis=-1) / invariant[:, None],
            'e1': np.array([0.5, 0.5, 0.0]) + d_radius,
            'e2': np.array([0.5, 0.5, 0.0]) - d_radius,
            'azimuth_e1': -np.degrees(d_theta),
        }
    for name in QUANTITIES:
        if covariance is None or name == 'rotation':
            values[f'sigma_{name}'] = np.full_like(exx, np.nan)
            continue
        jacobian = np.broadcast_to(np.asarray(jacobians[name], dtype=float), exx.shape + (3,))
        variance = np.einsum('ni,nij,nj->n', jacobian, covariance, jacobian)
        values[f'sigma_{name}'] = np.sqrt(np.maximum(variance, 0.0))
    return values


# -- principal axes ----------------------------------------------------------------------
def principal_axes(cx, cy, e1, e2, azimuth_e1, half_length):
    """Segments of the principal axes: for each centre two lines (e1 along ``azimuth_e1``, e2 across).

    ``half_length`` (m per nanostrain/yr) scales each half-axis by |e|.
    Returns (starts (2n, 2), ends (2n, 2), axis names, strain values, azimuths).
    """
    cx, cy = np.ravel(cx), np.ravel(cy)
    starts, ends, names, strains, azimuths = [], [], [], [], []
    for name, value, azimuth in (('e1', np.ravel(e1), np.ravel(azimuth_e1)),
                                 ('e2', np.ravel(e2), np.mod(np.ravel(azimuth_e1) + 90.0, 180.0))):
        length = np.abs(value) * half_length
        ux, uy = np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))
        starts.append(np.column_stack([cx - ux * length, cy - uy * length]))
        ends.append(np.column_stack([cx + ux * length, cy + uy * length]))
        names += [name] * cx.size
        strains.append(value)
        azimuths.append(azimuth)
    return (np.concatenate(starts), np.concatenate(ends), names, np.concatenate(strains),
            np.concatenate(azimuths))


def axes_scale(size, e1, e2, axes_length=0.0):
    """Metres of half-axis per nanostrain/yr.

    ``axes_length`` (m, 0 = automatic) is the half-length given to the 95th
    percentile of |e|; automatic: 0.4 × ``size`` (a typical triangle or cell size).
    """
    magnitudes = np.abs(np.concatenate([np.ravel(e1), np.ravel(e2)]))
    magnitudes = magnitudes[np.isfinite(magnitudes)]
    if magnitudes.size == 0:
        return 0.0
    reference = np.percentile(magnitudes, 95)
    if reference <= 0:
        return 0.0
    return (axes_length if axes_length and axes_length > 0 else 0.4 * size) / reference
