<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DeformationAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="36"/>
        <source>InSAR time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="37"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="38"/>
        <source>Decomposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="39"/>
        <source>GNSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>Strain and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="58"/>
        <source>Simulate interferogram stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="62"/>
        <source>Width (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="63"/>
        <source>Height (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="64"/>
        <source>Pixel size (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112"/>
        <source>Number of acquisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="66"/>
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="67"/>
        <source>Interferograms per date (links to the next dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="68"/>
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="69"/>
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="70"/>
        <source>Mogi source depth (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="71"/>
        <source>Mogi volume change rate (m³/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="72"/>
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="73"/>
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="74"/>
        <source>Co-seismic slip across the fault (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="75"/>
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="76"/>
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="77"/>
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78"/>
        <source>Coherence decay time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="79"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82"/>
        <source>Projected CRS of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="84"/>
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="86"/>
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92"/>
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94"/>
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>Look direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102"/>
        <source>Interferograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103"/>
        <source>Coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth time series (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth LOS velocity (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth co-seismic step (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Incidence (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Heading (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>DEM (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="111"/>
        <source>Number of interferograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="142"/>
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="146"/>
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSeriesFitAlgorithm</name>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="27"/>
        <source>Fit trajectory model to time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="30"/>
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="33"/>
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>Periodic terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>semi-annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="41"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="44"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="48"/>
        <source>Trajectory parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="67"/>
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
