#!/usr/bin/env python3
"""`make demo`: the main job on a bundled, simulated sample, through qgis_process.bin.

1. deformation:simulatestack — a synthetic Sentinel-1 stack (volcano inflation,
   subsidence basin with a seasonal term, a co-seismic step on 2020-09-01);
2. deformation:timeseriesfit — velocity, annual term and step of every pixel;
3. a PNG map of the velocity (diverging ramp symmetric about zero) over the
   bundled hazard and geology sample layers, rendered offscreen by QGIS.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGINS = ROOT / '.build' / 'plugins'
STEP_DATE = '2020-09-01'


def qgis_env(output):
    profile = output / '.qgis-profile'
    profile.mkdir(parents=True, exist_ok=True)
    return dict(os.environ, QGIS_PLUGINPATH=str(PLUGINS), QGIS_CUSTOM_CONFIG_PATH=str(profile),
                QT_QPA_PLATFORM='offscreen')


def qgis_process(env, *args):
    """Run qgis_process.bin; return the JSON results of a ``run``."""
    command = [shutil.which('qgis_process.bin') or '/usr/bin/qgis_process.bin', *args]
    completed = subprocess.run(command, env=env, capture_output=True, text=True)
    if completed.returncode != 0 and 'already enabled' not in completed.stdout + completed.stderr:
        sys.exit(f'qgis_process {" ".join(args[:3])} failed:\n{completed.stdout}\n{completed.stderr}')
    if '--json' in args:
        return json.loads(completed.stdout[completed.stdout.index('{'):])['results']
    return completed.stdout


def run_algorithm(env, algorithm, **parameters):
    args = ['--json', 'run', f'deformation:{algorithm}', '--']
    for name, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            args.append(f'{name}={item}')
    print(f'  qgis_process.bin run deformation:{algorithm}', flush=True)
    return qgis_process(env, *args)


def render_velocity_map(velocity_path, png_path, title, subtitle):
    """Style the velocity over the sample hazard/geology layers and export a PNG (offscreen QGIS)."""
    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
    sys.path.insert(0, str(PLUGINS))
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--output', default='demo_output', help='output folder [demo_output]')
    args = parser.parse_args()
    output = pathlib.Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    env = qgis_env(output)
    qgis_process(env, 'plugins', 'enable', 'deformation_toolbox')

    print('1/3 Simulating a Sentinel-1 stack …', flush=True)
    stack = run_algorithm(env, 'simulatestack', OUTPUT_FOLDER=output / 'stack', STEP_DATE=STEP_DATE)
    print(f'    {stack["N_DATES_OUT"]:.0f} acquisitions, {stack["N_INTERFEROGRAMS"]:.0f} interferograms')

    print('2/3 Fitting the trajectory model (velocity, annual term, step) …', flush=True)
    fit = run_algorithm(env, 'timeseriesfit', INPUT=stack['OUTPUT_TRUTH_TIMESERIES'], STEP_DATES=STEP_DATE,
                        OUTPUT=output / 'velocity_fit.tif')

    print('3/3 Rendering the deformation map …', flush=True)
    png = render_velocity_map(fit['OUTPUT'], output / 'velocity_map.png', 'LOS velocity, simulated Sentinel-1 stack',
                              'timeseriesfit of the simulated truth series; sample hazard zones and geology')

    print('\nOutputs:')
    print(f'  stack (interferograms, coherence, geometry, truth): {stack["OUTPUT_FOLDER"]}')
    print(f'  trajectory parameters (velocity, std, annual, step, rms): {fit["OUTPUT"]}')
    print(f'  velocity map: {png}')


if __name__ == '__main__':
    main()
