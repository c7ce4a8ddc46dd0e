<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="52"/>
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>2.5次元解析（東西・上下成分への分解）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="59"/>
        <source>Ascending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation>北行軌道の視線方向速度（mm/年、衛星に近づく向きが正）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="61"/>
        <source>Descending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation>南行軌道の視線方向速度（mm/年、衛星に近づく向きが正）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="66"/>
        <source>Look direction of the ascending geometry</source>
        <translation>北行軌道の照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>Look direction of the descending geometry</source>
        <translation>南行軌道の照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="72"/>
        <source>Ascending LOS velocity 1σ (mm/yr)</source>
        <translation>北行軌道の視線方向速度 1σ（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="74"/>
        <source>Descending LOS velocity 1σ (mm/yr)</source>
        <translation>南行軌道の視線方向速度 1σ（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>North velocity</source>
        <translation>南北成分の速度</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>zero (quasi-East, quasi-Up)</source>
        <translation>ゼロ（準東西・準上下成分）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="80"/>
        <source>North velocity raster (mm/yr, e.g. interpolated GNSS)</source>
        <translation>南北速度ラスタ（mm/年、例：GNSSの補間値）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="82"/>
        <source>North velocity 1σ raster (mm/yr)</source>
        <translation>南北速度 1σ ラスタ（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>Resampling onto the common grid</source>
        <translation>共通グリッドへのリサンプリング</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation>自動（粗くする場合は平均、それ以外は共一次内挿）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>nearest</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>bilinear</source>
        <translation>共一次内挿</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>cubic</source>
        <translation>三次畳み込み</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="92"/>
        <source>East velocity</source>
        <translation>東西成分の速度</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="93"/>
        <source>Up velocity</source>
        <translation>上下成分の速度</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="94"/>
        <source>East 1σ</source>
        <translation>東西成分 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="95"/>
        <source>Up 1σ</source>
        <translation>上下成分 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="134"/>
        <source>Common grid: {0}×{1} pixels of {2:g} CRS units</source>
        <translation>共通グリッド：{0}×{1} ピクセル、ピクセルサイズ {2:g}（CRS単位）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="56"/>
        <source>East velocity 1σ</source>
        <translation>東西成分の速度 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="56"/>
        <source>Up velocity 1σ</source>
        <translation>上下成分の速度 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>as the look direction above</source>
        <translation>上の照射方向と同じ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>from the north velocity raster</source>
        <translation>南北速度ラスタから</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="84"/>
        <source>Output pixel size in the CRS of the ascending velocity (0 = the coarser input)</source>
        <translation>出力ピクセルサイズ（北行軌道の速度のCRSで指定、0 = 粗い方の入力）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="115"/>
        <source>{0} is zero: {1} and {2} are ignored (choose &quot;from the north velocity raster&quot; to use them).</source>
        <translation>{0} がゼロのため {1} と {2} は使われません（使うには「南北速度ラスタから」を選んでください）。</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="177"/>
        <source>No LOS velocity 1σ rasters: the 1σ outputs are for 1 mm/yr of LOS noise (noise amplification factors).</source>
        <translation>視線方向速度の 1σ ラスタがありません：1σ 出力は視線方向ノイズ 1 mm/年あたりの値（ノイズ増幅率）です。</translation>
    </message>
