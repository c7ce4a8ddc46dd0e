#!/usr/bin/env python3
"""`make demo`: the main job on a bundled, simulated sample, through qgis_process.bin.

1. deformation:simulatestack — a synthetic Sentinel-1 stack (volcano inflation,
   subsidence basin with a seasonal term, a co-seismic step on 2020-09-01);
2. deformation:sbasinversion — displacement time series from the interferograms
   (coherence weighting, temporal smoothing chosen by ABIC, the step estimated);
3. deformation:timeseriesfit — velocity, annual term and step of every pixel of
   the SBAS time series;
4. a PNG plot of the time series at the volcano (SBAS estimate against the
   simulated truth, both relative to the reference window);
5. a PNG map of the velocity (diverging ramp symmetric about zero) over the
   bundled hazard and geology sample layers, rendered offscreen by QGIS.
"""
import argparse
import os
import pathlib
import shutil
import sys

from qgis_runner import PLUGINS, QgisProcess  # sibling module in scripts/

STEP_DATE = '2020-09-01'


def run_algorithm(runner, algorithm, **parameters):
    """Run ``deformation:<algorithm>`` through qgis_process.bin; exit with its log when it fails."""
    print(f'  qgis_process.bin run deformation:{algorithm}', flush=True)
    code, results, log = runner.run(algorithm, **parameters)
    if code != 0 or results is None:
        sys.exit(f'qgis_process run deformation:{algorithm} failed:\n{log}')
    return results


def render_velocity_map(velocity_path, png_path, title, subtitle):
    """Style the velocity over the sample hazard/geology layers and export a PNG (offscreen QGIS)."""
    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from deformation_toolbox.plugin.map_layout import export_map_png
        from deformation_toolbox.plugin.map_styling import build_deformation_map, sample_layers
        velocity = QgsRasterLayer(str(velocity_path), 'LOS velocity (mm/yr)')
        hazard, geology, faults = sample_layers()
        layers = build_deformation_map(velocity, [hazard], [geology], [faults])
        extent = velocity.extent()
        export_map_png(layers, str(png_path), title, extent, velocity.crs(), subtitle=subtitle)
        QgsProject.instance().clear()
    finally:
        app.exitQgis()
    return png_path


