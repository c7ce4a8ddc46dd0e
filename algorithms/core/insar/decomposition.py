"""East and Up from ascending + descending LOS velocities (quasi-EW/UD, EGMS level 3).

Each pixel is seen along two lines of sight with ground-to-satellite unit
vectors ``a = (aₑ, aₙ, aᵤ)`` (ascending) and ``d = (dₑ, dₙ, dᵤ)`` (descending),
see :mod:`.line_of_sight`.  With the north velocity N known (zero for the
quasi-East/quasi-Up products of GSI and EGMS, or a raster such as
interpolated GNSS) the LOS velocities reduce to::

    l_a − aₙ·N = aₑ·E + aᵤ·U
    l_d − dₙ·N = dₑ·E + dᵤ·U          i.e.   A·(E, U)ᵀ = l′

The weighted least-squares solution (AᵀWA)⁻¹AᵀW·l′ with W = Σ⁻¹ of the two
equations is, because A is square, A⁻¹·l′ whatever the weights; the weights
(LOS 1σ ``σ_a``, ``σ_d`` and the north 1σ ``σ_N``) set the covariance::

    Σ = [[σ_a² + aₙ²σ_N²,  aₙdₙσ_N²], [aₙdₙσ_N², σ_d² + dₙ²σ_N²]]
    Cov(E, U) = A⁻¹ Σ A⁻ᵀ

Units: velocities and 1σ in mm/yr.  The pair is solvable only when the two
lines of sight look at opposite sides (east components of opposite sign):
two geometries looking the same way cannot separate East from Up.

Inputs on different grids, resolutions or CRS are warped with GDAL
(:func:`.resampling.warp_to_grid`) onto one common grid (:func:`common_grid`): the
intersection of the two LOS rasters, in the CRS of the ascending one.
"""
import math

import numpy as np

from ..common.errors import InputError
from ..io.raster_stack import Grid
from ..io.resampling import bounds_in, pixel_size_in

#: |det A| below this means the two looks cannot separate East from Up
MIN_DETERMINANT = 1e-3
#: tolerance (in pixels) when snapping the intersection to the output grid
SNAP_TOLERANCE = 1e-6
#: largest output grid accepted (pixels)
MAX_PIXELS = 2_000_000_000


# -- the per-pixel solution ---------------------------------------------------
def check_pair(asc_unit, desc_unit, role=('ASCENDING', 'DESCENDING')):
    """Raise :class:`InputError` when the two looks cannot separate East from Up.

    ``asc_unit``/``desc_unit`` are (east, north, up) arrays of the
    ground-to-satellite unit vectors; NaN pixels are ignored.
    """
    ae, _, au = (np.asarray(c, dtype=float) for c in asc_unit)
    de, _, du = (np.asarray(c, dtype=float) for c in desc_unit)
    ae, au, de, du = np.broadcast_arrays(ae, au, de, du)
    valid = np.isfinite(ae) & np.isfinite(de) & np.isfinite(au) & np.isfinite(du)
    if not valid.any():
        return
    same_side = (ae * de > 0.0) & valid
    if same_side.any():
        index = np.flatnonzero(same_side.ravel())[0]
        east = ae.ravel()[index], de.ravel()[index]
        if east[0] < 0:
            raise InputError('{0} and {1} look the same way: both lines of sight point westwards from the ground '
                             '(east components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one '
                             'ascending and one descending geometry with the same look side (both right-looking, the '
                             'usual case), or set ASC_LOOK/DESC_LOOK to what each satellite used.', *role, *east)
        raise InputError('{0} and {1} look the same way: both lines of sight point eastwards from the ground (east '
                         'components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one ascending '
                         'and one descending geometry with the same look side (both right-looking, the usual case), '
                         'or set ASC_LOOK/DESC_LOOK to what each satellite used.', *role, *east)
    det = np.abs(ae * du - de * au)
    if (det[valid] < MIN_DETERMINANT).any():
        index = np.flatnonzero(((det < MIN_DETERMINANT) & valid).ravel())[0]
        raise InputError('{0} and {1}: the two lines of sight are almost parallel in the East–Up plane (east '
                         'components {2:+.3f} and {3:+.3f}); East and Up cannot be separated. Check the incidence and '
                         'heading of both geometries.', role[0], role[1], ae.ravel()[index], de.ravel()[index])


