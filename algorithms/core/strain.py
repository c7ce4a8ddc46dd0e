"""Horizontal strain rate from GNSS velocities and from line-length changes (reference 002).

Frame: x east, y north, in metres of a local azimuthal equidistant projection
centred on the network (:class:`.local_frame.LocalFrame` ``aeqd``, pyproj),
whatever the CRS of the input; never degrees scaled by a constant.

Velocity gradient (mm/yr per km = microstrain/yr), from a velocity field
v(x) = v₀ + L·(x − x₀)::

    L = [[∂vₑ/∂x, ∂vₑ/∂y], [∂vₙ/∂x, ∂vₙ/∂y]]

Strain-rate tensor and rotation (reported in nanostrain/yr and nanoradian/yr)::

    exx = ∂vₑ/∂x,  eyy = ∂vₙ/∂y,  exy = ½(∂vₑ/∂y + ∂vₙ/∂x)
    rotation ω = ½(∂vₙ/∂x − ∂vₑ/∂y)            counter-clockwise positive
    dilatation Δ = exx + eyy = e1 + e2
    e1,2 = (exx + eyy)/2 ± √(((exx − eyy)/2)² + exy²)     (e1 ≥ e2, extension positive)
    max_shear γ = e1 − e2                       (engineering maximum shear strain, Sagiya)
    second_invariant = √(exx² + eyy² + 2exy²)   (strain-rate magnitude, Kreemer et al. 2014)
    θ₁ = ½·atan2(2exy, exx − eyy)               (e1 axis, counter-clockwise from east)
    azimuth_e1 = 90° − θ₁ in [0°, 180°)         (clockwise from north)

Linear strain along a line at θ counter-clockwise from east::

    e_θ = exx·cos²θ + eyy·sin²θ + exy·sin2θ

1σ: the linear estimators map station 1σ (east and north independent) to
the covariance of (exx, eyy, exy, ω) exactly; non-linear quantities (e1, e2,
γ, second invariant, azimuth) by first-order propagation through their
Jacobian.
"""
import math

import numpy as np
from pyproj import Geod
from scipy.spatial import Delaunay, QhullError, cKDTree

from .errors import InputError
from .local_frame import LocalFrame, geographic, layer_crs  # noqa: F401 (LocalFrame, layer_crs: strain's frame)
from .progress import SILENT

#: mm/yr per km → nanostrain/yr
NANO_PER_MM_PER_KM = 1000.0
#: quantities of every strain product, in output order
QUANTITIES = ('exx', 'eyy', 'exy', 'rotation', 'dilatation', 'max_shear', 'second_invariant',
              'e1', 'e2', 'azimuth_e1')
#: the Gaussian weights of the gridded method are cut at this many smoothing distances
CUTOFF_FACTOR = 2.0
#: gridded cells need their weighted stations to spread at least this many D across in every direction
MIN_SPREAD = 0.1
#: stations are collinear when the thinner spread is below this share of the wider one
COLLINEAR_RATIO = 1e-6
#: largest grid accepted (cells)
MAX_CELLS = 4_000_000


# -- checks -------------------------------------------------------------------------
def check_network(x, y, role='INPUT', names=None):
    """Raise :class:`InputError` for fewer than 3 stations or collinear stations (x, y in metres)."""
    count = len(x)
    if count < 3:
        listed = f' ({", ".join(names)})' if names else ''
        raise InputError(f'{role}: {count} station{"s" if count != 1 else ""} with valid velocities{listed}; '
                         'a strain rate needs at least 3 stations that are not on one line.')
    points = np.column_stack([x, y]) - np.mean([x, y], axis=1)
    spread = np.linalg.svd(points, compute_uv=False)
    if spread[1] <= COLLINEAR_RATIO * spread[0]:
        raise InputError(f'{role}: the {count} stations lie on one line (width {spread[1] / math.sqrt(count):.3g} m '
                         f'across a length of {spread[0] / math.sqrt(count):.3g} m); a strain rate needs stations '
                         'spread in two directions.')


