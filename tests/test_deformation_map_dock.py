"""Deformation-map action: ramp symmetric about zero from robust percentiles, legend title, layer order."""
import numpy as np
import pytest
from qgis.core import (
    QgsLayerTreeModel,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from test_dock_support import show_layer, shown_canvas  # noqa: F401 - fixture

from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin, write_raster
from deformation_toolbox.plugin.map_styling import RDBU, SAMPLE_PROPERTY

WIDTH, HEIGHT = 40, 30


def velocity_values():
    """Skewed velocities: subsidence to −42 mm/yr, uplift to +9 mm/yr, a NaN hole."""
    rows, columns = np.mgrid[0:HEIGHT, 0:WIDTH]
    values = -42.0 * np.exp(-((columns - 28) ** 2 + (rows - 26) ** 2) / 60.0) + 0.3 * (columns - 20) - 0.5
    values[0:3, 0:3] = np.nan
    return values


@pytest.fixture(scope='module')
def velocity_path(tmp_path_factory):
    # the simulated scene's grid (UTM 54N around the bundled sample layers)
    grid = grid_from_origin(267600.0, 4041200.0, 500.0, WIDTH, HEIGHT, epsg=32654)
    return write_raster(str(tmp_path_factory.mktemp('map') / 'velocity.tif'), grid, [velocity_values()],
                        ['velocity'], units='mm/yr')


@pytest.fixture()
def project(shown_canvas):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    yield project
    project.removeAllMapLayers()


@pytest.fixture()
def velocity(project, velocity_path, shown_canvas):
    layer = QgsRasterLayer(velocity_path, 'LOS velocity')
    assert layer.isValid()
    project.addMapLayer(layer)
    show_layer(shown_canvas, layer)
    return layer


@pytest.fixture()
def dock(plugin, velocity):
    plugin.actions['deformation_map'].trigger()
    dock = plugin.docks['deformation_map']
    assert dock.isVisible()
    dock.velocity_combo.setLayer(velocity)
    dock.percentile_spin.setValue(98.0)
    dock.update_limit()
    dock.set_checked_layers()
    dock.sample_check.setChecked(True)
    return dock


def expected_limit(percentile=98.0):
    values = np.abs(velocity_values())
    return float(np.percentile(values[np.isfinite(values)], percentile))


def test_action_styles_symmetric_ramp_and_stacks_sample_layers(dock, velocity, project):
    limit = round(expected_limit(), 2)                   # the editable spin box shows 2 decimals
    assert dock.limit_spin.value() == pytest.approx(limit, abs=1e-12)
    QTest.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    renderer = velocity.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    assert renderer.classificationMin() == -renderer.classificationMax() == pytest.approx(-limit)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    values = np.array([item.value for item in items])
    np.testing.assert_allclose(values, -values[::-1], atol=1e-12)            # symmetric about zero
    assert values[len(values) // 2] == pytest.approx(0.0, abs=1e-12)
    assert items[len(items) // 2].color.name() == RDBU[5]                    # white at zero
    assert items[0].color.name() == RDBU[0] and items[-1].color.name() == RDBU[-1]
    assert renderer.opacity() == pytest.approx(0.85)
    # order top → bottom: faults, hazard outlines, velocity, geology; sample layers tagged once
    order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
    assert order == ['Active faults (sample)', 'Hazard zones (sample)', 'LOS velocity', 'Geologic units (sample)']
    geology = project.mapLayersByName('Geologic units (sample)')[0]
    assert geology.opacity() == pytest.approx(0.75)
    assert geology.customProperty(SAMPLE_PROPERTY) == 'geology'
    # legend title with units, shown by the layer-tree model above the ramp
    node = project.layerTreeRoot().findLayer(velocity.id())
    assert QgsMapLayerLegendUtils.legendNodeUserLabel(node, 0) == 'LOS velocity (mm/yr)'
    model = QgsLayerTreeModel(project.layerTreeRoot())
    legend = model.layerLegendNodes(node)
    assert legend[0].data(Qt.ItemDataRole.DisplayRole) == 'LOS velocity (mm/yr)'
    # applying again reuses the sample layers (no duplicates)
    dock.apply()
    assert len(project.mapLayers()) == 4


def test_editable_limit_percentile_and_users_own_layers(dock, velocity, project):
    dock.percentile_spin.setValue(90.0)
    dock.update_limit()
    assert dock.limit_spin.value() == pytest.approx(round(expected_limit(90.0), 2), abs=1e-12)
    dock.limit_spin.setValue(25.0)                                            # the user's own scale
    hazard = QgsVectorLayer('Polygon?crs=EPSG:32654&field=name:string', 'My hazard map', 'memory')
    geology = QgsVectorLayer('Polygon?crs=EPSG:4326&field=lith:string', 'My geology', 'memory')
    faults = QgsVectorLayer('LineString?crs=EPSG:32654', 'My faults', 'memory')
    project.addMapLayers([geology, faults, hazard])
    dock.set_checked_layers(hazard=[hazard], geology=[geology], lines=[faults])
    ordered = dock.apply()
    assert [layer.name() for layer in ordered] == ['My faults', 'My hazard map', 'LOS velocity', 'My geology']
    assert [layer.name() for layer in project.layerTreeRoot().layerOrder()] == \
        ['My faults', 'My hazard map', 'LOS velocity', 'My geology']
    assert velocity.renderer().classificationMax() == 25.0 == -velocity.renderer().classificationMin()
    assert isinstance(hazard.renderer(), QgsSingleSymbolRenderer)             # no 'hazard' field: outlines
    assert hazard.renderer().symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush
    assert geology.opacity() == pytest.approx(0.75)
    assert not project.mapLayersByName('Hazard zones (sample)')               # no sample when the user chose


def test_removed_velocity_layer_gives_a_message(plugin, project, velocity_path):
    dock = plugin.show_dock('deformation_map')
    layer = QgsRasterLayer(velocity_path, 'LOS velocity')
    project.addMapLayer(layer)
    dock.velocity_combo.setLayer(layer)
    project.removeMapLayer(layer.id())
    assert dock.velocity_combo.currentLayer() is None
    assert dock.apply() is None and dock.compute_zones() is None
    assert any('Choose the velocity raster' in text for text in dock.messages())


def test_velocity_per_zone_from_the_dock(dock, velocity, project):
    dock.threshold_spin.setValue(10.0)
    dock.mode_combo.setCurrentIndex(2)                                       # v < T
    dock.threshold_spin.setValue(-10.0)
    outputs = dock.compute_zones()
    assert [layer.name() for layer in outputs] == ['Velocity per zone — Hazard zones (sample)',
                                                   'Velocity per zone — Geologic units (sample)']
    hazard_stats = outputs[0]
    assert hazard_stats.featureCount() == dock.overlays()[0][0].featureCount() == 7
    assert dock.zone_table.rowCount() == sum(layer.featureCount() for layer in outputs)
    assert dock.zone_table.horizontalHeaderItem(6).text() == '% > T'
    # the subsidence area of the sample sits on the bowl: its share of v < −10 mm/yr is large
    feature = next(f for f in hazard_stats.getFeatures() if f['hazard'] == 'subsidence')
    assert feature['count'] > 0 and feature['share_above'] > 20.0 and feature['mean'] < -5.0