def plot_volcano_series(stack, sbas, png_path, radius=2):
    """PNG of the SBAS time series at the volcano (largest truth uplift rate) against the truth.

    The truth is referred to the same window as the SBAS series (mean of the
    (2R+1)² pixels around REFERENCE_X/Y), so both are comparable.
    """
    import datetime as dt

    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    import numpy as np
    from osgeo import gdal

    from deformation_toolbox.plugin.i18n import use_plot_font
    use_plot_font(os.environ.get('LANG', 'en')[:2])     # a CJK font for a Japanese (…) locale

    def read(path):
        dataset = gdal.Open(str(path))
        bands = [dataset.GetRasterBand(i + 1) for i in range(dataset.RasterCount)]
        return dataset, np.array([band.ReadAsArray() for band in bands], dtype=float)

    _, velocity = read(stack['OUTPUT_TRUTH_VELOCITY'])
    row, column = np.unravel_index(np.nanargmax(velocity[0]), velocity[0].shape)
    series_ds, series = read(sbas['OUTPUT_TIMESERIES'])
    _, truth = read(stack['OUTPUT_TRUTH_TIMESERIES'])
    x0, dx, _, y0, _, dy = series_ds.GetGeoTransform()
    ref_col = int((sbas['REFERENCE_X'] - x0) // dx)
    ref_row = int((sbas['REFERENCE_Y'] - y0) // dy)
    window = truth[:, max(ref_row - radius, 0):ref_row + radius + 1, max(ref_col - radius, 0):ref_col + radius + 1]
    truth = truth - window.mean(axis=(1, 2))[:, None, None]
    dates = [dt.date.fromisoformat(series_ds.GetRasterBand(i + 1).GetDescription())
             for i in range(series_ds.RasterCount)]
    estimate, expected = series[:, row, column], truth[:, row, column]
    rmse = float(np.sqrt(np.mean((estimate - expected) ** 2)))

    figure, axes = plt.subplots(figsize=(9, 4.5), dpi=120)
    axes.plot(dates, expected, '-', color='0.3', label='simulated truth')
    axes.plot(dates, estimate, 'o-', color='tab:red', markersize=4, label='SBAS (ABIC) estimate')
    axes.axvline(dt.date.fromisoformat(STEP_DATE), color='tab:blue', linestyle=':', label='co-seismic step date')
    axes.set_xlabel('date')
    axes.set_ylabel('LOS displacement (mm, towards the satellite)')
    axes.set_title(f'Volcano pixel (row {row}, column {column}): RMSE {rmse:.1f} mm, '
                   f'κ² = {sbas["SMOOTHING_FACTOR_USED"]:.3g}, σ_atm = {sbas["ATMOSPHERE_SIGMA_USED"]:.1f} mm')
    axes.grid(alpha=0.3)
    axes.legend(loc='upper left')
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(png_path)
    plt.close(figure)
    return png_path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--output', default='demo_output', help='output folder [demo_output]')
    args = parser.parse_args()
    sys.path.insert(0, str(PLUGINS))     # the plugin's own modules (plot font, map layout) in this process
    output = pathlib.Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    runner = QgisProcess(output / '.qgis-profile')

    print('1/5 Simulating a Sentinel-1 stack …', flush=True)
    # simulatestack never replaces a stack (it would write into stack/simulatestack-2): the demo's own
    # stack of an earlier run goes first
    shutil.rmtree(output / 'stack', ignore_errors=True)
    stack = run_algorithm(runner, 'simulatestack', OUTPUT_FOLDER=output / 'stack', STEP_DATE=STEP_DATE)
    print(f'    {stack["N_DATES_OUT"]:.0f} acquisitions, {stack["N_INTERFEROGRAMS"]:.0f} interferograms')

    print('2/5 SBAS inversion (coherence weighting, smoothing by ABIC, co-seismic step) …', flush=True)
    sbas = run_algorithm(runner, 'sbasinversion', INTERFEROGRAMS=stack['OUTPUT_INTERFEROGRAMS'],
                         COHERENCE=stack['OUTPUT_COHERENCE'], WEIGHTING=1, SMOOTHING=2, STEP_DATES=STEP_DATE,
                         OUTPUT_TIMESERIES=output / 'sbas_timeseries.tif',
                         OUTPUT_VELOCITY=output / 'sbas_velocity.tif', OUTPUT_QUALITY=output / 'sbas_quality.tif')
    print(f'    κ² = {sbas["SMOOTHING_FACTOR_USED"]:.3g} yr⁴/mm², atmosphere σ = '
          f'{sbas["ATMOSPHERE_SIGMA_USED"]:.1f} mm per date, reference '
          f'({sbas["REFERENCE_X"]:.0f}, {sbas["REFERENCE_Y"]:.0f})')

    print('3/5 Fitting the trajectory model to the SBAS series (velocity, annual term, step) …', flush=True)
    fit = run_algorithm(runner, 'timeseriesfit', INPUT=sbas['OUTPUT_TIMESERIES'], STEP_DATES=STEP_DATE,
                        OUTPUT=output / 'velocity_fit.tif')

    print('4/5 Plotting the time series at the volcano …', flush=True)
    plot = plot_volcano_series(stack, sbas, output / 'volcano_timeseries.png')

    print('5/5 Rendering the deformation map …', flush=True)   # last: closing QGIS unregisters GDAL drivers
    png = render_velocity_map(fit['OUTPUT'], output / 'velocity_map.png', 'LOS velocity, simulated Sentinel-1 stack',
                              'SBAS (ABIC) + timeseriesfit of the simulated interferograms; '
                              'sample hazard zones and geology')

    print('\nOutputs:')
    print(f'  stack (interferograms, coherence, geometry, truth): {stack["OUTPUT_FOLDER"]}')
    print(f'  SBAS time series, velocity, quality: {sbas["OUTPUT_TIMESERIES"]}, {sbas["OUTPUT_VELOCITY"]}, '
          f'{sbas["OUTPUT_QUALITY"]}')
    print(f'  trajectory parameters (velocity, std, annual, step, rms): {fit["OUTPUT"]}')
    print(f'  velocity map: {png}')
    print(f'  volcano time series: {plot}')


if __name__ == '__main__':
    main()
