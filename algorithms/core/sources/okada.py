"""Rectangular dislocations in an elastic half-space (Okada 1985) and the screw dislocation.

Inputs in metres (coordinates, depth, dimensions, slip); outputs in metres,
east/north/up.  Faults are placed by the surface projection of the centre
of their top edge and its depth (the SPEC convention), or by their centroid
(:func:`top_edge_from_centroid`), the convention of most published fault
models (USGS, GCMT, GSI).
"""
import numpy as np

from ..common.errors import InputError


def screw_dislocation(x, y, x0, y0, strike, slip, locking_depth):
    """Interseismic-style strike-slip screw dislocation across a vertical fault.

    A fault through (x0, y0) with azimuth ``strike`` (degrees clockwise from
    north), buried slip ``slip`` below ``locking_depth``; fault-parallel surface
    motion (Savage & Burford 1973)::

        u_∥(ξ) = slip / π · arctan(ξ / D),    ξ = distance across the fault

    Positive slip is right-lateral: the side to the right of the strike moves
    along −strike.  Used as a smooth co-seismic step field in simulations.
    Returns (east, north, up) in the unit of ``slip``.
    """
    azimuth = np.radians(strike)
    along = np.array([np.sin(azimuth), np.cos(azimuth)])
    across = np.array([np.cos(azimuth), -np.sin(azimuth)])  # to the right of the strike
    xi = (np.asarray(x, dtype=float) - x0) * across[0] + (np.asarray(y, dtype=float) - y0) * across[1]
    parallel = -slip / np.pi * np.arctan(xi / locking_depth)
    return parallel * along[0], parallel * along[1], np.zeros_like(parallel)


#: |cos δ| below which the fault is treated as vertical (Okada's cos δ = 0 formulas): the general
#: formulas lose precision as 1/cos²δ, the vertical ones err by ~1e-3·cos δ of the displacement
NEAR_VERTICAL = 1e-4


def okada_rectangle(x, y, depth, dip, length, width, strike_slip=0.0, dip_slip=0.0, opening=0.0,
                    poisson=0.25):
    """Surface displacement of a rectangular dislocation in Okada's (1985) own frame.

    Okada's frame: x along the strike, y perpendicular to it (90° counter-
    clockwise from x, so the fault dips towards −y), z up.  The fault is
    0 ≤ ξ' ≤ L along the strike and 0 ≤ η' ≤ W up the dip from its origin, the
    *lower* corner (0, 0, −d): ``depth`` d is the depth of the **lower** edge,
    the upper edge lies at d − W·sin δ (≥ 0).  Slip is the motion of the
    hanging wall relative to the foot wall: ``strike_slip`` U₁ > 0 left-lateral,
    ``dip_slip`` U₂ > 0 reverse (thrust), ``opening`` U₃ > 0 tensile.

    Chinnery's notation f(ξ, η)‖ = f(x, p) − f(x, p − W) − f(x − L, p) + f(x − L, p − W),
    p = y cos δ + d sin δ, q = y sin δ − d cos δ (Okada 1985, eq. 24–30)::

        strike-slip: u_x = −U₁/2π [ξq/R(R+η) + atan(ξη/qR) + I₁ sin δ]
                     u_y = −U₁/2π [ỹq/R(R+η) + q cos δ/(R+η) + I₂ sin δ]
                     u_z = −U₁/2π [d̃q/R(R+η) + q sin δ/(R+η) + I₄ sin δ]
        dip-slip:    u_x = −U₂/2π [q/R − I₃ sin δ cos δ]
                     u_y = −U₂/2π [ỹq/R(R+ξ) + cos δ atan(ξη/qR) − I₁ sin δ cos δ]
                     u_z = −U₂/2π [d̃q/R(R+ξ) + sin δ atan(ξη/qR) − I₅ sin δ cos δ]
        tensile:     u_x =  U₃/2π [q²/R(R+η) − I₃ sin²δ]
                     u_y =  U₃/2π [−d̃q/R(R+ξ) − sin δ{ξq/R(R+η) − atan(ξη/qR)} − I₁ sin²δ]
                     u_z =  U₃/2π [ỹq/R(R+ξ) + cos δ{ξq/R(R+η) − atan(ξη/qR)} − I₅ sin²δ]

    with ỹ = η cos δ + q sin δ, d̃ = η sin δ − q cos δ, R² = ξ² + η² + q², and
    I₁…I₅ from :func:`_okada_i_terms` (μ/(λ+μ) = 1 − 2ν).  Lengths in any one
    unit; displacements in the unit of the slips.  Returns (u_x, u_y, u_z).
    """
    return okada_rectangle_responses(x, y, depth, dip, length, width, ((strike_slip, dip_slip, opening),),
                                     poisson)[0]


