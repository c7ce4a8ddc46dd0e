<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>FaultInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="46" />
        <source>Fault inversion (uniform-slip rectangle, Okada)</source>
        <translation>断層モデルの推定（一様すべり矩形断層、Okada）</translation>
    </message>
</context>
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="40" />
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>2.5次元解析（東西・上下成分への分解）</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="43" />
        <source>Ascending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="45" />
        <source>Descending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="49" />
        <source>as LOOK_DIRECTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="49" />
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="49" />
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="50" />
        <source>Look direction of the ascending geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="53" />
        <source>Look direction of the descending geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="56" />
        <source>Ascending LOS velocity 1σ (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="58" />
        <source>Descending LOS velocity 1σ (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="60" />
        <source>North velocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="60" />
        <source>zero (quasi-East, quasi-Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="60" />
        <source>from NORTH_RASTER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="63" />
        <source>North velocity raster (mm/yr, e.g. interpolated GNSS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65" />
        <source>North velocity 1σ raster (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="67" />
        <source>Output pixel size in the CRS of ASCENDING (0 = the coarser input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>Resampling onto the common grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>nearest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>bilinear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>cubic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="70" />
        <source>average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="75" />
        <source>East velocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76" />
        <source>Up velocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="77" />
        <source>East 1σ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="78" />
        <source>Up 1σ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="98" />
        <source>NORTH is zero: NORTH_RASTER and NORTH_STD are ignored (set NORTH to raster to use them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="114" />
        <source>Common grid: {0}×{1} pixels of {2:g} CRS units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="154" />
        <source>No ASC_STD/DESC_STD: the 1σ outputs are for 1 mm/yr of LOS noise (noise amplification factors).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BaselineStrainAlgorithm</name>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="34" />
        <source>Strain from line-length changes (baselines)</source>
        <translation>基線長変化からのひずみ</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="37" />
        <source>Baselines (lines from one station to another)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="40" />
        <source>Length-change rate field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="42" />
        <source>1σ of the rate field (same units, optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45" />
        <source>Units of the rate field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45" />
        <source>mm/yr (length change; divided by the line length)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45" />
        <source>strain per year (dimensionless, e.g. 2.9e-6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45" />
        <source>nanostrain/yr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="50" />
        <source>Half-length of the larger principal axis (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="53" />
        <source>Strain tensor (point at the network centre)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="55" />
        <source>Principal strain axes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="59" />
        <source>Number of lines used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="60" />
        <source>RMS misfit (nanostrain/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="100" />
        <source>{0} line(s) without geometry or rate skipped (ids {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="121" />
        <source>Some 1σ are missing or not positive: all lines weigh equally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="125" />
        <source>line {0}: θ {1:.2f}° from east, {2:.0f} m, strain rate {3:.4g}, residual {4:.3g} nanostrain/yr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoseismicOffsetAlgorithm</name>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="24" />
        <source>Co-seismic offsets of GNSS stations</source>
        <translation>GNSS観測点の地震時変位</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="28" />
        <source>Event time, UTC (YYYY-MM-DD HH:MM[:SS])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="30" />
        <source>Window before the event (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="32" />
        <source>Window after the event and the gap (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="34" />
        <source>Gap skipped after the event: shaking, outage (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="37" />
        <source>Statistic of each window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="37" />
        <source>mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="37" />
        <source>median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41" />
        <source>Use only ambiguity-fixed epochs (RTKLIB Q = 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="43" />
        <source>Co-seismic offsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="58" />
        <source>{0}: de {1:.1f} dn {2:.1f} du {3:.1f} mm ({4} epochs before, {5} after)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeformationAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="37" />
        <source>InSAR time series</source>
        <translation>InSAR時系列</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="38" />
        <source>Corrections</source>
        <translation>補正</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="39" />
        <source>Decomposition</source>
        <translation>成分分解</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40" />
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41" />
        <source>Strain and sources</source>
        <translation>ひずみと変動源</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42" />
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="113" />
        <source>Cancelled: no output was written.</source>
        <translation>キャンセルされました：出力は書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116" />
        <source>Out of memory: lower BLOCK_ROWS (advanced parameters) and run again.</source>
        <translation>メモリ不足：BLOCK_ROWS（詳細パラメータ）を小さくして再実行してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124" />
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="130" />
        <source>Radar wavelength (mm)</source>
        <translation>レーダー波長（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135" />
        <source>Rows per processing block (0 = automatic)</source>
        <translation>処理ブロックあたりの行数（0 = 自動）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="143" />
        <source>Incidence angle from vertical (degrees)</source>
        <translation>鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147" />
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="151" />
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>衛星進行方向、北から時計回り（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="155" />
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>進行方向ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="46" />
        <source>Poisson's ratio</source>
        <translation>ポアソン比</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="54" />
        <source>Template raster: output grid and CRS copied from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="57" />
        <source>Output extent, when no template (projected CRS in metres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="60" />
        <source>Output pixel size with the extent (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="65" />
        <source>East displacement (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="66" />
        <source>North displacement (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="67" />
        <source>Up displacement (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="68" />
        <source>LOS displacement, positive towards the satellite (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="73" />
        <source>Source point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="109" />
        <source>Output grid: {0}×{1} pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="49" />
        <source>GNSS position time series files</source>
        <translation>GNSS座標時系列ファイル</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="52" />
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="52" />
        <source>auto (from the content)</source>
        <translation>自動（内容から判定）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="58" />
        <source>Station locations for files without coordinates (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="62" />
        <source>Station ID field of the station locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="70" />
        <source>Number of stations</source>
        <translation>観測点数</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
</context>
<context>
    <name>DeformationMapDock</name>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="45" />
        <source>Deformation map</source>
        <translation>変動マップ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="62" />
        <source>Velocity raster</source>
        <translation>速度ラスタ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="63" />
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="70" />
        <source>The ramp runs from −L to +L, L = this percentile of |v|</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="75" />
        <source>Limit of the colour ramp; edit it to fix the scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="77" />
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="78" />
        <source>Recompute the limit from the percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="82" />
        <source>Robust limit</source>
        <translation>ロバストな上限</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="84" />
        <source>Units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="85" />
        <source>LOS velocity</source>
        <translation>視線方向速度</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="86" />
        <source>Legend title</source>
        <translation>凡例のタイトル</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="96" />
        <source>Hazard zones: drawn as outlines above the velocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="96" />
        <source>Geologic units: pale fills under the velocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="96" />
        <source>Faults and other lines: on top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="100" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="101" />
        <source>Hazard layers</source>
        <translation>ハザードレイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="102" />
        <source>Geology layers</source>
        <translation>地質レイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="103" />
        <source>Faults / lines</source>
        <translation>断層・線</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="104" />
        <source>Use the bundled sample layers when none is chosen</source>
        <translation>未選択の場合は同梱のサンプルレイヤを使用</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="108" />
        <source>Apply deformation map</source>
        <translation>変動マップを適用</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112" />
        <source>Velocity per zone (deformation:zonalvelocity)</source>
        <translation>ゾーンごとの速度 (deformation:zonalvelocity)</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="119" />
        <source>|v| &gt; T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="119" />
        <source>v &gt; T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="119" />
        <source>v &lt; T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="122" />
        <source>Threshold T</source>
        <translation>しきい値 T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="123" />
        <source>Compute velocity per zone</source>
        <translation>ゾーンごとの速度を計算</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="127" />
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="177" />
        <source>Choose the velocity raster first (add one to the project).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="204" />
        <source>Velocity styled from −{0:g} to +{0:g} {1}; {2} layers stacked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="216" />
        <source>Tick hazard or geology layers (or allow the sample layers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="227" />
        <source>Velocity per zone — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="232" />
        <source>Velocity statistics for {0} zone layer(s) added to the project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeformationToolboxPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="43" />
        <source>&amp;Deformation Toolbox</source>
        <translation>地殻変動ツールボックス(&amp;D)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="44" />
        <source>Deformation Toolbox</source>
        <translation>地殻変動ツールボックス</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="47" />
        <source>Time series on click</source>
        <translation>クリックで時系列表示</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="47" />
        <source>Plot displacement versus date at clicked pixels or points</source>
        <translation>クリックしたピクセルまたは点の変位を日付に対してプロット</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Deformation profile</source>
        <translation>変動プロファイル</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Draw a line: velocity, East, Up, DEM and nearby points versus distance</source>
        <translation>線を描画：速度・東西・上下・DEMと周辺の点を距離に対して表示</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="51" />
        <source>Deformation map</source>
        <translation>変動マップ</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="51" />
        <source>Style a velocity raster symmetric about zero over hazard and geology layers; velocity per zone</source>
        <translation>速度ラスタをゼロ対称の配色でハザード・地質レイヤに重ねて表示；ゾーンごとの速度</translation>
    </message>
</context>
<context>
    <name>DockBase</name>
    <message>
        <location filename="../plugin/dock_base.py" line="36" />
        <source>Unexpected error: {0} (details in the log messages panel)</source>
        <translation>予期しないエラー: {0}（詳細はログメッセージパネル）</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="195" />
        <source>Export CSV…</source>
        <translation>CSVに出力…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="196" />
        <source>Export PNG…</source>
        <translation>PNGに出力…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="207" />
        <source>Nothing to export yet: plot something first.</source>
        <translation>出力するものがありません。先にプロットしてください。</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="209" />
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="211" />
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="212" />
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="222" />
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>GnssCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="36" />
        <source>GNSS correction of InSAR (long-wavelength surface)</source>
        <translation>GNSSによるInSARの長波長補正</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="39" />
        <source>LOS velocity raster (mm/yr) or time-series raster (mm, one band per date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="41" />
        <source>GNSS velocities (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="43" />
        <source>Station name field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>East velocity field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>North velocity field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>Up velocity field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>East 1σ field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>North 1σ field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="47" />
        <source>Up 1σ field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56" />
        <source>Correction surface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56" />
        <source>offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56" />
        <source>plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56" />
        <source>quadratic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="59" />
        <source>Sampling radius around each station (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="61" />
        <source>Outlier threshold (robust standard deviations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="65" />
        <source>GNSS-corrected raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="66" />
        <source>Correction surface (added to the input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="68" />
        <source>GNSS − InSAR residuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="70" />
        <source>RMS of InSAR − GNSS before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="71" />
        <source>RMS of InSAR − GNSS after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="72" />
        <source>Number of stations used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="121" />
        <source>Skipped: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="124" />
        <source>Skipped (missing velocity): {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="140" />
        <source>No valid InSAR pixel within {0:g} m of: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="147" />
        <source>Band {0}: too few valid stations to fit the surface; its output is NaN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="152" />
        <source>Outlier station rejected: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="170" />
        <source>RMS of InSAR − GNSS over {0} stations: {1:.2f} {3} before, {2:.2f} {3} after</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GnssTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="25" />
        <source>GNSS station velocities (trajectory model)</source>
        <translation>GNSS観測点の速度（軌跡モデル）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>Periodic terms</source>
        <translation>周期項</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="34" />
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>対数型余効変動項（YYYY-MM-DD:緩和時間日数、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="37" />
        <source>Start date (YYYY-MM-DD, empty = first epoch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="39" />
        <source>End date (YYYY-MM-DD, empty = last epoch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="42" />
        <source>Outlier threshold (robust standard deviations, 0 = keep all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="45" />
        <source>Estimate steps where the antenna height changes (NGL files)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="47" />
        <source>Station velocities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="77" />
        <source>{0}: {1} days ({2} rejected), ve {3:.2f} vn {4:.2f} vu {5:.2f} mm/yr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MogiForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="16" />
        <source>Mogi source forward model</source>
        <translation>茂木ソースの順計算</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="19" />
        <source>Source: the point above the centre of the pressure source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="22" />
        <source>Source depth below the surface (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="24" />
        <source>Volume change (m³; positive = inflation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MogiInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="57" />
        <source>Mogi source inversion</source>
        <translation>茂木ソースの推定（インバージョン）</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="60" />
        <source>LOS displacement (mm) or velocity (mm/yr) raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="63" />
        <source>GNSS displacements (points, mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="65" />
        <source>East displacement field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="65" />
        <source>North displacement field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="66" />
        <source>Up displacement field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="66" />
        <source>East 1σ field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="67" />
        <source>North 1σ field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="67" />
        <source>Up 1σ field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="72" />
        <source>Maximum number of down-sampled LOS points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="75" />
        <source>Down-sampling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="75" />
        <source>quadtree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="75" />
        <source>uniform grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="78" />
        <source>LOS nuisance terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="78" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="78" />
        <source>offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="78" />
        <source>offset and ramp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="81" />
        <source>LOS noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="81" />
        <source>independent (LOS noise 1σ below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="81" />
        <source>correlated: exponential covariance estimated from the residuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="85" />
        <source>LOS noise of a down-sampled point, 1σ (mm or mm/yr; independent noise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="88" />
        <source>Pixels sampled to estimate the noise covariance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="91" />
        <source>Relative weight of GNSS against LOS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="93" />
        <source>Poisson's ratio</source>
        <translation>ポアソン比</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="95" />
        <source>Number of starts (multi-start search)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="98" />
        <source>Bootstrap resamples for uncertainties (0 = none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="101" />
        <source>Random seed (starts and bootstrap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="104" />
        <source>Mogi source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="106" />
        <source>Model LOS (on the LOS grid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="108" />
        <source>Residual LOS, data − model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="171" />
        <source>Source at x {0:.1f}, y {1:.1f} (±{2:.0f}, ±{3:.0f} m), depth {4:.0f} ± {5:.0f} m, volume change {6:.4g} ± {7:.2g}; RMS residual {8:.3g} mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="177" />
        <source>LOS noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm² per pixel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="190" />
        <source>{0} down-sampled LOS points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OkadaForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/okada_forward.py" line="22" />
        <source>Okada rectangular dislocation forward model</source>
        <translation>Okada矩形断層の順計算</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="25" />
        <source>Source: surface projection of the centre of the fault's top edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Depth of the top edge (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Strike, clockwise from north; the fault dips to its right (degrees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Dip (degrees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Rake (degrees; 0 left-lateral, 90 reverse, 180 right-lateral, -90 normal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Slip (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Opening, tensile (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Length along strike (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28" />
        <source>Width along dip (m)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PointSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="107" />
        <source>"{0}" has no date fields; a point time series has one field per date named YYYYMMDD, DYYYYMMDD or D_YYYYMMDD (EGMS, PS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="122" />
        <source>Point {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="137" />
        <source>No point of "{0}" near the click; click closer or raise the tolerance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="142" />
        <source>{0} of "{1}" has no value at any date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="150" />
        <source>The polygon holds no point of "{0}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="155" />
        <source>Mean of {0} points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDock</name>
    <message>
        <location filename="../plugin/profile_dock.py" line="63" />
        <source>Deformation profile</source>
        <translation>変動プロファイル</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="87" />
        <source>Rasters (ticked ones are sampled)</source>
        <translation>ラスタ（チェックしたものを抽出）</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="94" />
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="100" />
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="104" />
        <source>Buffer</source>
        <translation>バッファ</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="109" />
        <source> m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="111" />
        <source>Units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="113" />
        <source>Units of the point values: the points share the axis of rasters in the same units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="125" />
        <source>Draw line</source>
        <translation>線を描画</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="126" />
        <source>Click the vertices of the profile; right click (or double click) to finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="131" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="189" />
        <source>"{0}" band {1} is not in the list of rasters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="235" />
        <source>"{0}" is a {1} layer; the profile samples rasters stored in files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="246" />
        <source>Draw a line first (Draw line, click vertices, right click to finish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="248" />
        <source>Length {0:.0f} m</source>
        <translation>長さ {0:.0f} m</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="257" />
        <source>"{0}": no data along the line (outside the raster or NaN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="264" />
        <source>"{0}": no point within {1:g} m of the line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="268" />
        <source>Tick rasters in the list or choose a point layer and its value field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="340" />
        <source>Layer removed: {0} taken off the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="373" />
        <source>{0} (±{1:g} m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="377" />
        <source>Distance along the profile (m)</source>
        <translation>プロファイル上の距離（m）</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="382" />
        <source>Tick rasters, press Draw line and click the map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RasterSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="64" />
        <source>"{0}" is a {1} layer; choose a time-series raster stored in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="68" />
        <source>"{0}" has a single band; a time-series raster has one band per date (band description YYYY-MM-DD or metadata DATE=YYYYMMDD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="84" />
        <source>The click is outside "{0}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="88" />
        <source>No data at pixel (column {0}, row {1}) of "{2}": every date is empty (NaN / nodata).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="91" />
        <source>Pixel {0}, {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="97" />
        <source>The polygon holds no valid pixel of "{0}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="98" />
        <source>Mean of {0} pixels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SbasInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="42" />
        <source>SBAS inversion (time series from interferograms)</source>
        <translation>SBAS解析（干渉画像からの時系列）</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="45" />
        <source>Unwrapped interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="48" />
        <source>Coherence rasters, matched to the interferograms by date pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="51" />
        <source>Units of the interferograms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="51" />
        <source>radians</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="51" />
        <source>millimetres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="51" />
        <source>metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="55" />
        <source>Reference point (empty = automatic: coherent, fully covered window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="58" />
        <source>Reference window radius (pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="61" />
        <source>Weighting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="73" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="61" />
        <source>coherence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="64" />
        <source>Number of looks of the interferograms (coherence weighting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="67" />
        <source>Temporal smoothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="73" />
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="67" />
        <source>ABIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="70" />
        <source>Smoothing factor κ² when fixed (yr⁴/mm²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="80" />
        <source>Minimum coherence (observations below are dropped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="83" />
        <source>Pixels sampled to choose κ² by ABIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="86" />
        <source>Displacement time series (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="88" />
        <source>Velocity (mm/yr) and steps (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="90" />
        <source>Quality (temporal coherence, RMS residual, interferograms used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="95" />
        <source>Smoothing factor κ² used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="100" />
        <source>Reference point X (CRS of the grid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="101" />
        <source>Reference point Y (CRS of the grid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="135" />
        <source>{0} interferograms; weighting {1}, smoothing {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="137" />
        <source>Warning: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="73" />
        <source>Atmospheric delay per date (estimated with the displacement when smoothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="73" />
        <source>estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="76" />
        <source>Atmospheric delay standard deviation per date when fixed (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="92" />
        <source>Estimated atmospheric delay per date (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="96" />
        <source>Atmospheric delay standard deviation used (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="98" />
        <source>Atmosphere variance ratio ρ used (mm²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140" />
        <source>{0} acquisitions from {1} to {2}; κ² = {3:.6g}; atmosphere σ_a = {4:.3g} mm (ρ = {5:.4g}); reference ({6:.3f}, {7:.3f})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="58" />
        <source>Simulate interferogram stack</source>
        <translation>干渉画像スタックのシミュレーション</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="62" />
        <source>Width (pixels)</source>
        <translation>幅（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="63" />
        <source>Height (pixels)</source>
        <translation>高さ（ピクセル）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="64" />
        <source>Pixel size (m)</source>
        <translation>ピクセルサイズ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112" />
        <source>Number of acquisitions</source>
        <translation>観測回数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="66" />
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>回帰日数（一部の観測は欠測）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="67" />
        <source>Interferograms per date (links to the next dates)</source>
        <translation>各日付の干渉ペア数（後続日付との組）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="68" />
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>シーン中心の入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="69" />
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>衛星進行方向（北から時計回り、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="70" />
        <source>Mogi source depth (m)</source>
        <translation>茂木ソースの深さ（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="71" />
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>茂木ソースの体積変化率（m³/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="72" />
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>沈下域の上下変動速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="73" />
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>沈下域の年周振幅（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="74" />
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>断層を挟む地震時すべり量（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="75" />
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>各日付の乱流大気ノイズRMS（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="76" />
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>各日付の成層大気RMS（高度1kmあたりmm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="77" />
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>位相ノイズのルック数（0 = ノイズなし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78" />
        <source>Coherence decay time (days)</source>
        <translation>コヒーレンス減衰時間（日）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="79" />
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82" />
        <source>Projected CRS of the scene</source>
        <translation>シーンの投影座標系</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="84" />
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>シーン中心（既定: 東経138.52° 北緯36.40°）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="86" />
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>最初の観測日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92" />
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>地震時ステップの日付（YYYY-MM-DD、空欄 = なし）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94" />
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>ネットワークの切れ目：この日付をまたぐ干渉ペアなし（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>Look direction</source>
        <translation>照射方向</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101" />
        <source>Output folder</source>
        <translation>出力フォルダ</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102" />
        <source>Interferograms</source>
        <translation>干渉画像</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103" />
        <source>Coherence</source>
        <translation>コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth time series (mm)</source>
        <translation>真の時系列（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>真の視線方向速度（mm/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth co-seismic step (mm)</source>
        <translation>真の地震時ステップ（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Incidence (degrees)</source>
        <translation>入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Heading (degrees)</source>
        <translation>進行方向（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>DEM (m)</source>
        <translation>DEM（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="111" />
        <source>Number of interferograms</source>
        <translation>干渉画像の数</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="142" />
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>{0}×{1}ピクセル、{2}日付をシミュレーション中…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="146" />
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{1}から{2}まで{0}回の観測、{3}枚の干渉画像を{4}に出力</translation>
    </message>
</context>
<context>
    <name>SplitSpectrumAlgorithm</name>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="27" />
        <source>Split-spectrum ionospheric correction</source>
        <translation>スプリットスペクトル法による電離層補正</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="30" />
        <source>Low sub-band unwrapped interferogram (radians)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="32" />
        <source>High sub-band unwrapped interferogram (radians)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34" />
        <source>Centre frequency of the full band (e.g. MHz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34" />
        <source>Centre frequency of the low sub-band (same unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="34" />
        <source>Centre frequency of the high sub-band (same unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="39" />
        <source>Ionospheric (dispersive) phase at the centre frequency (radians)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="41" />
        <source>Non-dispersive phase at the centre frequency (radians)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrainRateAlgorithm</name>
    <message>
        <location filename="../algorithms/strain_rate.py" line="100" />
        <source>Strain rate from GNSS velocities</source>
        <translation>GNSS速度からのひずみ速度</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="103" />
        <source>GNSS velocities (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105" />
        <source>Station name field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110" />
        <source>East velocity field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110" />
        <source>North velocity field (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110" />
        <source>East 1σ field (mm/yr, optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="110" />
        <source>North 1σ field (mm/yr, optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117" />
        <source>Delaunay triangles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="117" />
        <source>gridded (Gaussian distance weighting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="121" />
        <source>Grid spacing (m, 0 = about 100 cells across the network)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="124" />
        <source>Smoothing distance D of the gridded method (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="127" />
        <source>Minimum number of stations within 2·D of a grid cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="130" />
        <source>Drop triangles with an edge longer than (m, 0 = keep all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="133" />
        <source>Half-length of a typical principal axis (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="136" />
        <source>Strain rate (polygons)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="138" />
        <source>Strain rate (raster bands)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="140" />
        <source>Principal strain-rate axes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142" />
        <source>Number of stations used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142" />
        <source>Number of triangles or grid cells with a strain rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142" />
        <source>Grid spacing used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142" />
        <source>Smoothing distance used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142" />
        <source>Largest maximum shear strain rate (nanostrain/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="168" />
        <source>{0} station(s) without east/north velocity skipped: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="183" />
        <source>No station 1σ (se, sn): stations weigh equally and the sigma_* outputs are empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="189" />
        <source>{0} stations; local azimuthal equidistant frame centred on {1:.4f}°E {2:.4f}°N; method {3}; spacing {4:g} m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="208" />
        <source>Smoothing distance {0:g} m; cells need {1} stations within {2:g} m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="213" />
        <source>No triangle or grid cell has a strain rate: add stations, or raise SMOOTHING_DISTANCE or lower MIN_STATIONS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeSeriesDock</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="162" />
        <source>Deformation time series</source>
        <translation>変動時系列</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="185" />
        <source>Layer</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="188" />
        <source>Time-series raster (one band per date) or point layer with date fields (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="194" />
        <source>Pick</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="194" />
        <source>Click the map to plot the series there (Shift+click adds a series)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="196" />
        <source>Reference</source>
        <translation>参照点</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="196" />
        <source>Click the map to choose a reference pixel/point; its series is subtracted from the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="198" />
        <source>Polygon mean</source>
        <translation>ポリゴン平均</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="198" />
        <source>Draw a polygon (right click to finish): mean series of the pixels/points inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="204" />
        <source>No reference</source>
        <translation>参照点なし</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="207" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="216" />
        <source>Add picks</source>
        <translation>選択を追加</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="217" />
        <source>Keep earlier series when picking (same as Shift+click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="219" />
        <source>Point tolerance</source>
        <translation>点の許容距離</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="223" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="228" />
        <source>Fitted trajectory</source>
        <translation>あてはめた軌跡</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="232" />
        <source>Polynomial degree</source>
        <translation>多項式の次数</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="236" />
        <source>Annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="238" />
        <source>Semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="301" />
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="243" />
        <source>YYYY-MM-DD, comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="286" />
        <source>Choose a time-series raster or a point layer with date fields first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="295" />
        <source>"{0}" is neither a raster nor a point layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="347" />
        <source>reference {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="398" />
        <source>{0}: {1} of {2} dates have no data (gaps in the line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="450" />
        <source>Layer removed ({0}): its series were taken off the plot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="475" />
        <source>Displacement (mm)</source>
        <translation>変位（mm）</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="480" />
        <source>Relative to {0}</source>
        <translation>{0} に対する相対値</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="487" />
        <source>Choose a layer, press Pick and click the map</source>
        <translation>レイヤを選び、「選択」を押して地図をクリック</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="496" />
        <source>{0}: no fit ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="500" />
        <source>fit: v = {0:.2f} ± {1:.2f} mm/yr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeSeriesFitAlgorithm</name>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="27" />
        <source>Fit trajectory model to time series</source>
        <translation>時系列への軌跡モデルのあてはめ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="30" />
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>時系列ラスタ（日付ごとに1バンド）または日付付きラスタ群</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="33" />
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>多項式の次数（1 = 速度、2 = +加速度）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>Periodic terms</source>
        <translation>周期項</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>annual</source>
        <translation>年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>semi-annual</source>
        <translation>半年周</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="41" />
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>対数型余効変動項（YYYY-MM-DD:緩和時間日数、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="44" />
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>日付情報のないラスタのバンド日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="48" />
        <source>Trajectory parameters</source>
        <translation>軌跡モデルのパラメータ</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="67" />
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{1}から{2}まで{0}日付；モデル項: {3}</translation>
    </message>
</context>
<context>
    <name>TroposphericCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="37" />
        <source>Tropospheric correction of time series</source>
        <translation>時系列の対流圏遅延補正</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="40" />
        <source>Time-series raster (LOS displacement, mm; one band per date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="43" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="43" />
        <source>weather model (ZTD rasters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="43" />
        <source>phase–elevation (DEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="46" />
        <source>Zenith total delay rasters, one per date (date in the file name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="49" />
        <source>ZTD units (when the raster does not say)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="49" />
        <source>metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="49" />
        <source>millimetres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="52" />
        <source>Incidence angle from vertical (degrees)</source>
        <translation>鉛直からの入射角（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="55" />
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="57" />
        <source>DEM (m), for phase–elevation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="59" />
        <source>Coherence raster (e.g. temporal coherence), for phase–elevation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="62" />
        <source>Minimum coherence of pixels used in the fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="65" />
        <source>Stable-area mask (non-zero = stable), for phase–elevation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="67" />
        <source>Remove each pixel’s linear trend before fitting height (phase–elevation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="70" />
        <source>Reference point (default: scene mean)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="72" />
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>日付情報のないラスタのバンド日付（YYYY-MM-DD、カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="76" />
        <source>Corrected time series (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="78" />
        <source>Removed tropospheric signal (apparent LOS displacement, mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="124" />
        <source>Reference slant-delay change at the last date: {0:.1f} mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="139" />
        <source>Height coefficients relative to the first date (mm/km): {0}; reference height {1:.0f} m</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TroposphericDelayAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="24" />
        <source>Tropospheric delay (Saastamoinen) on a DEM</source>
        <translation>DEM上の対流圏遅延（Saastamoinen）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="27" />
        <source>DEM (heights in m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Sea-level pressure (hPa), reduced to each pixel height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Ground pressure raster (hPa), overrides the number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Sea-level temperature (°C), reduced to each pixel height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Ground temperature raster (°C), overrides the number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Sea-level relative humidity (%), reduced to each pixel height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="28" />
        <source>Ground relative humidity raster (%), overrides the number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="41" />
        <source>Incidence angle from vertical, for the slant delay (degrees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="44" />
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>入射角ラスタ（数値より優先、度）</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="47" />
        <source>Tropospheric delays (ZHD, ZWD, ZTD, slant; mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="63" />
        <source>{0}: ground values from the raster (no height reduction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="65" />
        <source>{0}: sea-level value {1:g} reduced to each pixel height (Berg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ZonalVelocityAlgorithm</name>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="29" />
        <source>Velocity statistics per zone</source>
        <translation>ゾーンごとの速度統計</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="32" />
        <source>Velocity raster (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="34" />
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="35" />
        <source>Zones: hazard or geology polygons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="37" />
        <source>Threshold for the share of pixels (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40" />
        <source>Share of pixels with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40" />
        <source>|v| &gt; threshold (either direction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40" />
        <source>v &gt; threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40" />
        <source>v &lt; threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="44" />
        <source>Prefix of the statistics fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="46" />
        <source>Zones with velocity statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="48" />
        <source>Number of zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="107" />
        <source>{0} zones; {1} without any valid pixel; share of pixels with {2} {3} mm/yr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportMintPyAlgorithm</name>
    <message>
        <source>Import MintPy products (HDF5)</source>
        <translation>MintPy プロダクトの読み込み (HDF5)</translation>
    </message>
</context>
<context>
    <name>ImportLicsbasAlgorithm</name>
    <message>
        <source>Import LiCSBAS / LiCSAR products</source>
        <translation>LiCSBAS / LiCSAR プロダクトの読み込み</translation>
    </message>
</context>
<context>
    <name>ImportEgmsAlgorithm</name>
    <message>
        <source>Import EGMS products (L2a, L2b, L3 CSV)</source>
        <translation>EGMS プロダクトの読み込み (L2a・L2b・L3 CSV)</translation>
    </message>
</context>
<context>
    <name>ComparePointsAlgorithm</name>
    <message>
        <source>Compare with ground truth points (levelling, GNSS)</source>
        <translation>地上観測点との比較（水準測量・GNSS）</translation>
    </message>
</context>
<context>
    <name>NetworkPlotAlgorithm</name>
    <message>
        <location filename="../algorithms/network_plot.py" line="59" />
        <source>Interferogram network plot and checks</source>
        <translation>干渉ペアのネットワーク図とチェック</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="62" />
        <source>Interferogram network</source>
        <translation>干渉ペアのネットワーク</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="62" />
        <source>Network dates</source>
        <translation>ネットワークの観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="65" />
        <source>Interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>干渉画像（名前または説明が YYYYMMDD_YYYYMMDD）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="68" />
        <source>Coherence rasters, matched to the interferograms by date pair or order</source>
        <translation>コヒーレンスラスタ（日付ペアまたは順序で干渉画像と対応）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="71" />
        <source>Perpendicular baselines table (LiCSAR baselines, or date/pair and metres)</source>
        <translation>垂直基線長の表（LiCSAR の baselines、または日付／ペアとメートル）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="71" />
        <source>Text tables (*.txt *.csv *.dat baselines);;All files (*)</source>
        <translation>テキスト表 (*.txt *.csv *.dat baselines);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="74" />
        <source>Network plot</source>
        <translation>ネットワーク図</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="74" />
        <source>PNG files (*.png)</source>
        <translation>PNG ファイル (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="76" />
        <source>Interferograms as lines (decimal year × perpendicular baseline)</source>
        <translation>干渉ペアのライン（10進年 × 垂直基線長）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="79" />
        <source>Acquisition dates as points (decimal year × perpendicular baseline)</source>
        <translation>観測日のポイント（10進年 × 垂直基線長）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of acquisition dates</source>
        <translation>観測日の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of interferograms</source>
        <translation>干渉画像の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of connected groups of dates</source>
        <translation>連結した観測日グループの数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of dates with a single interferogram</source>
        <translation>干渉画像が1枚だけの観測日の数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of independent loops</source>
        <translation>独立なループの数</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Mean coherence of the interferograms</source>
        <translation>干渉画像の平均コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="101" />
        <source>Warning: only {0} of {1} interferograms carry a perpendicular baseline in their metadata; the network is drawn without baselines. Give {2}.</source>
        <translation>警告: メタデータに垂直基線長があるのは {1} 枚中 {0} 枚の干渉画像だけです。基線長なしで描きます。{2} を指定してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="105" />
        <source>No perpendicular baseline in the metadata of the interferograms and no {0}: the dates are spread vertically for legibility.</source>
        <translation>干渉画像のメタデータに垂直基線長がなく、{0} もありません: 見やすさのため観測日を縦方向に散らして描きます。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="111" />
        <source>interferogram metadata</source>
        <translation>干渉画像のメタデータ</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="113" />
        <source>Perpendicular baselines from {0}: {1:.1f} to {2:.1f} m; misfit of the pair equations {3:.3g} m RMS</source>
        <translation>垂直基線長（{0}）: {1:.1f} ～ {2:.1f} m、ペア方程式の残差 {3:.3g} m RMS</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="118" />
        <source>The baselines link {0} separate groups of dates: each group has its own datum (0 m on its earliest date).</source>
        <translation>基線長は {0} 個の別々の観測日グループを結びます: グループごとに基準（最初の観測日で 0 m）があります。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="121" />
        <source>Warning: the perpendicular baselines are not consistent between interferograms ({0:.3g} m RMS misfit); check their source.</source>
        <translation>警告: 垂直基線長が干渉画像間で整合しません（残差 {0:.3g} m RMS）。基線長の出所を確認してください。</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="175" />
        <source>Warning: {0}</source>
        <translation>警告: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="140" />
        <source>{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, {4} date(s) with a single interferogram</source>
        <translation>干渉画像 {0} 枚、観測日 {1}、連結グループ {2}、独立ループ {3}、干渉画像が1枚だけの観測日 {4}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="142" />
        <source>Acquisition date</source>
        <translation>観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="143" />
        <source>Perpendicular baseline (m)</source>
        <translation>垂直基線長 (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="144" />
        <source>No perpendicular baseline known: dates spread vertically for legibility</source>
        <translation>垂直基線長なし: 見やすさのため観測日を縦に散らして表示</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="145" />
        <source>Mean coherence of the interferogram</source>
        <translation>干渉画像の平均コヒーレンス</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="146" />
        <source>No coherence given: interferograms in grey</source>
        <translation>コヒーレンスなし: 干渉ペアは灰色</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="147" />
        <source>acquisition</source>
        <translation>観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="148" />
        <source>group {0} ({1} dates)</source>
        <translation>グループ {0}（観測日 {1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="149" />
        <source>… {0} more groups</source>
        <translation>… ほか {0} グループ</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="150" />
        <source>date with a single interferogram</source>
        <translation>干渉画像が1枚だけの観測日</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="151" />
        <source>interval spanned by no interferogram</source>
        <translation>どの干渉画像にも含まれない期間</translation>
    </message>
</context>
<context>
    <name>MosaicFramesAlgorithm</name>
    <message>
        <source>Mosaic overlapping frames</source>
        <translation>重なり合うフレームのモザイク</translation>
    </message>
</context>
</TS>