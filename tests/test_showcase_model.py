"""The showcase model (resources/models/showcase_asc_desc.model3): simulate → SBAS → GNSS → East/Up → zones.

Run through ``qgis_process.bin`` and ``processing.run``; East and Up must match the simulated truth
within the noise of the chain.  The expected noise is computed from the simulation itself: the
velocity that each track's simulated atmosphere (truth/atmosphere.tif) alone would produce, less
its scene mean (removed by the GNSS tie), plus the north motion that quasi-East/Up ignores,
propagated through the same East/Up decomposition; phase noise, reference and GNSS noise come on
top, hence the bound 2 × expected + 0.5 mm/yr.
"""
import datetime as dt

import numpy as np
from conftest import ROOT
from osgeo import gdal

from deformation_toolbox.algorithms.core.geometry.line_of_sight import unit_vector

MODEL = ROOT / 'resources' / 'models' / 'showcase_asc_desc.model3'
ZONES = ROOT / 'resources' / 'sample' / 'sample_layers.gpkg'


def band(path, index=1):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(index).ReadAsArray().astype(float)


def atmosphere_rate(folder):
    """Per-pixel least-squares rate (mm/yr) of the simulated atmosphere of a stack, scene mean removed."""
    dataset = gdal.Open(f'{folder}/truth/atmosphere.tif')
    series = dataset.ReadAsArray().astype(float)
    days = [dt.date.fromisoformat(dataset.GetRasterBand(i + 1).GetDescription()) for i in range(dataset.RasterCount)]
    t = np.array([(day - days[0]).days / 365.25 for day in days])
    design = np.column_stack([np.ones_like(t), t])
    rate = np.linalg.lstsq(design, series.reshape(len(t), -1), rcond=None)[0][1].reshape(series.shape[1:])
    return rate - rate.mean()


def expected_noise(asc_folder, desc_folder):
    """RMS (mm/yr) of East and Up from the two atmosphere rates and the ignored north motion (quasi-East/Up)."""
    rates, vectors = [], []
    north = band(f'{asc_folder}/truth/north_velocity.tif')
    for folder, look in ((asc_folder, 'right'), (desc_folder, 'right')):
        vector = unit_vector(band(f'{folder}/geometry/incidence.tif'), band(f'{folder}/geometry/heading.tif'), look)
        rates.append(atmosphere_rate(folder) + vector[1] * north)      # + the north motion quasi-East/Up ignores
        vectors.append(vector)
    (ae, _, au), (de, _, du) = vectors
    determinant = ae * du - au * de
    east = (du * rates[0] - au * rates[1]) / determinant
    up = (-de * rates[0] + ae * rates[1]) / determinant
    return {'east': float(np.sqrt(np.mean(east ** 2))), 'up': float(np.sqrt(np.mean(up ** 2)))}


def check_against_truth(results, label):
    asc, desc = results['simulate_asc:ascending_stack'], results['simulate_desc:descending_stack']
    noise = expected_noise(asc, desc)
    for name in ('east', 'up'):
        truth = band(f'{asc}/truth/{name}_velocity.tif')
        rms = float(np.sqrt(np.nanmean((band(results[f'decompose:{name}']) - truth) ** 2)))
        print(f'showcase via {label}: {name} RMS vs truth {rms:.2f} mm/yr, expected noise {noise[name]:.2f} mm/yr, '
              f'truth RMS {np.sqrt(np.mean(truth ** 2)):.2f} mm/yr')
        assert rms < 2.0 * noise[name] + 0.5, (name, rms, noise)   # + phase noise, reference, GNSS
    up_truth = band(f"{asc}/truth/up_velocity.tif")
    assert np.sqrt(np.mean(up_truth ** 2)) > 3 * noise["up"]          # a signal well above the noise


def outputs(folder):
    return {'decompose:east': folder / 'east.tif', 'decompose:up': folder / 'up.tif',
            'zones:zone_statistics': folder / 'zones.gpkg', 'simulate_asc:ascending_stack': folder / 'asc',
            'simulate_desc:descending_stack': folder / 'desc'}


def test_showcase_model_through_qgis_process_recovers_east_up(qgis_process, tmp_path):
    code, results, log = qgis_process.run_model(MODEL, hazard_zones=f'{ZONES}|layername=hazard_zones',
                                                scene_pixels=64, **outputs(tmp_path))
    assert code == 0, log
    check_against_truth(results, 'qgis_process')
    zones = gdal.OpenEx(str(results['zones:zone_statistics']))
    assert zones.GetLayer(0).GetFeatureCount() > 0


def test_showcase_model_through_processing_run(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    zones = QgsVectorLayer(f'{ZONES}|layername=hazard_zones', 'zones', 'ogr')
    parameters = {name: str(path) for name, path in outputs(tmp_path).items()}
    results = processing.run(model, {'hazard_zones': zones, 'scene_pixels': 48, **parameters})
    check_against_truth(results, 'processing.run')