def okada_rectangle_responses(x, y, depth, dip, length, width, slips, poisson=0.25):
    """:func:`okada_rectangle` for several slip vectors at once: [(u_x, u_y, u_z)] per (U₁, U₂, U₃) of ``slips``.

    The geometry (R, ỹ, d̃, the I terms) is computed once per corner and shared.
    """
    dip_rad = np.radians(dip)
    sin_d, cos_d = np.sin(dip_rad), np.cos(dip_rad)
    if abs(cos_d) < NEAR_VERTICAL:
        sin_d, cos_d = 1.0, 0.0
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    p = y * cos_d + depth * sin_d
    q = y * sin_d - depth * cos_d
    totals = [[np.zeros(np.broadcast(x, y).shape) for _ in range(3)] for _ in slips]
    for xi, eta, sign in ((x, p, 1.0), (x, p - width, -1.0), (x - length, p, -1.0),
                          (x - length, p - width, 1.0)):
        corners = _okada_corner(xi, eta, q, sin_d, cos_d, slips, poisson)
        for total, corner in zip(totals, corners):
            for component, value in zip(total, corner):
                component += sign * value
    return [tuple(total) for total in totals]


def _okada_corner(xi, eta, q, sin_d, cos_d, slips, poisson):
    """Okada's (1985) surface displacement f(ξ, η) at one corner (before Chinnery's sum), per slip vector."""
    r = np.sqrt(xi * xi + eta * eta + q * q)
    y_t = eta * cos_d + q * sin_d
    d_t = eta * sin_d - q * cos_d
    # singular cases (Okada 1992): R + η → 0 or R + ξ → 0 on the extension of the fault edges
    r_eta, r_xi = r + eta, r + xi
    inv_r_eta = np.where(r_eta > 1e-12 * (r + 1.0), 1.0 / np.where(r_eta == 0, 1.0, r_eta), 0.0)
    inv_r_xi = np.where(r_xi > 1e-12 * (r + 1.0), 1.0 / np.where(r_xi == 0, 1.0, r_xi), 0.0)
    log_r_eta = np.where(r_eta > 1e-12 * (r + 1.0), np.log(np.where(r_eta > 0, r_eta, 1.0)),
                         -np.log(np.where(r - eta > 0, r - eta, 1.0)))
    safe_q = np.where(q == 0, 1.0, q)
    theta = np.where(q == 0, 0.0, np.arctan(xi * eta / (safe_q * np.where(r == 0, 1.0, r))))
    i1, i2, i3, i4, i5 = _okada_i_terms(xi, eta, q, r, y_t, d_t, log_r_eta, sin_d, cos_d, poisson)
    qr = q / r
    terms = {}
    if any(u1 for u1, _, _ in slips):
        terms[0] = (-(xi * qr * inv_r_eta + theta + i1 * sin_d),
                    -(y_t * qr * inv_r_eta + q * cos_d * inv_r_eta + i2 * sin_d),
                    -(d_t * qr * inv_r_eta + q * sin_d * inv_r_eta + i4 * sin_d))
    if any(u2 for _, u2, _ in slips):
        terms[1] = (-(qr - i3 * sin_d * cos_d), -(y_t * qr * inv_r_xi + cos_d * theta - i1 * sin_d * cos_d),
                    -(d_t * qr * inv_r_xi + sin_d * theta - i5 * sin_d * cos_d))
    if any(u3 for _, _, u3 in slips):
        bracket = xi * qr * inv_r_eta - theta
        terms[2] = (q * qr * inv_r_eta - i3 * sin_d ** 2, -d_t * qr * inv_r_xi - sin_d * bracket - i1 * sin_d ** 2,
                    y_t * qr * inv_r_xi + cos_d * bracket - i5 * sin_d ** 2)
    results = []
    for slip in slips:
        components = [0.0, 0.0, 0.0]
        for kind, amount in enumerate(slip):
            if amount:
                for c in range(3):
                    components[c] = components[c] + amount / (2 * np.pi) * terms[kind][c]
        results.append(tuple(components))
    return results


