<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>FaultInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="46" />
        <source>Fault inversion (uniform-slip rectangle, Okada)</source>
        <translation>Inversion de faille (rectangle à glissement uniforme, Okada)</translation>
    </message>
</context>
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="40" />
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>Décomposition ascendant/descendant (Est, Vertical)</translation>
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
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="49" />
        <source>left</source>
        <translation>gauche</translation>
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
        <translation>Déformation à partir des variations de longueur des lignes de base</translation>
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
        <translation>Déplacements cosismiques des stations GNSS</translation>
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
        <translation>Séries temporelles InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="38" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="39" />
        <source>Decomposition</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40" />
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41" />
        <source>Strain and sources</source>
        <translation>Déformation et sources</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="113" />
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116" />
        <source>Out of memory: lower BLOCK_ROWS (advanced parameters) and run again.</source>
        <translation>Mémoire insuffisante : réduisez BLOCK_ROWS (paramètres avancés) et relancez.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124" />
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des sauts cosismiques (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="130" />
        <source>Radar wavelength (mm)</source>
        <translation>Longueur d'onde radar (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135" />
        <source>Rows per processing block (0 = automatic)</source>
        <translation>Lignes par bloc de traitement (0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="143" />
        <source>Incidence angle from vertical (degrees)</source>
        <translation>Angle d'incidence depuis la verticale (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147" />
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="151" />
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>Cap du satellite, sens horaire depuis le nord (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="155" />
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>Raster de cap, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="160" />
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="46" />
        <source>Poisson's ratio</source>
        <translation>Coefficient de Poisson</translation>
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
        <translation>Fichiers de séries temporelles de position GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="52" />
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="52" />
        <source>auto (from the content)</source>
        <translation>auto (d'après le contenu)</translation>
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
        <translation>Nombre de stations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>DeformationMapDock</name>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="45" />
        <source>Deformation map</source>
        <translation>Carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="62" />
        <source>Velocity raster</source>
        <translation>Raster de vitesse</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="63" />
        <source>Band</source>
        <translation>Bande</translation>
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
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="78" />
        <source>Recompute the limit from the percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="82" />
        <source>Robust limit</source>
        <translation>Limite robuste</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="84" />
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="85" />
        <source>LOS velocity</source>
        <translation>Vitesse LOS</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="86" />
        <source>Legend title</source>
        <translation>Titre de la légende</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="101" />
        <source>Hazard layers</source>
        <translation>Couches d'aléas</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="102" />
        <source>Geology layers</source>
        <translation>Couches géologiques</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="103" />
        <source>Faults / lines</source>
        <translation>Failles / lignes</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="104" />
        <source>Use the bundled sample layers when none is chosen</source>
        <translation>Utiliser les couches d'exemple fournies si aucune n'est choisie</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="108" />
        <source>Apply deformation map</source>
        <translation>Appliquer la carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112" />
        <source>Velocity per zone (deformation:zonalvelocity)</source>
        <translation>Vitesse par zone (deformation:zonalvelocity)</translation>
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
        <translation>Seuil T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="123" />
        <source>Compute velocity per zone</source>
        <translation>Calculer la vitesse par zone</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="127" />
        <source>zone</source>
        <translation>zone</translation>
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
        <translation>&amp;Deformation Toolbox</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="44" />
        <source>Deformation Toolbox</source>
        <translation>Deformation Toolbox</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="47" />
        <source>Time series on click</source>
        <translation>Série temporelle au clic</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="47" />
        <source>Plot displacement versus date at clicked pixels or points</source>
        <translation>Tracer le déplacement en fonction de la date aux pixels ou points cliqués</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Deformation profile</source>
        <translation>Profil de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Draw a line: velocity, East, Up, DEM and nearby points versus distance</source>
        <translation>Tracer une ligne : vitesse, Est, Vertical, MNT et points voisins en fonction de la distance</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="51" />
        <source>Deformation map</source>
        <translation>Carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="51" />
        <source>Style a velocity raster symmetric about zero over hazard and geology layers; velocity per zone</source>
        <translation>Styliser une vitesse symétrique autour de zéro sur les couches d'aléas et de géologie ; vitesse par zone</translation>
    </message>
</context>
<context>
    <name>DockBase</name>
    <message>
        <location filename="../plugin/dock_base.py" line="36" />
        <source>Unexpected error: {0} (details in the log messages panel)</source>
        <translation>Erreur inattendue : {0} (détails dans le panneau des messages)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="195" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="196" />
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="207" />
        <source>Nothing to export yet: plot something first.</source>
        <translation>Rien à exporter : tracez d'abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="209" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="211" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="212" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="222" />
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
</context>
<context>
    <name>GnssCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="36" />
        <source>GNSS correction of InSAR (long-wavelength surface)</source>
        <translation>Correction GNSS de l'InSAR (surface de grande longueur d'onde)</translation>
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
        <translation>Vitesses des stations GNSS (modèle de trajectoire)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>Periodic terms</source>
        <translation>Termes périodiques</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="30" />
        <source>semi-annual</source>
        <translation>semi-annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="34" />
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>Termes post-sismiques logarithmiques (AAAA-MM-JJ:tau_jours, séparés par des virgules)</translation>
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
        <translation>Modèle direct de source de Mogi</translation>
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
        <translation>Inversion de source de Mogi</translation>
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
        <translation>aucun</translation>
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
        <translation>Coefficient de Poisson</translation>
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
        <translation>Modèle direct de dislocation rectangulaire d'Okada</translation>
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
        <translation>Profil de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="87" />
        <source>Rasters (ticked ones are sampled)</source>
        <translation>Rasters (ceux cochés sont échantillonnés)</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="94" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="100" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="104" />
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="109" />
        <source> m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="111" />
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="113" />
        <source>Units of the point values: the points share the axis of rasters in the same units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="125" />
        <source>Draw line</source>
        <translation>Tracer la ligne</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="126" />
        <source>Click the vertices of the profile; right click (or double click) to finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="131" />
        <source>Clear</source>
        <translation>Effacer</translation>
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
        <translation>Longueur {0:.0f} m</translation>
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
        <translation>Distance le long du profil (m)</translation>
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
        <translation>Inversion SBAS (séries temporelles à partir d'interférogrammes)</translation>
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
        <translation>aucun</translation>
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
        <translation>Simuler une pile d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="62" />
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="63" />
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="64" />
        <source>Pixel size (m)</source>
        <translation>Taille du pixel (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112" />
        <source>Number of acquisitions</source>
        <translation>Nombre d'acquisitions</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="66" />
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>Intervalle de revisite (jours ; certaines acquisitions manquent)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="67" />
        <source>Interferograms per date (links to the next dates)</source>
        <translation>Interférogrammes par date (liens vers les dates suivantes)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="68" />
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>Angle d'incidence au centre de la scène (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="69" />
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>Cap du satellite (degrés dans le sens horaire depuis le nord)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="70" />
        <source>Mogi source depth (m)</source>
        <translation>Profondeur de la source de Mogi (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="71" />
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>Taux de variation de volume de Mogi (m³/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="72" />
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>Vitesse verticale de la cuvette de subsidence (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="73" />
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>Amplitude annuelle de la cuvette de subsidence (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="74" />
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>Glissement cosismique à travers la faille (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="75" />
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>RMS de l'atmosphère turbulente par date (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="76" />
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>RMS de l'atmosphère stratifiée par date (mm par km d'altitude)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="77" />
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>Nombre de vues pour le bruit de phase (0 = sans bruit)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78" />
        <source>Coherence decay time (days)</source>
        <translation>Temps de décroissance de la cohérence (jours)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="79" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82" />
        <source>Projected CRS of the scene</source>
        <translation>SCR projeté de la scène</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="84" />
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>Centre de la scène (par défaut : 138,52° E 36,40° N)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="86" />
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>Première acquisition (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92" />
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>Date du saut cosismique (AAAA-MM-JJ, vide = aucun)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94" />
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>Coupure du réseau : aucun interférogramme ne couvre cette date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97" />
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101" />
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102" />
        <source>Interferograms</source>
        <translation>Interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103" />
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth time series (mm)</source>
        <translation>Série temporelle vraie (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>Vitesse LOS vraie (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Truth co-seismic step (mm)</source>
        <translation>Saut cosismique vrai (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Incidence (degrees)</source>
        <translation>Incidence (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>Heading (degrees)</source>
        <translation>Cap (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104" />
        <source>DEM (m)</source>
        <translation>MNT (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="111" />
        <source>Number of interferograms</source>
        <translation>Nombre d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="142" />
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>Simulation de {0}×{1} pixels, {2} dates…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="146" />
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{0} acquisitions du {1} au {2} ; {3} interférogrammes dans {4}</translation>
    </message>
</context>
<context>
    <name>SplitSpectrumAlgorithm</name>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="27" />
        <source>Split-spectrum ionospheric correction</source>
        <translation>Correction ionosphérique par division du spectre</translation>
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
        <translation>Taux de déformation à partir des vitesses GNSS</translation>
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
        <translation>Série temporelle de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="185" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="188" />
        <source>Time-series raster (one band per date) or point layer with date fields (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="194" />
        <source>Pick</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="194" />
        <source>Click the map to plot the series there (Shift+click adds a series)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="196" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="196" />
        <source>Click the map to choose a reference pixel/point; its series is subtracted from the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="198" />
        <source>Polygon mean</source>
        <translation>Moyenne du polygone</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="198" />
        <source>Draw a polygon (right click to finish): mean series of the pixels/points inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="204" />
        <source>No reference</source>
        <translation>Sans référence</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="207" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="216" />
        <source>Add picks</source>
        <translation>Ajouter les sélections</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="217" />
        <source>Keep earlier series when picking (same as Shift+click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="219" />
        <source>Point tolerance</source>
        <translation>Tolérance des points</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="223" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="228" />
        <source>Fitted trajectory</source>
        <translation>Trajectoire ajustée</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="232" />
        <source>Polynomial degree</source>
        <translation>Degré du polynôme</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="236" />
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="238" />
        <source>Semi-annual</source>
        <translation>Semi-annuel</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="301" />
        <source>Steps</source>
        <translation>Sauts</translation>
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
        <translation>Déplacement (mm)</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="480" />
        <source>Relative to {0}</source>
        <translation>Relatif à {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="487" />
        <source>Choose a layer, press Pick and click the map</source>
        <translation>Choisissez une couche, appuyez sur Choisir et cliquez sur la carte</translation>
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
        <translation>Ajuster un modèle de trajectoire aux séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="30" />
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>Raster de séries temporelles (une bande par date) ou un raster daté par date</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="33" />
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>Degré du polynôme (1 = vitesse, 2 = + accélération)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>Periodic terms</source>
        <translation>Termes périodiques</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36" />
        <source>semi-annual</source>
        <translation>semi-annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="41" />
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>Termes post-sismiques logarithmiques (AAAA-MM-JJ:tau_jours, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="44" />
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des bandes si le raster n'en porte pas (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="48" />
        <source>Trajectory parameters</source>
        <translation>Paramètres de trajectoire</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="67" />
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{0} dates du {1} au {2} ; termes du modèle : {3}</translation>
    </message>
</context>
<context>
    <name>TroposphericCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="37" />
        <source>Tropospheric correction of time series</source>
        <translation>Correction troposphérique des séries temporelles</translation>
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
        <translation>Angle d'incidence depuis la verticale (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="55" />
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
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
        <translation>Dates des bandes si le raster n'en porte pas (AAAA-MM-JJ, séparées par des virgules)</translation>
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
        <translation>Retard troposphérique (Saastamoinen) sur un MNT</translation>
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
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
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
        <translation>Statistiques de vitesse par zone</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="32" />
        <source>Velocity raster (mm/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="34" />
        <source>Band</source>
        <translation>Bande</translation>
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
        <translation>Importer des produits MintPy (HDF5)</translation>
    </message>
</context>
<context>
    <name>ImportLicsbasAlgorithm</name>
    <message>
        <source>Import LiCSBAS / LiCSAR products</source>
        <translation>Importer des produits LiCSBAS / LiCSAR</translation>
    </message>
</context>
<context>
    <name>ImportEgmsAlgorithm</name>
    <message>
        <source>Import EGMS products (L2a, L2b, L3 CSV)</source>
        <translation>Importer des produits EGMS (CSV L2a, L2b, L3)</translation>
    </message>
</context>
<context>
    <name>ComparePointsAlgorithm</name>
    <message>
        <source>Compare with ground truth points (levelling, GNSS)</source>
        <translation>Comparer à des points de référence (nivellement, GNSS)</translation>
    </message>
</context>
<context>
    <name>NetworkPlotAlgorithm</name>
    <message>
        <location filename="../algorithms/network_plot.py" line="59" />
        <source>Interferogram network plot and checks</source>
        <translation>Graphe et contrôles du réseau d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="62" />
        <source>Interferogram network</source>
        <translation>Réseau d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="62" />
        <source>Network dates</source>
        <translation>Dates du réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="65" />
        <source>Interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>Interférogrammes (nommés ou décrits YYYYMMDD_YYYYMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="68" />
        <source>Coherence rasters, matched to the interferograms by date pair or order</source>
        <translation>Rasters de cohérence, associés aux interférogrammes par paire de dates ou par ordre</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="71" />
        <source>Perpendicular baselines table (LiCSAR baselines, or date/pair and metres)</source>
        <translation>Table des lignes de base perpendiculaires (baselines LiCSAR, ou date/paire et mètres)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="71" />
        <source>Text tables (*.txt *.csv *.dat baselines);;All files (*)</source>
        <translation>Tables texte (*.txt *.csv *.dat baselines);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="74" />
        <source>Network plot</source>
        <translation>Graphe du réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="74" />
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="76" />
        <source>Interferograms as lines (decimal year × perpendicular baseline)</source>
        <translation>Interférogrammes en lignes (année décimale × ligne de base perpendiculaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="79" />
        <source>Acquisition dates as points (decimal year × perpendicular baseline)</source>
        <translation>Dates d'acquisition en points (année décimale × ligne de base perpendiculaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of acquisition dates</source>
        <translation>Nombre de dates d'acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of interferograms</source>
        <translation>Nombre d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of connected groups of dates</source>
        <translation>Nombre de groupes connexes de dates</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of dates with a single interferogram</source>
        <translation>Nombre de dates à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Number of independent loops</source>
        <translation>Nombre de boucles indépendantes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="82" />
        <source>Mean coherence of the interferograms</source>
        <translation>Cohérence moyenne des interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="101" />
        <source>Warning: only {0} of {1} interferograms carry a perpendicular baseline in their metadata; the network is drawn without baselines. Give {2}.</source>
        <translation>Avertissement : seuls {0} des {1} interférogrammes portent une ligne de base perpendiculaire dans leurs métadonnées ; le réseau est dessiné sans lignes de base. Donnez {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="105" />
        <source>No perpendicular baseline in the metadata of the interferograms and no {0}: the dates are spread vertically for legibility.</source>
        <translation>Aucune ligne de base perpendiculaire dans les métadonnées des interférogrammes et pas de {0} : les dates sont étalées verticalement pour la lisibilité.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="111" />
        <source>interferogram metadata</source>
        <translation>métadonnées des interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="113" />
        <source>Perpendicular baselines from {0}: {1:.1f} to {2:.1f} m; misfit of the pair equations {3:.3g} m RMS</source>
        <translation>Lignes de base perpendiculaires ({0}) : de {1:.1f} à {2:.1f} m ; écart des équations de paires {3:.3g} m RMS</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="118" />
        <source>The baselines link {0} separate groups of dates: each group has its own datum (0 m on its earliest date).</source>
        <translation>Les lignes de base relient {0} groupes de dates séparés : chaque groupe a sa propre référence (0 m à sa première date).</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="121" />
        <source>Warning: the perpendicular baselines are not consistent between interferograms ({0:.3g} m RMS misfit); check their source.</source>
        <translation>Avertissement : les lignes de base perpendiculaires ne sont pas cohérentes entre interférogrammes (écart {0:.3g} m RMS) ; vérifiez leur source.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="175" />
        <source>Warning: {0}</source>
        <translation>Avertissement : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="140" />
        <source>{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, {4} date(s) with a single interferogram</source>
        <translation>{0} interférogrammes, {1} dates, {2} groupe(s) connexe(s), {3} boucles indépendantes, {4} date(s) à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="142" />
        <source>Acquisition date</source>
        <translation>Date d'acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="143" />
        <source>Perpendicular baseline (m)</source>
        <translation>Ligne de base perpendiculaire (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="144" />
        <source>No perpendicular baseline known: dates spread vertically for legibility</source>
        <translation>Aucune ligne de base perpendiculaire connue : dates étalées verticalement pour la lisibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="145" />
        <source>Mean coherence of the interferogram</source>
        <translation>Cohérence moyenne de l'interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="146" />
        <source>No coherence given: interferograms in grey</source>
        <translation>Pas de cohérence : interférogrammes en gris</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="147" />
        <source>acquisition</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="148" />
        <source>group {0} ({1} dates)</source>
        <translation>groupe {0} ({1} dates)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="149" />
        <source>… {0} more groups</source>
        <translation>… {0} autres groupes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="150" />
        <source>date with a single interferogram</source>
        <translation>date à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="151" />
        <source>interval spanned by no interferogram</source>
        <translation>intervalle couvert par aucun interférogramme</translation>
    </message>
</context>
<context>
    <name>MosaicFramesAlgorithm</name>
    <message>
        <source>Mosaic overlapping frames</source>
        <translation>Assembler en mosaïque des frames qui se recouvrent</translation>
    </message>
</context>
</TS>