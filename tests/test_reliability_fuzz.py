"""Issue 16: hypothesis fuzzing of every parameter parser and raster reader, and of every algorithm's
parameter checks — anything either parses to a usable value or gets an ``InputError`` (or a
``checkParameterValues`` refusal) naming the parameter; never another exception, never a vague message.

GNSS file formats are fuzzed in tests/test_gnss_formats.py (not repeated here).
"""
import datetime as dt
import math
import os
import pathlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProcessingContext
from rasters import write_tif

from deformation_toolbox.algorithms.core.common import dates
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.gnss.formats import parse_utc
from deformation_toolbox.algorithms.core.io import paths
from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack
from deformation_toolbox.algorithms.parameter_checks import crs_problem
from deformation_toolbox.algorithms.provider import ALGORITHM_CLASSES

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TEXT = st.text(alphabet=st.characters(blacklist_categories=('Cs',)), max_size=60)
DATE_TEXT = st.text(alphabet='0123456789-:,; T/.Zxe+', max_size=40)
ANY_TEXT = st.one_of(TEXT, DATE_TEXT)
VALID_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def parses_or_names(function, text, what):
    """``function(text, what)``: a value, or InputError whose message starts with ``what``."""
    try:
        return function(text, what)
    except InputError as error:
        assert str(error).startswith(what), str(error)
        return None


@FUZZ
@given(text=ANY_TEXT)
def test_fuzz_date_parsers(text):
    date = parses_or_names(dates.parse_date, text, 'START')
    assert date is None or isinstance(date, dt.date)
    listed = parses_or_names(dates.parse_date_list, text, 'STEP_DATES')
    assert listed is None or listed == sorted(set(listed))
    banded = parses_or_names(dates.parse_band_dates, text, 'DATES')
    assert banded is None or len(set(banded)) == len(banded)
    terms = parses_or_names(dates.parse_postseismic, text, 'POSTSEISMIC')
    assert terms is None or all(tau > 0 and math.isfinite(tau) for _, tau in terms)
    when = parses_or_names(parse_utc, text, 'EVENT_TIME')
    assert when is None or isinstance(when, dt.datetime)
    for found in (dates.find_date(text), *(dates.find_pair(text) or ())):
        assert found is None or isinstance(found, dt.date)


@FUZZ
@given(values=st.lists(VALID_DATES, min_size=1, max_size=12, unique=True),
       separator=st.sampled_from([',', ';', ' ', ', ']), compact=st.booleans())
def test_fuzz_band_dates_keep_the_order_given(values, separator, compact):
    """DATES lists one date per band: the order written is the order returned (never re-sorted)."""
    text = separator.join(dates.compact(d) if compact else d.isoformat() for d in values)
    assert dates.parse_band_dates(text) == values
    assert dates.parse_date_list(text, 'STEP_DATES') == sorted(values)


@FUZZ
@given(values=st.lists(st.tuples(VALID_DATES, st.floats(-1e6, 1e6)), max_size=6))
def test_fuzz_postseismic_terms(values):
    text = ','.join(f'{d.isoformat()}:{tau!r}' for d, tau in values)
    terms = parses_or_names(dates.parse_postseismic, text, 'POSTSEISMIC')
    if all(tau > 0 for _, tau in values):
        assert terms == sorted((d, tau) for d, tau in values)
    else:
        assert terms is None


@FEW
@given(content=st.binary(max_size=2048), name=st.sampled_from(['a.tif', 'b.img', 'c.vrt', 'd']))
def test_fuzz_random_files_are_refused_as_rasters(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    try:
        RasterStack([str(path)], 'INPUT')
    except InputError as error:
        assert str(error).startswith('INPUT: ') and 'truncated or not a raster' in str(error)
    assert path.read_bytes() == content


@FEW
@given(cut=st.floats(0.05, 0.95))
def test_fuzz_truncated_geotiffs_give_input_error(tmp_path, cut):
    source = write_tif(tmp_path / 'full.tif', [np.arange(300 * 200, dtype=float).reshape(300, 200)] * 2)
    data = pathlib.Path(source).read_bytes()
    path = tmp_path / 'cut.tif'
    path.write_bytes(data[:int(len(data) * cut)])
    try:
        stack = RasterStack([str(path)], 'INPUT')
        for index in range(len(stack)):
            stack.read_band(index)
    except InputError as error:
        assert str(error).startswith('INPUT: ') and 'truncated or not a raster' in str(error), str(error)


SEGMENTS = st.lists(st.sampled_from(['a', 'b', '.', '..', 'c.tif']), min_size=1, max_size=6)


@FUZZ
@given(segments=SEGMENTS)
def test_fuzz_path_spellings_of_one_file_are_the_same(tmp_path, segments):
    folder = tmp_path / 'a' / 'b'
    folder.mkdir(parents=True, exist_ok=True)
    spelled = os.path.join(str(tmp_path), *segments)
    normal = os.path.normpath(spelled)
    assert paths.same_path(spelled, normal) and paths.same_path(spelled, os.path.relpath(normal))
    assert not paths.is_inside(normal, normal)
    assert paths.is_inside(os.path.join(spelled, 'x.tif'), normal)


# -- every algorithm's parameter checks --------------------------------------------------------------------
NUMBER_VALUES = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10 ** 9, 10 ** 9),
                          st.text(alphabet='0123456789.-+eEnaif ', max_size=12))
VAGUE = ('Incorrect parameter value', 'Traceback')


def number_definitions():
    found = []
    for algorithm_class in ALGORITHM_CLASSES:
        algorithm = algorithm_class()
        algorithm.initAlgorithm()
        found += [(algorithm_class.ALGORITHM_ID, d.name()) for d in algorithm.parameterDefinitions()
                  if d.type() == 'number']
    return found


@pytest.mark.parametrize('algorithm_id, name', number_definitions())
def test_fuzz_number_parameters_are_refused_with_their_name(plugin, algorithm_id, name):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f'deformation:{algorithm_id}')
    definition = algorithm.parameterDefinition(name)
    context = QgsProcessingContext()

    @settings(max_examples=25, deadline=None)
    @given(value=NUMBER_VALUES)
    def check(value):
        problems = algorithm.parameter_problems({name: value}, context)
        mine = [p for p in problems if p.startswith(f'{name}: ')]
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        acceptable = (isinstance(value, str) and not value.strip()) or (
            math.isfinite(number) and definition.minimum() <= number <= definition.maximum())
        assert bool(mine) != acceptable, (value, problems)
        for problem in mine:
            assert 'give' in problem and not any(text in problem for text in VAGUE)
    check()


@FEW
@given(text=st.one_of(TEXT, st.builds(lambda n: f'EPSG:{n}', st.integers(-10, 10 ** 7))))
def test_fuzz_crs_text_is_known_or_refused_with_its_name(plugin, text):
    problem = crs_problem('CRS', text)
    valid = not text.strip() or QgsCoordinateReferenceSystem(text.strip()).isValid()
    assert (problem is None) == valid
    assert problem is None or problem.startswith('CRS: "') and 'give an EPSG code' in problem