</context>
<context>
    <name>BaselineStrainAlgorithm</name>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="42"/>
        <source>Strain from line-length changes (baselines)</source>
        <translation>基線長変化からのひずみ</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>Baselines (lines from one station to another)</source>
        <translation>基線（観測点間を結ぶ線）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="49"/>
        <source>Length-change rate field</source>
        <translation>基線長変化率のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="51"/>
        <source>1σ of the rate field (same units, optional)</source>
        <translation>変化率の 1σ（同じ単位、任意）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>Units of the rate field</source>
        <translation>変化率の単位</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>mm/yr (length change; divided by the line length)</source>
        <translation>mm/年（基線長の変化、基線長で割る）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>strain per year (dimensionless, e.g. 2.9e-6)</source>
        <translation>年あたりのひずみ（無次元、例：2.9e-6）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>nanostrain/yr</source>
        <translation>ナノストレイン/年</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="59"/>
        <source>Half-length of the larger principal axis (m, 0 = automatic)</source>
        <translation>大きい方の主軸の半長（m、0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="62"/>
        <source>Strain tensor (point at the network centre)</source>
        <translation>ひずみテンソル（網の中心の点）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="65"/>
        <source>Principal strain axes</source>
        <translation>主ひずみ軸</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="70"/>
        <source>Number of lines used</source>
        <translation>使用した基線の数</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="71"/>
        <source>RMS misfit (nanostrain/yr)</source>
        <translation>RMS残差（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="124"/>
        <source>{0} line(s) without geometry or rate skipped (ids {1})</source>
        <translation>形状または変化率のない {0} 本の基線を除外しました（ID {1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="145"/>
        <source>Some 1σ are missing or not positive: all lines weigh equally.</source>
        <translation>1σ に欠損または正でない値があるため、すべての基線を等しい重みで扱います。</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="149"/>
        <source>line {0}: θ {1:.2f}° from east, {2:.0f} m, strain rate {3:.4g}, residual {4:.3g} nanostrain/yr</source>
        <translation>基線 {0}：東から θ {1:.2f}°、{2:.0f} m、ひずみ速度 {3:.4g}、残差 {4:.3g} ナノストレイン/年</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="75"/>
        <source>Strain rate εxx (nanostrain/yr)</source>
        <translation>ひずみ速度 εxx（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="75"/>
        <source>Strain rate εyy (nanostrain/yr)</source>
        <translation>ひずみ速度 εyy（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="76"/>
        <source>Strain rate εxy (nanostrain/yr)</source>
        <translation>ひずみ速度 εxy（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="77"/>
        <source>Dilatation rate (nanostrain/yr)</source>
        <translation>面積ひずみ速度（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="78"/>
        <source>Maximum shear strain rate (nanostrain/yr)</source>
        <translation>最大せん断ひずみ速度（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="79"/>
        <source>Second invariant of the strain rate (nanostrain/yr)</source>
        <translation>ひずみ速度の第2不変量（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="80"/>
        <source>Principal strain rate ε1 (nanostrain/yr)</source>
        <translation>主ひずみ速度 ε1（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="81"/>
        <source>Principal strain rate ε2 (nanostrain/yr)</source>
        <translation>主ひずみ速度 ε2（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="82"/>
        <source>Azimuth of ε1 (degrees from north)</source>
        <translation>ε1 の方位角（北からの度）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="83"/>
        <source>Maximum engineering shear strain rate (nanostrain/yr)</source>
        <translation>工学せん断ひずみ速度の最大値（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="84"/>
        <source>Maximum tensor shear strain rate (nanostrain/yr)</source>
        <translation>テンソルせん断ひずみ速度の最大値（ナノストレイン/年）</translation>
    </message>
</context>
<context>
    <name>ComparePointsAlgorithm</name>
    <message>
        <location filename="../algorithms/compare_points.py" line="60"/>
        <source>Compare with ground truth points (levelling, GNSS)</source>
        <translation>地上観測点との比較（水準測量・GNSS）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="63"/>
        <source>InSAR velocity or displacement (raster or points) against levelling or GNSS points: correlation, mean and standard deviation of the differences, min, max, RMS, scatter plot.</source>
        <translation>InSARの速度または変位（ラスタまたは点）を水準点やGNSS点と比較：相関係数、差の平均と標準偏差、最小値、最大値、RMS、散布図。</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>levelling</source>
        <translation>水準測量</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="68"/>
        <source>bias</source>
        <translation>偏り</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="71"/>
        <source>InSAR velocity or displacement (raster, or points)</source>
        <translation>InSARの速度または変位（ラスタまたは点）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="75"/>
        <source>InSAR value field (point input)</source>
        <translation>InSAR値のフィールド（点入力の場合）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="78"/>
        <source>Ground truth points (levelling benchmarks, GNSS)</source>
        <translation>地上観測点（水準点、GNSS）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="81"/>
        <source>Truth field (same quantity and units as the InSAR values)</source>
        <translation>真値のフィールド（InSAR値と同じ量・単位）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="84"/>
        <source>Point name field</source>
        <translation>点名のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS east velocity field (mm/yr)</source>
        <translation>GNSS東西速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS north velocity field (mm/yr)</source>
        <translation>GNSS南北速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS up velocity field (mm/yr)</source>
        <translation>GNSS上下速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>Truth</source>
        <translation>比較の基準</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>automatic: the truth field when given, else GNSS projected into the LOS</source>
        <translation>自動：真値のフィールドがあればそれを、なければGNSSを視線方向に投影</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>the truth field as it is</source>
        <translation>真値のフィールドをそのまま</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS ve/vn/vu projected into the LOS</source>
        <translation>GNSSの東西・南北・上下速度を視線方向に投影</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS vertical (vu), for Up or levelling comparisons</source>
        <translation>GNSS上下成分（vu）：上下成分や水準測量との比較用</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS east (ve), for East comparisons</source>
        <translation>GNSS東西成分（ve）：東西成分との比較用</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="97"/>
        <source>Radius around each point for the InSAR mean (m; 0 = the pixel holding it)</source>
        <translation>各点の周囲でInSARを平均する半径（m、0 = その点を含むピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="100"/>
        <source>Remove the mean difference (reference-free comparison)</source>
        <translation>平均差を除去する（基準点によらない比較）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="102"/>
        <source>Compared points</source>
        <translation>比較した点</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="104"/>
        <source>Scatter plot</source>
        <translation>散布図</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="104"/>
        <source>PNG files (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Number of points compared</source>
        <translation>比較した点の数</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Correlation coefficient</source>
        <translation>相関係数</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Mean difference (InSAR − truth)</source>
        <translation>平均差（InSAR − 真値）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Standard deviation of the differences</source>
        <translation>差の標準偏差</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Smallest difference</source>
        <translation>最小の差</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Largest difference</source>
        <translation>最大の差</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>RMS of the differences</source>
        <translation>差のRMS</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="191"/>
        <source>{0} of {1} points have no InSAR value within {2:g} m of &quot;{3}&quot;</source>
        <translation>{1} 点のうち {0} 点は「{3}」の {2:g} m 以内にInSAR値がありません</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>truth</source>
        <translation>真値</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS in the LOS</source>
        <translation>視線方向に投影したGNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS up</source>
        <translation>GNSS上下成分</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS east</source>
        <translation>GNSS東西成分</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="210"/>
        <source>{0} points: correlation {1:.3f}, mean difference {2:+.3f}, standard deviation {3:.3f}, RMS {4:.3f}</source>
        <translation>{0} 点：相関係数 {1:.3f}、平均差 {2:+.3f}、標準偏差 {3:.3f}、RMS {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>1:1 + mean difference ({0:+.2f})</source>
        <translation>1:1 + 平均差（{0:+.2f}）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="13"/>
        <source>DATES lists {0} dates but {1} has {2} bands; give exactly one date per band, in band order.</source>
        <translation>DATES には {0} 個の日付がありますが、{1} のバンド数は {2} です。バンドの順に、1バンドにつき1つの日付を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="33"/>
        <source>LOOK_DIRECTION: &quot;{0}&quot; is not accepted; choose right or left.</source>
        <translation>LOOK_DIRECTION：「{0}」は使えません。right（右）または left（左）を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="58"/>
        <source>RESAMPLING: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>RESAMPLING：「{0}」は使えません。{1} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="90"/>
        <source>{0} ({1}); {2}</source>
        <translation>{0}（{1}）；{2}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="106"/>
        <source>{0}: &quot;{1}&quot; does not overlap the output grid (raster covers x {2:.1f}…{3:.1f}, y {4:.1f}…{5:.1f}; the grid x {6:.1f}…{7:.1f}, y {8:.1f}…{9:.1f} in the grid CRS). Choose a raster covering the area.</source>
        <translation>{0}：「{1}」は出力グリッドと重なりません（ラスタの範囲 x {2:.1f}…{3:.1f}、y {4:.1f}…{5:.1f}；グリッドの範囲 x {6:.1f}…{7:.1f}、y {8:.1f}…{9:.1f}、グリッドのCRS）。対象範囲を覆うラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="109"/>
        <source>{0}: &quot;{1}&quot; has a rotated geotransform {2}; only north-up rasters are accepted: warp it north-up first (Raster › Projections › Warp, or gdalwarp).</source>
        <translation>{0}：「{1}」は回転したジオトランスフォーム {2} を持っています。北が上のラスタのみ使えます。先に北上に再投影してください（ラスタ › 投影法 › ワープ、または gdalwarp）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="114"/>
        <source>{0}: &quot;{1}&quot; has no acquisition date. Name single-band files with the date (YYYYMMDD, e.g. 20200114_disp.tif), give bands the description YYYY-MM-DD or the metadata item DATE=YYYYMMDD, or list the dates in the DATES parameter.</source>
        <translation>{0}：「{1}」に観測日がありません。単バンドのファイル名に日付を含めるか（YYYYMMDD、例：20200114_disp.tif）、バンドの説明を YYYY-MM-DD にするかメタデータ DATE=YYYYMMDD を付けるか、DATES パラメータに日付を列挙してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="118"/>
        <source>{0}: &quot;{1}&quot; has no date pair. Name interferograms YYYYMMDD_YYYYMMDD (e.g. 20200102_20200114.tif) or give the band the description YYYYMMDD_YYYYMMDD or the metadata item DATE12=YYYYMMDD_YYYYMMDD.</source>
        <translation>{0}：「{1}」に日付のペアがありません。干渉画像の名前を YYYYMMDD_YYYYMMDD にするか（例：20200102_20200114.tif）、バンドの説明を YYYYMMDD_YYYYMMDD にするかメタデータ DATE12=YYYYMMDD_YYYYMMDD を付けてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="123"/>
        <source>{0}: &quot;{1}&quot; has no raster band.{2}</source>
        <translation>{0}：「{1}」にラスタバンドがありません。{2}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="127"/>
        <source>{0}: &quot;{1}&quot; has the pair {2} → {3}; the first date must be earlier than the second.</source>
        <translation>{0}：「{1}」のペアは {2} → {3} です。1つ目の日付は2つ目より前でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="130"/>
        <source>{0}: &quot;{1}&quot; has {2} bands; a single band is expected.</source>
        <translation>{0}：「{1}」には {2} バンドあります。単バンドが必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="134"/>
        <source>{0}: &quot;{1}&quot; holds coherence from {2:g} to {3:g}; coherence must lie between 0 and 1 (8-bit rasters 0–255 are scaled). Give coherence rasters, not another quantity.</source>
        <translation>{0}：「{1}」のコヒーレンスは {2:g} から {3:g} です。コヒーレンスは 0 から 1 の間でなければなりません（8ビットラスタの 0–255 は換算されます）。別の量ではなくコヒーレンスのラスタを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="139"/>
        <source>{0}: &quot;{1}&quot; holds the coherence {2:g}; coherence must lie between 0 and 1 (8-bit rasters 0–255 are scaled). Give coherence rasters, not another quantity.</source>
        <translation>{0}：「{1}」のコヒーレンスは {2:g} です。コヒーレンスは 0 から 1 の間でなければなりません（8ビットラスタの 0–255 は換算されます）。別の量ではなくコヒーレンスのラスタを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="143"/>
        <source>{0}: &quot;{1}&quot; is a file, not a folder; give a folder (a new one is made when it does not exist).</source>
        <translation>{0}：「{1}」はフォルダではなくファイルです。フォルダを指定してください（存在しなければ新しく作られます）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="144"/>
        <source>{0}: &quot;{1}&quot; is a folder; give a file name for the output (for example &quot;{2}&quot; with its extension).</source>
        <translation>{0}：「{1}」はフォルダです。出力のファイル名を指定してください（例：拡張子付きの「{2}」）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="145"/>
        <source>{0}: &quot;{1}&quot; is a folder; give a file name for the output (for example {2}).</source>
        <translation>{0}：「{1}」はフォルダです。出力のファイル名を指定してください（例：{2}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="147"/>
        <source>{0}: &quot;{1}&quot; is also the input {2}; writing it would destroy the input. Choose another output file (inputs are never modified).</source>
        <translation>{0}：「{1}」は入力 {2} でもあります。書き込むと入力が失われます。別の出力ファイルを選んでください（入力は決して変更されません）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="148"/>
        <source>{0}: &quot;{1}&quot; is also the output {2}; give each output its own file.</source>
        <translation>{0}：「{1}」は出力 {2} でもあります。出力ごとに別のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="153"/>
        <source>{0}: &quot;{1}&quot; is not a date; write YYYY-MM-DD (for example 2016-04-16).</source>
        <translation>{0}：「{1}」は日付ではありません。YYYY-MM-DD の形で書いてください（例：2016-04-16）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="164"/>
        <source>{0}: &quot;{1}&quot; is not on the grid of &quot;{2}&quot;: it has {3}. All rasters must share size, pixel size, origin and CRS; align them first (Raster › Align Rasters, or gdalwarp).</source>
        <translation>{0}：「{1}」は「{2}」のグリッドに一致しません：{3}。すべてのラスタは大きさ、ピクセルサイズ、原点、CRSが同じでなければなりません。先に揃えてください（ラスタ › ラスタの整列、または gdalwarp）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="165"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster GDAL can read ({2}); give {3}.</source>
        <translation>{0}：「{1}」は途中で切れているか、GDALで読めるラスタではありません（{2}）。{3} を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="166"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster: rows {2}–{3} cannot be read ({4}). Write the file again or give another one.</source>
        <translation>{0}：「{1}」は途中で切れているかラスタではありません：{2}–{3} 行目を読めません（{4}）。ファイルを書き直すか別のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="168"/>
        <source>{0}: &quot;{1}&quot; lacks a relaxation time; write YYYY-MM-DD:tau_days (for example 2016-04-16:30).</source>
        <translation>{0}：「{1}」に緩和時間がありません。YYYY-MM-DD:緩和時間日数 の形で書いてください（例：2016-04-16:30）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="171"/>
        <source>{0}: &quot;{1}&quot; lies inside the input folder {2} (&quot;{3}&quot;); writing there would change the input. Choose an output outside it.</source>
        <translation>{0}：「{1}」は入力 {2} のフォルダ（「{3}」）の中にあります。そこに書き込むと入力が変わってしまいます。その外の出力先を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="188"/>
        <source>{0}: cannot write &quot;{1}&quot; ({2}). Choose a folder you can write to.</source>
        <translation>{0}：「{1}」に書き込めません（{2}）。書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="190"/>
        <source>{0}: cannot write &quot;{1}&quot;: &quot;{2}&quot; is a file, so the folder &quot;{3}&quot; cannot be made. Choose another folder.</source>
        <translation>{0}：「{1}」に書き込めません：「{2}」がファイルのため、フォルダ「{3}」を作れません。別のフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="191"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder &quot;{2}&quot; is not writable. Choose a folder you can write to.</source>
        <translation>{0}：「{1}」に書き込めません：フォルダ「{2}」は書き込み禁止です。書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="192"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder cannot be created ({2}). Choose a folder you can write to.</source>
        <translation>{0}：「{1}」に書き込めません：フォルダを作成できません（{2}）。書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="193"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder is not writable. Choose a folder you can write to.</source>
        <translation>{0}：「{1}」に書き込めません：フォルダは書き込み禁止です。書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="198"/>
        <source>{0}: date {1} appears twice (&quot;{2}&quot; and &quot;{3}&quot;); a time series needs one band per acquisition.</source>
        <translation>{0}：日付 {1} が2回現れます（「{2}」と「{3}」）。時系列には観測ごとに1バンドが必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="209"/>
        <source>{0}: incidence {1:g}° is impossible; it must be at least 0° and below 90° (degrees from the vertical at the ground).</source>
        <translation>{0}：入射角 {1:g}° はあり得ません。0° 以上 90° 未満（地表での鉛直からの角度）でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="228"/>
        <source>{0}: no raster given; choose {1}.</source>
        <translation>{0}：ラスタが指定されていません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="229"/>
        <source>{0}: no raster given; select at least one raster layer.</source>
        <translation>{0}：ラスタが指定されていません。ラスタレイヤを1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="238"/>
        <source>{0}: raster &quot;{1}&quot; does not exist; choose an existing raster file.</source>
        <translation>{0}：ラスタ「{1}」は存在しません。存在するラスタファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="239"/>
        <source>{0}: relaxation time &quot;{1}&quot; of {2} must be a positive number of days.</source>
        <translation>{0}：{2} の緩和時間「{1}」は正の日数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="248"/>
        <source>{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) has length {4:.4g}, not 1; give the east, north and up components of the unit vector from the ground to the satellite (length 1 within {5:g}), e.g. LiCSAR *.geo.E/N/U.tif.</source>
        <translation>{0}：視線方向ベクトル（{1:.4g}, {2:.4g}, {3:.4g}）の長さは {4:.4g} で、1 ではありません。地表から衛星への単位ベクトルの東・北・上成分を指定してください（長さ 1、許容 {5:g}）。例：LiCSAR の *.geo.E/N/U.tif。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="249"/>
        <source>{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) points downwards (up ≤ 0); give the vector from the ground to the satellite (up &gt; 0). A satellite-to-ground vector must be negated.</source>
        <translation>{0}：視線方向ベクトル（{1:.4g}, {2:.4g}, {3:.4g}）が下向きです（上成分 ≤ 0）。地表から衛星へのベクトル（上成分 &gt; 0）を指定してください。衛星から地表へのベクトルは符号を反転してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="269"/>
        <source>{0}: the pair {1}_{2} appears twice (&quot;{3}&quot; and &quot;{4}&quot;); remove the duplicate.</source>
        <translation>{0}：ペア {1}_{2} が2回現れます（「{3}」と「{4}」）。重複を取り除いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="285"/>
        <source>{0}: writing &quot;{1}&quot; failed ({2}).</source>
        <translation>{0}：「{1}」の書き込みに失敗しました（{2}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="297"/>
        <source>{0}: {1} has no valid pixel: no pixel holds a valid value (every one is NaN or nodata), so there is nothing to compute from. Check the nodata value of the raster, or give rasters with valid pixels.</source>
        <translation>{0}：{1} に有効なピクセルがありません：すべてのピクセルが NaN または NoData のため、計算できません。ラスタの NoData 値を確認するか、有効なピクセルのあるラスタを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="298"/>
        <source>{0}: {1} is given twice; give one date per band, in band order.</source>
        <translation>{0}：{1} が2回指定されています。バンドの順に、1バンドにつき1つの日付を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="14"/>
        <source>DATES: other dates than the bands of {0}: band {1} (&quot;{2}&quot;) is dated {3}, DATES gives {4}. Give the dates in band order, or leave DATES empty (the bands carry their dates).</source>
        <translation>DATES：{0} のバンドとは異なる日付です：バンド {1}（「{2}」）の日付は {3} ですが、DATES では {4} です。日付をバンドの順に指定するか、DATES を空欄にしてください（バンドが日付を持っています）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="15"/>
        <source>DATES: the same dates in another order than the bands of {0}: band {1} (&quot;{2}&quot;) is dated {3}, DATES gives {4}. Give the dates in band order, or leave DATES empty (the bands carry their dates).</source>
        <translation>DATES：{0} のバンドと同じ日付が異なる順序で並んでいます：バンド {1}（「{2}」）の日付は {3} ですが、DATES では {4} です。日付をバンドの順に指定するか、DATES を空欄にしてください（バンドが日付を持っています）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="6"/>
        <source>ASC_STD/DESC_STD: give both LOS 1σ rasters or neither.</source>
        <translation>ASC_STD/DESC_STD：LOS の 1σ ラスタは両方指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="7"/>
        <source>BAND: band {0} does not exist; the raster has {1} band(s).</source>
        <translation>BAND：バンド {0} は存在しません。このラスタのバンド数は {1} です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="8"/>
        <source>CENTER_FREQUENCY, LOW_FREQUENCY, HIGH_FREQUENCY: {0:g}, {1:g} and {2:g} differ by a factor {3:.3g}, but sub-bands lie within the radar bandwidth (a few % of the centre); give all three in the same unit (for example MHz: 1257.5, 1236.5 and 1278.5 for ALOS-2 L band).</source>
        <translation>CENTER_FREQUENCY、LOW_FREQUENCY、HIGH_FREQUENCY：{0:g}、{1:g}、{2:g} は {3:.3g} 倍も異なりますが、サブバンドはレーダの帯域幅（中心周波数の数 %）の中にあります。3つとも同じ単位で指定してください（例：MHz で ALOS-2 Lバンドなら 1257.5、1236.5、1278.5）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="9"/>
        <source>CENTER_FREQUENCY: {0:g} is not between LOW_FREQUENCY {1:g} and HIGH_FREQUENCY {2:g}; the sub-bands lie on either side of the centre of the full band.</source>
        <translation>CENTER_FREQUENCY：{0:g} が LOW_FREQUENCY {1:g} と HIGH_FREQUENCY {2:g} の間にありません。サブバンドは全帯域の中心の両側にあります。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="10"/>
        <source>CRS: &quot;{0}&quot; is not accepted; choose a projected CRS in metres (for example a UTM zone such as EPSG:32654).</source>
        <translation>CRS：「{0}」は使えません。メートル単位の投影座標系を選んでください（例：EPSG:32654 のような UTM ゾーン）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="11"/>
        <source>CRS: &quot;{0}…&quot; is not a coordinate reference system GDAL understands.</source>
        <translation>CRS：「{0}…」は GDAL が解釈できる座標参照系ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="16"/>
        <source>DEM: only {0} pixels are stable, coherent and valid on every date; at least {1} are needed for the phase–elevation fit. Lower MIN_COHERENCE or enlarge the MASK.</source>
        <translation>DEM：全日付で安定・高コヒーレンス・有効なピクセルは {0} 個しかありません。位相と標高の回帰には {1} 個以上が必要です。MIN_COHERENCE を下げるか MASK を広げてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="19"/>
        <source>DOWNSAMPLING: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>DOWNSAMPLING：「{0}」は使えません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="20"/>
        <source>EXTENT: the extent is in &quot;{0}&quot;, not a projected CRS in metres, so RESOLUTION (m) cannot apply; give the extent in a projected CRS such as a UTM zone (for example EPSG:32654), or use a TEMPLATE raster.</source>
        <translation>EXTENT：範囲が「{0}」で指定されており、メートル単位の投影座標系ではないため RESOLUTION（m）を適用できません。UTM ゾーンなどの投影座標系（例：EPSG:32654）で範囲を指定するか、TEMPLATE ラスタを使ってください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="21"/>
        <source>FIX_ONLY: &quot;{0}&quot; has no ambiguity-fixed epochs (Q = 1).</source>
        <translation>FIX_ONLY：「{0}」には整数値バイアスが決定（Fix 解、Q = 1）したエポックがありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="22"/>
        <source>FORMAT: &quot;{0}&quot; is not a GNSS format; choose auto or one of {1}.</source>
        <translation>FORMAT：「{0}」は GNSS の形式ではありません。auto または {1} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="23"/>
        <source>GAP_AFTER: {0} h is negative; give 0 or more hours.</source>
        <translation>GAP_AFTER：{0} 時間は負の値です。0 時間以上を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="24"/>
        <source>GNSS_WEIGHT: {0:g} is not accepted; give a relative weight above 0.</source>
        <translation>GNSS_WEIGHT：{0:g} は使えません。0 より大きい相対重みを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="27"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has {2} days of data between {3} and {4}, too few for the {5} terms of its model ({6}).</source>
        <translation>INPUT_FILES：観測点 {0}（「{1}」）のデータは {3} から {4} の {2} 日分で、モデル（{6}）の {5} 項には足りません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="28"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;): the model ({2}) is not constrained by its {3} days ({4} to {5}); remove terms or steps without data on both sides.</source>
        <translation>INPUT_FILES：観測点 {0}（「{1}」）：モデル（{2}）は {3} 日分のデータ（{4} から {5}）では決まりません。両側にデータのない項やステップを除いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="29"/>
        <source>INTERFEROGRAMS: ABIC is undefined on every sampled pixel (too few valid interferograms per pixel); choose SMOOTHING fixed with a SMOOTHING_FACTOR.</source>
        <translation>INTERFEROGRAMS：サンプルしたどのピクセルでも ABIC が定まりません（ピクセルごとの有効な干渉画像が少なすぎます）。SMOOTHING を fixed にして SMOOTHING_FACTOR を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="30"/>
        <source>INTERFEROGRAMS: no pixel could be solved (every pixel lacks valid interferograms); check the rasters, their nodata value and MIN_COHERENCE.</source>
        <translation>INTERFEROGRAMS：解けたピクセルがありません（どのピクセルにも有効な干渉画像がありません）。ラスタ、その NoData 値、MIN_COHERENCE を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="31"/>
        <source>INTERFEROGRAMS: no pixel of the ABIC sample has a valid observation; the input holds no usable data (all NaN or below MIN_COHERENCE).</source>
        <translation>INTERFEROGRAMS：ABIC のサンプルに有効な観測をもつピクセルがありません。入力に使えるデータがありません（すべて NaN か MIN_COHERENCE 未満）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="34"/>
        <source>LOS, GNSS: no data; give LOS rasters, a GNSS layer or both.</source>
        <translation>LOS、GNSS：データがありません。LOS ラスタ、GNSS レイヤ、またはその両方を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="35"/>
        <source>LOS, GNSS: no data; give a LOS raster{0}, a GNSS point layer or both.</source>
        <translation>LOS、GNSS：データがありません。LOS ラスタ{0}、GNSS の点レイヤ、またはその両方を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="38"/>
        <source>LOS: only {0} valid pixels to estimate the noise covariance; give a raster with more valid pixels or choose independent noise.</source>
        <translation>LOS：ノイズ共分散の推定に使える有効ピクセルが {0} 個しかありません。有効ピクセルの多いラスタを指定するか、独立なノイズを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="39"/>
        <source>LOS_SIGMA: {0} mm is not accepted for {1}; give the LOS noise, above 0.</source>
        <translation>LOS_SIGMA：{1} に対して {0} mm は使えません。0 より大きい LOS ノイズを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="40"/>
        <source>LOW_FREQUENCY {0:g} must be below HIGH_FREQUENCY {1:g}; the low sub-band has the lower centre frequency.</source>
        <translation>LOW_FREQUENCY {0:g} は HIGH_FREQUENCY {1:g} より小さくなければなりません。低域サブバンドの中心周波数の方が低くなります。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="41"/>
        <source>MAX_EDGE: no triangle has all edges shorter than {0:g} m; the shortest longest edge is {1:.0f} m.</source>
        <translation>MAX_EDGE：すべての辺が {0:g} m より短い三角形がありません。最長辺の最小値は {1:.0f} m です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="42"/>
        <source>MAX_POINTS: {0} is too few; give at least 10 points.</source>
        <translation>MAX_POINTS：{0} は少なすぎます。10 点以上を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="43"/>
        <source>NOISE_MODEL: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>NOISE_MODEL：「{0}」は使えません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="44"/>
        <source>NUISANCE: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>NUISANCE：「{0}」は使えません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="45"/>
        <source>OUTPUT_FOLDER: &quot;{0}&quot; is a file, not a folder; give a folder (a new one is made when it does not exist).</source>
        <translation>OUTPUT_FOLDER：「{0}」はフォルダではなくファイルです。フォルダを指定してください（存在しない場合は新しく作成されます）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="46"/>
        <source>OUTPUT_FOLDER: &quot;{0}&quot; is not writable; choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER：「{0}」には書き込めません。書き込みのできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="47"/>
        <source>OUTPUT_FOLDER: cannot create &quot;{0}&quot; ({1}); choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER：「{0}」を作成できません（{1}）。書き込みのできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="48"/>
        <source>OUTPUT_FOLDER: cannot write into &quot;{0}&quot; ({1}); choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER：「{0}」に書き込めません（{1}）。書き込みのできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="50"/>
        <source>PATCHES_ALONG, PATCHES_DOWN: {0} observations for {1} unknowns; use fewer patches or more data.</source>
        <translation>PATCHES_ALONG、PATCHES_DOWN：未知数 {1} 個に対して観測は {0} 個です。小断層の数を減らすかデータを増やしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="51"/>
        <source>PATCHES_ALONG, PATCHES_DOWN: {0} × {1} patches is not accepted; give at least 1 × 1 and at most {2} patches.</source>
        <translation>PATCHES_ALONG、PATCHES_DOWN：{0} × {1} 個の小断層は使えません。1 × 1 以上、{2} 個以下を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="52"/>
        <source>PLANE_EXTENSION: {0:g} is not accepted; give 1 (the fitted plane) or more.</source>
        <translation>PLANE_EXTENSION：{0:g} は使えません。1（あてはめた平面）以上を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="53"/>
        <source>POISSON: {0:g} is not accepted; Poisson&apos;s ratio must be in [0, 0.5).</source>
        <translation>POISSON：{0:g} は使えません。ポアソン比は [0, 0.5) の範囲でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="54"/>
        <source>POLYNOMIAL: degree {0} is not accepted; choose 1, 2 or 3.</source>
        <translation>POLYNOMIAL：次数 {0} は使えません。1、2、3 のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="56"/>
        <source>REFERENCE_POINT: fewer than two interferograms are valid at the reference window; choose another point or a larger REFERENCE_RADIUS.</source>
        <translation>REFERENCE_POINT：参照窓で有効な干渉画像が 2 枚未満です。別の点を選ぶか REFERENCE_RADIUS を大きくしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="59"/>
        <source>RESOLUTION: pixels of {0:g} × {1:g} CRS units give {2}×{3} pixels over the frames of {4}; choose a coarser resolution.</source>
        <translation>RESOLUTION：{0:g} × {1:g} CRS 単位のピクセルでは、{4} のフレーム全体で {2}×{3} ピクセルになります。より粗い解像度を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="60"/>
        <source>RESOLUTION: {0:g} gives {1}×{2} pixels over the common area; choose a coarser resolution.</source>
        <translation>RESOLUTION：{0:g} では共通範囲が {1}×{2} ピクセルになります。より粗い解像度を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="61"/>
        <source>RESOLUTION: {0:g} m is not accepted; give a pixel size above 0.</source>
        <translation>RESOLUTION：{0:g} m は使えません。0 より大きいピクセルサイズを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="62"/>
        <source>RESOLUTION: {0:g} m over this extent gives {1}×{2} pixels, more than 400 million; choose a coarser resolution or a smaller extent.</source>
        <translation>RESOLUTION：この範囲で {0:g} m では {1}×{2} ピクセルとなり、4 億を超えます。より粗い解像度か、より狭い範囲を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="63"/>
        <source>SHEAR_MODULUS: {0:g} Pa is not accepted; give a rigidity above 0.</source>
        <translation>SHEAR_MODULUS：{0:g} Pa は使えません。0 より大きい剛性率を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="65"/>
        <source>SMOOTHING: ABIC needs at least three acquisitions; choose none or fixed.</source>
        <translation>SMOOTHING：ABIC には 3 回以上の観測が必要です。none または fixed を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="66"/>
        <source>SMOOTHING_MIN, SMOOTHING_MAX: {0:g} to {1:g} m is not a range of smoothing distances; give 0 &lt; minimum &lt; maximum.</source>
        <translation>SMOOTHING_MIN、SMOOTHING_MAX：{0:g} から {1:g} m は平滑化距離の範囲になっていません。0 &lt; 最小値 &lt; 最大値 としてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="67"/>
        <source>SOURCES: {0} is not accepted; give 1 to {1} sources.</source>
        <translation>SOURCES：{0} は使えません。1 から {1} 個のソースを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="68"/>
        <source>START/END: station {0} (&quot;{1}&quot;) has data from {2} to {3}, none between {4} and {5}.</source>
        <translation>START/END：観測点 {0}（「{1}」）のデータは {2} から {3} までで、{4} から {5} の間にはありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="69"/>
        <source>START/END: {0} is after {1}; give START before END.</source>
        <translation>START/END：{0} は {1} より後です。START は END より前にしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="70"/>
        <source>STATISTIC: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>STATISTIC：「{0}」は使えません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="71"/>
        <source>SURFACE: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>SURFACE：「{0}」は使えません。{1} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="72"/>
        <source>TEMPLATE, EXTENT: no output grid; give a template raster, or an extent and a resolution.</source>
        <translation>TEMPLATE、EXTENT：出力グリッドがありません。テンプレートラスタか、範囲と解像度を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="73"/>
        <source>TEMPLATE: the grid of &quot;{0}&quot; has {1}×{2} = {3:.3g} pixels, more than the {4:.3g} a forward model writes (four rasters of {5} each, about {6}); choose a coarser template, or an EXTENT with a larger RESOLUTION.</source>
        <translation>TEMPLATE：「{0}」のグリッドは {1}×{2} = {3:.3g} ピクセルで、順計算が書き出せる {4:.3g} を超えます（各 {5} のラスタ 4 枚、約 {6}）。より粗いテンプレートか、より大きい RESOLUTION の EXTENT を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="74"/>
        <source>THRESHOLD_MODE: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>THRESHOLD_MODE：「{0}」は使えません。{1} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="75"/>
        <source>TRUTH: {0} point(s) have both an InSAR value and a truth; at least 2 are needed. Check that the points lie on the InSAR layer (and RADIUS), and the truth fields.</source>
        <translation>TRUTH：InSAR 値と真値の両方をもつ点は {0} 点です。2 点以上が必要です。点が InSAR レイヤ上にあるか（と RADIUS）、真値のフィールドを確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="76"/>
        <source>VELOCITY_METHOD: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>VELOCITY_METHOD：「{0}」は使えません。{1} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="77"/>
        <source>WEIGHT_THRESHOLD: {0:g} is not accepted; give a total weight above 0 (Shen et al. 2015 use about 6 to 24).</source>
        <translation>WEIGHT_THRESHOLD：{0:g} は使えません。0 より大きい総重みを指定してください（Shen et al. 2015 では約 6～24）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="78"/>
        <source>WEIGHT_THRESHOLD: {0:g} is not below the {1} stations (the total weight of all stations); lower the threshold.</source>
        <translation>WEIGHT_THRESHOLD：{0:g} は {1} 観測点（全観測点の総重み）より小さくありません。しきい値を下げてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="79"/>
        <source>buffer: {0} m is negative; give a distance ≥ 0 m.</source>
        <translation>buffer：{0} m は負の値です。0 m 以上の距離を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="80"/>
        <source>fit: the dates of this series cannot constrain every term of the model; remove steps or periodic terms.</source>
        <translation>fit：この時系列の日付ではモデルのすべての項を決められません。ステップや周期項を除いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="81"/>
        <source>fit: the series holds no value.</source>
        <translation>fit：この時系列には値がありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="82"/>
        <source>latitude/longitude: no pixel has a valid position.</source>
        <translation>latitude/longitude：有効な位置をもつピクセルがありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="83"/>
        <source>latitude/longitude: the arrays do not span an area (all pixels at one place).</source>
        <translation>latitude/longitude：配列が面的に広がっていません（すべてのピクセルが同じ位置）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="84"/>
        <source>profile: draw a line of at least two vertices.</source>
        <translation>profile：2 頂点以上の線を描いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="85"/>
        <source>profile: the line has no length; click two different places.</source>
        <translation>profile：線の長さがゼロです。異なる 2 か所をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="86"/>
        <source>reference: its series has {0} dates, the picked one {1}; pick the reference on the same layer.</source>
        <translation>reference：その時系列の日付は {0} 個、選んだ時系列は {1} 個です。同じレイヤ上で参照を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="87"/>
        <source>rotated rasters are not supported; warp them to a north-up grid first.</source>
        <translation>回転したラスタには対応していません。先に北が上のグリッドに再投影してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="88"/>
        <source>the outputs could not be moved to their place: &quot;{0}&quot;: {1}. Check that the output folder is writable and has space.</source>
        <translation>出力を所定の場所に移動できませんでした：「{0}」：{1}。出力フォルダに書き込めるか、空き容量があるかを確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="89"/>
        <source>the temporary file &quot;{0}&quot; cannot be written ({1}); free disk space in the temporary folder.</source>
        <translation>一時ファイル「{0}」を書き込めません（{1}）。一時フォルダのディスク容量を空けてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="93"/>
        <source>{0} and {1}: the two lines of sight are almost parallel in the East–Up plane (east components {2:+.3f} and {3:+.3f}); East and Up cannot be separated. Check the incidence and heading of both geometries.</source>
        <translation>{0} と {1}：2 つの視線方向が東西–上下面内でほぼ平行です（東成分 {2:+.3f} と {3:+.3f}）。東西成分と上下成分を分離できません。両方のジオメトリの入射角と進行方位を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="94"/>
        <source>{0} do not overlap ({1}, in the CRS of {2}); choose rasters that cover a common area.</source>
        <translation>{0} は重なりません（{1}、{2} の CRS）。共通の範囲を覆うラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="96"/>
        <source>{0} need about {1} of memory, but only {2} is available; {3}.</source>
        <translation>{0} には約 {1} のメモリが必要ですが、使えるのは {2} だけです。{3}。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="97"/>
        <source>{0} overlap by less than one output pixel ({1:g} CRS units); choose rasters that cover a common area or a smaller RESOLUTION.</source>
        <translation>{0} の重なりが出力 1 ピクセルに満たない（{1:g} CRS 単位）です。共通の範囲を覆うラスタを選ぶか、RESOLUTION を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="100"/>
        <source>{0}: &quot;{1}&quot; ({2}) lacks the column(s) {3}; an EGMS {2} CSV has {4} and one column per date (YYYYMMDD). Its header starts: {5}…</source>
        <translation>{0}：「{1}」（{2}）には列 {3} がありません。EGMS {2} の CSV には {4} と日付ごとの列（YYYYMMDD）があります。ヘッダの先頭：{5}…</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="101"/>
        <source>{0}: &quot;{1}&quot; already has a field &quot;{2}&quot;; set {3} (for example &quot;v_&quot;) so the statistics get other names.</source>
        <translation>{0}：「{1}」にはすでにフィールド「{2}」があります。統計量が別の名前になるよう {3} を設定してください（例：「v_」）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="102"/>
        <source>{0}: &quot;{1}&quot; and &quot;{2}&quot; are both LiCSBAS cumulative files; give one.</source>
        <translation>{0}：「{1}」と「{2}」はどちらも LiCSBAS の累積変位ファイルです。1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="103"/>
        <source>{0}: &quot;{1}&quot; and &quot;{2}&quot; are both MintPy {3} files; give one of each kind.</source>
        <translation>{0}：「{1}」と「{2}」はどちらも MintPy の {3} ファイルです。種類ごとに 1 つずつ指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="104"/>
        <source>{0}: &quot;{1}&quot; cannot be read at rows {2}–{3} ({4}); write the file again.</source>
        <translation>{0}：「{1}」の {2}–{3} 行目を読めません（{4}）。ファイルを書き直してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="105"/>
        <source>{0}: &quot;{1}&quot; changes its reference meridian for {2} ({3}); eastings on different meridians cannot be joined. Split the file at the change.</source>
        <translation>{0}：「{1}」では {2} の基準子午線が変わります（{3}）。異なる子午線の東距は結合できません。変わる位置でファイルを分割してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="107"/>
        <source>{0}: &quot;{1}&quot; has X_STEP {2:g} and Y_STEP {3:g}; both must be non-zero.</source>
        <translation>{0}：「{1}」の X_STEP は {2:g}、Y_STEP は {3:g} です。どちらも 0 以外でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="110"/>
        <source>{0}: &quot;{1}&quot; has a value that is not a number among {2}.</source>
        <translation>{0}：「{1}」の {2} に数値でない値があります。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="111"/>
        <source>{0}: &quot;{1}&quot; has bands without dates but &quot;{2}&quot; is a dated time series; give every band its date (description YYYY-MM-DD or metadata DATE).</source>
        <translation>{0}：「{1}」には日付のないバンドがありますが、「{2}」は日付付きの時系列です。すべてのバンドに日付を付けてください（説明 YYYY-MM-DD またはメタデータ DATE）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="113"/>
        <source>{0}: &quot;{1}&quot; has no CRS but &quot;{2}&quot; has one; give every frame its CRS (Raster › Projections › Assign Projection).</source>
        <translation>{0}：「{1}」には CRS がありませんが、「{2}」にはあります。すべてのフレームに CRS を付けてください（ラスタ › 投影法 › 投影法の指定）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="115"/>
        <source>{0}: &quot;{1}&quot; has no corner_lat/corner_lon/post_lat/post_lon and no {2} was found (looked next to it, in ../info and ..); add the EQA.dem_par of the run (GEOCml*/ or TS_GEOCml*/info/) to the inputs.</source>
        <translation>{0}：「{1}」には corner_lat/corner_lon/post_lat/post_lon がなく、{2} も見つかりませんでした（同じ場所、../info、.. を探しました）。その解析の EQA.dem_par（GEOCml*/ または TS_GEOCml*/info/）を入力に加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="116"/>
        <source>{0}: &quot;{1}&quot; has no dataset &quot;{2}&quot;{3}; it holds: {4}.</source>
        <translation>{0}：「{1}」にはデータセット「{2}」{3}がありません。含まれるもの：{4}。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="117"/>
        <source>{0}: &quot;{1}&quot; has no date column (YYYYMMDD); an EGMS product holds the displacement of every acquisition.</source>
        <translation>{0}：「{1}」には日付の列（YYYYMMDD）がありません。EGMS のプロダクトには各観測の変位が含まれます。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="119"/>
        <source>{0}: &quot;{1}&quot; has no date; name single-band ZTD files with the date (YYYYMMDD, e.g. 20200107.ztd.tif) or give bands the description YYYY-MM-DD.</source>
        <translation>{0}：「{1}」には日付がありません。単バンドの ZTD ファイル名に日付を含めるか（YYYYMMDD、例：20200107.ztd.tif）、バンドの説明を YYYY-MM-DD にしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="120"/>
        <source>{0}: &quot;{1}&quot; has no feature; give a layer with hazard or geology polygons.</source>
        <translation>{0}：「{1}」には地物がありません。ハザードまたは地質のポリゴンをもつレイヤを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="121"/>
        <source>{0}: &quot;{1}&quot; has no line with an east, north or up value.</source>
        <translation>{0}：「{1}」には東・北・上の値をもつ行がありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="122"/>
        <source>{0}: &quot;{1}&quot; has no point.</source>
        <translation>{0}：「{1}」には点がありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="124"/>
        <source>{0}: &quot;{1}&quot; has no valid pixel on the mosaic grid (every pixel is NaN or nodata); remove it or check its nodata value.</source>
        <translation>{0}：「{1}」にはモザイクグリッド上の有効なピクセルがありません（すべて NaN か NoData）。除くか、NoData 値を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="125"/>
        <source>{0}: &quot;{1}&quot; has the date &quot;{2}&quot; in dataset &quot;date&quot;; YYYYMMDD is expected.</source>
        <translation>{0}：「{1}」のデータセット「date」に日付「{2}」があります。YYYYMMDD 形式が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="126"/>
        <source>{0}: &quot;{1}&quot; has the date &quot;{2}&quot; in imdates; YYYYMMDD expected.</source>
        <translation>{0}：「{1}」の imdates に日付「{2}」があります。YYYYMMDD 形式が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="128"/>
        <source>{0}: &quot;{1}&quot; has {2} bands but {3} has {4}; give the same interferograms in both sub-bands.</source>
        <translation>{0}：「{1}」のバンド数は {2} ですが、{3} は {4} です。両方のサブバンドに同じ干渉画像を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="129"/>
        <source>{0}: &quot;{1}&quot; has {2} bands, &quot;{3}&quot; {4}; undated frames must have the same bands. Give the bands their dates (description YYYY-MM-DD or metadata DATE) or frames of equal bands.</source>
        <translation>{0}：「{1}」は {2} バンド、「{3}」は {4} バンドです。日付のないフレームは同じバンド構成でなければなりません。バンドに日付を付けるか（説明 YYYY-MM-DD またはメタデータ DATE）、同じバンド構成のフレームを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="131"/>
        <source>{0}: &quot;{1}&quot; has {2} bytes but {3} ({4} × {5} pixels of {6} byte(s)) needs {7}; give the EQA.dem_par of the same LiCSBAS run.</source>
        <translation>{0}：「{1}」は {2} バイトですが、{3}（{4} × {5} ピクセル、{6} バイト/ピクセル）には {7} バイトが必要です。同じ LiCSBAS 解析の EQA.dem_par を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="132"/>
        <source>{0}: &quot;{1}&quot; has {2} date; a time series needs at least two.</source>
        <translation>{0}：「{1}」の日付は {2} 個です。時系列には 2 個以上が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="133"/>
        <source>{0}: &quot;{1}&quot; has {2}×{3} pixels but &quot;{4}&quot; {5}×{6}; give the files of one MintPy run.</source>
        <translation>{0}：「{1}」は {2}×{3} ピクセルですが、「{4}」は {5}×{6} です。同じ MintPy 解析のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="135"/>
        <source>{0}: &quot;{1}&quot; holds epoch {2} (station {3}) {4} times with different positions ({5} such epoch{6}); keep one line per epoch.</source>
        <translation>{0}：「{1}」にはエポック {2}（観測点 {3}）が位置の異なる {4} 行あります（そのようなエポックが {5} 個）。1 エポックにつき 1 行にしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="136"/>
        <source>{0}: &quot;{1}&quot; holds no LiCSAR GeoTIFF ({2}).</source>
        <translation>{0}：「{1}」には LiCSAR の GeoTIFF がありません（{2}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="137"/>
        <source>{0}: &quot;{1}&quot; holds no position lines (read as {2}); it is empty or only a header.</source>
        <translation>{0}：「{1}」には位置の行がありません（{2} として読み込み）。空か、ヘッダだけです。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="138"/>
        <source>{0}: &quot;{1}&quot; holds none of the MintPy datasets timeseries, velocity, temporalCoherence, mask or {2} (it holds: {3}); give {4}.</source>
        <translation>{0}：「{1}」には MintPy のデータセット timeseries、velocity、temporalCoherence、mask、{2} のいずれもありません（含まれるもの：{3}）。{4} を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="140"/>
        <source>{0}: &quot;{1}&quot; holds {2} CSV files ({3}); an EGMS download holds one CSV and its XML.</source>
        <translation>{0}：「{1}」には CSV ファイルが {2} 個あります（{3}）。EGMS のダウンロードには CSV とその XML が 1 つずつ含まれます。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="141"/>
        <source>{0}: &quot;{1}&quot; is a MintPy interferogram stack; import the time series MintPy inverted from it (timeseries.h5) or run sbasinversion on interferograms.</source>
        <translation>{0}：「{1}」は MintPy の干渉画像スタックです。MintPy がそこから求めた時系列（timeseries.h5）を取り込むか、干渉画像に対して sbasinversion を実行してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="142"/>
        <source>{0}: &quot;{1}&quot; is a binary file, not a GNSS position time series ({2}).</source>
        <translation>{0}：「{1}」はバイナリファイルで、GNSS の座標時系列（{2}）ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="146"/>
        <source>{0}: &quot;{1}&quot; is a {2} layer; choose rasters stored in files (GeoTIFF or any GDAL format).</source>
        <translation>{0}：「{1}」は {2} レイヤです。ファイルに保存されたラスタ（GeoTIFF または GDAL の任意の形式）を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="149"/>
        <source>{0}: &quot;{1}&quot; is empty; give a GNSS position time series ({2}).</source>
        <translation>{0}：「{1}」は空です。GNSS の座標時系列（{2}）を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="150"/>
        <source>{0}: &quot;{1}&quot; is empty; give {2}.</source>
        <translation>{0}：「{1}」は空です。{2} を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="151"/>
        <source>{0}: &quot;{1}&quot; is given twice; give each frame once.</source>
        <translation>{0}：「{1}」が 2 回指定されています。各フレームは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="152"/>
        <source>{0}: &quot;{1}&quot; is not a UTC date and time; write YYYY-MM-DD HH:MM[:SS] (for example 2016-04-15 16:25:05).</source>
        <translation>{0}：「{1}」は UTC の日時ではありません。YYYY-MM-DD HH:MM[:SS] の形式で書いてください（例：2016-04-15 16:25:05）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="154"/>
        <source>{0}: &quot;{1}&quot; is not a file of LiCSBAS or LiCSAR; give {2}.</source>
        <translation>{0}：「{1}」は LiCSBAS または LiCSAR のファイルではありません。{2} を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="155"/>
        <source>{0}: &quot;{1}&quot; is not a folder.</source>
        <translation>{0}：「{1}」はフォルダではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="156"/>
        <source>{0}: &quot;{1}&quot; is not a line layer; give one line per baseline, from one station to the other.</source>
        <translation>{0}：「{1}」はラインレイヤではありません。基線ごとに、一方の観測点からもう一方への線を 1 本指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="157"/>
        <source>{0}: &quot;{1}&quot; is not a list of numbers; give degrees separated by commas, one per LOS raster in the order of the layers (or one for all).</source>
        <translation>{0}：「{1}」は数値のリストではありません。角度（度）をカンマ区切りで、LOS ラスタごとにレイヤの順に 1 つ（またはすべてに共通の 1 つ）指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="158"/>
        <source>{0}: &quot;{1}&quot; is not a point layer; choose GNSS stations as points.</source>
        <translation>{0}：「{1}」はポイントレイヤではありません。GNSS 観測点を点として選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="159"/>
        <source>{0}: &quot;{1}&quot; is not a polygon layer; choose hazard or geology polygons.</source>
        <translation>{0}：「{1}」はポリゴンレイヤではありません。ハザードまたは地質のポリゴンを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="160"/>
        <source>{0}: &quot;{1}&quot; is not a raster layer; choose rasters.</source>
        <translation>{0}：「{1}」はラスタレイヤではありません。ラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="161"/>
        <source>{0}: &quot;{1}&quot; is not accepted; choose one of {2}.</source>
        <translation>{0}：「{1}」は使えません。{2} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="162"/>
        <source>{0}: &quot;{1}&quot; is not an HDF5 file (.h5) h5py can read.</source>
        <translation>{0}：「{1}」は h5py が読める HDF5 ファイル（.h5）ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="163"/>
        <source>{0}: &quot;{1}&quot; is not on the grid of &quot;{2}&quot; ({3}); give geocoded files of one MintPy run.</source>
        <translation>{0}：「{1}」は「{2}」のグリッド上にありません（{3}）。同じ MintPy 解析のジオコーディング済みファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="167"/>
        <source>{0}: &quot;{1}&quot; is {2} but &quot;{3}&quot; is {4}; give files all geocoded (geo_*.h5, geometryGeo.h5) or all in radar coordinates (with geometryRadar.h5).</source>
        <translation>{0}：「{1}」は {2} ですが、「{3}」は {4} です。すべてジオコーディング済み（geo_*.h5、geometryGeo.h5）か、すべてレーダ座標（geometryRadar.h5 付き）のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="169"/>
        <source>{0}: &quot;{1}&quot; lacks the geotransform attribute(s) {2} (MintPy geocoded files carry {3}); geocode it with MintPy (geocode.py) or, for radar coordinates, add geometryRadar.h5 with latitude/longitude.</source>
        <translation>{0}：「{1}」にはジオトランスフォームの属性 {2} がありません（MintPy のジオコーディング済みファイルには {3} があります）。MintPy（geocode.py）でジオコーディングするか、レーダ座標の場合は latitude/longitude をもつ geometryRadar.h5 を加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="170"/>
        <source>{0}: &quot;{1}&quot; lacks {2}; an EQA.dem_par written by LiCSBAS (LiCSBAS02_ml_prep) holds {3}.</source>
        <translation>{0}：「{1}」には {2} がありません。LiCSBAS（LiCSBAS02_ml_prep）が書く EQA.dem_par には {3} があります。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="172"/>
        <source>{0}: &quot;{1}&quot; line {2}: &quot;{3}&quot; has {4} values where the lines before it have {5}; the file looks truncated (cut in the middle of a line). Complete or remove that line.</source>
        <translation>{0}：「{1}」の {2} 行目：「{3}」の値は {4} 個ですが、それより前の行は {5} 個です。ファイルが途中で切れているようです（行の途中で切断）。その行を補うか削除してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="173"/>
        <source>{0}: &quot;{1}&quot; line {2}: &quot;{3}&quot; is not a valid {4} line; expected {5}.</source>
        <translation>{0}：「{1}」の {2} 行目：「{3}」は有効な {4} の行ではありません。期待される形式：{5}。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="174"/>
        <source>{0}: &quot;{1}&quot; line {2}: the CSV header &quot;{3}&quot; lacks {4} columns; name them date, e, n, u (or Dates, dE, dN, dU, east, north, up; optionally se, sn, su, station, lat, lon, height).</source>
        <translation>{0}：「{1}」の {2} 行目：CSV のヘッダ「{3}」に {4} の列がありません。列名を date、e、n、u にしてください（または Dates、dE、dN、dU、east、north、up。任意で se、sn、su、station、lat、lon、height）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="175"/>
        <source>{0}: &quot;{1}&quot; lists {2} dates for {3} time-series bands.</source>
        <translation>{0}：「{1}」には時系列のバンド {3} 個に対して {2} 個の日付があります。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="176"/>
        <source>{0}: &quot;{1}&quot; of &quot;{2}&quot; is &quot;{3}&quot;, not a number.</source>
        <translation>{0}：「{2}」の「{1}」は「{3}」で、数値ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="177"/>
        <source>{0}: &quot;{1}&quot;: the &quot;ref pos&quot; header &quot;{2}&quot; is not latitude, longitude and height.</source>
        <translation>{0}：「{1}」：「ref pos」ヘッダ「{2}」は緯度・経度・高さではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="178"/>
        <source>{0}: ({1:.3f}, {2:.3f}) in {3} is outside the time-series raster; choose a point inside it.</source>
        <translation>{0}：{3} の（{1:.3f}, {2:.3f}）は時系列ラスタの外にあります。ラスタの内側の点を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="179"/>
        <source>{0}: CRS &quot;{1}&quot; has no geodetic datum, so latitudes are unknown; assign a georeferenced CRS (projected or geographic).</source>
        <translation>{0}：CRS「{1}」には測地基準系がないため緯度が分かりません。地理参照された CRS（投影または地理座標系）を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="181"/>
        <source>{0}: a centroid {1:g} m deep with width {2:g} m and dip {3:g}° puts the top edge {4:.0f} m above the surface; give a centroid at least {5:.0f} m deep, or a narrower fault.</source>
        <translation>{0}：深さ {1:g} m、幅 {2:g} m、傾斜 {3:g}° の中心では上端が地表より {4:.0f} m 上になります。深さ {5:.0f} m 以上の中心か、より幅の狭い断層を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="182"/>
        <source>{0}: a line of &quot;{1}&quot; has {2} fields for {3} columns; the file is not a well-formed EGMS CSV.</source>
        <translation>{0}：「{1}」のある行は {3} 列に対して {2} 個のフィールドをもちます。正しい形式の EGMS CSV ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="183"/>
        <source>{0}: a polygon could not be read (invalid geometry).</source>
        <translation>{0}：ポリゴンを読み込めませんでした（無効なジオメトリ）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="184"/>
        <source>{0}: a station has a sigma of 0 or less; sigmas must be positive (mm).</source>
        <translation>{0}：標準偏差が 0 以下の観測点があります。標準偏差は正の値（mm）でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="185"/>
        <source>{0}: attribute {1} of &quot;{2}&quot; is &quot;{3}&quot;, not a number.</source>
        <translation>{0}：「{2}」の属性 {1} は「{3}」で、数値ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="186"/>
        <source>{0}: cannot read &quot;{1}&quot; ({2}).</source>
        <translation>{0}：「{1}」を読み込めません（{2}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="187"/>
        <source>{0}: cannot recognise the format of &quot;{1}&quot; (first data line: &quot;{2}&quot;); accepted formats: {3}. Choose FORMAT explicitly if the file is one of them.</source>
        <translation>{0}：「{1}」の形式を判別できません（最初のデータ行：「{2}」）。使える形式：{3}。ファイルがそのいずれかであれば FORMAT を明示的に選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="189"/>
        <source>{0}: cannot write &quot;{1}&quot; ({2}); choose a folder you can write to.</source>
        <translation>{0}：「{1}」を書き込めません（{2}）。書き込みのできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="194"/>
        <source>{0}: choose a raster or a point layer of InSAR values.</source>
        <translation>{0}：InSAR の値をもつラスタまたはポイントレイヤを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="195"/>
        <source>{0}: coherence &quot;{1}&quot; ranges {2:g} … {3:g}: neither within [0, 1] nor 8-bit (integers 0–255); give the LiCSAR *.geo.cc.tif as downloaded.</source>
        <translation>{0}：コヒーレンス「{1}」の範囲は {2:g} … {3:g} で、[0, 1] にも 8 ビット（整数 0–255）にも当てはまりません。ダウンロードしたままの LiCSAR の *.geo.cc.tif を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="196"/>
        <source>{0}: could not read band {1} of &quot;{2}&quot; at column {3}, row {4}.</source>
        <translation>{0}：「{2}」のバンド {1} を列 {3}、行 {4} で読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="197"/>
        <source>{0}: dataset &quot;{1}&quot; of &quot;{2}&quot; has shape {3}; an image (rows × columns) is expected.</source>
        <translation>{0}：「{2}」のデータセット「{1}」の形状は {3} です。画像（行 × 列）が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="199"/>
        <source>{0}: date {1} appears twice in &quot;{2}&quot;; a time series needs one band per acquisition.</source>
        <translation>{0}：日付 {1} が「{2}」に 2 回現れます。時系列には観測ごとに 1 バンドが必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="200"/>
        <source>{0}: date {1} has two ZTD rasters (&quot;{2}&quot; and &quot;{3}&quot;); give one per date.</source>
        <translation>{0}：日付 {1} に ZTD ラスタが 2 つあります（「{2}」と「{3}」）。日付ごとに 1 つ指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="201"/>
        <source>{0}: every Delaunay triangle of the {1} stations is a sliver (an angle below {2:g}°): the stations lie nearly on one line, which does not determine a strain rate; add stations off the line.</source>
        <translation>{0}：{1} 観測点のドロネー三角形はすべて細長い三角形（角度 {2:g}° 未満）です。観測点がほぼ一直線上にあり、ひずみ速度が決まりません。線から外れた観測点を加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="202"/>
        <source>{0}: field &quot;{1}&quot; is not in &quot;{2}&quot;; available fields: {3}.</source>
        <translation>{0}：フィールド「{1}」は「{2}」にありません。使えるフィールド：{3}。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="203"/>
        <source>{0}: field &quot;{1}&quot; of feature {2} holds &quot;{3}&quot;, not a number.</source>
        <translation>{0}：地物 {2} のフィールド「{1}」の値は「{3}」で、数値ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="204"/>
        <source>{0}: fields &quot;{1}&quot; and &quot;{2}&quot; both name {3}; keep one field per acquisition date.</source>
        <translation>{0}：フィールド「{1}」と「{2}」がどちらも {3} を表しています。観測日ごとにフィールドは 1 つにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="205"/>
        <source>{0}: file &quot;{1}&quot; does not exist.</source>
        <translation>{0}：ファイル「{1}」が存在しません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="206"/>
        <source>{0}: frame {1} does not exist; {2} has {3} frames, choose 1 to {3}.</source>
        <translation>{0}：フレーム {1} は存在しません。{2} のフレーム数は {3} です。1 から {3} を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="210"/>
        <source>{0}: its CRS cannot be read by PROJ ({1}); assign a standard CRS.</source>
        <translation>{0}：その CRS を PROJ で読み込めません（{1}）。標準的な CRS を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="211"/>
        <source>{0}: line {1} holds &quot;{2}&quot; in &quot;{3}&quot;, not a number.</source>
        <translation>{0}：{1} 行目の「{3}」の値は「{2}」で、数値ではありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="212"/>
        <source>{0}: line {1} starts and ends at the same point; each line must join two different stations.</source>
        <translation>{0}：{1} 番目の線の始点と終点が同じです。各線は異なる 2 つの観測点を結ばなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="213"/>
        <source>{0}: missing; the LOS unit vector needs all three components, or none to use incidence and heading.</source>
        <translation>{0}：ありません。LOS 単位ベクトルには 3 成分すべてが必要です（入射角と進行方位を使う場合はすべて空にします）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="214"/>
        <source>{0}: missing; the LOS unit vector needs all three rasters ({1}), or none to use incidence and heading.</source>
        <translation>{0}：ありません。LOS 単位ベクトルには 3 つのラスタ（{1}）すべてが必要です（入射角と進行方位を使う場合はすべて空にします）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="215"/>
        <source>{0}: no DEM given; the phase–elevation method needs a DEM on the grid of the time series (or choose METHOD weather model).</source>
        <translation>{0}：DEM が指定されていません。位相–標高法には時系列と同じグリッドの DEM が必要です（または METHOD で気象モデルを選んでください）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="216"/>
        <source>{0}: no field given; name the field holding the truth (for example the levelling velocity in mm/yr), or choose a GNSS truth.</source>
        <translation>{0}：フィールドが指定されていません。真値をもつフィールドを指定するか（例：水準測量の速度 mm/yr）、GNSS の真値を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="217"/>
        <source>{0}: no file given; choose LiCSBAS/LiCSAR files or a LiCSAR frame folder ({1}).</source>
        <translation>{0}：ファイルが指定されていません。LiCSBAS/LiCSAR のファイルか LiCSAR のフレームフォルダを選んでください（{1}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="218"/>
        <source>{0}: no file given; choose the product files to import.</source>
        <translation>{0}：ファイルが指定されていません。取り込むプロダクトのファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="219"/>
        <source>{0}: no file given; give {1}.</source>
        <translation>{0}：ファイルが指定されていません。{1} を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="220"/>
        <source>{0}: no file given; select GNSS position time series files ({1}).</source>
        <translation>{0}：ファイルが指定されていません。GNSS の座標時系列ファイルを選んでください（{1}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="221"/>
        <source>{0}: no line layer given.</source>
        <translation>{0}：ラインレイヤが指定されていません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="222"/>
        <source>{0}: no pixel holds a valid value (every pixel of every interferogram is NaN, nodata or below MIN_COHERENCE); check the rasters and their nodata value.</source>
        <translation>{0}：有効な値をもつピクセルがありません（すべての干渉画像のすべてのピクセルが NaN、NoData、または MIN_COHERENCE 未満）。ラスタとその NoData 値を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="223"/>
        <source>{0}: no point layer given.</source>
        <translation>{0}：ポイントレイヤが指定されていません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="224"/>
        <source>{0}: no point with coordinates was read; the files hold no measurement point.</source>
        <translation>{0}：座標をもつ点が読み込まれませんでした。ファイルに計測点がありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="225"/>
        <source>{0}: no polygon layer given.</source>
        <translation>{0}：ポリゴンレイヤが指定されていません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="226"/>
        <source>{0}: no raster given but NORTH is &quot;raster&quot;; give the north velocity (mm/yr) or set NORTH to zero.</source>
        <translation>{0}：ラスタが指定されていませんが、NORTH が「raster」です。北向き速度（mm/yr）を指定するか、NORTH をゼロにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="227"/>
        <source>{0}: no raster given; choose a LOS velocity raster.</source>
        <translation>{0}：ラスタが指定されていません。LOS 速度のラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="230"/>
        <source>{0}: no raster given; the weather-model method needs one zenith total delay raster per date (or choose METHOD phase–elevation).</source>
        <translation>{0}：ラスタが指定されていません。気象モデル法には日付ごとに天頂全遅延のラスタが 1 つ必要です（または METHOD で位相–標高を選んでください）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="231"/>
        <source>{0}: no station could be processed:
{1}</source>
        <translation>{0}：処理できた観測点がありません：
{1}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="232"/>
        <source>{0}: no station has a displacement value; fill the fields {1} (mm).</source>
        <translation>{0}：変位の値をもつ観測点がありません。フィールド {1}（mm）を埋めてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="233"/>
        <source>{0}: no station lies inside the raster: {1}. Use stations within the raster extent (both layers are compared in the raster CRS).</source>
        <translation>{0}：ラスタの内側にある観測点がありません：{1}。ラスタの範囲内の観測点を使ってください（両レイヤはラスタの CRS で比較されます）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="234"/>
        <source>{0}: no zenith total delay for {1}; give one ZTD raster for every date of the time series (dated in the file name, YYYYMMDD).</source>
        <translation>{0}：{1} の天頂全遅延がありません。時系列の日付ごとに ZTD ラスタを 1 つ指定してください（ファイル名に YYYYMMDD の日付）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="235"/>
        <source>{0}: no {1} for &quot;{2}&quot; (looked in {3}, {4} and the folders above); raw LiCSBAS files need it for their size and position: add the {1} of the run (GEOCml*/ or TS_GEOCml*/info/) to the inputs.</source>
        <translation>{0}：「{2}」の {1} がありません（{3}、{4} とその上位のフォルダを探しました）。LiCSBAS の生ファイルにはサイズと位置のためにそれが必要です：その解析の {1}（GEOCml*/ または TS_GEOCml*/info/）を入力に加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="236"/>
        <source>{0}: none of the {1} zones of &quot;{2}&quot; overlaps {3} &quot;{4}&quot; (raster extent {5} in {6}); check that both layers cover the same area and have the right CRS.</source>
        <translation>{0}：「{2}」の {1} 個のゾーンのいずれも {3}「{4}」と重なりません（ラスタの範囲 {5}、{6}）。両レイヤが同じ範囲を覆い、正しい CRS をもつか確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="237"/>
        <source>{0}: only {1} given; add the LiCSBAS or LiCSAR rasters to import.</source>
        <translation>{0}：{1} しか指定されていません。取り込む LiCSBAS または LiCSAR のラスタを加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="240"/>
        <source>{0}: some coordinates cannot be converted to longitude/latitude; check the CRS of the layer.</source>
        <translation>{0}：経度・緯度に変換できない座標があります。レイヤの CRS を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="241"/>
        <source>{0}: some dates have no valid zenith delay over the raster; check the ZTD coverage.</source>
        <translation>{0}：ラスタ上で有効な天頂遅延のない日付があります。ZTD の範囲を確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="242"/>
        <source>{0}: station &quot;{1}&quot; has {2} = {3}; 1σ must be a positive number (mm/yr) for every station, or leave both sigma fields out.</source>
        <translation>{0}：観測点「{1}」の {2} が {3} です。1σ はすべての観測点で正の数（mm/yr）でなければなりません。または両方の標準偏差フィールドを省いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="243"/>
        <source>{0}: station {1} is in files with coordinates ({2}) and without ({3}); their displacements have different origins and cannot be joined. Give the files of one kind.</source>
        <translation>{0}：観測点 {1} が座標ありのファイル（{2}）と座標なしのファイル（{3}）にあります。変位の原点が異なるため結合できません。どちらか一方の種類のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="244"/>
        <source>{0}: station {1} is listed twice at the same place with different velocities (ve {2:g} vs {3:g}, vn {4:g} vs {5:g} mm/yr); keep one of them.</source>
        <translation>{0}：観測点 {1} が同じ場所に異なる速度で 2 回記載されています（ve {2:g} と {3:g}、vn {4:g} と {5:g} mm/yr）。どちらか 1 つにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="245"/>
        <source>{0}: station {1} is listed twice, {2:.0f} m apart; give each station once (rename one if they are different stations).</source>
        <translation>{0}：観測点 {1} が {2:.0f} m 離れて 2 回記載されています。各観測点は 1 回だけ指定してください（別の観測点なら一方の名前を変えてください）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="246"/>
        <source>{0}: the CRS of the layer is not understood ({1}).</source>
        <translation>{0}：レイヤの CRS が解釈できません（{1}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="247"/>
        <source>{0}: the DEM has no height (NaN) at the reference point; choose another reference point.</source>
        <translation>{0}：参照点で DEM に高さがありません（NaN）。別の参照点を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="250"/>
        <source>{0}: the area covers {1}×{2} pixels × {3} bands, too many to read at once; choose a smaller area.</source>
        <translation>{0}：範囲が {1}×{2} ピクセル × {3} バンドで、一度に読み込むには多すぎます。より狭い範囲を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="251"/>
        <source>{0}: the data hold no deformation signal (every value is the same, for example an all-zero raster); there is no source to find. Check the input layers.</source>
        <translation>{0}：データに変動のシグナルがありません（すべて同じ値、例えばすべてゼロのラスタ）。求めるソースがありません。入力レイヤを確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="252"/>
        <source>{0}: the extent has no CRS; write it as &quot;xmin,xmax,ymin,ymax [EPSG:code]&quot; with a projected CRS in metres.</source>
        <translation>{0}：範囲に CRS がありません。メートル単位の投影座標系で「xmin,xmax,ymin,ymax [EPSG:code]」と書いてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="253"/>
        <source>{0}: the extent is empty; draw an area, or leave it empty for the data area.</source>
        <translation>{0}：範囲が空です。範囲を描くか、データの範囲を使う場合は空のままにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="254"/>
        <source>{0}: the extent {1:g}, {2:g}, {3:g}, {4:g} is empty; draw or type an extent with a width and a height.</source>
        <translation>{0}：範囲 {1:g}, {2:g}, {3:g}, {4:g} は空です。幅と高さのある範囲を描くか入力してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="255"/>
        <source>{0}: the feathering weights of &quot;{1}&quot; could not be computed ({2}); free disk space in the temporary folder.</source>
        <translation>{0}：「{1}」のフェザリングの重みを計算できませんでした（{2}）。一時フォルダのディスク容量を空けてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="256"/>
        <source>{0}: the files mix {1}; import one level (and, for L3, one component) at a time.</source>
        <translation>{0}：ファイルに {1} が混在しています。一度に 1 つのレベル（L3 の場合は 1 つの成分）を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="257"/>
        <source>{0}: the frames do not share their dates: &quot;{1}&quot; {2}. Mosaic time series of the same acquisitions (one band per date), or cut them to their common dates first.</source>
        <translation>{0}：フレームの日付が一致しません：「{1}」{2}。同じ観測の時系列（日付ごとに 1 バンド）をモザイクするか、先に共通の日付に切りそろえてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="258"/>
        <source>{0}: the heights of the fitted pixels do not vary, so no phase–elevation relation can be fitted; use a DEM with relief, or the weather-model method.</source>
        <translation>{0}：あてはめに使うピクセルの高さが変化しないため、位相と標高の関係をあてはめられません。起伏のある DEM か、気象モデル法を使ってください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="259"/>
        <source>{0}: the layer has no CRS; set its CRS (Layer Properties › Source) and run again.</source>
        <translation>{0}：レイヤに CRS がありません。CRS を設定して（レイヤのプロパティ › ソース）もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="260"/>
        <source>{0}: the layer has no point.</source>
        <translation>{0}：レイヤに点がありません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="261"/>
        <source>{0}: the layer has no point; give GNSS stations with velocities.</source>
        <translation>{0}：レイヤに点がありません。速度をもつ GNSS 観測点を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="262"/>
        <source>{0}: the line directions do not determine the strain tensor; add lines in other directions.</source>
        <translation>{0}：線の方向からひずみテンソルが決まりません。別の方向の線を加えてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="263"/>
        <source>{0}: the line of sight is undefined (NaN incidence or heading) at {1} of {2} station(s): {3}. Give incidence and heading rasters covering the stations, or numbers.</source>
        <translation>{0}：{2} 観測点のうち {1} 点で視線方向が定まりません（入射角か進行方位が NaN）：{3}。観測点を覆う入射角と進行方位のラスタ、または数値を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="264"/>
        <source>{0}: the lines point in only {1} direction{2} ({3} counter-clockwise from east); the strain tensor needs lines in at least 3 directions.</source>
        <translation>{0}：線の方向が {1} 方向しかありません（東から反時計回りに {3}）。ひずみテンソルには 3 方向以上の線が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="265"/>
        <source>{0}: the noise covariance of the points is singular; lower MAX_POINTS.</source>
        <translation>{0}：点のノイズ共分散が特異です。MAX_POINTS を下げてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="266"/>
        <source>{0}: the output layer cannot be created ({1}); choose another destination.</source>
        <translation>{0}：出力レイヤを作成できません（{1}）。別の出力先を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="267"/>
        <source>{0}: the output layer cannot be created; choose another destination.</source>
        <translation>{0}：出力レイヤを作成できません。別の出力先を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="268"/>
        <source>{0}: the overlaps of &quot;{1}&quot; cannot fix a {2} (they are too narrow, or all on one line); choose the offset surface, or frames that overlap more.</source>
        <translation>{0}：「{1}」の重なりでは {2} を決められません（狭すぎるか、すべて一直線上にあります）。オフセット面を選ぶか、より重なるフレームを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="270"/>
        <source>{0}: the pair {1}_{2} is given twice ({3}).</source>
        <translation>{0}：ペア {1}_{2} が 2 回指定されています（{3}）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="271"/>
        <source>{0}: the point ({1:.3f}, {2:.3f}) falls on pixel (row {3}, column {4}) which has no valid value in any of {5} (NaN, nodata or below MIN_COHERENCE); pick a point on coherent ground, or leave it empty for an automatic choice.</source>
        <translation>{0}：点（{1:.3f}, {2:.3f}）はピクセル（行 {3}、列 {4}）にあり、{5} のいずれにも有効な値がありません（NaN、NoData、または MIN_COHERENCE 未満）。コヒーレントな地点を選ぶか、自動で選ぶ場合は空のままにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="272"/>
        <source>{0}: the point ({1:.3f}, {2:.3f}) is outside the grid of {3} (x {4:.3f} to {5:.3f}, y {6:.3f} to {7:.3f} in the CRS of the interferograms); pick a point inside the rasters, or leave it empty for an automatic choice.</source>
        <translation>{0}：点（{1:.3f}, {2:.3f}）は {3} のグリッドの外にあります（干渉画像の CRS で x {4:.3f}～{5:.3f}、y {6:.3f}～{7:.3f}）。ラスタの内側の点を選ぶか、自動で選ぶ場合は空のままにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="273"/>
        <source>{0}: the radar image has a single row; give the output pixel size.</source>
        <translation>{0}：レーダ画像が 1 行しかありません。出力ピクセルサイズを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="274"/>
        <source>{0}: the raster has no CRS, so latitudes are unknown; assign its CRS (Layer Properties › Source, or gdal_edit.py -a_srs) and run again.</source>
        <translation>{0}：ラスタに CRS がないため緯度が分かりません。CRS を設定して（レイヤのプロパティ › ソース、または gdal_edit.py -a_srs）もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="275"/>
        <source>{0}: the raster has no valid pixel (all nodata or NaN, or outside the geometry rasters); choose a raster with data.</source>
        <translation>{0}：ラスタに有効なピクセルがありません（すべて NoData か NaN、またはジオメトリのラスタの外）。データのあるラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="278"/>
        <source>{0}: the stations cannot be triangulated ({1}); check for stations on one line or at the same place.</source>
        <translation>{0}：観測点を三角形分割できません（{1}）。観測点が一直線上や同じ場所にないか確認してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="279"/>
        <source>{0}: the zenith delay is missing (NaN) at the reference point on some dates; choose a reference point inside the ZTD coverage.</source>
        <translation>{0}：一部の日付で参照点の天頂遅延がありません（NaN）。ZTD の範囲内の参照点を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="280"/>
        <source>{0}: the {1} stations lie on one line (width {2:.3g} m across a length of {3:.3g} m); a strain rate needs stations spread in two directions.</source>
        <translation>{0}：{1} 観測点が一直線上にあります（長さ {3:.3g} m に対して幅 {2:.3g} m）。ひずみ速度には 2 方向に広がる観測点が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="281"/>
        <source>{0}: the {1} usable stations cannot determine a {2} (they are too few or lie on a line); add stations or choose a simpler SURFACE.</source>
        <translation>{0}：使える {1} 観測点では {2} を決められません（少なすぎるか一直線上にあります）。観測点を加えるか、より単純な SURFACE を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="282"/>
        <source>{0}: two files give the {1}; give one.</source>
        <translation>{0}：2 つのファイルが {1} を与えています。1 つにしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="286"/>
        <source>{0}: {1:g} gives {2}×{3} cells, more than {4:,}; choose a larger cell size.</source>
        <translation>{0}：{1:g} では {2}×{3} セルとなり、{4:,} を超えます。より大きいセルサイズを選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="287"/>
        <source>{0}: {1:g} is in degrees in a geographic CRS; give a cell size such as 0.001 (about 100 m), or a projected CRS (EGMS: EPSG:3035, 100 m).</source>
        <translation>{0}：{1:g} は地理座標系での度単位です。0.001（約 100 m）のようなセルサイズを指定するか、投影座標系を使ってください（EGMS：EPSG:3035、100 m）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="288"/>
        <source>{0}: {1:g} is not a frequency; give a positive number (the same unit for all three, e.g. MHz).</source>
        <translation>{0}：{1:g} は周波数ではありません。正の数を指定してください（3 つとも同じ単位、例：MHz）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="289"/>
        <source>{0}: {1:g} is not accepted; give a cell size above 0.</source>
        <translation>{0}：{1:g} は使えません。0 より大きいセルサイズを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="290"/>
        <source>{0}: {1:g} m gives {2}×{3} cells over the network; choose a spacing of at least {4:.0f} m.</source>
        <translation>{0}：{1:g} m では観測網の上で {2}×{3} セルになります。{4:.0f} m 以上の間隔を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="291"/>
        <source>{0}: {1:g} m with InSAR points; give the radius within which InSAR points are averaged (e.g. 100 m).</source>
        <translation>{0}：InSAR の点に対して {1:g} m です。InSAR の点を平均する半径を指定してください（例：100 m）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="292"/>
        <source>{0}: {1:g} × {2:g} gives {3}×{4} pixels, more than 400 million; choose a coarser resolution.</source>
        <translation>{0}：{1:g} × {2:g} では {3}×{4} ピクセルとなり、4 億を超えます。より粗い解像度を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="293"/>
        <source>{0}: {1} dates cannot constrain the {2} parameters of the model ({3}); use fewer terms or more dates.</source>
        <translation>{0}：{1} 個の日付ではモデルの {2} 個のパラメータ（{3}）を決められません。項を減らすか日付を増やしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="296"/>
        <source>{0}: {1} h is not a window; give a positive number of hours.</source>
        <translation>{0}：{1} 時間は時間窓になりません。正の時間数を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="299"/>
        <source>{0}: {1} is outside the series of {2} ({3} to {4}); an event must fall after the first acquisition and no later than the last.</source>
        <translation>{0}：{1} は {2} の時系列（{3} から {4}）の外です。イベントは最初の観測より後、最後の観測以前でなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="300"/>
        <source>{0}: {1} line{2} with a length-change rate; the strain tensor needs at least 3 lines in 3 different directions.</source>
        <translation>{0}：長さ変化率をもつ線は {1} 本です。ひずみテンソルには 3 方向の異なる 3 本以上の線が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="301"/>
        <source>{0}: {1} raster given; a mosaic needs at least two overlapping frames.</source>
        <translation>{0}：ラスタが {1} 個しか指定されていません。モザイクには重なり合う 2 つ以上のフレームが必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="302"/>
        <source>{0}: {1} rasters for {2} LOS rasters; give one per LOS raster in the same order, or one for all.</source>
        <translation>{0}：LOS ラスタ {2} 個に対してラスタが {1} 個です。LOS ラスタごとに同じ順で 1 つ、またはすべてに共通の 1 つを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="303"/>
        <source>{0}: {1} station(s) with velocities inside the raster but a {2} needs at least {3}; {4}. Add stations or choose a simpler SURFACE.</source>
        <translation>{0}：ラスタの内側に速度をもつ観測点は {1} 点ですが、{2} には {3} 点以上が必要です。{4}。観測点を加えるか、より単純な SURFACE を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="304"/>
        <source>{0}: {1} station{2} with valid velocities{3}; a strain rate needs at least 3 stations that are not on one line.</source>
        <translation>{0}：有効な速度をもつ観測点は {1} 点です{3}。ひずみ速度には一直線上にない 3 点以上の観測点が必要です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="305"/>
        <source>{0}: {1} usable station(s) but a {2} needs at least {3}; add stations inside the raster or choose a simpler SURFACE.</source>
        <translation>{0}：使える観測点は {1} 点ですが、{2} には {3} 点以上が必要です。ラスタの内側に観測点を加えるか、より単純な SURFACE を選んでください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="306"/>
        <source>{0}: {1} values for {2} LOS rasters; give one per raster, in the order of the layers, or one for all.</source>
        <translation>{0}：LOS ラスタ {2} 個に対して値が {1} 個です。ラスタごとにレイヤの順に 1 つ、またはすべてに共通の 1 つを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="307"/>
        <source>{0}_MIN, {0}_MAX: {1:g} to {2:g} is not a range; give a minimum below the maximum.</source>
        <translation>{0}_MIN、{0}_MAX：{1:g} から {2:g} は範囲になっていません。最小値を最大値より小さくしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="308"/>
        <source>{0}{1}: {2} {3:g} {4} is out of range; give values from {5:g} to {6:g} {4}.</source>
        <translation>{0}{1}：{2} {3:g} {4} は範囲外です。{5:g} から {6:g} {4} の値を指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="17"/>
        <source>DEPTH_MIN: the top edge cannot be above the surface (depth ≥ 0).</source>
        <translation>DEPTH_MIN：上端は地表より上にはなりません（深さ ≥ 0）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="18"/>
        <source>DIP_MIN, DIP_MAX: dips are between 0° and 90° (the fault dips to the right of its strike).</source>
        <translation>DIP_MIN、DIP_MAX：傾斜角は 0° から 90° の間です（断層は走向の右側に傾斜します）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="25"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has no epoch in the window after EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run from {6} to {7} UTC.</source>
        <translation>INPUT_FILES：観測点 {0}（「{1}」）には EVENT_TIME {2:%Y-%m-%d %H:%M:%S} 以後の時間窓（WINDOW_BEFORE {3:g} 時間、GAP_AFTER {4:g} 時間、WINDOW_AFTER {5:g} 時間）にエポックがありません。データの期間は {6} から {7} UTC です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="26"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has no epoch in the window before EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run from {6} to {7} UTC.</source>
        <translation>INPUT_FILES：観測点 {0}（「{1}」）には EVENT_TIME {2:%Y-%m-%d %H:%M:%S} 以前の時間窓（WINDOW_BEFORE {3:g} 時間、GAP_AFTER {4:g} 時間、WINDOW_AFTER {5:g} 時間）にエポックがありません。データの期間は {6} から {7} UTC です。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="32"/>
        <source>LENGTH_MIN, WIDTH_MIN: dimensions must be above 0.</source>
        <translation>LENGTH_MIN、WIDTH_MIN：寸法は 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="36"/>
        <source>LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}); give more data (for example more GNSS stations with three components).</source>
        <translation>LOS、GNSS：{0} 個の観測では {1} 個の未知数（{2}）を決められません。データを増やしてください（例：3成分をもつ GNSS 観測点を増やす）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="37"/>
        <source>LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}, {3} nuisance terms); give more data (for example more GNSS stations with three components).</source>
        <translation>LOS、GNSS：{0} 個の観測では {1} 個の未知数（{2}、局外パラメータ {3} 個）を決められません。データを増やしてください（例：3成分をもつ GNSS 観測点を増やす）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="64"/>
        <source>SLIP_MIN: slip is a magnitude (≥ 0); the rake gives its direction.</source>
        <translation>SLIP_MIN：すべり量は大きさ（≥ 0）です。向きはすべり角で与えます。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="91"/>
        <source>{0} and {1} look the same way: both lines of sight point eastwards from the ground (east components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one ascending and one descending geometry with the same look side (both right-looking, the usual case), or set ASC_LOOK/DESC_LOOK to what each satellite used.</source>
        <translation>{0} と {1} は同じ向きを見ています：両方の視線方向が地表から東向きです（東成分 {2:+.3f} と {3:+.3f}）。そのため準東西成分と準上下成分を分離できません。同じ照射方向（通常はともに右向き）の北行と南行を 1 つずつ指定するか、ASC_LOOK/DESC_LOOK を各衛星の照射方向に設定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="92"/>
        <source>{0} and {1} look the same way: both lines of sight point westwards from the ground (east components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one ascending and one descending geometry with the same look side (both right-looking, the usual case), or set ASC_LOOK/DESC_LOOK to what each satellite used.</source>
        <translation>{0} と {1} は同じ向きを見ています：両方の視線方向が地表から西向きです（東成分 {2:+.3f} と {3:+.3f}）。そのため準東西成分と準上下成分を分離できません。同じ照射方向（通常はともに右向き）の北行と南行を 1 つずつ指定するか、ASC_LOOK/DESC_LOOK を各衛星の照射方向に設定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="98"/>
        <source>{0}: &quot;{1}&quot; ({2}) carries no station coordinates and no {3} layer was given; give a point layer with a &quot;station&quot; field holding {4}.</source>
        <translation>{0}：「{1}」（{2}）には観測点の座標が含まれておらず、{3} レイヤも指定されていません。{4} を格納した「station」フィールドをもつ点レイヤを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="99"/>
        <source>{0}: &quot;{1}&quot; ({2}) carries no station coordinates and station {3} is not in the {4} layer (IDs: {5}); give a point layer with a &quot;station&quot; field holding {3}.</source>
        <translation>{0}：「{1}」（{2}）には観測点の座標が含まれておらず、観測点 {3} は {4} レイヤにありません（ID：{5}）。{3} を格納した「station」フィールドをもつ点レイヤを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="108"/>
        <source>{0}: &quot;{1}&quot; has a CRS but &quot;{2}&quot; has none; give both rasters a CRS.</source>
        <translation>{0}：「{1}」には CRS がありますが、「{2}」にはありません。両方のラスタに CRS を付けてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="112"/>
        <source>{0}: &quot;{1}&quot; has no CRS but &quot;{2}&quot; has one; give both rasters a CRS.</source>
        <translation>{0}：「{1}」には CRS がありませんが、「{2}」にはあります。両方のラスタに CRS を付けてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="294"/>
        <source>{0}: {1} do not overlap the reference frame &quot;{2}&quot;{3}, neither directly nor through other frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. Give frames that overlap, or mosaic the separate groups on their own.</source>
        <translation>{0}：{1} は参照フレーム「{2}」{3}と、直接にも他のフレームを介しても重なりません（両方で有効なピクセルが {4} 未満）。オフセットを結び付けられません。重なるフレームを指定するか、離れたグループを別々にモザイクしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="295"/>
        <source>{0}: {1} does not overlap the reference frame &quot;{2}&quot;{3}, neither directly nor through other frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. Give frames that overlap, or mosaic the separate groups on their own.</source>
        <translation>{0}：{1} は参照フレーム「{2}」{3}と、直接にも他のフレームを介しても重なりません（両方で有効なピクセルが {4} 未満）。オフセットを結び付けられません。重なるフレームを指定するか、離れたグループを別々にモザイクしてください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="12"/>
        <source>Coherence is 8-bit (0–255): divided by 255.</source>
        <translation>コヒーレンスは 8 ビット（0–255）です：255 で割りました。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="49"/>
        <source>Only some of the E/N/U LOS components were given; give all three for the LOS vector, incidence and heading.</source>
        <translation>LOS の E/N/U 成分が一部しか指定されていません。LOS ベクトル・入射角・進行方位には 3 成分すべてを指定してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="57"/>
        <source>REF_LAT/REF_LON = {0}/{1} lie outside the grid; no reference pixel kept.</source>
        <translation>REF_LAT/REF_LON = {0}/{1} はグリッドの外にあります。参照ピクセルは保持しません。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="95"/>
        <source>{0} duplicate station(s) with identical velocities kept once: {1}</source>
        <translation>速度が同一の重複観測点 {0} 点を 1 点にまとめました：{1}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="180"/>
        <source>{0}: REF_Y/REF_X = {1}/{2} disagree with REF_LAT/REF_LON = {3}/{4}, which fall in row {5}, column {6}; REF_LAT/REF_LON are used (REF_Y/REF_X are stale after subsetting or geocoding).</source>
        <translation>{0}：REF_Y/REF_X = {1}/{2} は REF_LAT/REF_LON = {3}/{4}（行 {5}、列 {6} にあたる）と一致しません。REF_LAT/REF_LON を使います（切り出しやジオコーディングの後は REF_Y/REF_X が古いままです）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="207"/>
        <source>{0}: heights range from {1:.3g} to {2:.3g}; if these are kilometres, convert the DEM to metres (heights must be in metres).</source>
        <translation>{0}：高さが {1:.3g} から {2:.3g} の範囲です。キロメートル単位であれば DEM をメートルに変換してください（高さはメートル単位でなければなりません）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="208"/>
        <source>{0}: heights range from {1:.4g} to {2:.4g}, beyond any height on Earth in metres; if they are feet or centimetres, convert the DEM to metres.</source>
        <translation>{0}：高さが {1:.4g} から {2:.4g} の範囲で、メートルとしては地球上のどの高さも超えています。フィートやセンチメートル単位であれば DEM をメートルに変換してください。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="276"/>
        <source>{0}: the raster values at the stations are about {1:.3g}× larger than the GNSS line-of-sight values ({2:.3g} vs {3:.3g}); both must be in {4} — are the GNSS velocities in m/yr?</source>
        <translation>{0}：観測点でのラスタ値が GNSS の視線方向の値より約 {1:.3g} 倍大きくなっています（{2:.3g} 対 {3:.3g}）。両方とも {4} でなければなりません。GNSS の速度が m/yr になっていませんか？</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="277"/>
        <source>{0}: the raster values at the stations are about {1:.3g}× smaller than the GNSS line-of-sight values ({2:.3g} vs {3:.3g}); the raster must be in {4} like the GNSS — is it in metres?</source>
        <translation>{0}：観測点でのラスタ値が GNSS の視線方向の値より約 {1:.3g} 分の 1 と小さくなっています（{2:.3g} 対 {3:.3g}）。ラスタは GNSS と同じく {4} でなければなりません。メートル単位になっていませんか？</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="283"/>
        <source>{0}: with UNITS {1} the interferograms vary by only {2:.3g} mm (5–95 % of the pixels), far below InSAR noise; if the values are metres, set UNITS to metres (or check WAVELENGTH).</source>
        <translation>{0}：UNITS が {1} のとき、干渉画像の変動は {2:.3g} mm（ピクセルの 5–95 %）しかなく、InSAR のノイズをはるかに下回ります。値がメートル単位であれば UNITS をメートルにしてください（または WAVELENGTH を確認してください）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="284"/>
        <source>{0}: with UNITS {1} the interferograms vary by {2:.3g} m (5–95 % of the pixels), more than interferograms hold but near the largest earthquakes; if the values are millimetres, set UNITS to millimetres (radians: check WAVELENGTH).</source>
        <translation>{0}：UNITS が {1} のとき、干渉画像の変動は {2:.3g} m（ピクセルの 5–95 %）で、最大級の地震の近傍を除けば干渉画像がもつ量を超えています。値がミリメートル単位であれば UNITS をミリメートルにしてください（ラジアンの場合は WAVELENGTH を確認）。</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="55"/>
        <source>PREVIOUS: the state does not match its own network (boundary size); run the previous stack again with OUTPUT_STATE.</source>
        <translation>PREVIOUS：状態がそのネットワーク（境界の大きさ）と一致しません。前回のスタックを OUTPUT_STATE を指定して再実行してください。</translation>
    </message>
</context>
<context>
    <name>CoseismicOffsetAlgorithm</name>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="28"/>
        <source>Co-seismic offsets of GNSS stations</source>
        <translation>GNSS観測点の地震時変位</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="32"/>
        <source>Event time, UTC (YYYY-MM-DD HH:MM[:SS])</source>
        <translation>地震発生時刻、UTC（YYYY-MM-DD HH:MM[:SS]）</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="34"/>
        <source>Window before the event (hours)</source>
        <translation>地震前の時間窓（時間）</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="36"/>
        <source>Window after the event and the gap (hours)</source>
        <translation>地震後の時間窓（除外時間の後、時間）</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="38"/>
        <source>Gap skipped after the event: shaking, outage (hours)</source>
        <translation>地震直後に除外する時間：揺れ・欠測（時間）</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>Statistic of each window</source>
        <translation>各時間窓の統計量</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="45"/>
        <source>Use only ambiguity-fixed epochs (RTKLIB Q = 1)</source>
        <translation>アンビギュイティ決定済みのエポックのみ使用（RTKLIB Q = 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="47"/>
        <source>Co-seismic offsets</source>
        <translation>地震時変位</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="62"/>
        <source>{0}: de {1:.1f} dn {2:.1f} du {3:.1f} mm ({4} epochs before, {5} after)</source>
        <translation>{0}：東西 {1:.1f}・南北 {2:.1f}・上下 {3:.1f} mm（地震前 {4} エポック、地震後 {5} エポック）</translation>
    </message>
</context>
<context>
    <name>DeformationAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>InSAR time series</source>
        <translation>InSAR時系列</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="129"/>
        <source>Corrections</source>
        <translation>補正</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="130"/>
        <source>Decomposition</source>
        <translation>成分分解</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="131"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="132"/>
        <source>Strain and sources</source>
        <translation>ひずみと変動源</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="133"/>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="527"/>
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルされました：出力は書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="732"/>
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Radar wavelength (mm)</source>
        <translation>レーダー波長（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="744"/>
        <source>Rows per processing block (0 = automatic)</source>
        <translation>処理ブロックあたりの行数（0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="752"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="756"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="43"/>
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>衛星進行方向、北から時計回り（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="764"/>
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>進行方向ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="195"/>
        <source>Poisson&apos;s ratio</source>
        <translation>ポアソン比</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="73"/>
        <source>Template raster: output grid and CRS copied from it</source>
        <translation>テンプレートラスタ：出力のグリッドとCRSをこれに合わせる</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="76"/>
        <source>Output extent, when no template (projected CRS in metres)</source>
        <translation>出力範囲（テンプレートがない場合、メートル単位の投影座標系）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="79"/>
        <source>Output pixel size with the extent (m)</source>
        <translation>範囲を指定する場合の出力ピクセルサイズ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="84"/>
        <source>East displacement (mm)</source>
        <translation>東西変位（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="85"/>
        <source>North displacement (mm)</source>
        <translation>南北変位（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="86"/>
        <source>Up displacement (mm)</source>
        <translation>上下変位（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="87"/>
        <source>LOS displacement, positive towards the satellite (mm)</source>
        <translation>視線方向変位、衛星に近づく向きが正（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="92"/>
        <source>Source point</source>
        <translation>変動源の点</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="141"/>
        <source>Output grid: {0}×{1} pixels</source>
        <translation>出力グリッド：{0}×{1} ピクセル</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="58"/>
        <source>GNSS position time series files</source>
        <translation>GNSS座標時系列ファイル</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="61"/>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="61"/>
        <source>auto (from the content)</source>
        <translation>自動（内容から判定）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="68"/>
        <source>Station locations for files without coordinates (points)</source>
        <translation>座標のないファイルのための観測点位置（点）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="72"/>
        <source>Station ID field of the station locations</source>
        <translation>観測点位置の観測点IDフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="80"/>
        <source>Number of stations</source>
        <translation>観測点数</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="134"/>
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="347"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="350"/>
        <source>advanced</source>
        <translation>高度なパラメータ</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="400"/>
        <source>Band of &quot;{0}&quot; (empty = every band)</source>
        <translation>「{0}」のバンド（空欄 = 全バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="400"/>
        <source>Band of &quot;{0}&quot;</source>
        <translation>「{0}」のバンド</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="424"/>
        <source>{0}: band {1} does not exist in &quot;{2}&quot;, which has {3} band(s); choose a band from 1 to {3}.</source>
        <translation>{0}：バンド {1} は「{2}」にありません（バンド数 {3}）。1 から {3} のバンドを選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="530"/>
        <source>Out of memory: {0}.</source>
        <translation>メモリ不足：{0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="538"/>
        <source>Unexpected error in {0}: {1}: {2}. No output was written; please report this with the log.</source>
        <translation>{0} で予期しないエラー：{1}：{2}。出力は書き込まれていません。ログを添えて報告してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="547"/>
        <source>lower {0} (advanced parameters) and run again</source>
        <translation>{0}（高度なパラメータ）を小さくして再実行してください</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="549"/>
        <source>use smaller inputs and run again</source>
        <translation>入力を小さくして再実行してください</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="554"/>
        <source>Could not read or write{0}: {1}. Check the path, its permissions and the free disk space; no output was written.</source>
        <translation>{0} の読み書きができません：{1}。パス、アクセス権、ディスクの空き容量を確認してください。出力は書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="600"/>
        <source>{0}: no output given; give a file name for &quot;{1}&quot; (or TEMPORARY_OUTPUT for a temporary file).</source>
        <translation>{0}：出力が指定されていません。「{1}」のファイル名を指定してください（一時ファイルには TEMPORARY_OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="603"/>
        <source>{0}: no value given; &quot;{1}&quot; is required.</source>
        <translation>{0}：値が指定されていません。「{1}」は必須です。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="607"/>
        <source>{0}: &quot;{1}&quot; is not accepted; choose one of {2}.</source>
        <translation>{0}：「{1}」は使えません。{2} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="609"/>
        <source>{0}: &quot;{1}&quot; is not accepted for &quot;{2}&quot;.</source>
        <translation>{0}：「{1}」は「{2}」に使えません。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>Warning: {3} {0:g} mm is not a radar wavelength (SAR: {1:g}–{2:g} mm; Sentinel-1 55.47, ALOS-2 229); is it in cm or m? It must be in millimetres.</source>
        <translation>警告：{3} {0:g} mm はレーダー波長ではありません（SAR：{1:g}–{2:g} mm、Sentinel-1 は 55.47、ALOS-2 は 229）。cm や m で入力していませんか？ ミリメートルで指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="658"/>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="779"/>
        <source>LOS unit vector, east component (ground to satellite; overrides incidence and heading)</source>
        <translation>視線方向単位ベクトルの東成分（地表から衛星へ、入射角と進行方向より優先）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="46"/>
        <source>LOS unit vector, north component</source>
        <translation>視線方向単位ベクトルの北成分</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="47"/>
        <source>LOS unit vector, up component</source>
        <translation>視線方向単位ベクトルの上成分</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="793"/>
        <source>Memory budget in MB (0 = automatic: a quarter of the free memory, at least 512 MB)</source>
        <translation>メモリ上限（MB、0 = 自動：空きメモリの4分の1、最低 512 MB）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="801"/>
        <source>Engine: local, or the address of a Dask scheduler (tcp://host:8786)</source>
        <translation>計算エンジン：local（ローカル）または Dask スケジューラのアドレス（tcp://host:8786）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="144"/>
        <source>Warning: {0}×{1} pixels: four rasters of up to {2} each, about {3}; cancel and choose a coarser grid if that is more than you need.</source>
        <translation>警告：{0}×{1} ピクセル：ラスタ4枚で各最大 {2}、合計約 {3} です。必要以上に大きい場合はキャンセルして粗いグリッドを選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="130"/>
        <source>Incidence of each of these LOS rasters (degrees, comma separated in layer order; empty = the incidence number)</source>
        <translation>これらの視線方向ラスタそれぞれの入射角（度、レイヤ順にカンマ区切り、空欄 = 入射角の数値）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="134"/>
        <source>Heading of each of these LOS rasters (degrees, comma separated in layer order; empty = the heading number)</source>
        <translation>これらの視線方向ラスタそれぞれの進行方向（度、レイヤ順にカンマ区切り、空欄 = 進行方向の数値）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="137"/>
        <source>Incidence rasters of these LOS rasters, one each in the same order</source>
        <translation>これらの視線方向ラスタの入射角ラスタ（同じ順に1つずつ）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="137"/>
        <source>Heading rasters of these LOS rasters, one each in the same order</source>
        <translation>これらの視線方向ラスタの進行方向ラスタ（同じ順に1つずつ）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="147"/>
        <source>LOS unit vector, {0} component, of these LOS rasters (one each, same order; overrides incidence and heading)</source>
        <translation>これらの視線方向ラスタの視線方向単位ベクトル{0}成分（同じ順に1つずつ、入射角と進行方向より優先）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="153"/>
        <source>GNSS displacements (points, mm)</source>
        <translation>GNSS変位（点、mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="156"/>
        <source>East displacement field</source>
        <translation>東西変位のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="157"/>
        <source>North displacement field</source>
        <translation>南北変位のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="158"/>
        <source>Up displacement field</source>
        <translation>上下変位のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="159"/>
        <source>East 1σ field</source>
        <translation>東西 1σ のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="160"/>
        <source>North 1σ field</source>
        <translation>南北 1σ のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="161"/>
        <source>Up 1σ field</source>
        <translation>上下 1σ のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="169"/>
        <source>Maximum number of down-sampled points per LOS raster</source>
        <translation>視線方向ラスタあたりの間引き後の最大点数</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>Down-sampling</source>
        <translation>間引き</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>quadtree</source>
        <translation>四分木</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>uniform grid</source>
        <translation>等間隔グリッド</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>LOS nuisance terms (each LOS raster its own)</source>
        <translation>視線方向の局所補正項（視線方向ラスタごとに個別）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>offset and ramp</source>
        <translation>オフセットと傾斜</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>LOS noise</source>
        <translation>視線方向ノイズ</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>independent (LOS noise 1σ below)</source>
        <translation>独立（下記の視線方向ノイズ 1σ）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>correlated: exponential covariance of each LOS raster estimated from its residuals</source>
        <translation>相関あり：視線方向ラスタごとに残差から推定した指数型共分散</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="185"/>
        <source>LOS noise of a down-sampled point, 1σ (mm or mm/yr; independent noise)</source>
        <translation>間引き後の点の視線方向ノイズ 1σ（mm または mm/年、独立ノイズの場合）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="188"/>
        <source>Pixels sampled to estimate the noise covariance (per LOS raster)</source>
        <translation>ノイズ共分散の推定に使うピクセル数（視線方向ラスタごと）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="192"/>
        <source>Relative weight of GNSS against LOS</source>
        <translation>視線方向に対するGNSSの相対的な重み</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="198"/>
        <source>Number of starts (multi-start search)</source>
        <translation>初期値の数（多点探索）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="201"/>
        <source>Bootstrap resamples for uncertainties (0 = none)</source>
        <translation>不確かさ推定のブートストラップ回数（0 = なし）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="204"/>
        <source>Random seed (starts and bootstrap)</source>
        <translation>乱数シード（初期値とブートストラップ）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="210"/>
        <source>Model LOS (on the grid of the first LOS raster)</source>
        <translation>モデルの視線方向変位（1つ目の視線方向ラスタのグリッド上）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="213"/>
        <source>Residual LOS, data − model (first LOS raster)</source>
        <translation>視線方向の残差、データ − モデル（1つ目の視線方向ラスタ）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="216"/>
        <source>Folder for the model and residual of every LOS raster</source>
        <translation>すべての視線方向ラスタのモデルと残差を書き出すフォルダ</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="291"/>
        <source>{0}: {1} down-sampled LOS points</source>
        <translation>{0}：間引き後の視線方向の点 {1} 個</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="38"/>
        <source>Displacement time series (mm, one band per date)</source>
        <translation>変位の時系列（mm、日付ごとに1バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="39"/>
        <source>LOS velocity (mm/yr)</source>
        <translation>視線方向速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="40"/>
        <source>LOS velocity 1σ (mm/yr)</source>
        <translation>視線方向速度 1σ（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="41"/>
        <source>Coherence (0–1)</source>
        <translation>コヒーレンス（0–1）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="42"/>
        <source>Incidence angle (degrees)</source>
        <translation>入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="44"/>
        <source>Height (m)</source>
        <translation>高さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="45"/>
        <source>LOS unit vector, east component</source>
        <translation>視線方向単位ベクトルの東成分</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="48"/>
        <source>Number of points per cell</source>
        <translation>セルあたりの点数</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="49"/>
        <source>Interferograms (radians, one band per pair, for sbasinversion)</source>
        <translation>干渉画像（ラジアン、ペアごとに1バンド、sbasinversion 用）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="51"/>
        <source>Interferogram coherence (0–1, one band per pair)</source>
        <translation>干渉画像のコヒーレンス（0–1、ペアごとに1バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>asc</source>
        <translation>北行</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>desc</source>
        <translation>南行</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="38"/>
        <source>NGL .tenv (old)</source>
        <translation>NGL .tenv（旧形式）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="39"/>
        <source>CSV (date,e,n,u[,se,sn,su])</source>
        <translation>CSV（日付,e,n,u[,se,sn,su]）</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="143"/>
        <source>east</source>
        <translation>東</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="144"/>
        <source>north</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="145"/>
        <source>up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="343"/>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="344"/>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Name for scripts and qgis_process</source>
        <translation>スクリプトと qgis_process で使う名前</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="39"/>
        <source>the radar wavelength in mm: 55.47 (Sentinel-1, C band), 31.2 (TerraSAR-X, X band), 229 (ALOS-2, L band)</source>
        <translation>レーダの波長（mm）：55.47（Sentinel-1、Cバンド）、31.2（TerraSAR-X、Xバンド）、229（ALOS-2、Lバンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="41"/>
        <source>the incidence angle from vertical in degrees, below 90 (SAR incidence is about 20–50°)</source>
        <translation>鉛直から測った入射角（度）、90 未満（SAR の入射角はおよそ 20–50°）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="43"/>
        <source>the satellite heading in degrees clockwise from north (about −10 ascending, −170 descending for Sentinel-1)</source>
        <translation>北から時計回りに測った衛星の進行方位（度）（Sentinel-1 では北行で約 −10、南行で約 −170）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="45"/>
        <source>the sea-level air pressure in hPa (about 1013)</source>
        <translation>海面気圧（hPa、約 1013）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="46"/>
        <source>the sea-level air temperature in °C</source>
        <translation>海面気温（°C）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="47"/>
        <source>the relative humidity in %</source>
        <translation>相対湿度（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="48"/>
        <source>Poisson&apos;s ratio of the crust, below 0.5 (0.25 is usual)</source>
        <translation>地殻のポアソン比、0.5 未満（通常は 0.25）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="49"/>
        <source>rows read per block (0 = chosen from the memory)</source>
        <translation>ブロックごとに読み込む行数（0 = メモリから自動決定）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="50"/>
        <source>the output pixel size in metres</source>
        <translation>出力ピクセルサイズ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="51"/>
        <source>the source depth below the surface in metres</source>
        <translation>地表からのソースの深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="52"/>
        <source>a coherence threshold from 0 to 1</source>
        <translation>0 から 1 のコヒーレンスしきい値</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="55"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="56"/>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="57"/>
        <source>raster</source>
        <translation>ラスタ</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="58"/>
        <source>vector layer</source>
        <translation>ベクタレイヤ</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="81"/>
        <source>a whole number from {0:g} to {1:g}</source>
        <translation>{0:g} から {1:g} の整数</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="81"/>
        <source>a number from {0:g} to {1:g}</source>
        <translation>{0:g} から {1:g} の数値</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="84"/>
        <source>a whole number of at least {0:g}</source>
        <translation>{0:g} 以上の整数</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="84"/>
        <source>a number of at least {0:g}</source>
        <translation>{0:g} 以上の数値</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="87"/>
        <source>a whole number of at most {0:g}</source>
        <translation>{0:g} 以下の整数</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="87"/>
        <source>a number of at most {0:g}</source>
        <translation>{0:g} 以下の数値</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="90"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="90"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="92"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="92"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="105"/>
        <source>{0}: &quot;{1}&quot; is not a number; give {2}.</source>
        <translation>{0}：「{1}」は数値ではありません。{2}を指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="107"/>
        <source>{0}: {1} is not a usable number; give {2}.</source>
        <translation>{0}：{1} は使える数値ではありません。{2}を指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="110"/>
        <source>{0}: {1:g} is not accepted; give {2}.</source>
        <translation>{0}：{1:g} は使えません。{2}を指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="167"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster GDAL can read ({2}); give a GeoTIFF or another GDAL raster.</source>
        <translation>{0}：「{1}」は途中で切れているか、GDAL が読めるラスタではありません（{2}）。GeoTIFF または他の GDAL ラスタを指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="170"/>
        <source>{0}: &quot;{1}&quot; holds no raster band; give a raster with at least one band.</source>
        <translation>{0}：「{1}」にはラスタバンドがありません。1 バンド以上のラスタを指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="173"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster: its last rows cannot be read ({2}); write the file again or give another one.</source>
        <translation>{0}：「{1}」は途中で切れているか、ラスタではありません：最後の行を読み込めません（{2}）。ファイルを書き直すか、別のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="229"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a vector layer OGR can read ({2}); give a GeoPackage, shapefile or another vector file.</source>
        <translation>{0}：「{1}」は途中で切れているか、OGR が読めるベクタレイヤではありません（{2}）。GeoPackage、シェープファイル、または他のベクタファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="243"/>
        <source>{0}: &quot;{1}&quot; does not exist; choose an existing {2}.</source>
        <translation>{0}：「{1}」は存在しません。存在する{2}を選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="246"/>
        <source>{0}: &quot;{1}&quot; is a folder; choose a {2}, not a folder.</source>
        <translation>{0}：「{1}」はフォルダです。フォルダではなく{2}を選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="249"/>
        <source>{0}: &quot;{1}&quot; cannot be read (permission denied); choose a {2} you can read.</source>
        <translation>{0}：「{1}」を読み込めません（アクセス権がありません）。読み込める{2}を選んでください。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="265"/>
        <source>GDAL could not open it</source>
        <translation>GDAL で開けませんでした</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="274"/>
        <source>{0}: &quot;{1}&quot; is not a CRS that QGIS knows; give an EPSG code such as EPSG:32654 (UTM zone 54N) or a WKT/PROJ definition.</source>
        <translation>{0}：「{1}」は QGIS が知っている CRS ではありません。EPSG:32654（UTM 54N 帯）のような EPSG コード、または WKT/PROJ の定義を指定してください。</translation>
    </message>
</context>
<context>
    <name>DeformationMapDock</name>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="61"/>
        <source>Deformation map</source>
        <translation>変動マップ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="78"/>
        <source>Velocity raster</source>
        <translation>速度ラスタ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="79"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="86"/>
        <source>The ramp runs from −L to +L, L = this percentile of |v|</source>
        <translation>カラーランプは −L から +L、L = |v| のこのパーセンタイル</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="91"/>
        <source>Limit of the colour ramp; edit it to fix the scale</source>
        <translation>カラーランプの上限。編集すると目盛りを固定できます</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="93"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="94"/>
        <source>Recompute the limit from the percentile</source>
        <translation>パーセンタイルから上限を再計算</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="98"/>
        <source>Robust limit</source>
        <translation>ロバストな上限</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="100"/>
        <source>Units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="101"/>
        <source>LOS velocity</source>
        <translation>視線方向速度</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="102"/>
        <source>Legend title</source>
        <translation>凡例のタイトル</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Hazard zones: drawn as outlines above the velocity</source>
        <translation>ハザード区域：速度の上に輪郭線で描画</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Geologic units: pale fills under the velocity</source>
        <translation>地質区分：速度の下に淡い塗りつぶし</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Faults and other lines: on top</source>
        <translation>断層などの線：最前面</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="116"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="117"/>
        <source>Hazard layers</source>
        <translation>ハザードレイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="118"/>
        <source>Geology layers</source>
        <translation>地質レイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="119"/>
        <source>Faults / lines</source>
        <translation>断層・線</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="120"/>
        <source>Use the bundled sample layers when none is chosen</source>
        <translation>未選択の場合は同梱のサンプルレイヤを使用</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="124"/>
        <source>Apply deformation map</source>
        <translation>変動マップを適用</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="128"/>
        <source>Velocity per zone (deformation:zonalvelocity)</source>
        <translation>ゾーンごとの速度 (deformation:zonalvelocity)</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="135"/>
        <source>|v| &gt; T</source>
        <translation>|v| &gt; T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="135"/>
        <source>v &gt; T</source>
        <translation>v &gt; T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="135"/>
        <source>v &lt; T</source>
        <translation>v &lt; T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="138"/>
        <source>Threshold T</source>
        <translation>しきい値 T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="139"/>
        <source>Compute velocity per zone</source>
        <translation>ゾーンごとの速度を計算</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="144"/>
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="195"/>
        <source>Choose the velocity raster first (add one to the project).</source>
        <translation>先に速度ラスタを選んでください（プロジェクトに追加してください）。</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="225"/>
        <source>Velocity styled from −{0:g} to +{0:g} {1}; {2} layers stacked.</source>
        <translation>速度を −{0:g} から +{0:g} {1} で配色しました。{2} レイヤを重ねました。</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="237"/>
        <source>Tick hazard or geology layers (or allow the sample layers).</source>
        <translation>ハザードまたは地質レイヤにチェックを入れてください（またはサンプルレイヤを許可してください）。</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="248"/>
        <source>Velocity per zone — {0}</source>
        <translation>ゾーンごとの速度 — {0}</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="253"/>
        <source>Velocity statistics for {0} zone layer(s) added to the project.</source>
        <translation>{0} 個のゾーンレイヤの速度統計をプロジェクトに追加しました。</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="143"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="143"/>
        <source>median</source>
        <translation>中央値</translation>
    </message>
</context>
<context>
    <name>DeformationToolboxPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="56"/>
        <source>&amp;Deformation Toolbox</source>
        <translation>地殻変動ツールボックス(&amp;D)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57"/>
        <source>Deformation Toolbox</source>
        <translation>地殻変動ツールボックス</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="60"/>
        <source>Time series on click</source>
        <translation>クリックで時系列表示</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="60"/>
        <source>Plot displacement versus date at clicked pixels or points</source>
        <translation>クリックしたピクセルまたは点の変位を日付に対してプロット</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="62"/>
        <source>Deformation profile</source>
        <translation>変動プロファイル</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="62"/>
        <source>Draw a line: velocity, East, Up, DEM and nearby points versus distance</source>
        <translation>線を描画：速度・東西・上下・DEMと周辺の点を距離に対して表示</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="64"/>
        <source>Deformation map</source>
        <translation>変動マップ</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="64"/>
        <source>Style a velocity raster symmetric about zero over hazard and geology layers; velocity per zone</source>
        <translation>速度ラスタをゼロ対称の配色でハザード・地質レイヤに重ねて表示；ゾーンごとの速度</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Open the Deformation algorithms in the Processing toolbox</source>
        <translation>プロセシングツールボックスで地殻変動アルゴリズムを開く</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Open the showcase model (asc + desc → East/Up) in the modeler</source>
        <translation>サンプルモデル（北行＋南行 → 東西・上下）をモデラーで開く</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Deformation Toolbox help</source>
        <translation>地殻変動ツールボックスのヘルプ</translation>
    </message>
</context>
<context>
    <name>DockBase</name>
    <message>
        <location filename="../plugin/dock_base.py" line="46"/>
        <source>Unexpected error: {0} (details in the log messages panel)</source>
        <translation>予期しないエラー: {0}（詳細はログメッセージパネル）</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="299"/>
        <source>Export CSV…</source>
        <translation>CSVに出力…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="300"/>
        <source>Export PNG…</source>
        <translation>PNGに出力…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="311"/>
        <source>Nothing to export yet: plot something first.</source>
        <translation>出力するものがありません。先にプロットしてください。</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="313"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="315"/>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="316"/>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="326"/>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>FaultInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="56"/>
        <source>Fault inversion (uniform-slip rectangle, Okada)</source>
        <translation>断層モデルの推定（一様すべり矩形断層、Okada）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="59"/>
        <source>Position, strike, dip, rake, length, width, depth and slip of a rectangular fault from LOS rasters and GNSS offsets, with 1σ, model and residual rasters.</source>
        <translation>視線方向ラスタとGNSS変位から矩形断層の位置・走向・傾斜・すべり角・長さ・幅・深さ・すべり量を推定（1σ、モデル・残差ラスタ付き）。</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>Okada</source>
        <translation>Okada</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>fault</source>
        <translation>断層</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>coseismic</source>
        <translation>地震時</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>inversion</source>
        <translation>インバージョン</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="64"/>
        <source>slip</source>
        <translation>すべり</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="64"/>
        <source>InSAR</source>
        <translation>InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="64"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="64"/>
        <source>magnitude</source>
        <translation>マグニチュード</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="67"/>
        <source>LOS displacement rasters (mm), each with its own geometry</source>
        <translation>視線方向変位ラスタ（mm、それぞれ固有の観測幾何）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="68"/>
        <source>Incidence angle from vertical (degrees), where the list of incidences is empty</source>
        <translation>鉛直からの入射角（度、入射角のリストが空の場合）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="71"/>
        <source>Satellite heading, clockwise from north (degrees), where the list of headings is empty</source>
        <translation>衛星進行方向、北から時計回り（度、進行方向のリストが空の場合）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="79"/>
        <source>Area where the top-edge centre may lie (empty = the data area)</source>
        <translation>断層上端中心が取りうる範囲（空欄 = データの範囲）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="87"/>
        <source>Shear modulus for the moment (Pa)</source>
        <translation>地震モーメント計算用の剛性率（Pa）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="89"/>
        <source>Also estimate distributed slip on the fitted plane (smoothing by ABIC)</source>
        <translation>推定した断層面上のすべり分布も推定する（ABICによる平滑化）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="92"/>
        <source>Distributed slip: patches along strike</source>
        <translation>すべり分布：走向方向の小断層数</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="95"/>
        <source>Distributed slip: patches down dip</source>
        <translation>すべり分布：傾斜方向の小断層数</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="97"/>
        <source>Distributed slip: plane size relative to the uniform fault</source>
        <translation>すべり分布：一様すべり断層に対する断層面の大きさ</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="101"/>
        <source>Fault (surface projection, with its parameters and 1σ)</source>
        <translation>断層（地表投影、パラメータと 1σ 付き）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="104"/>
        <source>Distributed slip (patches)</source>
        <translation>すべり分布（小断層）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Smoothing α² chosen by ABIC (distributed slip)</source>
        <translation>ABICで選んだ平滑化パラメータ α²（すべり分布）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Largest patch slip (m)</source>
        <translation>小断層の最大すべり量（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Moment magnitude of the distributed slip</source>
        <translation>すべり分布のモーメントマグニチュード</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="192"/>
        <source>Distributed slip: {0}×{1} patches on a {2:.0f} × {3:.0f} m plane, α² = {4:.3g} (ABIC), peak slip {5:.3f} m, Mw {6:.2f}</source>
        <translation>すべり分布：{2:.0f} × {3:.0f} m の面上に {0}×{1} 枚の小断層、α² = {4:.3g}（ABIC）、最大すべり {5:.3f} m、Mw {6:.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="227"/>
        <source>Fault: strike {0:.1f} ± {1:.1f}°, dip {2:.1f} ± {3:.1f}°, rake {4:.1f} ± {5:.1f}°, slip {6:.3f} ± {7:.3f} m, length {8:.0f} ± {9:.0f} m, width {10:.0f} ± {11:.0f} m, top edge {12:.0f} ± {13:.0f} m deep, centroid {14:.0f} m deep; Mw {15:.2f}; RMS residual {16:.3g} mm</source>
        <translation>断層：走向 {0:.1f} ± {1:.1f}°、傾斜 {2:.1f} ± {3:.1f}°、すべり角 {4:.1f} ± {5:.1f}°、すべり量 {6:.3f} ± {7:.3f} m、長さ {8:.0f} ± {9:.0f} m、幅 {10:.0f} ± {11:.0f} m、上端の深さ {12:.0f} ± {13:.0f} m、重心の深さ {14:.0f} m；Mw {15:.2f}；RMS残差 {16:.3g} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="240"/>
        <source>The solution sits on the bounds of: {0}; widen them (advanced parameters) unless they are physical limits.</source>
        <translation>解が次の範囲の境界にあります：{0}。物理的な限界でなければ範囲を広げてください（高度なパラメータ）。</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="244"/>
        <source>noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm²</source>
        <translation>ノイズ共分散：シル {0:.3g} mm²、レンジ {1:.0f} m、ナゲット {2:.3g} mm²</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="244"/>
        <source>independent noise</source>
        <translation>独立ノイズ</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="246"/>
        <source>{0}: {1} points, RMS residual {2:.3g} mm; {3}</source>
        <translation>{0}：{1} 点、RMS残差 {2:.3g} mm；{3}</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="119"/>
        <source>Smallest depth of the top edge (m)</source>
        <translation>上端の深さの最小値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="120"/>
        <source>Largest depth of the top edge (m)</source>
        <translation>上端の深さの最大値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="121"/>
        <source>Smallest strike (°)</source>
        <translation>走向の最小値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="121"/>
        <source>Largest strike (°)</source>
        <translation>走向の最大値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="122"/>
        <source>Smallest dip (°)</source>
        <translation>傾斜の最小値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="122"/>
        <source>Largest dip (°)</source>
        <translation>傾斜の最大値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="123"/>
        <source>Smallest rake (°)</source>
        <translation>すべり角の最小値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="123"/>
        <source>Largest rake (°)</source>
        <translation>すべり角の最大値（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="124"/>
        <source>Smallest length (m)</source>
        <translation>長さの最小値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="124"/>
        <source>Largest length (m)</source>
        <translation>長さの最大値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="125"/>
        <source>Smallest width (m)</source>
        <translation>幅の最小値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="125"/>
        <source>Largest width (m)</source>
        <translation>幅の最大値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="126"/>
        <source>Smallest slip (m)</source>
        <translation>すべり量の最小値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="126"/>
        <source>Largest slip (m)</source>
        <translation>すべり量の最大値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Strike (°)</source>
        <translation>走向（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Dip (°)</source>
        <translation>傾斜（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Rake (°)</source>
        <translation>すべり角（°）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Slip (m)</source>
        <translation>すべり量（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Length (m)</source>
        <translation>長さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Width (m)</source>
        <translation>幅（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="134"/>
        <source>Depth of the top edge (m)</source>
        <translation>上端の深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="134"/>
        <source>Centroid x (CRS of the data)</source>
        <translation>重心の x 座標（データのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="135"/>
        <source>Centroid y (CRS of the data)</source>
        <translation>重心の y 座標（データのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="135"/>
        <source>Centroid depth (m)</source>
        <translation>重心の深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="136"/>
        <source>Moment magnitude</source>
        <translation>モーメントマグニチュード</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="136"/>
        <source>RMS misfit</source>
        <translation>RMS残差</translation>
    </message>
</context>
<context>
    <name>GnssCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="45"/>
        <source>GNSS correction of InSAR (long-wavelength surface)</source>
        <translation>GNSSによるInSARの長波長補正</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="52"/>
        <source>LOS velocity raster (mm/yr) or time-series raster (mm, one band per date)</source>
        <translation>視線方向速度ラスタ（mm/年）または時系列ラスタ（mm、日付ごとに1バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="54"/>
        <source>GNSS velocities (points)</source>
        <translation>GNSS速度（点）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56"/>
        <source>Station name field</source>
        <translation>観測点名のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>East velocity field (mm/yr)</source>
        <translation>東西速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>North velocity field (mm/yr)</source>
        <translation>南北速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>Up velocity field (mm/yr)</source>
        <translation>上下速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>East 1σ field (mm/yr)</source>
        <translation>東西 1σ のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>North 1σ field (mm/yr)</source>
        <translation>南北 1σ のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>Up 1σ field (mm/yr)</source>
        <translation>上下 1σ のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>Correction surface</source>
        <translation>補正曲面</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>quadratic</source>
        <translation>二次曲面</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="72"/>
        <source>Sampling radius around each station (m)</source>
        <translation>各観測点の周囲の抽出半径（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="74"/>
        <source>Outlier threshold (robust standard deviations)</source>
        <translation>外れ値のしきい値（ロバスト標準偏差の倍数）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="78"/>
        <source>GNSS-corrected raster</source>
        <translation>GNSS補正済みラスタ</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="79"/>
        <source>Correction surface (added to the input)</source>
        <translation>補正曲面（入力に加算）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="81"/>
        <source>GNSS − InSAR residuals</source>
        <translation>GNSS − InSAR の残差</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="83"/>
        <source>RMS of InSAR − GNSS before</source>
        <translation>補正前の InSAR − GNSS のRMS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="84"/>
        <source>RMS of InSAR − GNSS after</source>
        <translation>補正後の InSAR − GNSS のRMS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="85"/>
        <source>Number of stations used</source>
        <translation>使用した観測点の数</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="142"/>
        <source>Skipped: {0}</source>
        <translation>除外：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="145"/>
        <source>Skipped (missing velocity): {0}</source>
        <translation>除外（速度の欠損）：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="167"/>
        <source>No valid InSAR pixel within {0:g} m of: {1}</source>
        <translation>次の観測点の {0:g} m 以内に有効なInSARピクセルがありません：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="174"/>
        <source>Band {0}: too few valid stations to fit the surface; its output is NaN.</source>
        <translation>バンド {0}：曲面をあてはめるのに有効な観測点が足りません。このバンドの出力は NaN です。</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="179"/>
        <source>Outlier station rejected: {0}</source>
        <translation>外れ値として除外した観測点：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="197"/>
        <source>RMS of InSAR − GNSS over {0} stations: {1:.2f} {3} before, {2:.2f} {3} after</source>
        <translation>{0} 観測点での InSAR − GNSS のRMS：補正前 {1:.2f} {3}、補正後 {2:.2f} {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="48"/>
        <source>GNSS-corrected</source>
        <translation>GNSS補正済み</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="48"/>
        <source>GNSS correction surface</source>
        <translation>GNSS補正曲面</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="49"/>
        <source>GNSS residuals</source>
        <translation>GNSS残差</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="164"/>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
</context>
<context>
    <name>GnssTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="39"/>
        <source>GNSS station velocities (trajectory model)</source>
        <translation>GNSS観測点の速度（軌跡モデル）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>Periodic terms</source>
        <translation>周期項</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="48"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>対数型余効変動項（YYYY-MM-DD:緩和時間日数、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="51"/>
        <source>Start date (YYYY-MM-DD, empty = first epoch)</source>
        <translation>開始日（YYYY-MM-DD、空欄 = 最初のエポック）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="53"/>
        <source>End date (YYYY-MM-DD, empty = last epoch)</source>
        <translation>終了日（YYYY-MM-DD、空欄 = 最後のエポック）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="65"/>
        <source>Outlier threshold (robust standard deviations, 0 = keep all)</source>
        <translation>外れ値のしきい値（ロバスト標準偏差の倍数、0 = すべて残す）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="68"/>
        <source>Estimate steps where the antenna height changes (NGL files)</source>
        <translation>アンテナ高の変更時にステップを推定する（NGLファイル）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="70"/>
        <source>Station velocities</source>
        <translation>観測点の速度</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="113"/>
        <source>{0}: {1} days ({2} rejected), ve {3:.2f} vn {4:.2f} vu {5:.2f} mm/yr</source>
        <translation>{0}：{1} 日（除外 {2}）、東西 {3:.2f}・南北 {4:.2f}・上下 {5:.2f} mm/年</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>Noise model of the 1σ</source>
        <translation>1σ のノイズモデル</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white + flicker noise, maximum likelihood (Hector-style)</source>
        <translation>白色雑音 + フリッカー雑音、最尤法（Hector 方式）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white + power-law noise, spectral index estimated (slower)</source>
        <translation>白色雑音 + べき乗則雑音、スペクトル指数も推定（低速）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white noise with AR(1) inflation</source>
        <translation>白色雑音、AR(1) による補正</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>Velocity estimator</source>
        <translation>速度の推定法</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>trajectory model (least squares)</source>
        <translation>軌跡モデル（最小二乗法）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>MIDAS robust median of one-year slopes (Blewitt et al. 2016)</source>
        <translation>MIDAS：1年間隔の傾きのロバストな中央値（Blewitt ほか 2016）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="97"/>
        <source>Warning: {0}: step or post-seismic date {1} outside its data ({2} to {3}); not estimated for this station.</source>
        <translation>警告：{0}：ステップまたは余効変動の日付 {1} がデータの期間（{2} から {3}）の外にあるため、この観測点では推定しません。</translation>
    </message>
</context>
<context>
    <name>HelpIndex</name>
    <message>
        <location filename="../scripts/make_help.py" line="29"/>
        <source>Deformation Toolbox help</source>
        <translation>地殻変動ツールボックスのヘルプ</translation>
    </message>
    <message>
        <location filename="../scripts/make_help.py" line="30"/>
        <source>Deformation Toolbox</source>
        <translation>地殻変動ツールボックス</translation>
    </message>
    <message>
        <location filename="../scripts/make_help.py" line="31"/>
        <source>Algorithms in the Processing toolbox, group by group in the order of the work. The showcase model (resources/models/showcase_asc_desc.model3) chains them on simulated data.</source>
        <translation>プロセシングツールボックスのアルゴリズムを、作業の順にグループごとに並べています。サンプルモデル（resources/models/showcase_asc_desc.model3）は、シミュレーションデータでこれらを順につなげて実行します。</translation>
    </message>
</context>
<context>
    <name>ImportEgmsAlgorithm</name>
    <message>
        <location filename="../algorithms/import_egms.py" line="42"/>
        <source>Import EGMS products (L2a, L2b, L3 CSV)</source>
        <translation>EGMS プロダクトの読み込み (L2a・L2b・L3 CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="45"/>
        <source>European Ground Motion Service CSV or ZIP files to a point layer and to rasters on the EGMS 100 m grid: mean velocity, its 1σ, time series, incidence and heading.</source>
        <translation>欧州地盤変動サービス（EGMS）の CSV または ZIP ファイルを点レイヤと EGMS 100 m グリッドのラスタ（平均速度、その 1σ、時系列、入射角、進行方向）に変換。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="49"/>
        <source>ortho</source>
        <translation>オルソ</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="50"/>
        <source>grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="53"/>
        <source>EGMS files (.csv, or the .zip as downloaded)</source>
        <translation>EGMSファイル（.csv、またはダウンロードしたままの .zip）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="54"/>
        <source>Cell size of the rasters, in CRS units (EGMS L3: 100 m)</source>
        <translation>ラスタのセルサイズ（CRS単位、EGMS L3：100 m）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="54"/>
        <source>CRS of the rasters (EGMS: EPSG:3035)</source>
        <translation>ラスタのCRS（EGMS：EPSG:3035）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="58"/>
        <source>Keep the time series in the point layer (one field D&lt;YYYYMMDD&gt; per date)</source>
        <translation>点レイヤに時系列を残す（日付ごとに D&lt;YYYYMMDD&gt; フィールド）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="62"/>
        <source>EGMS points</source>
        <translation>EGMSの点</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="66"/>
        <source>Number of points read</source>
        <translation>読み込んだ点の数</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="67"/>
        <source>Number of raster cells with points</source>
        <translation>点を含むラスタセルの数</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="105"/>
        <source>EGMS {0} ({1}): {2} file(s), {3} dates {4} … {5}</source>
        <translation>EGMS {0}（{1}）：{2} ファイル、{3} 日付 {4} … {5}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="128"/>
        <source>{0} points read</source>
        <translation>{0} 点を読み込みました</translation>
    </message>
</context>
<context>
    <name>ImportLicsbasAlgorithm</name>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="22"/>
        <source>Import LiCSBAS / LiCSAR products</source>
        <translation>LiCSBAS / LiCSAR プロダクトの読み込み</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="25"/>
        <source>LiCSBAS cum.h5 and raw results/ files (with EQA.dem_par), LiCSAR frame GeoTIFFs (unw, cc, E/N/U, hgt) to GeoTIFF stacks and maps the toolbox reads directly.</source>
        <translation>LiCSBAS の cum.h5 と結果フォルダの生データ（EQA.dem_par 付き）、LiCSAR フレームの GeoTIFF（アンラップ位相、コヒーレンス、E/N/U、標高）を、このツールボックスが直接読める GeoTIFF のスタックと地図に変換。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="29"/>
        <source>interferograms</source>
        <translation>干渉画像</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="32"/>
        <source>LiCSBAS / LiCSAR files (cum.h5, results/vel, EQA.dem_par, E.geo, *.geo.unw.tif, *.geo.cc.tif, *.geo.E.tif …)</source>
        <translation>LiCSBAS / LiCSAR ファイル（cum.h5、results/vel、EQA.dem_par、E.geo、*.geo.unw.tif、*.geo.cc.tif、*.geo.E.tif …）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="34"/>
        <source>LiCSAR frame folder (GEOC/ or the frame folder: all *.geo.*.tif inside)</source>
        <translation>LiCSAR フレームフォルダ（GEOC/ またはフレームフォルダ：中のすべての *.geo.*.tif）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>Look direction (for the heading from E/N/U)</source>
        <translation>照射方向（E/N/U からの進行方向の計算用）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="67"/>
        <source>Grid: {0}×{1} pixels, origin {2:.6f}, {3:.6f} (pixel corner), post {4:g}° × {5:g}°</source>
        <translation>グリッド：{0}×{1} ピクセル、原点 {2:.6f}, {3:.6f}（ピクセルの角）、間隔 {4:g}° × {5:g}°</translation>
    </message>
</context>
<context>
    <name>ImportMintPyAlgorithm</name>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="20"/>
        <source>Import MintPy products (HDF5)</source>
        <translation>MintPy プロダクトの読み込み (HDF5)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="23"/>
        <source>MintPy timeseries/velocity/temporalCoherence/geometry .h5 files (geocoded or in radar coordinates) to GeoTIFFs in mm, mm/yr and degrees.</source>
        <translation>MintPy の .h5 ファイル（時系列、速度、時間コヒーレンス、観測幾何；ジオコード済みまたはレーダー座標）を mm、mm/年、度単位の GeoTIFF に変換。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="27"/>
        <source>geocode</source>
        <translation>ジオコーディング</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="30"/>
        <source>MintPy files (timeseries.h5, velocity.h5, temporalCoherence.h5, geometryGeo.h5 or geometryRadar.h5, geo_*.h5)</source>
        <translation>MintPy ファイル（timeseries.h5、velocity.h5、temporalCoherence.h5、geometryGeo.h5 または geometryRadar.h5、geo_*.h5）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="32"/>
        <source>Mask pixels with temporal coherence below (needs temporalCoherence.h5; 0 = no mask)</source>
        <translation>時間コヒーレンスがこの値未満のピクセルをマスク（temporalCoherence.h5 が必要、0 = マスクなし）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>from the files (ANTENNA_SIDE; right when absent)</source>
        <translation>ファイルから（ANTENNA_SIDE、ない場合は右）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="40"/>
        <source>Output pixel size for radar-coordinate files, in CRS units (0 = the radar spacing)</source>
        <translation>レーダー座標のファイルの出力ピクセルサイズ（CRS単位、0 = レーダーの間隔）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="40"/>
        <source>Output CRS for radar-coordinate files [EPSG:4326]</source>
        <translation>レーダー座標のファイルの出力CRS [EPSG:4326]</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>MintPy files: {0}; {1}; look direction {2}</source>
        <translation>MintPy ファイル：{0}；{1}；照射方向 {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>radar coordinates, geocoded through latitude/longitude</source>
        <translation>レーダー座標、緯度・経度でジオコーディング</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>geocoded</source>
        <translation>ジオコード済み</translation>
    </message>
</context>
<context>
    <name>MogiForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="16"/>
        <source>Mogi source forward model</source>
        <translation>茂木ソースの順計算</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="19"/>
        <source>Source: the point above the centre of the pressure source</source>
        <translation>変動源：圧力源の中心の直上の点</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="22"/>
        <source>Source depth below the surface (m)</source>
        <translation>地表からの変動源の深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="24"/>
        <source>Volume change (m³; positive = inflation)</source>
        <translation>体積変化（m³、正 = 膨張）</translation>
    </message>
</context>
<context>
    <name>MogiInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="34"/>
        <source>Mogi source inversion</source>
        <translation>茂木ソースの推定（インバージョン）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="45"/>
        <source>LOS displacement (mm) or velocity (mm/yr) raster</source>
        <translation>視線方向変位（mm）または速度（mm/年）のラスタ</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="53"/>
        <source>Mogi source</source>
        <translation>茂木ソース</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="37"/>
        <source>Position, depth and volume change of Mogi point sources from ascending/descending LOS rasters and GNSS displacements, with 1σ.</source>
        <translation>北行・南行の視線方向ラスタとGNSS変位から茂木点源の位置・深さ・体積変化を推定（1σ 付き）。</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>Mogi</source>
        <translation>茂木</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>volcano</source>
        <translation>火山</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>inflation</source>
        <translation>膨張</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>inversion</source>
        <translation>インバージョン</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>InSAR</source>
        <translation>InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="42"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="42"/>
        <source>ascending</source>
        <translation>北行</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="42"/>
        <source>descending</source>
        <translation>南行</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="48"/>
        <source>More LOS rasters, each with its own geometry (e.g. descending)</source>
        <translation>追加の視線方向ラスタ（それぞれ固有の観測幾何、例：南行）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="50"/>
        <source>Number of Mogi sources</source>
        <translation>茂木ソースの数</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="91"/>
        <source>Source {0} at x {1:.1f}, y {2:.1f} (±{3:.0f}, ±{4:.0f} m), depth {5:.0f} ± {6:.0f} m, volume change {7:.4g} ± {8:.2g}</source>
        <translation>変動源 {0}：x {1:.1f}、y {2:.1f}（±{3:.0f}、±{4:.0f} m）、深さ {5:.0f} ± {6:.0f} m、体積変化 {7:.4g} ± {8:.2g}</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="96"/>
        <source>Source {0}: the volume change is not significant (below 2σ); the data may hold no Mogi-like signal there.</source>
        <translation>変動源 {0}：体積変化が有意ではありません（2σ 未満）。そこには茂木ソース的な信号がない可能性があります。</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="100"/>
        <source>noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm² per pixel</source>
        <translation>ノイズ共分散：シル {0:.3g} mm²、レンジ {1:.0f} m、ナゲット {2:.3g} mm²（ピクセルあたり）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="100"/>
        <source>independent noise</source>
        <translation>独立ノイズ</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="102"/>
        <source>{0}: {1} points, RMS residual {2:.3g} mm; {3}</source>
        <translation>{0}：{1} 点、RMS残差 {2:.3g} mm；{3}</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="104"/>
        <source>RMS residual of all data {0:.3g} mm</source>
        <translation>全データのRMS残差 {0:.3g} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="56"/>
        <source>Source x (CRS of the data)</source>
        <translation>変動源の x 座標（データのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="56"/>
        <source>Source y (CRS of the data)</source>
        <translation>変動源の y 座標（データのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="57"/>
        <source>Source depth (m)</source>
        <translation>変動源の深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="58"/>
        <source>Source volume change (m³)</source>
        <translation>変動源の体積変化（m³）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="58"/>
        <source>RMS misfit</source>
        <translation>RMS残差</translation>
    </message>
</context>
<context>
    <name>MosaicFramesAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="37"/>
        <source>Mosaic overlapping frames</source>
        <translation>重なり合うフレームのモザイク</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="65"/>
        <source>Mosaic</source>
        <translation>モザイク</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="43"/>
        <source>Overlapping frames (velocity or time-series rasters, any grid or CRS)</source>
        <translation>重なり合うフレーム（速度または時系列ラスタ、グリッド・座標参照系は任意）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>Correction per frame</source>
        <translation>フレームごとの補正</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>plane (offset and east, north gradients)</source>
        <translation>平面（オフセットと東西・南北方向の勾配）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="49"/>
        <source>Reference frame, kept as it is (its place in the list, from 1)</source>
        <translation>基準フレーム（補正しない。リスト中の順番、1から）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="52"/>
        <source>Output CRS (empty = that of the first frame)</source>
        <translation>出力の座標参照系（空欄 = 最初のフレームのもの）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="54"/>
        <source>Output pixel size in the output CRS (0 = that of the first frame)</source>
        <translation>出力座標参照系でのピクセルサイズ（0 = 最初のフレームのもの）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>Resampling of frames on another grid</source>
        <translation>別グリッドのフレームのリサンプリング</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation>自動（粗くする場合は平均、それ以外は双線形）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>nearest</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>bilinear</source>
        <translation>双線形</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>cubic</source>
        <translation>三次畳み込み</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="61"/>
        <source>Most pixels sampled in each overlap for the fit</source>
        <translation>推定に用いる重なり領域ごとの最大サンプルピクセル数</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="66"/>
        <source>Report of the corrections and overlaps</source>
        <translation>補正量と重なり領域のレポート</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="66"/>
        <source>HTML files (*.html);;CSV files (*.csv)</source>
        <translation>HTMLファイル (*.html);;CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Number of frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Number of overlaps</source>
        <translation>重なり領域の数</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Pixels in the overlaps (first band)</source>
        <translation>重なり領域のピクセル数（第1バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>RMS of the differences in the overlaps before the correction</source>
        <translation>補正前の重なり領域における差の二乗平均平方根</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>RMS of the differences in the overlaps after the correction</source>
        <translation>補正後の重なり領域における差の二乗平均平方根</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Largest mean difference of an overlap after the correction</source>
        <translation>補正後の重なり領域における平均差の最大値</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="96"/>
        <source>{0} frames, {1} overlaps; RMS of the differences in the overlaps: {2:.3f} {4} before, {3:.3f} {4} after the correction</source>
        <translation>フレーム {0} 個、重なり領域 {1} 個。重なり領域の差の二乗平均平方根：補正前 {2:.3f} {4}、補正後 {3:.3f} {4}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="101"/>
        <source>{0}: offset {1:+.3f} {2}, gradients {3:+.4f} east, {4:+.4f} north {2}/km (first band)</source>
        <translation>{0}：オフセット {1:+.3f} {2}、勾配 東 {3:+.4f}・北 {4:+.4f} {2}/km（第1バンド）</translation>
    </message>
</context>
<context>
    <name>NetworkPlotAlgorithm</name>
    <message>
        <location filename="../algorithms/network_plot.py" line="58"/>
        <source>Interferogram network plot and checks</source>
        <translation>干渉ペアのネットワーク図とチェック</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="61"/>
        <source>Interferogram network</source>
        <translation>干渉ペアのネットワーク</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="61"/>
        <source>Network dates</source>
        <translation>ネットワークの観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="64"/>
        <source>Interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>干渉画像（名前または説明が YYYYMMDD_YYYYMMDD）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="67"/>
        <source>Coherence rasters, matched to the interferograms by date pair or order</source>
        <translation>コヒーレンスラスタ（日付ペアまたは順序で干渉画像と対応）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="70"/>
        <source>Perpendicular baselines table (LiCSAR baselines, or date/pair and metres)</source>
        <translation>垂直基線長の表（LiCSAR の baselines、または日付／ペアとメートル）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="70"/>
        <source>Text tables (*.txt *.csv *.dat baselines);;All files (*)</source>
        <translation>テキスト表 (*.txt *.csv *.dat baselines);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="73"/>
        <source>Network plot</source>
        <translation>ネットワーク図</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="73"/>
        <source>PNG files (*.png)</source>
        <translation>PNG ファイル (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="75"/>
        <source>Interferograms as lines (decimal year × perpendicular baseline)</source>
        <translation>干渉ペアのライン（10進年 × 垂直基線長）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="78"/>
        <source>Acquisition dates as points (decimal year × perpendicular baseline)</source>
        <translation>観測日のポイント（10進年 × 垂直基線長）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of acquisition dates</source>
        <translation>観測日の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of interferograms</source>
        <translation>干渉画像の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of connected groups of dates</source>
        <translation>連結した観測日グループの数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of dates with a single interferogram</source>
        <translation>干渉画像が1枚だけの観測日の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of independent loops</source>
        <translation>独立なループの数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Mean coherence of the interferograms</source>
        <translation>干渉画像の平均コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="100"/>
        <source>Warning: only {0} of {1} interferograms carry a perpendicular baseline in their metadata; the network is drawn without baselines. Give {2}.</source>
        <translation>警告: メタデータに垂直基線長があるのは {1} 枚中 {0} 枚の干渉画像だけです。基線長なしで描きます。{2} を指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="104"/>
        <source>No perpendicular baseline in the metadata of the interferograms and no {0}: the dates are spread vertically for legibility.</source>
        <translation>干渉画像のメタデータに垂直基線長がなく、{0} もありません: 見やすさのため観測日を縦方向に散らして描きます。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="110"/>
        <source>interferogram metadata</source>
        <translation>干渉画像のメタデータ</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="112"/>
        <source>Perpendicular baselines from {0}: {1:.1f} to {2:.1f} m; misfit of the pair equations {3:.3g} m RMS</source>
        <translation>垂直基線長（{0}）: {1:.1f} ～ {2:.1f} m、ペア方程式の残差 {3:.3g} m RMS</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="117"/>
        <source>The baselines link {0} separate groups of dates: each group has its own datum (0 m on its earliest date).</source>
        <translation>基線長は {0} 個の別々の観測日グループを結びます: グループごとに基準（最初の観測日で 0 m）があります。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="120"/>
        <source>Warning: the perpendicular baselines are not consistent between interferograms ({0:.3g} m RMS misfit); check their source.</source>
        <translation>警告: 垂直基線長が干渉画像間で整合しません（残差 {0:.3g} m RMS）。基線長の出所を確認してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="175"/>
        <source>Warning: {0}</source>
        <translation>警告: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="140"/>
        <source>{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, {4} date(s) with a single interferogram</source>
        <translation>干渉画像 {0} 枚、観測日 {1}、連結グループ {2}、独立ループ {3}、干渉画像が1枚だけの観測日 {4}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="142"/>
        <source>Acquisition date</source>
        <translation>観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="143"/>
        <source>Perpendicular baseline (m)</source>
        <translation>垂直基線長 (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="144"/>
        <source>No perpendicular baseline known: dates spread vertically for legibility</source>
        <translation>垂直基線長なし: 見やすさのため観測日を縦に散らして表示</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="145"/>
        <source>Mean coherence of the interferogram</source>
        <translation>干渉画像の平均コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="146"/>
        <source>No coherence given: interferograms in grey</source>
        <translation>コヒーレンスなし: 干渉ペアは灰色</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="147"/>
        <source>acquisition</source>
        <translation>観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="148"/>
        <source>group {0} ({1} dates)</source>
        <translation>グループ {0}（観測日 {1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="149"/>
        <source>… {0} more groups</source>
        <translation>… ほか {0} グループ</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="150"/>
        <source>date with a single interferogram</source>
        <translation>干渉画像が1枚だけの観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="151"/>
        <source>interval spanned by no interferogram</source>
        <translation>どの干渉画像にも含まれない期間</translation>
    </message>
</context>
<context>
    <name>OkadaForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/okada_forward.py" line="25"/>
        <source>Okada rectangular dislocation forward model</source>
        <translation>Okada矩形断層の順計算</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Strike, clockwise from north; the fault dips to its right (degrees)</source>
        <translation>走向、北から時計回り。断層は走向の右側に傾斜（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Dip (degrees)</source>
        <translation>傾斜（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Rake (degrees; 0 left-lateral, 90 reverse, 180 right-lateral, -90 normal)</source>
        <translation>すべり角（度；0 左横ずれ、90 逆断層、180 右横ずれ、-90 正断層）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Slip (m)</source>
        <translation>すべり量（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Opening, tensile (m)</source>
        <translation>開口量（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Length along strike (m)</source>
        <translation>走向方向の長さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Width along dip (m)</source>
        <translation>傾斜方向の幅（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28"/>
        <source>East, north, up and LOS displacement of a rectangular fault (Okada 1985), placed by its top-edge centre or its centroid.</source>
        <translation>矩形断層（Okada 1985）による東西・南北・上下・視線方向の変位。断層上端の中心または重心で位置を指定。</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>Okada</source>
        <translation>Okada</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>fault</source>
        <translation>断層</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>dislocation</source>
        <translation>食い違い</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>dike</source>
        <translation>岩脈</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="33"/>
        <source>sill</source>
        <translation>シル</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="33"/>
        <source>forward model</source>
        <translation>順計算</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="36"/>
        <source>Source: surface projection of the centre of the fault&apos;s top edge, or of its centroid (see Reference point)</source>
        <translation>変動源：断層上端の中心、または重心の地表投影（「基準点」を参照）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>Reference point of the source point and depth</source>
        <translation>変動源の点と深さの基準点</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>top-edge centre</source>
        <translation>上端の中心</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>centroid (centre of the fault plane)</source>
        <translation>重心（断層面の中心）</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Depth of the reference point: top edge or centroid (m)</source>
        <translation>基準点の深さ：上端または重心（m）</translation>
    </message>
</context>
<context>
    <name>PlotWidget</name>
    <message>
        <location filename="../plugin/dock_base.py" line="57"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="58"/>
        <source>Reset original view</source>
        <translation>元の表示に戻す</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="59"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="60"/>
        <source>Back to previous view</source>
        <translation>前の表示に戻る</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="61"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="62"/>
        <source>Forward to next view</source>
        <translation>次の表示に進む</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="63"/>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="64"/>
        <source>Left button pans, right button zooms
x/y fixes the axis, Ctrl fixes the aspect</source>
        <translation>左ボタンでパン、右ボタンでズーム
x/y で軸を固定、Ctrl で縦横比を固定</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="66"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="67"/>
        <source>Zoom to rectangle
x/y fixes the axis</source>
        <translation>矩形でズーム
x/y で軸を固定</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="68"/>
        <source>Subplots</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="69"/>
        <source>Configure subplots</source>
        <translation>グラフの配置を設定</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="70"/>
        <source>Customize</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="71"/>
        <source>Edit axis, curve and image parameters</source>
        <translation>軸・曲線・画像の設定を編集</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="72"/>
        <source>Save the figure</source>
        <translation>図を保存</translation>
    </message>
</context>
<context>
    <name>PointSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="114"/>
        <source>&quot;{0}&quot; has no date fields; a point time series has one field per date named YYYYMMDD, DYYYYMMDD or D_YYYYMMDD (EGMS, PS).</source>
        <translation>「{0}」に日付のフィールドがありません。点の時系列は日付ごとに YYYYMMDD、DYYYYMMDD または D_YYYYMMDD という名前のフィールドを持ちます（EGMS、PS）。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="129"/>
        <source>Point {0}</source>
        <translation>点 {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="144"/>
        <source>No point of &quot;{0}&quot; near the click; click closer or raise the tolerance.</source>
        <translation>クリック位置の近くに「{0}」の点がありません。もっと近くをクリックするか許容距離を大きくしてください。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="149"/>
        <source>{0} of &quot;{1}&quot; has no value at any date.</source>
        <translation>「{1}」の {0} はどの日付にも値がありません。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="157"/>
        <source>The polygon holds no point of &quot;{0}&quot;.</source>
        <translation>ポリゴン内に「{0}」の点がありません。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="158"/>
        <source>Mean of {0} points</source>
        <translation>{0} 点の平均</translation>
    </message>
</context>
<context>
    <name>ProductImportAlgorithm</name>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>InSAR</source>
        <translation>InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>velocity</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>time series</source>
        <translation>時系列</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="88"/>
        <source>Reference point x (output CRS)</source>
        <translation>基準点の x 座標（出力のCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="89"/>
        <source>Reference point y (output CRS)</source>
        <translation>基準点の y 座標（出力のCRS）</translation>
    </message>
</context>
<context>
    <name>ProfileDock</name>
    <message>
        <location filename="../plugin/profile_dock.py" line="75"/>
        <source>Deformation profile</source>
        <translation>変動プロファイル</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="97"/>
        <source>Rasters (ticked ones are sampled)</source>
        <translation>ラスタ（チェックしたものを抽出）</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="104"/>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="110"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="114"/>
        <source>Buffer</source>
        <translation>バッファ</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="119"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="121"/>
        <source>Units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="123"/>
        <source>Units of the point values: the points share the axis of rasters in the same units</source>
        <translation>点の値の単位：同じ単位のラスタと軸を共有します</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="135"/>
        <source>Draw line</source>
        <translation>線を描画</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="136"/>
        <source>Click the vertices of the profile; right click (or double click) to finish</source>
        <translation>プロファイルの頂点をクリック。右クリック（またはダブルクリック）で終了</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="141"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="193"/>
        <source>&quot;{0}&quot; band {1} is not in the list of rasters.</source>
        <translation>「{0}」のバンド {1} はラスタの一覧にありません。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="239"/>
        <source>&quot;{0}&quot; is a {1} layer; the profile samples rasters stored in files.</source>
        <translation>「{0}」は {1} レイヤです。プロファイルはファイルに保存されたラスタから値を抽出します。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="247"/>
        <source>Draw a line first (Draw line, click vertices, right click to finish).</source>
        <translation>先に線を描いてください（「線を描画」を押し、頂点をクリックし、右クリックで終了）。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="249"/>
        <source>Length {0:.0f} m</source>
        <translation>長さ {0:.0f} m</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="258"/>
        <source>&quot;{0}&quot;: no data along the line (outside the raster or NaN).</source>
        <translation>「{0}」：線上にデータがありません（ラスタの範囲外または NaN）。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="265"/>
        <source>&quot;{0}&quot;: no point within {1:g} m of the line.</source>
        <translation>「{0}」：線から {1:g} m 以内に点がありません。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="269"/>
        <source>Tick rasters in the list or choose a point layer and its value field.</source>
        <translation>一覧のラスタにチェックを入れるか、点レイヤとその値のフィールドを選んでください。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="337"/>
        <source>Layer removed: {0} taken off the profile.</source>
        <translation>レイヤが削除されました：{0} をプロファイルから外しました。</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="371"/>
        <source>{0} (±{1:g} m)</source>
        <translation>{0}（±{1:g} m）</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="375"/>
        <source>Distance along the profile (m)</source>
        <translation>プロファイル上の距離（m）</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="380"/>
        <source>Tick rasters, press Draw line and click the map</source>
        <translation>ラスタにチェックを入れ、「線を描画」を押して地図をクリック</translation>
    </message>
</context>
<context>
    <name>RasterSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="71"/>
        <source>&quot;{0}&quot; is a {1} layer; choose a time-series raster stored in a file.</source>
        <translation>「{0}」は {1} レイヤです。ファイルに保存された時系列ラスタを選んでください。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="75"/>
        <source>&quot;{0}&quot; has a single band; a time-series raster has one band per date (band description YYYY-MM-DD or metadata DATE=YYYYMMDD).</source>
        <translation>「{0}」は単バンドです。時系列ラスタは日付ごとに1バンドを持ちます（バンドの説明 YYYY-MM-DD またはメタデータ DATE=YYYYMMDD）。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="91"/>
        <source>The click is outside &quot;{0}&quot;.</source>
        <translation>クリック位置が「{0}」の外です。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="95"/>
        <source>No data at pixel (column {0}, row {1}) of &quot;{2}&quot;: every date is empty (NaN / nodata).</source>
        <translation>「{2}」のピクセル（列 {0}、行 {1}）にデータがありません：すべての日付が空です（NaN / NoData）。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="98"/>
        <source>Pixel {0}, {1}</source>
        <translation>ピクセル {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="104"/>
        <source>The polygon holds no valid pixel of &quot;{0}&quot;.</source>
        <translation>ポリゴン内に「{0}」の有効なピクセルがありません。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="105"/>
        <source>Mean of {0} pixels</source>
        <translation>{0} ピクセルの平均</translation>
    </message>
</context>
<context>
    <name>SbasInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="75"/>
        <source>SBAS inversion (time series from interferograms)</source>
        <translation>SBAS解析（干渉画像からの時系列）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="83"/>
        <source>Unwrapped interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>アンラップ済み干渉画像（名前または説明が YYYYMMDD_YYYYMMDD）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="86"/>
        <source>Coherence rasters, matched to the interferograms by date pair</source>
        <translation>コヒーレンスラスタ（日付ペアで干渉画像と対応づけ）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>Units of the interferograms</source>
        <translation>干渉画像の単位</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>radians</source>
        <translation>ラジアン</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>millimetres</source>
        <translation>ミリメートル</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>metres</source>
        <translation>メートル</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="93"/>
        <source>Reference point (empty = automatic: coherent, fully covered window)</source>
        <translation>基準点（空欄 = 自動：コヒーレンスが高く欠損のない窓）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="96"/>
        <source>Reference window radius (pixels)</source>
        <translation>基準窓の半径（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="99"/>
        <source>Weighting</source>
        <translation>重み付け</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="99"/>
        <source>coherence</source>
        <translation>コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="102"/>
        <source>Number of looks of the interferograms (coherence weighting)</source>
        <translation>干渉画像のルック数（コヒーレンスによる重み付け）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="105"/>
        <source>Temporal smoothing</source>
        <translation>時間方向の平滑化</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="105"/>
        <source>ABIC</source>
        <translation>ABIC</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="108"/>
        <source>Smoothing factor κ² when fixed (yr⁴/mm²)</source>
        <translation>固定する場合の平滑化係数 κ²（yr⁴/mm²）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="126"/>
        <source>Minimum coherence (observations below are dropped)</source>
        <translation>最小コヒーレンス（これ未満の観測は除外）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="133"/>
        <source>Pixels sampled to choose κ² by ABIC</source>
        <translation>ABICで κ² を選ぶための抽出ピクセル数</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="144"/>
        <source>Displacement time series (mm)</source>
        <translation>変位の時系列（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="146"/>
        <source>Velocity (mm/yr) and steps (mm)</source>
        <translation>速度（mm/年）とステップ（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="148"/>
        <source>Quality (temporal coherence, RMS residual, interferograms used)</source>
        <translation>品質（時間コヒーレンス、RMS残差、使用した干渉画像）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="162"/>
        <source>Smoothing factor κ² used</source>
        <translation>使用した平滑化係数 κ²</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="171"/>
        <source>Reference point X (CRS of the grid)</source>
        <translation>基準点の X 座標（グリッドのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="172"/>
        <source>Reference point Y (CRS of the grid)</source>
        <translation>基準点の Y 座標（グリッドのCRS）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="234"/>
        <source>{0} interferograms; weighting {1}, smoothing {2}</source>
        <translation>干渉画像 {0} 枚；重み付け {1}、平滑化 {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="240"/>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>Atmospheric delay per date (estimated with the displacement when smoothing)</source>
        <translation>各日付の大気遅延（平滑化する場合は変位と同時に推定）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="114"/>
        <source>Atmospheric delay standard deviation per date when fixed (mm)</source>
        <translation>固定する場合の各日付の大気遅延の標準偏差（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="150"/>
        <source>Estimated atmospheric delay per date (mm)</source>
        <translation>推定した各日付の大気遅延（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="163"/>
        <source>Atmospheric delay standard deviation used (mm)</source>
        <translation>使用した大気遅延の標準偏差（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="165"/>
        <source>Atmosphere variance ratio ρ used (mm²)</source>
        <translation>使用した大気の分散比 ρ（mm²）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="254"/>
        <source>{0} acquisitions from {1} to {2}; κ² = {3:.6g}; atmosphere σ_a = {4:.3g} mm (ρ = {5:.4g}); reference ({6:.3f}, {7:.3f})</source>
        <translation>{1} から {2} まで {0} 回の観測；κ² = {3:.6g}；大気 σ_a = {4:.3g} mm（ρ = {5:.4g}）；基準点（{6:.3f}, {7:.3f}）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="78"/>
        <source>SBAS velocity</source>
        <translation>SBAS 速度</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="78"/>
        <source>SBAS time series</source>
        <translation>SBAS 時系列</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="79"/>
        <source>SBAS quality</source>
        <translation>SBAS 品質</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="79"/>
        <source>SBAS atmosphere</source>
        <translation>SBAS 大気</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>Loop closure of the network (unwrapping errors)</source>
        <translation>ネットワークのループ閉合（アンラップの誤り）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>flag (count bad loops)</source>
        <translation>検出のみ（不整合ループを数える）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>correct integer-cycle jumps by closure</source>
        <translation>閉合により整数サイクルの飛びを補正</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="156"/>
        <source>Loop closure counts (bad loops before, after, corrected interferograms)</source>
        <translation>ループ閉合の件数（補正前・補正後の不整合ループ、補正した干渉画像）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="80"/>
        <source>SBAS filtered atmosphere</source>
        <translation>SBAS フィルタ推定大気遅延</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="117"/>
        <source>Spatio-temporal atmospheric filter of the time series</source>
        <translation>時系列の時空間大気フィルタ</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="119"/>
        <source>Atmospheric filter: width in time (days, 0 = from the data)</source>
        <translation>大気フィルタ：時間方向の幅（日、0 = データから決定）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="122"/>
        <source>Atmospheric filter: width in space (m, 0 = from the data)</source>
        <translation>大気フィルタ：空間方向の幅（m、0 = データから決定）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="153"/>
        <source>Atmosphere removed by the filter, per date (mm)</source>
        <translation>フィルタで除去した大気遅延（観測日ごと、mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="167"/>
        <source>Atmospheric filter width in time used (days)</source>
        <translation>使用した大気フィルタの時間幅（日）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="169"/>
        <source>Atmospheric filter width in space used (m)</source>
        <translation>使用した大気フィルタの空間幅（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="231"/>
        <source>Warning: {0} is written only with {1}; it is left out.</source>
        <translation>警告：{0} は {1} を有効にした場合のみ出力されます。出力しません。</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="135"/>
        <source>Previous run to continue (its state folder; only new interferograms are read)</source>
        <translation>継続する前回の解析（その状態フォルダ。新しい干渉画像のみを読み込みます）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="159"/>
        <source>State for incremental updates (new folder)</source>
        <translation>逐次更新用の状態（新しいフォルダ）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="245"/>
        <source>Warning: {0} is not written by an update of {1}; it is left out.</source>
        <translation>警告：{0} は {1} の逐次更新では出力されません。出力しません。</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="248"/>
        <source>Update of the previous run in {0}: model settings are taken from its state; quality covers the new interferograms.</source>
        <translation>{0} の前回解析を更新：モデルの設定はその状態から取得し、品質は新しい干渉画像についてのみ評価します。</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>Compression of the raster outputs</source>
        <translation>ラスター出力の圧縮</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>DEFLATE (smaller files)</source>
        <translation>DEFLATE（ファイルが小さい）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>none (faster to write and to read)</source>
        <translation>なし（書き込みと読み込みが速い）</translation>
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78"/>
        <source>Simulate interferogram stack</source>
        <translation>干渉画像スタックのシミュレーション</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="87"/>
        <source>Width (pixels)</source>
        <translation>幅（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="88"/>
        <source>Height (pixels)</source>
        <translation>高さ（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="89"/>
        <source>Pixel size (m)</source>
        <translation>ピクセルサイズ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="141"/>
        <source>Number of acquisitions</source>
        <translation>観測回数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="91"/>
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>回帰日数（一部の観測は欠測）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92"/>
        <source>Interferograms per date (links to the next dates)</source>
        <translation>各日付の干渉ペア数（後続日付との組）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="93"/>
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>シーン中心の入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94"/>
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>衛星進行方向（北から時計回り、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="95"/>
        <source>Mogi source depth (m)</source>
        <translation>茂木ソースの深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="96"/>
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>茂木ソースの体積変化率（m³/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>沈下域の上下変動速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="98"/>
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>沈下域の年周振幅（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="99"/>
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>断層を挟む地震時すべり量（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="100"/>
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>各日付の乱流大気ノイズRMS（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101"/>
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>各日付の成層大気RMS（標高1kmあたりmm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102"/>
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>位相ノイズのルック数（0 = ノイズなし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103"/>
        <source>Coherence decay time (days)</source>
        <translation>コヒーレンス減衰時間（日）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="105"/>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="108"/>
        <source>Projected CRS of the scene</source>
        <translation>シーンの投影座標系</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="110"/>
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>シーン中心（既定: 東経138.52° 北緯36.40°）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112"/>
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>最初の観測日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="118"/>
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、空欄 = なし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="120"/>
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>ネットワークの切れ目：この日付をまたぐ干渉ペアなし（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="127"/>
        <source>Output folder</source>
        <translation>出力フォルダ</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="131"/>
        <source>Interferograms</source>
        <translation>干渉画像</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="132"/>
        <source>Coherence</source>
        <translation>コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth time series (mm)</source>
        <translation>真の時系列（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>真の視線方向速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth co-seismic step (mm)</source>
        <translation>真の地震時ステップ（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Incidence (degrees)</source>
        <translation>入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Heading (degrees)</source>
        <translation>進行方向（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>DEM (m)</source>
        <translation>DEM（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="140"/>
        <source>Number of interferograms</source>
        <translation>干渉画像の数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="194"/>
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>{0}×{1}ピクセル、{2}日付をシミュレーション中…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="202"/>
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{1}から{2}まで{0}回の観測、{3}枚の干渉画像を{4}に出力</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="81"/>
        <source>Truth LOS velocity</source>
        <translation>真の視線方向速度</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82"/>
        <source>Interferogram</source>
        <translation>干渉画像</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="83"/>
        <source>Simulated GNSS stations</source>
        <translation>シミュレーションしたGNSS観測点</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Share of interferograms with an unwrapping error (a region off by ±2π)</source>
        <translation>アンラップ誤りのある干渉画像の割合（±2π ずれた領域）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="128"/>
        <source>Simulated GNSS stations (true velocity + noise, mm/yr)</source>
        <translation>シミュレーションしたGNSS観測点（真の速度 + ノイズ、mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="198"/>
        <source>{2}: &quot;{0}&quot; already holds a stack (or folders of the same names); nothing there was touched: this stack is in &quot;{1}&quot;.</source>
        <translation>{2}：「{0}」にはすでにスタック（または同名のフォルダ）があります。そこには何も変更を加えていません。このスタックは「{1}」にあります。</translation>
    </message>
</context>
<context>
    <name>SplitSpectrumAlgorithm</name>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="30"/>
        <source>Split-spectrum ionospheric correction</source>
        <translation>スプリットスペクトル法による電離層補正</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="33"/>
        <source>Low sub-band unwrapped interferogram (radians)</source>
        <translation>低域サブバンドのアンラップ済み干渉画像（ラジアン）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="35"/>
        <source>High sub-band unwrapped interferogram (radians)</source>
        <translation>高域サブバンドのアンラップ済み干渉画像（ラジアン）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the full band (e.g. MHz)</source>
        <translation>全帯域の中心周波数（例：MHz）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the low sub-band (same unit)</source>
        <translation>低域サブバンドの中心周波数（同じ単位）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the high sub-band (same unit)</source>
        <translation>高域サブバンドの中心周波数（同じ単位）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="42"/>
        <source>Ionospheric (dispersive) phase at the centre frequency (radians)</source>
        <translation>中心周波数での電離層（分散性）位相（ラジアン）</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="44"/>
        <source>Non-dispersive phase at the centre frequency (radians)</source>
        <translation>中心周波数での非分散性位相（ラジアン）</translation>
    </message>
</context>
<context>
    <name>StrainRateAlgorithm</name>
    <message>
        <location filename="../algorithms/strain_rate.py" line="95"/>
        <source>Strain rate from GNSS velocities</source>
        <translation>GNSS速度からのひずみ速度</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="98"/>
        <source>GNSS velocities (points)</source>
        <translation>GNSS速度（点）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="100"/>
        <source>Station name field</source>
        <translation>観測点名のフィールド</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>East velocity field (mm/yr)</source>
        <translation>東西速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>North velocity field (mm/yr)</source>
        <translation>南北速度のフィールド（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>East 1σ field (mm/yr, optional)</source>
        <translation>東西 1σ のフィールド（mm/年、任意）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>North 1σ field (mm/yr, optional)</source>
        <translation>南北 1σ のフィールド（mm/年、任意）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>Delaunay triangles</source>
        <translation>ドロネー三角形</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>gridded (Gaussian distance weighting)</source>
        <translation>格子（ガウス型距離重み付け）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="116"/>
        <source>Grid spacing (m, 0 = about 100 cells across the network)</source>
        <translation>格子間隔（m、0 = 観測網全体で約100セル）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="119"/>
        <source>Smoothing distance D of the gridded method (m, 0 = automatic)</source>
        <translation>格子法の平滑化距離 D（m、0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="136"/>
        <source>Minimum number of stations within 2·D of a grid cell</source>
        <translation>格子セルから 2·D 以内に必要な最小観測点数</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="139"/>
        <source>Drop triangles with an edge longer than (m, 0 = keep all)</source>
        <translation>この長さを超える辺を持つ三角形を除外（m、0 = すべて残す）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="145"/>
        <source>Half-length of a typical principal axis (m, 0 = automatic)</source>
        <translation>代表的な主軸の半長（m、0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="148"/>
        <source>Strain rate (polygons)</source>
        <translation>ひずみ速度（ポリゴン）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="150"/>
        <source>Strain rate (raster bands)</source>
        <translation>ひずみ速度（ラスタのバンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="152"/>
        <source>Principal strain-rate axes</source>
        <translation>主ひずみ速度軸</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Number of stations used</source>
        <translation>使用した観測点の数</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Number of triangles or grid cells with a strain rate</source>
        <translation>ひずみ速度を求めた三角形または格子セルの数</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Grid spacing used (m)</source>
        <translation>使用した格子間隔（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Smoothing distance used (m)</source>
        <translation>使用した平滑化距離（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Largest maximum shear strain rate (nanostrain/yr)</source>
        <translation>最大せん断ひずみ速度の最大値（ナノストレイン/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="176"/>
        <source>{0} station(s) without east/north velocity skipped: {1}</source>
        <translation>東西・南北速度のない {0} 観測点を除外：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="213"/>
        <source>No station 1σ (se, sn): stations weigh equally and the sigma_* outputs are empty.</source>
        <translation>観測点の 1σ（se, sn）がありません：観測点は等しい重みで扱われ、sigma_* の出力は空になります。</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="242"/>
        <source>Smoothing distance {0:g} m; cells need {1} stations within {2:g} m</source>
        <translation>平滑化距離 {0:g} m；セルには {2:g} m 以内に {1} 観測点が必要</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>Smoothing distance of the gridded method</source>
        <translation>格子法の平滑化距離</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>fixed (the distance D above)</source>
        <translation>固定（上の距離 D）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>adaptive per node (Shen et al. 2015: total weight reaches the threshold)</source>
        <translation>節点ごとに適応的（Shen ほか 2015：重みの総和がしきい値に達する距離）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="127"/>
        <source>Weighting threshold Wt of the adaptive smoothing (total weight)</source>
        <translation>適応的平滑化の重みしきい値 Wt（重みの総和）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="130"/>
        <source>Smallest adaptive smoothing distance (m)</source>
        <translation>適応的平滑化距離の最小値（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="133"/>
        <source>Largest adaptive smoothing distance (m, 0 = the network size)</source>
        <translation>適応的平滑化距離の最大値（m、0 = 観測網の大きさ）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Drop sliver triangles with an angle below (degrees)</source>
        <translation>この角度未満の角を持つ細長い三角形を除外（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="218"/>
        <source>{0} stations; elements in their own local frames on the ellipsoid, placed on a local azimuthal equidistant grid centred on {1:.4f}°E {2:.4f}°N; method {3}; spacing {4:g} m</source>
        <translation>{0} 観測点；要素ごとに楕円体上の局所座標系で計算し、東経 {1:.4f}° 北緯 {2:.4f}° を中心とする正距方位図法の格子に配置；手法 {3}；間隔 {4:g} m</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="238"/>
        <source>Adaptive smoothing distance (Shen et al. 2015): total weight {0:g}, D between {1:g} and {2:g} m</source>
        <translation>適応的平滑化距離（Shen ほか 2015）：重みの総和 {0:g}、D は {1:g} から {2:g} m</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="246"/>
        <source>No triangle or grid cell has a strain rate: add stations, or raise {0} or lower {1}.</source>
        <translation>ひずみ速度を持つ三角形・格子セルがありません：観測点を追加するか、{0} を大きくするか {1} を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="261"/>
        <source>{0} sliver triangle(s) with an angle below {1:g}° dropped (their strain would be noise amplified; {2})</source>
        <translation>角が {1:g}° 未満の細長い三角形 {0} 個を除外しました（ひずみがノイズで増幅されるため；{2}）</translation>
    </message>
</context>
<context>
    <name>TimeSeriesDock</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="165"/>
        <source>Deformation time series</source>
        <translation>変動時系列</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="186"/>
        <source>Layer</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="189"/>
        <source>Time-series raster (one band per date) or point layer with date fields (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)</source>
        <translation>時系列ラスタ（日付ごとに1バンド）または日付フィールド（YYYYMMDD、DYYYYMMDD、D_YYYYMMDD）を持つ点レイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="195"/>
        <source>Pick</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="195"/>
        <source>Click the map to plot the series there (Shift+click adds a series)</source>
        <translation>地図をクリックしてその位置の時系列をプロット（Shift+クリックで追加）</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="197"/>
        <source>Reference</source>
        <translation>参照点</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="197"/>
        <source>Click the map to choose a reference pixel/point; its series is subtracted from the others</source>
        <translation>地図をクリックして基準ピクセル・基準点を選択。その時系列を他から差し引きます</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="199"/>
        <source>Polygon mean</source>
        <translation>ポリゴン平均</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="199"/>
        <source>Draw a polygon (right click to finish): mean series of the pixels/points inside</source>
        <translation>ポリゴンを描画（右クリックで終了）：内部のピクセル・点の平均時系列</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="206"/>
        <source>No reference</source>
        <translation>参照点なし</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="209"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="218"/>
        <source>Add picks</source>
        <translation>選択を追加</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="219"/>
        <source>Keep earlier series when picking (same as Shift+click)</source>
        <translation>選択時に前の時系列を残す（Shift+クリックと同じ）</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="221"/>
        <source>Point tolerance</source>
        <translation>点の許容距離</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="225"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="230"/>
        <source>Fitted trajectory</source>
        <translation>あてはめた軌跡</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="234"/>
        <source>Polynomial degree</source>
        <translation>多項式の次数</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="238"/>
        <source>Annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="240"/>
        <source>Semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="291"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="245"/>
        <source>YYYY-MM-DD, comma separated</source>
        <translation>YYYY-MM-DD、カンマ区切り</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="278"/>
        <source>Choose a time-series raster or a point layer with date fields first.</source>
        <translation>先に時系列ラスタまたは日付フィールドを持つ点レイヤを選んでください。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="287"/>
        <source>&quot;{0}&quot; is neither a raster nor a point layer.</source>
        <translation>「{0}」はラスタでも点レイヤでもありません。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="337"/>
        <source>reference {0}</source>
        <translation>基準 {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="388"/>
        <source>{0}: {1} of {2} dates have no data (gaps in the line).</source>
        <translation>{0}：{2} 日付のうち {1} 日付にデータがありません（線の切れ目）。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="438"/>
        <source>Layer removed ({0}): its series were taken off the plot.</source>
        <translation>レイヤが削除されました（{0}）：その時系列をプロットから外しました。</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="466"/>
        <source>Displacement (mm)</source>
        <translation>変位（mm）</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="471"/>
        <source>Relative to {0}</source>
        <translation>{0} に対する相対値</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="478"/>
        <source>Choose a layer, press Pick and click the map</source>
        <translation>レイヤを選び、「選択」を押して地図をクリック</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="488"/>
        <source>{0}: no fit ({1})</source>
        <translation>{0}：あてはめなし（{1}）</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="492"/>
        <source>fit: v = {0:.2f} ± {1:.2f} mm/yr</source>
        <translation>あてはめ：v = {0:.2f} ± {1:.2f} mm/年</translation>
    </message>
</context>
<context>
    <name>TimeSeriesFitAlgorithm</name>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>Fit trajectory model to time series</source>
        <translation>時系列への軌跡モデルのあてはめ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="39"/>
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>時系列ラスタ（日付ごとに1バンド）または日付付きラスタ群</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="42"/>
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>多項式の次数（1 = 速度、2 = +加速度）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>Periodic terms</source>
        <translation>周期項</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="50"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>対数型余効変動項（YYYY-MM-DD:緩和時間日数、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="53"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>日付情報のないラスタのバンド日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="58"/>
        <source>Trajectory parameters</source>
        <translation>軌跡モデルのパラメータ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="77"/>
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{1}から{2}まで{0}日付；モデル項: {3}</translation>
    </message>
</context>
<context>
    <name>TroposphericCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="44"/>
        <source>Tropospheric correction of time series</source>
        <translation>時系列の対流圏遅延補正</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="47"/>
        <source>Time-series raster (LOS displacement, mm; one band per date)</source>
        <translation>時系列ラスタ（視線方向変位、mm、日付ごとに1バンド）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>weather model (ZTD rasters)</source>
        <translation>気象モデル（ZTDラスタ）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>phase–elevation (DEM)</source>
        <translation>位相–標高（DEM）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="53"/>
        <source>Zenith total delay rasters, one per date (date in the file name)</source>
        <translation>天頂全遅延ラスタ（日付ごとに1枚、ファイル名に日付）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>ZTD units (when the raster does not say)</source>
        <translation>ZTDの単位（ラスタに記載がない場合）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>metres</source>
        <translation>メートル</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>millimetres</source>
        <translation>ミリメートル</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="59"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="62"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="64"/>
        <source>DEM (m), for phase–elevation</source>
        <translation>DEM（m）、位相–標高用</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="66"/>
        <source>Coherence raster (e.g. temporal coherence), for phase–elevation</source>
        <translation>コヒーレンスラスタ（例：時間コヒーレンス）、位相–標高用</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="69"/>
        <source>Minimum coherence of pixels used in the fit</source>
        <translation>あてはめに使うピクセルの最小コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="72"/>
        <source>Stable-area mask (non-zero = stable), for phase–elevation</source>
        <translation>安定域マスク（0以外 = 安定）、位相–標高用</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="74"/>
        <source>Remove each pixel’s linear trend before fitting height (phase–elevation)</source>
        <translation>標高とのあてはめの前に各ピクセルの線形トレンドを除去（位相–標高）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="77"/>
        <source>Reference point (default: scene mean)</source>
        <translation>基準点（既定：シーンの平均）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="79"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>日付情報のないラスタのバンド日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="83"/>
        <source>Corrected time series (mm)</source>
        <translation>補正済みの時系列（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="85"/>
        <source>Removed tropospheric signal (apparent LOS displacement, mm)</source>
        <translation>除去した対流圏信号（見かけの視線方向変位、mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="131"/>
        <source>Reference slant-delay change at the last date: {0:.1f} mm</source>
        <translation>最終日の基準点でのスラント遅延の変化：{0:.1f} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="147"/>
        <source>Height coefficients relative to the first date (mm/km): {0}; reference height {1:.0f} m</source>
        <translation>最初の日付に対する標高係数（mm/km）：{0}；基準の高さ {1:.0f} m</translation>
    </message>
</context>
<context>
    <name>TroposphericDelayAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="27"/>
        <source>Tropospheric delay (Saastamoinen) on a DEM</source>
        <translation>DEM上の対流圏遅延（Saastamoinen）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="30"/>
        <source>DEM (heights in m)</source>
        <translation>DEM（高さ、m）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level pressure (hPa), reduced to each pixel height</source>
        <translation>海面気圧（hPa）、各ピクセルの高さに換算</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground pressure raster (hPa), overrides the number</source>
        <translation>地上気圧ラスタ（hPa、数値より優先）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level temperature (°C), reduced to each pixel height</source>
        <translation>海面気温（°C）、各ピクセルの高さに換算</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground temperature raster (°C), overrides the number</source>
        <translation>地上気温ラスタ（°C、数値より優先）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level relative humidity (%), reduced to each pixel height</source>
        <translation>海面相対湿度（%）、各ピクセルの高さに換算</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground relative humidity raster (%), overrides the number</source>
        <translation>地上相対湿度ラスタ（%、数値より優先）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="44"/>
        <source>Incidence angle from vertical, for the slant delay (degrees)</source>
        <translation>スラント遅延のための鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="47"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="50"/>
        <source>Tropospheric delays (ZHD, ZWD, ZTD, slant; mm)</source>
        <translation>対流圏遅延（ZHD、ZWD、ZTD、スラント；mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="61"/>
        <source>{0}: ground values from the raster (no height reduction)</source>
        <translation>{0}：ラスタの地上値（高さの換算なし）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="63"/>
        <source>{0}: sea-level value {1:g} reduced to each pixel height (Berg)</source>
        <translation>{0}：海面値 {1:g} を各ピクセルの高さに換算（Berg）</translation>
    </message>
</context>
<context>
    <name>ZonalVelocityAlgorithm</name>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="37"/>
        <source>Velocity statistics per zone</source>
        <translation>ゾーンごとの速度統計</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="43"/>
        <source>Velocity raster (mm/yr)</source>
        <translation>速度ラスタ（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="45"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="46"/>
        <source>Zones: hazard or geology polygons</source>
        <translation>ゾーン：ハザードまたは地質のポリゴン</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="48"/>
        <source>Threshold for the share of pixels (mm/yr)</source>
        <translation>ピクセル割合のしきい値（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>Share of pixels with</source>
        <translation>次の条件を満たすピクセルの割合</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>|v| &gt; threshold (either direction)</source>
        <translation>|v| &gt; しきい値（両方向）</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>v &gt; threshold</source>
        <translation>v &gt; しきい値</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>v &lt; threshold</source>
        <translation>v &lt; しきい値</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="55"/>
        <source>Prefix of the statistics fields</source>
        <translation>統計フィールドの接頭辞</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="57"/>
        <source>Zones with velocity statistics</source>
        <translation>速度統計付きのゾーン</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="59"/>
        <source>Number of zones</source>
        <translation>ゾーンの数</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="135"/>
        <source>{0} zones; {1} without any valid pixel; share of pixels with {2} {3} mm/yr</source>
        <translation>{0} ゾーン；有効なピクセルのないゾーン {1}；{2} {3} mm/年 のピクセルの割合</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40"/>
        <source>Velocity per zone</source>
        <translation>ゾーンごとの速度</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="108"/>
        <source>Warning: {0} of {1} zones lie outside {2} or have no geometry (feature ids {3}); their statistics are NULL.</source>
        <translation>警告：{1} ゾーンのうち {0} ゾーンが {2} の外にあるか形状を持ちません（地物ID {3}）。それらの統計は NULL です。</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="139"/>
        <source>Warning: no zone holds a valid pixel of {0}: every statistic is NULL (count 0).</source>
        <translation>警告：{0} の有効なピクセルを含むゾーンがありません。すべての統計が NULL です（件数 0）。</translation>
    </message>
</context>
</TS>
