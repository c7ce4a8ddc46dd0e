<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="39"/>
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>アセンディング・ディセンディング合成による東西・上下成分</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="42"/>
        <source>Ascending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="44"/>
        <source>Descending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="48"/>
        <source>as LOOK_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="48"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="48"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="49"/>
        <source>Look direction of the ascending geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="52"/>
        <source>Look direction of the descending geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="55"/>
        <source>Ascending LOS velocity 1σ (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="57"/>
        <source>Descending LOS velocity 1σ (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="59"/>
        <source>North velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="59"/>
        <source>zero (quasi-East, quasi-Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="59"/>
        <source>from NORTH_RASTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="62"/>
        <source>North velocity raster (mm/yr, e.g. interpolated GNSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="64"/>
        <source>North velocity 1σ raster (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="66"/>
        <source>Output pixel size in the CRS of ASCENDING (0 = the coarser input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>Resampling onto the common grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>cubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="74"/>
        <source>East velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="75"/>
        <source>Up velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>East 1σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="77"/>
        <source>Up 1σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="97"/>
        <source>NORTH is zero: NORTH_RASTER and NORTH_STD are ignored (set NORTH to raster to use them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="113"/>
        <source>Common grid: {0}×{1} pixels of {2:g} CRS units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="153"/>
        <source>No ASC_STD/DESC_STD: the 1σ outputs are for 1 mm/yr of LOS noise (noise amplification factors).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineStrainAlgorithm</name>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="34"/>
        <source>Strain from line-length changes (baselines)</source>
        <translation>基線長変化からのひずみ</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="37"/>
        <source>Baselines (lines from one station to another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="40"/>
        <source>Length-change rate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="42"/>
        <source>1σ of the rate field (same units, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>Units of the rate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>mm/yr (length change; divided by the line length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>strain per year (dimensionless, e.g. 2.9e-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>nanostrain/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="50"/>
        <source>Half-length of the larger principal axis (m, 0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="53"/>
        <source>Strain tensor (point at the network centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="55"/>
        <source>Principal strain axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="59"/>
        <source>Number of lines used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="60"/>
        <source>RMS misfit (nanostrain/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="100"/>
        <source>{0} line(s) without geometry or rate skipped (ids {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="121"/>
        <source>Some 1σ are missing or not positive: all lines weigh equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="125"/>
        <source>line {0}: θ {1:.2f}° from east, {2:.0f} m, strain rate {3:.4g}, residual {4:.3g} nanostrain/yr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeformationAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="37"/>
        <source>InSAR time series</source>
        <translation>InSAR時系列</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="38"/>
        <source>Corrections</source>
        <translation>補正</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="39"/>
        <source>Decomposition</source>
        <translation>成分分解</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Strain and sources</source>
        <translation>ひずみと変動源</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="105"/>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルされました：出力は書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="108"/>
        <source>Out of memory: lower BLOCK_ROWS (advanced parameters) and run again.</source>
        <translation>メモリ不足：BLOCK_ROWS（詳細パラメータ）を小さくして再実行してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116"/>
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="122"/>
        <source>Radar wavelength (mm)</source>
        <translation>レーダー波長（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="127"/>
        <source>Rows per processing block (0 = automatic)</source>
        <translation>処理ブロックあたりの行数（0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="139"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="143"/>
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>衛星進行方向、北から時計回り（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>進行方向ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>left</source>
        <translation>左</translation>
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="58"/>
        <source>Simulate interferogram stack</source>
        <translation>干渉画像スタックのシミュレーション</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="62"/>
        <source>Width (pixels)</source>
        <translation>幅（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="63"/>
        <source>Height (pixels)</source>
        <translation>高さ（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="64"/>
        <source>Pixel size (m)</source>
        <translation>ピクセルサイズ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112"/>
        <source>Number of acquisitions</source>
        <translation>観測回数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="66"/>
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>回帰日数（一部の観測は欠測）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="67"/>
        <source>Interferograms per date (links to the next dates)</source>
        <translation>各日付の干渉ペア数（後続日付との組）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="68"/>
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>シーン中心の入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="69"/>
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>衛星進行方向（北から時計回り、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="70"/>
        <source>Mogi source depth (m)</source>
        <translation>茂木ソースの深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="71"/>
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>茂木ソースの体積変化率（m³/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="72"/>
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>沈下域の上下変動速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="73"/>
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>沈下域の年周振幅（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="74"/>
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>断層を挟む地震時すべり量（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="75"/>
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>各日付の乱流大気ノイズRMS（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="76"/>
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>各日付の成層大気RMS（高度1kmあたりmm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="77"/>
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>位相ノイズのルック数（0 = ノイズなし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78"/>
        <source>Coherence decay time (days)</source>
        <translation>コヒーレンス減衰時間（日）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="79"/>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82"/>
        <source>Projected CRS of the scene</source>
        <translation>シーンの投影座標系</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="84"/>
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>シーン中心（既定: 東経138.52° 北緯36.40°）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="86"/>
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>最初の観測日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92"/>
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、空欄 = なし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94"/>
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>ネットワークの切れ目：この日付をまたぐ干渉ペアなし（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101"/>
        <source>Output folder</source>
        <translation>出力フォルダ</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102"/>
        <source>Interferograms</source>
        <translation>干渉画像</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103"/>
        <source>Coherence</source>
        <translation>コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth time series (mm)</source>
        <translation>真の時系列（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>真の視線方向速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth co-seismic step (mm)</source>
        <translation>真の地震時ステップ（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Incidence (degrees)</source>
        <translation>入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Heading (degrees)</source>
        <translation>進行方向（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>DEM (m)</source>
        <translation>DEM（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="111"/>
        <source>Number of interferograms</source>
        <translation>干渉画像の数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="142"/>
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>{0}×{1}ピクセル、{2}日付をシミュレーション中…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="146"/>
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{1}から{2}まで{0}回の観測、{3}枚の干渉画像を{4}に出力</translation>
    </message>
</context>
<context>
    <name>SplitSpectrumAlgorithm</name>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="27"/>
        <source>Split-spectrum ionospheric correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="30"/>
        <source>Low sub-band unwrapped interferogram (radians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="32"/>
        <source>High sub-band unwrapped interferogram (radians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34"/>
        <source>Centre frequency of the full band (e.g. MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34"/>
        <source>Centre frequency of the low sub-band (same unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34"/>
        <source>Centre frequency of the high sub-band (same unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="39"/>
        <source>Ionospheric (dispersive) phase at the centre frequency (radians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="41"/>
        <source>Non-dispersive phase at the centre frequency (radians)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrainRateAlgorithm</name>
    <message>
        <location filename="../algorithms/strain_rate.py" line="100"/>
        <source>Strain rate from GNSS velocities</source>
        <translation>GNSS速度からのひずみ速度</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="103"/>
        <source>GNSS velocities (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>Station name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110"/>
        <source>East velocity field (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110"/>
        <source>North velocity field (mm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110"/>
        <source>East 1σ field (mm/yr, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110"/>
        <source>North 1σ field (mm/yr, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117"/>
        <source>Delaunay triangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117"/>
        <source>gridded (Gaussian distance weighting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="121"/>
        <source>Grid spacing (m, 0 = about 100 cells across the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="124"/>
        <source>Smoothing distance D of the gridded method (m, 0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="127"/>
        <source>Minimum number of stations within 2·D of a grid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="130"/>
        <source>Drop triangles with an edge longer than (m, 0 = keep all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="133"/>
        <source>Half-length of a typical principal axis (m, 0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="136"/>
        <source>Strain rate (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="138"/>
        <source>Strain rate (raster bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="140"/>
        <source>Principal strain-rate axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Number of stations used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Number of triangles or grid cells with a strain rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Grid spacing used (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Smoothing distance used (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Largest maximum shear strain rate (nanostrain/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="168"/>
        <source>{0} station(s) without east/north velocity skipped: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="183"/>
        <source>No station 1σ (se, sn): stations weigh equally and the sigma_* outputs are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="189"/>
        <source>{0} stations; local azimuthal equidistant frame centred on {1:.4f}°E {2:.4f}°N; method {3}; spacing {4:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="208"/>
        <source>Smoothing distance {0:g} m; cells need {1} stations within {2:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="213"/>
        <source>No triangle or grid cell has a strain rate: add stations, or raise SMOOTHING_DISTANCE or lower MIN_STATIONS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSeriesFitAlgorithm</name>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="27"/>
        <source>Fit trajectory model to time series</source>
        <translation>時系列への軌跡モデルのあてはめ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="30"/>
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>時系列ラスタ（日付ごとに1バンド）または日付付きラスタ群</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="33"/>
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>多項式の次数（1 = 速度、2 = +加速度）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>Periodic terms</source>
        <translation>周期項</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="41"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>対数型余効変動項（YYYY-MM-DD:緩和時間日数、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="44"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>日付情報のないラスタのバンド日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="48"/>
        <source>Trajectory parameters</source>
        <translation>軌跡モデルのパラメータ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="67"/>
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{1}から{2}まで{0}日付；モデル項: {3}</translation>
    </message>
</context>
<context>
    <name>TroposphericDelayAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="24"/>
        <source>Tropospheric delay (Saastamoinen) on a DEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="27"/>
        <source>DEM (heights in m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Sea-level pressure (hPa), reduced to each pixel height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Ground pressure raster (hPa), overrides the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Sea-level temperature (°C), reduced to each pixel height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Ground temperature raster (°C), overrides the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Sea-level relative humidity (%), reduced to each pixel height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28"/>
        <source>Ground relative humidity raster (%), overrides the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="41"/>
        <source>Incidence angle from vertical, for the slant delay (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="44"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="47"/>
        <source>Tropospheric delays (ZHD, ZWD, ZTD, slant; mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="63"/>
        <source>{0}: ground values from the raster (no height reduction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="65"/>
        <source>{0}: sea-level value {1:g} reduced to each pixel height (Berg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
