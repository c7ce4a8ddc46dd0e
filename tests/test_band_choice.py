"""Band choice: every single-raster input has ``<NAME>_BAND`` (default 1) so multi-band products chain."""
import numpy as np
from rasters import assert_refused, read_tif, write_tif


def test_every_single_raster_input_has_a_band_choice_after_it(provider):
    for algorithm in provider.algorithms():
        names = [d.name() for d in algorithm.parameterDefinitions()]
        for index, definition in enumerate(algorithm.parameterDefinitions()):
            if definition.type() != 'raster' or definition.name() in algorithm.NO_BAND_INPUTS:
                continue
            band = algorithm.parameterDefinition(definition.name() + '_BAND')
            assert band is not None, (algorithm.id(), definition.name())
            assert band.type() == 'band' and band.parentLayerParameterName() == definition.name()
            assert names[index + 1] == band.name()          # shown right under its layer
            expected = None if definition.name() in algorithm.WHOLE_RASTER_INPUTS else 1
            assert band.defaultValue() == expected, (algorithm.id(), band.name())


def test_decomposition_reads_the_chosen_band_of_multi_band_velocities(run_algorithm, tmp_path):
    rng = np.random.default_rng(3)
    asc, desc = rng.normal(0, 10, (2, 12, 10))
    single = {'ASCENDING': write_tif(tmp_path / 'asc.tif', asc), 'DESCENDING': write_tif(tmp_path / 'desc.tif', desc)}
    products = {  # as SBAS writes them: velocity first, then σ and steps
        'ASCENDING': write_tif(tmp_path / 'asc_sbas.tif', [asc * 0 + 99, asc, asc * 2],
                               descriptions=['sigma', 'velocity', 'step']),
        'DESCENDING': write_tif(tmp_path / 'desc_sbas.tif', [desc, desc * 0 + 5], descriptions=['velocity', 'sigma'])}
    reference = run_algorithm('ascdescdecomposition', {**single, **outputs(tmp_path, 'a')})
    chosen = run_algorithm('ascdescdecomposition', {**products, 'ASCENDING_BAND': 2, 'DESCENDING_BAND': 1,
                                                    **outputs(tmp_path, 'b')})
    for name in ('OUTPUT_EAST', 'OUTPUT_UP'):
        np.testing.assert_array_equal(read_tif(chosen[name])[0], read_tif(reference[name])[0])
    inputs = list(products.values())
    message = assert_refused(run_algorithm, 'ascdescdecomposition', {**products, 'ASCENDING_BAND': 4,
                                                                     **outputs(tmp_path, 'c')}, 'band 4', inputs=inputs)
    assert 'asc_sbas.tif' in message and 'from 1 to 3' in message


def outputs(folder, tag):
    return {name: str(folder / f'{tag}_{name.lower()}.tif')
            for name in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD', 'OUTPUT_UP_STD')}
