"""Plugin metadata, layout and the installable zip (make package)."""
import configparser
import subprocess
import zipfile

from conftest import ROOT

REQUIRED = ('name', 'qgisMinimumVersion', 'description', 'about', 'version', 'author', 'email', 'repository',
            'tracker', 'tags', 'icon', 'hasProcessingProvider')


def test_metadata_is_complete():
    parser = configparser.ConfigParser()
    parser.read(ROOT / 'metadata.txt', encoding='utf-8')
    general = parser['general']
    assert all(general.get(key) for key in REQUIRED)
    assert general['name'] == 'Deformation Toolbox'
    assert general['qgisMinimumVersion'] == '3.22'
    assert general['hasProcessingProvider'] == 'yes'
    assert (ROOT / general['icon']).is_file()


def test_init_holds_class_factory_only():
    source = (ROOT / '__init__.py').read_text()
    assert 'def classFactory(iface)' in source and 'import qgis' not in source


def test_package_zip_is_installable_without_dev_files():
    subprocess.run(['make', '-s', 'package'], cwd=ROOT, check=True, capture_output=True, timeout=300)
    version = next(line.split('=', 1)[1] for line in (ROOT / 'metadata.txt').read_text().splitlines()
                   if line.startswith('version='))
    names = zipfile.ZipFile(ROOT / 'dist' / f'deformation_toolbox-{version}.zip').namelist()
    assert 'deformation_toolbox/metadata.txt' in names and 'deformation_toolbox/__init__.py' in names
    assert 'deformation_toolbox/algorithms/core/io/raster_stack.py' in names
    assert 'deformation_toolbox/i18n/deformation_toolbox_ja.qm' in names
    assert 'deformation_toolbox/resources/sample/sample_layers.gpkg' in names
    assert not any(n.startswith(('deformation_toolbox/tests/', 'deformation_toolbox/bench/',
                                 'deformation_toolbox/.ci/')) for n in names)
    assert 'deformation_toolbox/Makefile' not in names and 'deformation_toolbox/pyproject.toml' not in names
