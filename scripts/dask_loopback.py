"""A real Dask cluster on 127.0.0.1 for tests and benchmarks: one ``dask scheduler`` and N ``dask worker``
processes (subprocesses, stopped on exit), the plugin importable by the workers.

    with LoopbackCluster(workers=2, folder=tmp) as cluster:
        ... ENGINE=cluster.address ...
        cluster.kill_worker(0)
"""
import json
import os
import pathlib
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLUGINS = ROOT / '.build' / 'plugins'
START_TIMEOUT = 60


class LoopbackCluster:
    def __init__(self, workers=2, folder=None, threads=1, python=sys.executable, nanny=False):
        self.folder = pathlib.Path(folder or ROOT / '.build' / 'dask')
        self.folder.mkdir(parents=True, exist_ok=True)
        self.n_workers, self.threads, self.python, self.nanny = workers, threads, python, nanny
        self.scheduler = None
        self.workers = []
        self.address = None

    def _environment(self):
        env = dict(os.environ)
        env['PYTHONPATH'] = os.pathsep.join(p for p in (str(PLUGINS), env.get('PYTHONPATH', '')) if p)
        return env

    def start(self):
        scheduler_file = self.folder / 'scheduler.json'
        scheduler_file.unlink(missing_ok=True)
        log = open(self.folder / 'scheduler.log', 'w')
        self.scheduler = subprocess.Popen(
            [self.python, '-m', 'dask', 'scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard',
             '--scheduler-file', str(scheduler_file)], stdout=log, stderr=subprocess.STDOUT,
            env=self._environment(), cwd=self.folder)
        deadline = time.monotonic() + START_TIMEOUT
        while not scheduler_file.exists() or not scheduler_file.read_text().strip():
            if self.scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f'dask scheduler did not start: {(self.folder / "scheduler.log").read_text()}')
            time.sleep(0.1)
        time.sleep(0.1)
        self.address = json.loads(scheduler_file.read_text())['address']
        for _ in range(self.n_workers):
            self.add_worker()
        self.wait_for_workers(self.n_workers)
        return self

    def add_worker(self):
        n = len(self.workers)
        log = open(self.folder / f'worker{n}.log', 'w')
        self.workers.append(subprocess.Popen(
            [self.python, '-m', 'dask', 'worker', self.address, '--nthreads', str(self.threads),
             '--nanny' if self.nanny else '--no-nanny', '--no-dashboard', '--local-directory',
             str(self.folder / f'worker{n}')], stdout=log, stderr=subprocess.STDOUT, env=self._environment(),
            cwd=self.folder))

    def wait_for_workers(self, n):
        import distributed
        with distributed.Client(self.address, timeout=START_TIMEOUT, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=START_TIMEOUT)

    def kill_worker(self, index):
        """SIGKILL worker ``index`` (a crash: no goodbye to the scheduler)."""
        self.workers[index].send_signal(signal.SIGKILL)
        self.workers[index].wait()

    def stop(self):
        for process in self.workers + ([self.scheduler] if self.scheduler else []):
            if process.poll() is None:
                process.terminate()
        for process in self.workers + ([self.scheduler] if self.scheduler else []):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.workers, self.scheduler = [], None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