def _okada_i_terms(xi, eta, q, r, y_t, d_t, log_r_eta, sin_d, cos_d, poisson):
    """Okada's (1985) I₁…I₅ (eq. 28–29), with μ/(λ+μ) = 1 − 2ν.

    cos δ ≠ 0::

        I₁ = μ/(λ+μ) [−ξ/(cos δ (R+d̃))] − tan δ I₅
        I₂ = μ/(λ+μ) [−ln(R+η)] − I₃
        I₃ = μ/(λ+μ) [ỹ/(cos δ (R+d̃)) − ln(R+η)] + tan δ I₄
        I₄ = μ/(λ+μ) [ln(R+d̃) − sin δ ln(R+η)] / cos δ
        I₅ = μ/(λ+μ) 2/cos δ · atan[(η(X + q cos δ) + X(R+X) sin δ) / (ξ(R+X) cos δ)],  X² = ξ² + q²

    (I₅ = 0 where ξ = 0); cos δ = 0::

        I₁ = −μ/2(λ+μ) ξq/(R+d̃)²,   I₃ = μ/2(λ+μ) [η/(R+d̃) + ỹq/(R+d̃)² − ln(R+η)],
        I₄ = −μ/(λ+μ) q/(R+d̃),     I₅ = −μ/(λ+μ) ξ sin δ/(R+d̃)
    """
    m = 1.0 - 2.0 * poisson
    r_d = r + d_t
    if cos_d == 0.0:
        i1 = -m / 2.0 * xi * q / r_d ** 2
        i3 = m / 2.0 * (eta / r_d + y_t * q / r_d ** 2 - log_r_eta)
        i4 = -m * q / r_d
        i5 = -m * xi * sin_d / r_d
    else:
        big_x = np.sqrt(xi * xi + q * q)
        denominator = xi * (r + big_x) * cos_d
        numerator = eta * (big_x + q * cos_d) + big_x * (r + big_x) * sin_d
        i5 = np.where(xi == 0, 0.0, m * 2.0 / cos_d * np.arctan(
            numerator / np.where(denominator == 0, 1.0, denominator)))
        i4 = m / cos_d * (np.log(r_d) - sin_d * log_r_eta)
        i3 = m * (y_t / (cos_d * r_d) - log_r_eta) + sin_d / cos_d * i4
        i1 = m * (-xi / (cos_d * r_d)) - sin_d / cos_d * i5
    i2 = m * (-log_r_eta) - i3
    return i1, i2, i3, i4, i5


#: a fault with a dip below this (degrees) at depth 0 lies in the free surface: the limit of Okada's solution
SURFACE_DIP = 1e-6


def top_edge_from_centroid(x, y, depth, strike, dip, width, role='DEPTH'):
    """(x, y, depth) of the top-edge centre of a fault given by its centroid (metres, degrees).

    The centroid lies W/2 down-dip of the top-edge centre: horizontally
    (W/2)·cos δ along the dip direction (cos φ, −sin φ) (to the right of the
    strike φ), and (W/2)·sin δ deeper.  :class:`InputError` when the top edge
    would be above the surface.
    """
    phi, delta = np.radians(strike), np.radians(dip)
    top = depth - 0.5 * width * np.sin(delta)
    if top < -1e-9 * max(1.0, width):
        needed = 0.5 * width * np.sin(delta)
        raise InputError('{0}: a centroid {1:g} m deep with width {2:g} m and dip {3:g}° puts the top edge {4:.0f} m '
                         'above the surface; give a centroid at least {5:.0f} m deep, or a narrower fault.',
                         role, depth, width, dip, -top, needed)
    half = 0.5 * width * np.cos(delta)
    return float(x - half * np.cos(phi)), float(y + half * np.sin(phi)), float(max(top, 0.0))


def centroid_from_top_edge(x, y, depth, strike, dip, width):
    """(x, y, depth) of the centroid of a fault given by its top-edge centre (inverse of the above)."""
    phi, delta = np.radians(strike), np.radians(dip)
    half = 0.5 * width * np.cos(delta)
    return float(x + half * np.cos(phi)), float(y - half * np.sin(phi)), float(depth + 0.5 * width * np.sin(delta))


def fault_corners(x, y, depth, strike, dip, length, width):
    """Map (x, y) of the surface projection of the fault's corners: top-left, top-right, bottom-right, bottom-left."""
    phi, delta = np.radians(strike), np.radians(dip)
    along = np.array([np.sin(phi), np.cos(phi)])
    down = np.array([np.cos(phi), -np.sin(phi)]) * width * np.cos(delta)
    centre = np.array([x, y])
    top = [centre - 0.5 * length * along, centre + 0.5 * length * along]
    return np.array([top[0], top[1], top[1] + down, top[0] + down])


