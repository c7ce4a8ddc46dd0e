"""Output styles (algorithms/output_styles.py): every kind of output lands readable, never as RGB."""
import numpy as np
import pytest
from rasters import write_tif


def test_kinds_follow_the_output_names():
    from deformation_toolbox.algorithms.output_styles import kind_of_output
    assert kind_of_output('OUTPUT_VELOCITY', 'raster') == 'diverging'
    assert kind_of_output('OUTPUT_EAST_STD', 'raster') == 'sequential'
    assert kind_of_output('OUTPUT_QUALITY', 'raster') == 'sequential'
    assert kind_of_output('OUTPUT_TIMESERIES', 'raster') == 'series'
    assert kind_of_output('OUTPUT_RESIDUALS', 'vector') == 'graduated'


def test_series_show_the_last_date_symmetric_and_sigma_sequential(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    from deformation_toolbox.algorithms.output_styles import OutputStyle
    rng = np.random.default_rng(1)
    series = [rng.normal(0, 1 + i, (20, 20)) for i in range(4)]
    layer = QgsRasterLayer(write_tif(tmp_path / 'ts.tif', series), 'ts', 'gdal')
    OutputStyle('series', 'SBAS time series').postProcessLayer(layer, None, None)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.band() == 4
    limit = np.percentile(np.abs(series[-1]), 98)
    assert renderer.classificationMax() == pytest.approx(limit, rel=0.05)
    assert renderer.classificationMin() == pytest.approx(-renderer.classificationMax())
    assert layer.name() == 'SBAS time series'
    sigma = QgsRasterLayer(write_tif(tmp_path / 'sigma.tif', [np.abs(series[0]) + 1, series[1]]), 's', 'gdal')
    OutputStyle('sequential', 'Up velocity 1σ').postProcessLayer(sigma, None, None)
    low, high = np.percentile(np.abs(series[0]) + 1, [2, 98])
    assert sigma.renderer().band() == 1
    assert (sigma.renderer().classificationMin(), sigma.renderer().classificationMax()) == pytest.approx(
        (low, high), rel=0.05)


def test_points_get_classes_symmetric_about_zero(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsGraduatedSymbolRenderer, QgsPointXY, QgsVectorLayer

    from deformation_toolbox.algorithms.output_styles import OutputStyle
    layer = QgsVectorLayer('Point?crs=EPSG:32654&field=station:string&field=residual_after:double', 'r', 'memory')
    values = [-3.0, -1.0, 0.5, 2.0, 4.0]
    features = []
    for i, value in enumerate(values):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i * 100.0, 0.0)))
        feature.setAttributes([f'S{i}', value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    OutputStyle('graduated', 'GNSS residuals').postProcessLayer(layer, None, None)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == 'residual_after'
    ranges = renderer.ranges()
    assert ranges[0].lowerValue() <= min(values) and ranges[-1].upperValue() >= max(values)
    middle = [(r.lowerValue() + r.upperValue()) / 2 for r in ranges[1:-1]]
    assert np.allclose(middle, -np.array(middle[::-1]))          # symmetric about zero