def check_sigmas(se, sn, names, role='INPUT'):
    """Station 1σ must be positive where given; returns whether 1σ are available."""
    se, sn = np.asarray(se, dtype=float), np.asarray(sn, dtype=float)
    if np.all(np.isnan(se)) and np.all(np.isnan(sn)):
        return False
    for values, field in ((se, 'se'), (sn, 'sn')):
        bad = ~(values > 0.0)
        if bad.any():
            index = int(np.flatnonzero(bad)[0])
            raise InputError(f'{role}: station "{names[index]}" has {field} = {values[index]}; 1σ must be a '
                             'positive number (mm/yr) for every station, or leave both sigma fields out.')
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
        'e1': mean + radius, 'e2': mean - radius, 'azimuth_e1': np.mod(90.0 - np.degrees(theta), 180.0),
    }
    with np.errstate(divide='ignore', invalid='ignore'):
        d_radius = np.stack([half / (2.0 * radius), -half / (2.0 * radius), exy / radius], axis=-1)
        d_theta = np.stack([-0.5 * exy, 0.5 * exy, half], axis=-1) / (2.0 * radius * radius)[:, None]
        jacobians = {
            'exx': [1.0, 0.0, 0.0], 'eyy': [0.0, 1.0, 0.0], 'exy': [0.0, 0.0, 1.0],
            'dilatation': [1.0, 1.0, 0.0],
            'max_shear': 2.0 * d_radius,
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


# -- Delaunay triangles -------------------------------------------------------------------
def triangulate(x, y, role='INPUT'):
    """Delaunay triangles of stations at ``x, y`` (metres): vertex indices (n, 3)."""
    check_network(x, y, role)
    try:
        triangulation = Delaunay(np.column_stack([x, y]))
    except QhullError as error:
        raise InputError(f'{role}: the stations cannot be triangulated ({str(error).splitlines()[0]}); '
                         'check for stations on one line or at the same place.') from None
    return triangulation


def triangle_areas(x, y, simplices):
    """Areas (m²) of triangles with vertex indices ``simplices`` (n, 3) of points ``x, y`` (m)."""
    px, py = x[simplices], y[simplices]
    return 0.5 * np.abs((px[:, 1] - px[:, 0]) * (py[:, 2] - py[:, 0]) - (px[:, 2] - px[:, 0]) * (py[:, 1] - py[:, 0]))


def delaunay_strain(x, y, ve, vn, se, sn, max_edge=0.0, role='INPUT', monitor=SILENT):
    """Uniform strain rate in each Delaunay triangle of the stations.

    ``x, y`` in metres (local frame), velocities and 1σ in mm/yr.  Triangles
    with an edge longer than ``max_edge`` metres (0 = no limit) are dropped.
    Returns (triangulation, kept simplex indices, centroids (n, 2), products).
    """
    triangulation = triangulate(x, y, role)
    simplices = triangulation.simplices
    px, py = x[simplices], y[simplices]
    edges = np.hypot(px - np.roll(px, 1, axis=1), py - np.roll(py, 1, axis=1))
    area = triangle_areas(x, y, simplices)
    keep = area > 1e-9 * edges.max(axis=1) ** 2
    if max_edge and max_edge > 0:
        keep &= edges.max(axis=1) <= max_edge
    kept = np.flatnonzero(keep)
    if kept.size == 0:
        raise InputError(f'MAX_EDGE: no triangle has all edges shorter than {max_edge:g} m; the shortest '
                         f'longest edge is {edges.max(axis=1).min():.0f} m.')
    centroids = np.column_stack([px[kept].mean(axis=1), py[kept].mean(axis=1)])
    chosen = simplices[kept]
    dx = (x[chosen] - centroids[:, :1]) / 1000.0
    dy = (y[chosen] - centroids[:, 1:]) / 1000.0
    monitor.update(0.5)
    gradient, covariance = velocity_gradients(dx, dy, ve[chosen], vn[chosen], se[chosen], sn[chosen],
                                              np.ones_like(dx))
    monitor.update(1.0)
    return triangulation, kept, centroids, gradient_products(gradient, covariance)


def rasterize_triangles(triangulation, kept, products, xs, ys):
    """Products of the triangles containing points ``xs, ys`` (NaN outside the kept triangles)."""
    simplex = triangulation.find_simplex(np.column_stack([np.ravel(xs), np.ravel(ys)]))
    lookup = np.full(triangulation.simplices.shape[0], -1)
    lookup[kept] = np.arange(kept.size)
    index = np.where(simplex >= 0, lookup[simplex], -1)
    out = {}
    for name, values in products.items():
        column = np.where(index >= 0, values[np.maximum(index, 0)], np.nan)
        out[name] = column.reshape(np.shape(xs))
    return out


# -- gridded ---------------------------------------------------------------------------
def automatic_smoothing(x, y):
    """Median distance (m) from a station to its third-nearest neighbour."""
    tree = cKDTree(np.column_stack([x, y]))
    k = min(4, len(x))
    distances, _ = tree.query(np.column_stack([x, y]), k=k)
    return float(np.median(distances[:, -1]))


def automatic_spacing(x, y):
    """A 1-2-5 rounded spacing (m) giving about 100 cells across the network's larger side."""
    span = max(np.ptp(x), np.ptp(y)) / 100.0
    magnitude = 10.0 ** math.floor(math.log10(span))
    for step in (1.0, 2.0, 5.0, 10.0):
        if span <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def grid_over(x, y, spacing, role='SPACING'):
    """(x0, y_top, width, height) of a grid of ``spacing`` m cells covering the stations, in the frame."""
    x0 = math.floor(np.min(x) / spacing) * spacing
    x1 = math.ceil(np.max(x) / spacing) * spacing
    y0 = math.floor(np.min(y) / spacing) * spacing
    y1 = math.ceil(np.max(y) / spacing) * spacing
    width, height = max(1, round((x1 - x0) / spacing)), max(1, round((y1 - y0) / spacing))
    if width * height > MAX_CELLS:
        raise InputError(f'{role}: {spacing:g} m gives {width}×{height} cells over the network; choose a spacing '
                         f'of at least {spacing * math.sqrt(width * height / MAX_CELLS):.0f} m.')
    return x0, y1, width, height


def gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations=3):
    """Strain rate at nodes ``gx, gy`` (m) from stations weighted by exp(−d²/D²), D = ``smoothing``.

    Only stations within :data:`CUTOFF_FACTOR`·D of a node take part.  A node
    is NaN when fewer than ``min_stations`` of them remain, when no station
    lies within D, or when they are bunched: the weighted standard deviation
    of their positions is below :data:`MIN_SPREAD`·D in some direction (the
    gradient would be an extrapolation).  Returns (products, station count
    per node), arrays shaped like ``gx``.
    """
    shape = np.shape(gx)
    nodes = np.column_stack([np.ravel(gx), np.ravel(gy)])
    dx = (x[None, :] - nodes[:, :1]) / 1000.0
    dy = (y[None, :] - nodes[:, 1:]) / 1000.0
    distance2 = dx * dx + dy * dy
    scale2 = (smoothing / 1000.0) ** 2
    inside = distance2 <= CUTOFF_FACTOR ** 2 * scale2
    weights = np.where(inside, np.exp(-distance2 / scale2), 0.0)
    count = inside.sum(axis=1)
    gradient, covariance = velocity_gradients(dx, dy, ve, vn, se, sn, weights)
    rejected = ((count < max(3, min_stations)) | (distance2.min(axis=1) > scale2)
                | (_weighted_spread(dx, dy, weights) < MIN_SPREAD ** 2 * scale2))
    gradient[rejected] = np.nan
    covariance[rejected] = np.nan
    products = gradient_products(gradient, covariance)
    return {name: values.reshape(shape) for name, values in products.items()}, count.reshape(shape)


