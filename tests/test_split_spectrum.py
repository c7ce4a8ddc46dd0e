"""``deformation:splitspectrum``: exact separation of synthetic dispersive and non-dispersive phase."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from rasters import file_digest, read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.corrections.ionosphere import split_spectrum

# ALOS-2 PALSAR-2-like L band (MHz): centre and the centres of the lower and upper thirds of 84 MHz
F0, FL, FH = 1257.5, 1229.5, 1285.5
SHAPE = (40, 50)


def synthetic(seed=3):
    """Non-dispersive a·f and dispersive b/f phases; returns (a·f₀, b/f₀, φ_L, φ_H), radians."""
    rng = np.random.default_rng(seed)
    rows, cols = np.mgrid[0:SHAPE[0], 0:SHAPE[1]]
    non_dispersive = 30.0 * np.sin(cols / 9.0) + 4.0 * rows / SHAPE[0] + rng.normal(0.0, 0.5, SHAPE)
    ionosphere = -12.0 + 25.0 * cols / SHAPE[1] + 6.0 * np.cos(rows / 7.0)
    a, b = non_dispersive / F0, ionosphere * F0
    return non_dispersive, ionosphere, a * FL + b / FL, a * FH + b / FH


def ulp32(values):
    """Spacing of float32 numbers at ``values``: the rounding of a float32 output."""
    return np.spacing(np.abs(values).astype(np.float32)).astype(float)




def test_core_is_exact_and_sums_to_full_band():
    non_dispersive, ionosphere, low, high = synthetic()
    iono, nondisp = split_spectrum(low, high, F0, FL, FH)
    assert np.max(np.abs(iono - ionosphere)) < 1e-9
    assert np.max(np.abs(nondisp - non_dispersive)) < 1e-9
    # any frequency unit: Hz gives the same numbers
    iono_hz, _ = split_spectrum(low, high, F0 * 1e6, FL * 1e6, FH * 1e6)
    assert np.max(np.abs(iono_hz - ionosphere)) < 1e-9


def test_core_rejects_bad_frequencies():
    with pytest.raises(InputError, match='LOW_FREQUENCY 1285.5 must be below HIGH_FREQUENCY 1229.5'):
        split_spectrum(0.0, 0.0, F0, FH, FL)
    with pytest.raises(InputError, match='CENTER_FREQUENCY: -1 is not a frequency'):
        split_spectrum(0.0, 0.0, -1.0, FL, FH)


def test_algorithm_separates_two_interferograms(run_algorithm, tmp_path):
    first, second = synthetic(3), synthetic(4)
    low = write_tif(tmp_path / 'low.tif', [first[2], second[2]],
                    descriptions=['20200102_20200114', '20200114_20200126'], dtype=gdal.GDT_Float64)  # float64 input
    high = write_tif(tmp_path / 'high.tif', [first[3], second[3]], dtype=gdal.GDT_Float64)
    before = file_digest(low), file_digest(high)
    result = run_algorithm('splitspectrum', {
        'LOW_BAND': low, 'HIGH_BAND': high, 'CENTER_FREQUENCY': F0, 'LOW_FREQUENCY': FL, 'HIGH_FREQUENCY': FH,
        'OUTPUT_IONOSPHERE': str(tmp_path / 'iono.tif'), 'OUTPUT_NONDISPERSIVE': str(tmp_path / 'nondisp.tif')})
    iono, names = read_tif(result['OUTPUT_IONOSPHERE'])
    nondisp, _ = read_tif(result['OUTPUT_NONDISPERSIVE'])
    assert names == ['20200102_20200114', '20200114_20200126']
    for band, truth in enumerate((first, second)):
        # outputs are float32 (SPEC §2): exact up to the float32 rounding of the exact value (one ulp)
        assert np.all(np.abs(iono[band] - truth[1]) <= ulp32(truth[1]))
        assert np.all(np.abs(nondisp[band] - truth[0]) <= ulp32(truth[0]))
    assert (file_digest(low), file_digest(high)) == before


def test_qgis_process_run_and_mismatched_sub_bands(qgis_process, tmp_path):
    non_dispersive, ionosphere, low_phase, high_phase = synthetic()
    low = write_tif(tmp_path / 'low.tif', low_phase, dtype=gdal.GDT_Float64)
    high = write_tif(tmp_path / 'high.tif', high_phase, dtype=gdal.GDT_Float64)
    code, result, log = qgis_process.run('splitspectrum', LOW_BAND=low, HIGH_BAND=high, CENTER_FREQUENCY=F0,
                                         LOW_FREQUENCY=FL, HIGH_FREQUENCY=FH,
                                         OUTPUT_IONOSPHERE=tmp_path / 'iono.tif',
                                         OUTPUT_NONDISPERSIVE=tmp_path / 'nondisp.tif')
    assert code == 0, log
    assert np.all(np.abs(read_tif(result['OUTPUT_IONOSPHERE'])[0][0] - ionosphere) <= ulp32(ionosphere))
    shifted = write_tif(tmp_path / 'shifted.tif', high_phase, dtype=gdal.GDT_Float64,
                        geotransform=(500030.0, 30.0, 0.0, 4000000.0, 0.0, -30.0))
    code, _, log = qgis_process.run('splitspectrum', LOW_BAND=low, HIGH_BAND=shifted, CENTER_FREQUENCY=F0,
                                    LOW_FREQUENCY=FL, HIGH_FREQUENCY=FH, OUTPUT_IONOSPHERE=tmp_path / 'i2.tif',
                                    OUTPUT_NONDISPERSIVE=tmp_path / 'n2.tif')
    assert code != 0 and 'Traceback' not in log
    assert 'HIGH_BAND: "shifted.tif" is not on the grid of "low.tif"' in log
    assert not (tmp_path / 'i2.tif').exists()


def test_swapped_frequencies_give_a_clear_error(run_algorithm, tmp_path):
    _, _, low_phase, high_phase = synthetic()
    low = write_tif(tmp_path / 'low.tif', low_phase)
    high = write_tif(tmp_path / 'high.tif', high_phase)
    with pytest.raises(QgsProcessingException, match='LOW_FREQUENCY 1285.5 must be below HIGH_FREQUENCY'):
        run_algorithm('splitspectrum', {
            'LOW_BAND': low, 'HIGH_BAND': high, 'CENTER_FREQUENCY': F0, 'LOW_FREQUENCY': FH, 'HIGH_FREQUENCY': FL,
            'OUTPUT_IONOSPHERE': str(tmp_path / 'iono.tif'), 'OUTPUT_NONDISPERSIVE': str(tmp_path / 'n.tif')})