def decompose(asc, desc, asc_unit, desc_unit, asc_std=None, desc_std=None, north=None, north_std=None):
    """East, Up and their 1σ (mm/yr) from two LOS velocities (module docstring).

    ``asc``/``desc``: LOS velocities (positive towards the satellite);
    ``*_unit``: (east, north, up) unit vectors; ``*_std``: LOS 1σ (``None`` →
    1 mm/yr, so the 1σ outputs are the noise amplification per mm/yr of LOS
    noise); ``north``: north velocity (``None`` → 0); ``north_std``: its 1σ
    (``None`` → 0).  All broadcast together; returns four arrays.
    """
    ae, an, au = (np.asarray(c, dtype=float) for c in asc_unit)
    de, dn, du = (np.asarray(c, dtype=float) for c in desc_unit)
    la = np.asarray(asc, dtype=float)
    ld = np.asarray(desc, dtype=float)
    if north is not None:
        la = la - an * north
        ld = ld - dn * north
    det = ae * du - de * au
    with np.errstate(divide='ignore', invalid='ignore'):
        east = (du * la - au * ld) / det
        up = (ae * ld - de * la) / det
        s11 = _square(asc_std)
        s22 = _square(desc_std)
        s12 = 0.0
        if north_std is not None:
            var_n = np.asarray(north_std, dtype=float) ** 2
            s11 = s11 + an * an * var_n
            s22 = s22 + dn * dn * var_n
            s12 = an * dn * var_n
        east_var = (du * du * s11 - 2.0 * du * au * s12 + au * au * s22) / (det * det)
        up_var = (de * de * s11 - 2.0 * de * ae * s12 + ae * ae * s22) / (det * det)
    return east, up, np.sqrt(east_var), np.sqrt(up_var)


def _square(std):
    return 1.0 if std is None else np.asarray(std, dtype=float) ** 2


# -- the common grid ------------------------------------------------------------
def common_grid(grids, names, roles, resolution=0.0):
    """The output grid: intersection of ``grids`` in the CRS of the first one.

    ``resolution`` (target CRS units, 0 = the coarsest input pixel) sets square
    pixels; the grid is aligned on the input whose pixel size it uses (else on
    the first) and snapped inwards so every output pixel lies inside all inputs.
    """
    target = grids[0].crs_wkt
    for grid, name, role in zip(grids[1:], names[1:], roles[1:]):
        if bool(grid.crs_wkt) != bool(target):
            if not grid.crs_wkt:
                raise InputError('{0}: "{1}" has no CRS but "{2}" has one; give both rasters a CRS.',
                                 role, name, names[0])
            raise InputError('{0}: "{1}" has a CRS but "{2}" has none; give both rasters a CRS.', role, name, names[0])
    bounds = [bounds_in(grid, target) for grid in grids]
    x_min = max(b[0] for b in bounds)
    y_min = max(b[1] for b in bounds)
    x_max = min(b[2] for b in bounds)
    y_max = min(b[3] for b in bounds)
    if x_min >= x_max or y_min >= y_max:
        extents = '; '.join(f'{role} "{name}": x {b[0]:.6g}…{b[2]:.6g}, y {b[1]:.6g}…{b[3]:.6g}'
                            for role, name, b in zip(roles, names, bounds))
        raise InputError('{0} do not overlap ({1}, in the CRS of {2}); choose rasters that cover a common area.',
                         ' and '.join(roles), extents, roles[0])
    sizes = [max(pixel_size_in(grid, target)) for grid in grids]
    anchor = grids[0]
    if resolution and resolution > 0:
        res = float(resolution)
    else:
        res = max(sizes)
        same_crs = [g for g, s in zip(grids, sizes) if s == res and g.same_crs(grids[0])]
        anchor = same_crs[0] if same_crs else grids[0]
    ax, ay = anchor.geotransform[0], anchor.geotransform[3]
    if not anchor.same_crs(grids[0]):
        ax, ay = 0.0, 0.0
    col0 = math.ceil((x_min - ax) / res - SNAP_TOLERANCE)
    col1 = math.floor((x_max - ax) / res + SNAP_TOLERANCE)
    row0 = math.ceil((ay - y_max) / res - SNAP_TOLERANCE)
    row1 = math.floor((ay - y_min) / res + SNAP_TOLERANCE)
    width, height = col1 - col0, row1 - row0
    if width < 1 or height < 1:
        raise InputError('{0} overlap by less than one output pixel ({1:g} CRS units); choose rasters that cover a '
                         'common area or a smaller RESOLUTION.', ' and '.join(roles), res)
    if width * height > MAX_PIXELS:
        raise InputError('RESOLUTION: {0:g} gives {1}×{2} pixels over the common area; choose a coarser resolution.',
                         res, width, height)
    return Grid(width, height, (ax + col0 * res, res, 0.0, ay - row0 * res, 0.0, -res), target)