def _weighted_spread(dx, dy, weights):
    """Smallest eigenvalue of the weighted covariance of station offsets (km²), per node."""
    total = weights.sum(axis=1)
    with np.errstate(invalid='ignore', divide='ignore'):
        mx, my = (weights * dx).sum(axis=1) / total, (weights * dy).sum(axis=1) / total
        cxx = (weights * (dx - mx[:, None]) ** 2).sum(axis=1) / total
        cyy = (weights * (dy - my[:, None]) ** 2).sum(axis=1) / total
        cxy = (weights * (dx - mx[:, None]) * (dy - my[:, None])).sum(axis=1) / total
    smallest = 0.5 * (cxx + cyy) - np.hypot(0.5 * (cxx - cyy), cxy)
    return np.where(total > 0, smallest, 0.0)


def iter_gridded_strain(x, y, ve, vn, se, sn, grid, smoothing, min_stations=3, max_values=2_000_000,
                        monitor=SILENT):
    """Yield (row0, nrows, node x, node y, products, counts) by blocks of rows of ``grid``.

    ``grid`` = (x0, y_top, width, height, spacing) in the local frame; memory
    per block is bounded by ``max_values`` node-station pairs.
    """
    x0, y_top, width, height, spacing = grid
    rows = max(1, int(max_values // max(1, width * len(x))))
    for row0 in range(0, height, rows):
        nrows = min(rows, height - row0)
        monitor.check()
        columns, lines = np.meshgrid(np.arange(width) + 0.5, np.arange(row0, row0 + nrows) + 0.5)
        gx, gy = x0 + columns * spacing, y_top - lines * spacing
        products, counts = gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations)
        yield row0, nrows, gx, gy, products, counts
        monitor.update((row0 + nrows) / height)


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


# -- baselines ----------------------------------------------------------------------------
def baseline_geometry(frame, x1, y1, x2, y2):
    """(θ [degrees counter-clockwise from east], geodesic length [m]) of lines between end points.

    End points in the layer CRS of ``frame``; θ is the direction of the line
    in the network's local frame (one east for the whole network, as for
    :func:`delaunay_strain`), the length is geodesic on the CRS's ellipsoid.
    """
    e1, n1 = frame.forward(x1, y1)
    e2, n2 = frame.forward(x2, y2)
    theta = np.mod(np.degrees(np.arctan2(n2 - n1, e2 - e1)), 360.0)
    lon1, lat1 = geographic(frame.crs, x1, y1)
    lon2, lat2 = geographic(frame.crs, x2, y2)
    geod = frame.crs.get_geod() or Geod(ellps='WGS84')
    _, _, length = geod.inv(lon1, lat1, lon2, lat2)
    return theta, np.asarray(length, dtype=float)


def baseline_strain(theta, strain, sigma=None, role='INPUT'):
    """Uniform strain tensor from linear strains e_θ along directions θ (degrees ccw from east).

    Weighted least squares of e_θ = exx·cos²θ + eyy·sin²θ + exy·sin2θ (units
    of ``strain`` in and out; 1σ ``sigma`` optional).  Without 1σ the
    covariance is scaled by the residual variance (needs more than 3 lines).
    Returns (tensor (exx, eyy, exy), covariance (3, 3), residuals).
    """
    theta = np.radians(np.asarray(theta, dtype=float))
    strain = np.asarray(strain, dtype=float)
    count = strain.size
    if count < 3:
        raise InputError(f'{role}: {count} line{"s" if count != 1 else ""} with a length-change rate; the strain '
                         'tensor needs at least 3 lines in 3 different directions.')
    directions = np.unique(np.round(np.mod(np.degrees(theta), 180.0), 3) % 180.0)
    if directions.size < 3:
        raise InputError(f'{role}: the lines point in only {directions.size} direction'
                         f'{"s" if directions.size != 1 else ""} ({", ".join(f"{d:g}°" for d in directions)} '
                         'counter-clockwise from east); the strain tensor needs lines in at least 3 directions.')
    design = np.column_stack([np.cos(theta) ** 2, np.sin(theta) ** 2, np.sin(2.0 * theta)])
    if sigma is not None and np.all(np.isfinite(sigma)):
        sigma = np.asarray(sigma, dtype=float)
        weights = 1.0 / sigma ** 2
        scaled = True
    else:
        weights = np.ones(count)
        scaled = False
    normal = design.T @ (weights[:, None] * design)
    if np.linalg.cond(normal) > 1e12:
        raise InputError(f'{role}: the line directions do not determine the strain tensor; add lines in other '
                         'directions.')
    covariance = np.linalg.inv(normal)
    tensor = covariance @ design.T @ (weights * strain)
    residuals = strain - design @ tensor
    if not scaled:
        dof = count - 3
        covariance = covariance * (residuals @ residuals / dof) if dof > 0 else np.full((3, 3), np.nan)
    return tensor, covariance, residuals
