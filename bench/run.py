#!/usr/bin/env python3
"""Benchmark harness (`make bench`): runs every ``bench/bench_*.py`` module's ``main()``.

Benchmarks print their own table with ratios against a baseline measured in
the same run; they never run inside the test suite.  ``bench/run.py NAME``
runs only ``bench_NAME.py``.
"""
import importlib.util
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / '.build' / 'plugins'))


def main(selected):
    modules = sorted(HERE.glob('bench_*.py'))
    if selected:
        modules = [m for m in modules if m.stem[len('bench_'):] in selected]
    if not modules:
        print('No benchmark selected (bench/bench_*.py).')
        return 0
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f'=== {path.stem} ===', flush=True)
        start = time.perf_counter()
        module.main()
        print(f'=== {path.stem}: {time.perf_counter() - start:.1f} s ===\n', flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
