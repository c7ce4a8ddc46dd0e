"""The provider is registered through the real classFactory and lists its algorithms."""
from qgis.core import QgsApplication

EXPECTED = {'simulatestack', 'timeseriesfit'}


def test_provider_registered_with_spec_identity(provider):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById('deformation') is provider
    assert provider.name() == 'Deformation'
    ids = {algorithm.name() for algorithm in provider.algorithms()}
    assert EXPECTED <= ids


def test_every_algorithm_has_help_group_and_fresh_instances(provider):
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        assert algorithm.group() and algorithm.groupId()
        assert algorithm.id() == f'deformation:{algorithm.name()}'
        clone = algorithm.createInstance()
        assert type(clone) is type(algorithm) and clone is not algorithm
