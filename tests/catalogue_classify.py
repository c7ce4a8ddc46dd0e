"""Classify every case of the bad-input catalogue against the code of a tree (the before/after counts of issue 16).

Not collected by the suite (no ``test_`` file prefix).  Run it in any checkout that has
tests/test_reliability_catalogue.py and tests/reliability_inputs.py (copy them into an older tree)::

    CLASSIFY_OUT=/tmp/classes.json KNOWN_HANGS=mogiforward-100000-square-template \
        .venv/bin/python -m pytest -q tests/catalogue_classify.py

Each case gets one class: clear error, warning, handled, vague, silent, traceback, leftovers,
data loss, hang (cancelled after 25 s), science; the JSON maps case names to classes, and
results already in it are kept (a crashed run resumes).
"""
import json
import os
import pathlib
import re
import time

import pytest
import test_reliability_catalogue as cat
from qgis.core import QgsProcessingException

PARAM = cat.PARAMETER_FIRST
PY_ERRORS = re.compile(r'(Traceback|Error:|Error\b.*line \d+|\[Errno \d+\]|object has no attribute|'
                       r'unsupported operand|IsADirectoryError|PermissionError|FileExistsError|FileNotFoundError|'
                       r'NotADirectoryError|'
                       r'ZeroDivisionError|ValueError|TypeError|KeyError|IndexError|RuntimeError|Unexpected error)')


class Timed(cat.Recorder):
    def __init__(self, cancel_at, limit=25.0):
        super().__init__(cancel_at)
        self.start, self.limit, self.timed_out = time.time(), limit, False

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if time.time() - self.start > self.limit:
            self.timed_out = True
            self.cancel()


_RESULTS_PATH = pathlib.Path(os.environ['CLASSIFY_OUT'])
RESULTS = json.loads(_RESULTS_PATH.read_text()) if _RESULTS_PATH.exists() else {}
KNOWN_HANGS = tuple(os.environ.get('KNOWN_HANGS', '').split(',')) if os.environ.get('KNOWN_HANGS') else ()


@pytest.mark.parametrize('case', cat.CASES, ids=[c.name for c in cat.CASES])
def test_classify(case, inputs, run_algorithm, tmp_path):
    if case.name in RESULTS:
        return
    if case.outcome == cat.SCIENCE or case.name in KNOWN_HANGS:
        RESULTS[case.name] = 'science' if case.outcome == cat.SCIENCE else 'hang'
        with open(os.environ['CLASSIFY_OUT'], 'w') as handle:
            json.dump(RESULTS, handle, indent=0)
        return
    out = tmp_path / 'out'
    out.mkdir()
    if case.setup:
        case.setup(inputs, out)
    before_in, before_out = cat.snapshot(inputs.folder), cat.snapshot(out)
    params = cat.parameters_of(case, inputs, out)
    feedback = Timed(case.cancel_at)
    error = None
    try:
        results = run_algorithm(case.algorithm, params, feedback=feedback)
    except QgsProcessingException as e:
        error = str(e).replace('Unable to execute algorithm\n', '')
    except Exception as e:   # a Python exception through processing.run
        error = f'Traceback {type(e).__name__}: {e}'
    lost = cat.snapshot(inputs.folder) != before_in
    if case.name == 'simulatestack-folder-with-users-interferograms':
        notes = out / 'project' / 'interferograms' / 'my_notes.txt'
        lost = lost or not notes.exists()
    left = (error is not None and cat.snapshot(out) != before_out) or cat.leftovers(out) or cat.leftovers(inputs.folder)
    if lost:
        kind = 'data loss'
    elif feedback.timed_out:
        kind = 'hang'
    elif error is not None and PY_ERRORS.search(error) and not re.search(case.expect, error):
        kind = 'traceback'
    elif left:
        kind = 'leftovers'
    elif error is not None:
        named = PARAM.match(error) and not any(v in error for v in cat.VAGUE)
        if named or (case.outcome == cat.ERROR and re.search(case.expect, error)):
            kind = 'clear error'
        else:
            kind = 'vague'
    else:
        if case.outcome == cat.ERROR:
            kind = 'silent'
        elif case.outcome == cat.WARNING:
            kind = 'warning' if any(re.search(case.expect, w) for w in feedback.warnings) else 'silent'
        else:
            try:
                if case.check:
                    case.check(results, inputs, out, feedback.lines)
                kind = 'handled'
            except AssertionError:
                kind = 'silent'
    RESULTS[case.name] = kind
    with open(os.environ['CLASSIFY_OUT'], 'w') as handle:
        json.dump(RESULTS, handle, indent=0)


inputs = cat.inputs