def _surface_limit(xi, eta, length, width, strike_slip, dip_slip, opening):
    """Okada's solution for a horizontal fault at depth → 0 (Okada's frame): the slip vector over the fault.

    Points above the fault move with the hanging wall (u_x = U₁, u_y = U₂,
    u_z = U₃), half of it on the edges, nothing outside.
    """
    def inside(value, size):
        return np.where((value > 0) & (value < size), 1.0, np.where((value == 0) | (value == size), 0.5, 0.0))

    share = inside(xi, length) * inside(eta, width)
    return share * strike_slip, share * dip_slip, share * opening


def okada_unit_responses(x, y, x0, y0, depth, strike, dip, length, width, poisson=0.25):
    """(east, north, up) per unit strike-slip (rake 0) and per unit dip-slip (rake 90): array (2, 3, …).

    Same convention as :func:`okada`; the two share one pass over the corners.
    """
    if depth <= 0.0 and abs(dip) < SURFACE_DIP:
        return np.array([okada(x, y, x0, y0, depth, strike, dip, length, width, rake, 1.0, 0.0, poisson)
                         for rake in (0.0, 90.0)])
    along, normal, origin_depth, (local_x, local_y) = _okada_frame(x, y, x0, y0, depth, strike, dip, length, width)
    responses = okada_rectangle_responses(local_x, local_y, origin_depth, dip, length, width,
                                          ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)), poisson)
    return np.array([(u_along * along[0] + u_normal * normal[0], u_along * along[1] + u_normal * normal[1], up)
                     for u_along, u_normal, up in responses])


def _okada_frame(x, y, x0, y0, depth, strike, dip, length, width):
    """Unit vectors along the strike and Okada's y, the origin depth, and points in Okada's frame."""
    phi = np.radians(strike)
    along = np.array([np.sin(phi), np.cos(phi)])
    normal = np.array([-np.cos(phi), np.sin(phi)])
    dip_rad = np.radians(dip)
    horizontal_width = 0.0 if abs(np.cos(dip_rad)) < NEAR_VERTICAL else width * np.cos(dip_rad)
    origin = np.array([x0, y0]) - 0.5 * length * along - horizontal_width * normal
    dx = np.asarray(x, dtype=float) - origin[0]
    dy = np.asarray(y, dtype=float) - origin[1]
    return along, normal, depth + width * np.sin(dip_rad), (dx * along[0] + dy * along[1],
                                                            dx * normal[0] + dy * normal[1])


def okada(x, y, x0, y0, depth, strike, dip, length, width, rake=0.0, slip=0.0, opening=0.0, poisson=0.25):
    """Okada (1985) rectangular dislocation in map coordinates (SPEC convention).

    ``(x0, y0)`` is the surface projection of the centre of the fault's top
    edge and ``depth`` the depth of that edge (m, ≥ 0); ``strike`` in degrees
    clockwise from north, the fault dipping ``dip`` degrees to the right of the
    strike (Aki & Richards); ``rake`` in degrees (0 left-lateral, 90 reverse,
    ±180 right-lateral, −90 normal); ``slip`` and ``opening`` in any length
    unit.  In Okada's frame (:func:`okada_rectangle`, x along the strike, y 90°
    counter-clockwise from it) the top-edge centre is (L/2, W cos δ) above an
    origin at depth d = depth + W sin δ, so the origin's map position is::

        O = (x0, y0) − L/2 · ŝ − W cos δ · ŷ,   ŝ = (sin φ, cos φ),  ŷ = (−cos φ, sin φ)

    A horizontal fault at depth 0 lies in the free surface, where Okada's
    formulas give 0/0: its limit (the slip vector over the fault, half on its
    edges, :func:`_surface_limit`) is returned.  Returns (east, north, up) in
    the unit of ``slip``/``opening``.
    """
    along, normal, origin_depth, (local_x, local_y) = _okada_frame(x, y, x0, y0, depth, strike, dip, length, width)
    strike_slip, dip_slip = slip * np.cos(np.radians(rake)), slip * np.sin(np.radians(rake))
    if depth <= 0.0 and abs(dip) < SURFACE_DIP:
        u_along, u_normal, up = _surface_limit(local_x, local_y, length, width, strike_slip, dip_slip, opening)
    else:
        u_along, u_normal, up = okada_rectangle(local_x, local_y, origin_depth, dip, length, width,
                                                strike_slip=strike_slip, dip_slip=dip_slip, opening=opening,
                                                poisson=poisson)
    return (u_along * along[0] + u_normal * normal[0], u_along * along[1] + u_normal * normal[1], up)
