<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="39"/>
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>Décomposition ascendante/descendante (Est, Vertical)</translation>
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
        <translation>Déformation à partir des variations de longueur (lignes de base)</translation>
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
        <translation>Séries temporelles InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="38"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="39"/>
        <source>Decomposition</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Strain and sources</source>
        <translation>Déformation et sources</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="105"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="108"/>
        <source>Out of memory: lower BLOCK_ROWS (advanced parameters) and run again.</source>
        <translation>Mémoire insuffisante : réduisez BLOCK_ROWS (paramètres avancés) et relancez.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116"/>
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des sauts cosismiques (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="122"/>
        <source>Radar wavelength (mm)</source>
        <translation>Longueur d'onde radar (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="127"/>
        <source>Rows per processing block (0 = automatic)</source>
        <translation>Lignes par bloc de traitement (0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>Angle d'incidence depuis la verticale (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="139"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="143"/>
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>Cap du satellite, sens horaire depuis le nord (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>Raster de cap, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="58"/>
        <source>Simulate interferogram stack</source>
        <translation>Simuler une pile d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="62"/>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="63"/>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="64"/>
        <source>Pixel size (m)</source>
        <translation>Taille du pixel (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112"/>
        <source>Number of acquisitions</source>
        <translation>Nombre d'acquisitions</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="66"/>
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>Intervalle de revisite (jours ; certaines acquisitions manquent)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="67"/>
        <source>Interferograms per date (links to the next dates)</source>
        <translation>Interférogrammes par date (liens vers les dates suivantes)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="68"/>
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>Angle d'incidence au centre de la scène (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="69"/>
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>Cap du satellite (degrés dans le sens horaire depuis le nord)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="70"/>
        <source>Mogi source depth (m)</source>
        <translation>Profondeur de la source de Mogi (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="71"/>
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>Taux de variation de volume de Mogi (m³/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="72"/>
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>Vitesse verticale de la cuvette de subsidence (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="73"/>
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>Amplitude annuelle de la cuvette de subsidence (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="74"/>
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>Glissement cosismique à travers la faille (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="75"/>
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>RMS de l'atmosphère turbulente par date (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="76"/>
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>RMS de l'atmosphère stratifiée par date (mm par km d'altitude)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="77"/>
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>Nombre de vues pour le bruit de phase (0 = sans bruit)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78"/>
        <source>Coherence decay time (days)</source>
        <translation>Temps de décroissance de la cohérence (jours)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="79"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82"/>
        <source>Projected CRS of the scene</source>
        <translation>SCR projeté de la scène</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="84"/>
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>Centre de la scène (par défaut : 138,52° E 36,40° N)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="86"/>
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>Première acquisition (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92"/>
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>Date du saut cosismique (AAAA-MM-JJ, vide = aucun)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94"/>
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>Coupure du réseau : aucun interférogramme ne couvre cette date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102"/>
        <source>Interferograms</source>
        <translation>Interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103"/>
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth time series (mm)</source>
        <translation>Série temporelle vraie (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>Vitesse LOS vraie (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Truth co-seismic step (mm)</source>
        <translation>Saut cosismique vrai (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Incidence (degrees)</source>
        <translation>Incidence (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Heading (degrees)</source>
        <translation>Cap (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>DEM (m)</source>
        <translation>MNT (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="111"/>
        <source>Number of interferograms</source>
        <translation>Nombre d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="142"/>
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>Simulation de {0}×{1} pixels, {2} dates…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="146"/>
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{0} acquisitions du {1} au {2} ; {3} interférogrammes dans {4}</translation>
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
        <translation>Taux de déformation à partir des vitesses GNSS</translation>
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
        <translation>Ajuster un modèle de trajectoire aux séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="30"/>
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>Raster de séries temporelles (une bande par date) ou un raster daté par date</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="33"/>
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>Degré du polynôme (1 = vitesse, 2 = + accélération)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>Periodic terms</source>
        <translation>Termes périodiques</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>semi-annual</source>
        <translation>semi-annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="41"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>Termes post-sismiques logarithmiques (AAAA-MM-JJ:tau_jours, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="44"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des bandes si le raster n'en porte pas (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="48"/>
        <source>Trajectory parameters</source>
        <translation>Paramètres de trajectoire</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="67"/>
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{0} dates du {1} au {2} ; termes du modèle : {3}</translation>
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
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
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
