"""Scale: windows bounded in rows and columns, and the engines that process them (SPEC §5).

:mod:`.tiles` cuts a grid into windows sized by a memory budget; :mod:`.executor`
runs a *tile task* over them — ``task.load(window)`` reads what a window needs
from storage, ``task.compute(window, loaded)`` returns its products — either in
a pipeline of threads on this machine (``ENGINE`` local) or as tasks of a Dask
distributed cluster (:mod:`.dask_engine`, ``ENGINE`` ``tcp://host:port``).  The
client writes every window's products in plan order, so the outputs do not
depend on the engine, the number of workers or the size of the windows.
"""
