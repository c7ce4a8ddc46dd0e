<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AscDescDecompositionAlgorithm</name>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="52"/>
        <source>Ascending/descending decomposition (East, Up)</source>
        <translation>Décomposition ascendant/descendant (Est, Vertical)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="59"/>
        <source>Ascending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation>Vitesse LOS ascendante (mm/an, positive vers le satellite)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="61"/>
        <source>Descending LOS velocity (mm/yr, positive towards the satellite)</source>
        <translation>Vitesse LOS descendante (mm/an, positive vers le satellite)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="66"/>
        <source>Look direction of the ascending geometry</source>
        <translation>Direction de visée de la géométrie ascendante</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="69"/>
        <source>Look direction of the descending geometry</source>
        <translation>Direction de visée de la géométrie descendante</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="72"/>
        <source>Ascending LOS velocity 1σ (mm/yr)</source>
        <translation>Vitesse LOS ascendante 1σ (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="74"/>
        <source>Descending LOS velocity 1σ (mm/yr)</source>
        <translation>Vitesse LOS descendante 1σ (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>North velocity</source>
        <translation>Vitesse nord</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>zero (quasi-East, quasi-Up)</source>
        <translation>zéro (quasi-Est, quasi-Vertical)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="80"/>
        <source>North velocity raster (mm/yr, e.g. interpolated GNSS)</source>
        <translation>Raster de vitesse nord (mm/an, p. ex. GNSS interpolé)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="82"/>
        <source>North velocity 1σ raster (mm/yr)</source>
        <translation>Raster de vitesse nord 1σ (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>Resampling onto the common grid</source>
        <translation>Rééchantillonnage sur la grille commune</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation>automatique (moyenne en cas de sous-échantillonnage, sinon bilinéaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>nearest</source>
        <translation>plus proche voisin</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>bilinear</source>
        <translation>bilinéaire</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>cubic</source>
        <translation>cubique</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="87"/>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="92"/>
        <source>East velocity</source>
        <translation>Vitesse Est</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="93"/>
        <source>Up velocity</source>
        <translation>Vitesse verticale</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="94"/>
        <source>East 1σ</source>
        <translation>Est 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="95"/>
        <source>Up 1σ</source>
        <translation>Vertical 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="134"/>
        <source>Common grid: {0}×{1} pixels of {2:g} CRS units</source>
        <translation>Grille commune : {0}×{1} pixels de {2:g} unités du SCR</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="56"/>
        <source>East velocity 1σ</source>
        <translation>Vitesse Est 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="56"/>
        <source>Up velocity 1σ</source>
        <translation>Vitesse verticale 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="65"/>
        <source>as the look direction above</source>
        <translation>comme la direction de visée ci-dessus</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="76"/>
        <source>from the north velocity raster</source>
        <translation>d'après le raster de vitesse nord</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="84"/>
        <source>Output pixel size in the CRS of the ascending velocity (0 = the coarser input)</source>
        <translation>Taille du pixel de sortie dans le SCR de la vitesse ascendante (0 = l'entrée la plus grossière)</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="115"/>
        <source>{0} is zero: {1} and {2} are ignored (choose &quot;from the north velocity raster&quot; to use them).</source>
        <translation>{0} vaut zéro : {1} et {2} sont ignorés (choisissez « d'après le raster de vitesse nord » pour les utiliser).</translation>
    </message>
    <message>
        <location filename="../algorithms/asc_desc_decomposition.py" line="177"/>
        <source>No LOS velocity 1σ rasters: the 1σ outputs are for 1 mm/yr of LOS noise (noise amplification factors).</source>
        <translation>Pas de rasters 1σ de vitesse LOS : les sorties 1σ correspondent à 1 mm/an de bruit LOS (facteurs d'amplification du bruit).</translation>
    </message>
</context>
<context>
    <name>BaselineStrainAlgorithm</name>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="42"/>
        <source>Strain from line-length changes (baselines)</source>
        <translation>Déformation à partir des variations de longueur des lignes de base</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="45"/>
        <source>Baselines (lines from one station to another)</source>
        <translation>Lignes de base (lignes d'une station à une autre)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="49"/>
        <source>Length-change rate field</source>
        <translation>Champ du taux de variation de longueur</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="51"/>
        <source>1σ of the rate field (same units, optional)</source>
        <translation>1σ du taux (mêmes unités, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>Units of the rate field</source>
        <translation>Unités du taux</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>mm/yr (length change; divided by the line length)</source>
        <translation>mm/an (variation de longueur ; divisée par la longueur de la ligne)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>strain per year (dimensionless, e.g. 2.9e-6)</source>
        <translation>déformation par an (sans dimension, p. ex. 2,9e-6)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="54"/>
        <source>nanostrain/yr</source>
        <translation>nanodéformation/an</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="59"/>
        <source>Half-length of the larger principal axis (m, 0 = automatic)</source>
        <translation>Demi-longueur du plus grand axe principal (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="62"/>
        <source>Strain tensor (point at the network centre)</source>
        <translation>Tenseur de déformation (point au centre du réseau)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="65"/>
        <source>Principal strain axes</source>
        <translation>Axes principaux de déformation</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="70"/>
        <source>Number of lines used</source>
        <translation>Nombre de lignes utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="71"/>
        <source>RMS misfit (nanostrain/yr)</source>
        <translation>Écart RMS (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="124"/>
        <source>{0} line(s) without geometry or rate skipped (ids {1})</source>
        <translation>{0} ligne(s) sans géométrie ou sans taux ignorée(s) (identifiants {1})</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="145"/>
        <source>Some 1σ are missing or not positive: all lines weigh equally.</source>
        <translation>Certains 1σ manquent ou ne sont pas positifs : toutes les lignes ont le même poids.</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="149"/>
        <source>line {0}: θ {1:.2f}° from east, {2:.0f} m, strain rate {3:.4g}, residual {4:.3g} nanostrain/yr</source>
        <translation>ligne {0} : θ {1:.2f}° depuis l'est, {2:.0f} m, taux de déformation {3:.4g}, résidu {4:.3g} nanodéformation/an</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="75"/>
        <source>Strain rate εxx (nanostrain/yr)</source>
        <translation>Taux de déformation εxx (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="75"/>
        <source>Strain rate εyy (nanostrain/yr)</source>
        <translation>Taux de déformation εyy (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="76"/>
        <source>Strain rate εxy (nanostrain/yr)</source>
        <translation>Taux de déformation εxy (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="77"/>
        <source>Dilatation rate (nanostrain/yr)</source>
        <translation>Taux de dilatation (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="78"/>
        <source>Maximum shear strain rate (nanostrain/yr)</source>
        <translation>Taux de cisaillement maximal (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="79"/>
        <source>Second invariant of the strain rate (nanostrain/yr)</source>
        <translation>Second invariant du taux de déformation (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="80"/>
        <source>Principal strain rate ε1 (nanostrain/yr)</source>
        <translation>Taux de déformation principal ε1 (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="81"/>
        <source>Principal strain rate ε2 (nanostrain/yr)</source>
        <translation>Taux de déformation principal ε2 (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="82"/>
        <source>Azimuth of ε1 (degrees from north)</source>
        <translation>Azimut de ε1 (degrés depuis le nord)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="83"/>
        <source>Maximum engineering shear strain rate (nanostrain/yr)</source>
        <translation>Taux de cisaillement de l'ingénieur maximal (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/baseline_strain.py" line="84"/>
        <source>Maximum tensor shear strain rate (nanostrain/yr)</source>
        <translation>Taux de cisaillement tensoriel maximal (nanodéformation/an)</translation>
    </message>
</context>
<context>
    <name>ComparePointsAlgorithm</name>
    <message>
        <location filename="../algorithms/compare_points.py" line="60"/>
        <source>Compare with ground truth points (levelling, GNSS)</source>
        <translation>Comparer à des points de référence (nivellement, GNSS)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="63"/>
        <source>InSAR velocity or displacement (raster or points) against levelling or GNSS points: correlation, mean and standard deviation of the differences, min, max, RMS, scatter plot.</source>
        <translation>Vitesse ou déplacement InSAR (raster ou points) comparé aux points de nivellement ou GNSS : corrélation, moyenne et écart type des différences, min, max, RMS, nuage de points.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>levelling</source>
        <translation>nivellement</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="67"/>
        <source>accuracy</source>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="68"/>
        <source>bias</source>
        <translation>biais</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="71"/>
        <source>InSAR velocity or displacement (raster, or points)</source>
        <translation>Vitesse ou déplacement InSAR (raster ou points)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="75"/>
        <source>InSAR value field (point input)</source>
        <translation>Champ de la valeur InSAR (entrée en points)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="78"/>
        <source>Ground truth points (levelling benchmarks, GNSS)</source>
        <translation>Points de référence terrain (repères de nivellement, GNSS)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="81"/>
        <source>Truth field (same quantity and units as the InSAR values)</source>
        <translation>Champ de la valeur de référence (même grandeur et mêmes unités que l'InSAR)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="84"/>
        <source>Point name field</source>
        <translation>Champ du nom du point</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS east velocity field (mm/yr)</source>
        <translation>Champ de vitesse GNSS est (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS north velocity field (mm/yr)</source>
        <translation>Champ de vitesse GNSS nord (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="86"/>
        <source>GNSS up velocity field (mm/yr)</source>
        <translation>Champ de vitesse GNSS verticale (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>Truth</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>automatic: the truth field when given, else GNSS projected into the LOS</source>
        <translation>automatique : le champ de référence s'il est donné, sinon le GNSS projeté sur la LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>the truth field as it is</source>
        <translation>le champ de référence tel quel</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS ve/vn/vu projected into the LOS</source>
        <translation>GNSS ve/vn/vu projeté sur la LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS vertical (vu), for Up or levelling comparisons</source>
        <translation>GNSS vertical (vu), pour comparer une composante verticale ou un nivellement</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="90"/>
        <source>GNSS east (ve), for East comparisons</source>
        <translation>GNSS est (ve), pour comparer une composante Est</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="97"/>
        <source>Radius around each point for the InSAR mean (m; 0 = the pixel holding it)</source>
        <translation>Rayon autour de chaque point pour la moyenne InSAR (m ; 0 = le pixel qui le contient)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="100"/>
        <source>Remove the mean difference (reference-free comparison)</source>
        <translation>Retirer la différence moyenne (comparaison sans référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="102"/>
        <source>Compared points</source>
        <translation>Points comparés</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="104"/>
        <source>Scatter plot</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="104"/>
        <source>PNG files (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Number of points compared</source>
        <translation>Nombre de points comparés</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Correlation coefficient</source>
        <translation>Coefficient de corrélation</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Mean difference (InSAR − truth)</source>
        <translation>Différence moyenne (InSAR − référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Standard deviation of the differences</source>
        <translation>Écart type des différences</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Smallest difference</source>
        <translation>Plus petite différence</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>Largest difference</source>
        <translation>Plus grande différence</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="107"/>
        <source>RMS of the differences</source>
        <translation>RMS des différences</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="191"/>
        <source>{0} of {1} points have no InSAR value within {2:g} m of &quot;{3}&quot;</source>
        <translation>{0} points sur {1} n'ont aucune valeur InSAR à moins de {2:g} m de « {3} »</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>truth</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS in the LOS</source>
        <translation>GNSS projeté sur la LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS up</source>
        <translation>GNSS vertical</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>GNSS east</source>
        <translation>GNSS est</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="210"/>
        <source>{0} points: correlation {1:.3f}, mean difference {2:+.3f}, standard deviation {3:.3f}, RMS {4:.3f}</source>
        <translation>{0} points : corrélation {1:.3f}, différence moyenne {2:+.3f}, écart type {3:.3f}, RMS {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>1:1 + mean difference ({0:+.2f})</source>
        <translation>1:1 + différence moyenne ({0:+.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>std</source>
        <translation>écart type</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_points.py" line="202"/>
        <source>max</source>
        <translation>max</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="13"/>
        <source>DATES lists {0} dates but {1} has {2} bands; give exactly one date per band, in band order.</source>
        <translation>DATES donne {0} dates mais {1} a {2} bandes ; donnez exactement une date par bande, dans l'ordre des bandes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="33"/>
        <source>LOOK_DIRECTION: &quot;{0}&quot; is not accepted; choose right or left.</source>
        <translation>LOOK_DIRECTION : « {0} » n'est pas accepté ; choisissez right (droite) ou left (gauche).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="58"/>
        <source>RESAMPLING: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>RESAMPLING : « {0} » n'est pas accepté ; choisissez l'une des valeurs {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="90"/>
        <source>{0} ({1}); {2}</source>
        <translation>{0} ({1}) ; {2}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="106"/>
        <source>{0}: &quot;{1}&quot; does not overlap the output grid (raster covers x {2:.1f}…{3:.1f}, y {4:.1f}…{5:.1f}; the grid x {6:.1f}…{7:.1f}, y {8:.1f}…{9:.1f} in the grid CRS). Choose a raster covering the area.</source>
        <translation>{0} : « {1} » ne recouvre pas la grille de sortie (le raster couvre x {2:.1f}…{3:.1f}, y {4:.1f}…{5:.1f} ; la grille x {6:.1f}…{7:.1f}, y {8:.1f}…{9:.1f} dans le SCR de la grille). Choisissez un raster qui couvre la zone.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="109"/>
        <source>{0}: &quot;{1}&quot; has a rotated geotransform {2}; only north-up rasters are accepted: warp it north-up first (Raster › Projections › Warp, or gdalwarp).</source>
        <translation>{0} : « {1} » a un géoréférencement tourné {2} ; seuls les rasters orientés nord en haut sont acceptés : reprojetez-le d'abord nord en haut (Raster › Projections › Projection (warp), ou gdalwarp).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="114"/>
        <source>{0}: &quot;{1}&quot; has no acquisition date. Name single-band files with the date (YYYYMMDD, e.g. 20200114_disp.tif), give bands the description YYYY-MM-DD or the metadata item DATE=YYYYMMDD, or list the dates in the DATES parameter.</source>
        <translation>{0} : « {1} » n'a pas de date d'acquisition. Nommez les fichiers à une bande avec la date (AAAAMMJJ, p. ex. 20200114_disp.tif), donnez aux bandes la description AAAA-MM-JJ ou la métadonnée DATE=YYYYMMDD, ou listez les dates dans le paramètre DATES.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="118"/>
        <source>{0}: &quot;{1}&quot; has no date pair. Name interferograms YYYYMMDD_YYYYMMDD (e.g. 20200102_20200114.tif) or give the band the description YYYYMMDD_YYYYMMDD or the metadata item DATE12=YYYYMMDD_YYYYMMDD.</source>
        <translation>{0} : « {1} » n'a pas de paire de dates. Nommez les interférogrammes AAAAMMJJ_AAAAMMJJ (p. ex. 20200102_20200114.tif) ou donnez à la bande la description AAAAMMJJ_AAAAMMJJ ou la métadonnée DATE12=YYYYMMDD_YYYYMMDD.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="123"/>
        <source>{0}: &quot;{1}&quot; has no raster band.{2}</source>
        <translation>{0} : « {1} » n'a pas de bande raster.{2}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="127"/>
        <source>{0}: &quot;{1}&quot; has the pair {2} → {3}; the first date must be earlier than the second.</source>
        <translation>{0} : « {1} » a la paire {2} → {3} ; la première date doit précéder la seconde.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="130"/>
        <source>{0}: &quot;{1}&quot; has {2} bands; a single band is expected.</source>
        <translation>{0} : « {1} » a {2} bandes ; une seule bande est attendue.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="134"/>
        <source>{0}: &quot;{1}&quot; holds coherence from {2:g} to {3:g}; coherence must lie between 0 and 1 (8-bit rasters 0–255 are scaled). Give coherence rasters, not another quantity.</source>
        <translation>{0} : « {1} » contient une cohérence de {2:g} à {3:g} ; la cohérence doit être comprise entre 0 et 1 (les rasters 8 bits 0–255 sont mis à l'échelle). Donnez des rasters de cohérence, pas une autre grandeur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="139"/>
        <source>{0}: &quot;{1}&quot; holds the coherence {2:g}; coherence must lie between 0 and 1 (8-bit rasters 0–255 are scaled). Give coherence rasters, not another quantity.</source>
        <translation>{0} : « {1} » contient la cohérence {2:g} ; la cohérence doit être comprise entre 0 et 1 (les rasters 8 bits 0–255 sont mis à l'échelle). Donnez des rasters de cohérence, pas une autre grandeur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="143"/>
        <source>{0}: &quot;{1}&quot; is a file, not a folder; give a folder (a new one is made when it does not exist).</source>
        <translation>{0} : « {1} » est un fichier, pas un dossier ; donnez un dossier (il est créé s'il n'existe pas).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="144"/>
        <source>{0}: &quot;{1}&quot; is a folder; give a file name for the output (for example &quot;{2}&quot; with its extension).</source>
        <translation>{0} : « {1} » est un dossier ; donnez un nom de fichier pour la sortie (par exemple « {2} » avec son extension).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="145"/>
        <source>{0}: &quot;{1}&quot; is a folder; give a file name for the output (for example {2}).</source>
        <translation>{0} : « {1} » est un dossier ; donnez un nom de fichier pour la sortie (par exemple {2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="147"/>
        <source>{0}: &quot;{1}&quot; is also the input {2}; writing it would destroy the input. Choose another output file (inputs are never modified).</source>
        <translation>{0} : « {1} » est aussi l'entrée {2} ; l'écrire détruirait l'entrée. Choisissez un autre fichier de sortie (les entrées ne sont jamais modifiées).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="148"/>
        <source>{0}: &quot;{1}&quot; is also the output {2}; give each output its own file.</source>
        <translation>{0} : « {1} » est aussi la sortie {2} ; donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="153"/>
        <source>{0}: &quot;{1}&quot; is not a date; write YYYY-MM-DD (for example 2016-04-16).</source>
        <translation>{0} : « {1} » n'est pas une date ; écrivez AAAA-MM-JJ (par exemple 2016-04-16).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="164"/>
        <source>{0}: &quot;{1}&quot; is not on the grid of &quot;{2}&quot;: it has {3}. All rasters must share size, pixel size, origin and CRS; align them first (Raster › Align Rasters, or gdalwarp).</source>
        <translation>{0} : « {1} » n'est pas sur la grille de « {2} » : {3}. Tous les rasters doivent avoir la même taille, la même taille de pixel, la même origine et le même SCR ; alignez-les d'abord (Raster › Aligner les rasters, ou gdalwarp).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="165"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster GDAL can read ({2}); give {3}.</source>
        <translation>{0} : « {1} » est tronqué ou n'est pas un raster lisible par GDAL ({2}) ; donnez {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="166"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster: rows {2}–{3} cannot be read ({4}). Write the file again or give another one.</source>
        <translation>{0} : « {1} » est tronqué ou n'est pas un raster : les lignes {2}–{3} sont illisibles ({4}). Réécrivez le fichier ou donnez-en un autre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="168"/>
        <source>{0}: &quot;{1}&quot; lacks a relaxation time; write YYYY-MM-DD:tau_days (for example 2016-04-16:30).</source>
        <translation>{0} : « {1} » n'a pas de temps de relaxation ; écrivez AAAA-MM-JJ:tau_jours (par exemple 2016-04-16:30).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="171"/>
        <source>{0}: &quot;{1}&quot; lies inside the input folder {2} (&quot;{3}&quot;); writing there would change the input. Choose an output outside it.</source>
        <translation>{0} : « {1} » se trouve dans le dossier d'entrée {2} (« {3} ») ; y écrire modifierait l'entrée. Choisissez une sortie en dehors.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="188"/>
        <source>{0}: cannot write &quot;{1}&quot; ({2}). Choose a folder you can write to.</source>
        <translation>{0} : impossible d'écrire « {1} » ({2}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="190"/>
        <source>{0}: cannot write &quot;{1}&quot;: &quot;{2}&quot; is a file, so the folder &quot;{3}&quot; cannot be made. Choose another folder.</source>
        <translation>{0} : impossible d'écrire « {1} » : « {2} » est un fichier, le dossier « {3} » ne peut donc pas être créé. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="191"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder &quot;{2}&quot; is not writable. Choose a folder you can write to.</source>
        <translation>{0} : impossible d'écrire « {1} » : le dossier « {2} » n'est pas accessible en écriture. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="192"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder cannot be created ({2}). Choose a folder you can write to.</source>
        <translation>{0} : impossible d'écrire « {1} » : le dossier ne peut pas être créé ({2}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="193"/>
        <source>{0}: cannot write &quot;{1}&quot;: the folder is not writable. Choose a folder you can write to.</source>
        <translation>{0} : impossible d'écrire « {1} » : le dossier n'est pas accessible en écriture. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="198"/>
        <source>{0}: date {1} appears twice (&quot;{2}&quot; and &quot;{3}&quot;); a time series needs one band per acquisition.</source>
        <translation>{0} : la date {1} apparaît deux fois (« {2} » et « {3} ») ; une série temporelle demande une bande par acquisition.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="209"/>
        <source>{0}: incidence {1:g}° is impossible; it must be at least 0° and below 90° (degrees from the vertical at the ground).</source>
        <translation>{0} : une incidence de {1:g}° est impossible ; elle doit être d'au moins 0° et inférieure à 90° (degrés depuis la verticale au sol).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="228"/>
        <source>{0}: no raster given; choose {1}.</source>
        <translation>{0} : aucun raster donné ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="229"/>
        <source>{0}: no raster given; select at least one raster layer.</source>
        <translation>{0} : aucun raster donné ; sélectionnez au moins une couche raster.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="238"/>
        <source>{0}: raster &quot;{1}&quot; does not exist; choose an existing raster file.</source>
        <translation>{0} : le raster « {1} » n'existe pas ; choisissez un fichier raster existant.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="239"/>
        <source>{0}: relaxation time &quot;{1}&quot; of {2} must be a positive number of days.</source>
        <translation>{0} : le temps de relaxation « {1} » de {2} doit être un nombre de jours positif.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="248"/>
        <source>{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) has length {4:.4g}, not 1; give the east, north and up components of the unit vector from the ground to the satellite (length 1 within {5:g}), e.g. LiCSAR *.geo.E/N/U.tif.</source>
        <translation>{0} : le vecteur LOS ({1:.4g}, {2:.4g}, {3:.4g}) a une longueur de {4:.4g}, pas 1 ; donnez les composantes est, nord et verticale du vecteur unitaire du sol vers le satellite (longueur 1 à {5:g} près), p. ex. LiCSAR *.geo.E/N/U.tif.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="249"/>
        <source>{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) points downwards (up ≤ 0); give the vector from the ground to the satellite (up &gt; 0). A satellite-to-ground vector must be negated.</source>
        <translation>{0} : le vecteur LOS ({1:.4g}, {2:.4g}, {3:.4g}) pointe vers le bas (composante verticale ≤ 0) ; donnez le vecteur du sol vers le satellite (verticale &gt; 0). Un vecteur satellite-sol doit être inversé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="269"/>
        <source>{0}: the pair {1}_{2} appears twice (&quot;{3}&quot; and &quot;{4}&quot;); remove the duplicate.</source>
        <translation>{0} : la paire {1}_{2} apparaît deux fois (« {3} » et « {4} ») ; supprimez le doublon.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="285"/>
        <source>{0}: writing &quot;{1}&quot; failed ({2}).</source>
        <translation>{0} : l'écriture de « {1} » a échoué ({2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="297"/>
        <source>{0}: {1} has no valid pixel: no pixel holds a valid value (every one is NaN or nodata), so there is nothing to compute from. Check the nodata value of the raster, or give rasters with valid pixels.</source>
        <translation>{0} : {1} n'a aucun pixel valide : chaque pixel est NaN ou sans donnée, il n'y a donc rien à calculer. Vérifiez la valeur nodata du raster, ou donnez des rasters avec des pixels valides.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="298"/>
        <source>{0}: {1} is given twice; give one date per band, in band order.</source>
        <translation>{0} : {1} est donné deux fois ; donnez une date par bande, dans l'ordre des bandes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="14"/>
        <source>DATES: other dates than the bands of {0}: band {1} (&quot;{2}&quot;) is dated {3}, DATES gives {4}. Give the dates in band order, or leave DATES empty (the bands carry their dates).</source>
        <translation>DATES : d'autres dates que les bandes de {0} : la bande {1} (« {2} ») est datée du {3}, DATES donne {4}. Donnez les dates dans l'ordre des bandes, ou laissez DATES vide (les bandes portent leurs dates).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="15"/>
        <source>DATES: the same dates in another order than the bands of {0}: band {1} (&quot;{2}&quot;) is dated {3}, DATES gives {4}. Give the dates in band order, or leave DATES empty (the bands carry their dates).</source>
        <translation>DATES : les mêmes dates que les bandes de {0}, dans un autre ordre : la bande {1} (« {2} ») est datée du {3}, DATES donne {4}. Donnez les dates dans l'ordre des bandes, ou laissez DATES vide (les bandes portent leurs dates).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="6"/>
        <source>ASC_STD/DESC_STD: give both LOS 1σ rasters or neither.</source>
        <translation>ASC_STD/DESC_STD : donnez les deux rasters 1σ LOS ou aucun.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="7"/>
        <source>BAND: band {0} does not exist; the raster has {1} band(s).</source>
        <translation>BAND : la bande {0} n'existe pas ; le raster a {1} bande(s).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="8"/>
        <source>CENTER_FREQUENCY, LOW_FREQUENCY, HIGH_FREQUENCY: {0:g}, {1:g} and {2:g} differ by a factor {3:.3g}, but sub-bands lie within the radar bandwidth (a few % of the centre); give all three in the same unit (for example MHz: 1257.5, 1236.5 and 1278.5 for ALOS-2 L band).</source>
        <translation>CENTER_FREQUENCY, LOW_FREQUENCY, HIGH_FREQUENCY : {0:g}, {1:g} et {2:g} diffèrent d'un facteur {3:.3g}, alors que les sous-bandes restent dans la bande passante du radar (quelques % de la fréquence centrale) ; donnez les trois dans la même unité (par exemple en MHz : 1257.5, 1236.5 et 1278.5 pour la bande L d'ALOS-2).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="9"/>
        <source>CENTER_FREQUENCY: {0:g} is not between LOW_FREQUENCY {1:g} and HIGH_FREQUENCY {2:g}; the sub-bands lie on either side of the centre of the full band.</source>
        <translation>CENTER_FREQUENCY : {0:g} n'est pas compris entre LOW_FREQUENCY {1:g} et HIGH_FREQUENCY {2:g} ; les sous-bandes se trouvent de part et d'autre du centre de la bande complète.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="10"/>
        <source>CRS: &quot;{0}&quot; is not accepted; choose a projected CRS in metres (for example a UTM zone such as EPSG:32654).</source>
        <translation>CRS : « {0} » n'est pas accepté ; choisissez un SCR projeté en mètres (par exemple une zone UTM comme EPSG:32654).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="11"/>
        <source>CRS: &quot;{0}…&quot; is not a coordinate reference system GDAL understands.</source>
        <translation>CRS : « {0}… » n'est pas un système de coordonnées de référence que GDAL comprend.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="16"/>
        <source>DEM: only {0} pixels are stable, coherent and valid on every date; at least {1} are needed for the phase–elevation fit. Lower MIN_COHERENCE or enlarge the MASK.</source>
        <translation>DEM : seuls {0} pixels sont stables, cohérents et valides à toutes les dates ; il en faut au moins {1} pour l'ajustement phase–altitude. Abaissez MIN_COHERENCE ou agrandissez le MASK.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="19"/>
        <source>DOWNSAMPLING: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>DOWNSAMPLING : « {0} » n'est pas accepté ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="20"/>
        <source>EXTENT: the extent is in &quot;{0}&quot;, not a projected CRS in metres, so RESOLUTION (m) cannot apply; give the extent in a projected CRS such as a UTM zone (for example EPSG:32654), or use a TEMPLATE raster.</source>
        <translation>EXTENT : l'emprise est en « {0} », pas dans un SCR projeté en mètres, donc RESOLUTION (m) ne peut pas s'appliquer ; donnez l'emprise dans un SCR projeté tel qu'une zone UTM (par exemple EPSG:32654), ou utilisez un raster TEMPLATE.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="21"/>
        <source>FIX_ONLY: &quot;{0}&quot; has no ambiguity-fixed epochs (Q = 1).</source>
        <translation>FIX_ONLY : « {0} » n'a aucune époque à ambiguïtés fixées (Q = 1).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="22"/>
        <source>FORMAT: &quot;{0}&quot; is not a GNSS format; choose auto or one of {1}.</source>
        <translation>FORMAT : « {0} » n'est pas un format GNSS ; choisissez auto ou l'un des formats {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="23"/>
        <source>GAP_AFTER: {0} h is negative; give 0 or more hours.</source>
        <translation>GAP_AFTER : {0} h est négatif ; donnez 0 heure ou plus.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="24"/>
        <source>GNSS_WEIGHT: {0:g} is not accepted; give a relative weight above 0.</source>
        <translation>GNSS_WEIGHT : {0:g} n'est pas accepté ; donnez un poids relatif supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="27"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has {2} days of data between {3} and {4}, too few for the {5} terms of its model ({6}).</source>
        <translation>INPUT_FILES : la station {0} (« {1} ») a {2} jours de données entre le {3} et le {4}, trop peu pour les {5} termes de son modèle ({6}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="28"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;): the model ({2}) is not constrained by its {3} days ({4} to {5}); remove terms or steps without data on both sides.</source>
        <translation>INPUT_FILES : station {0} (« {1} ») : le modèle ({2}) n'est pas contraint par ses {3} jours ({4} au {5}) ; retirez les termes ou les sauts sans données des deux côtés.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="29"/>
        <source>INTERFEROGRAMS: ABIC is undefined on every sampled pixel (too few valid interferograms per pixel); choose SMOOTHING fixed with a SMOOTHING_FACTOR.</source>
        <translation>INTERFEROGRAMS : l'ABIC n'est défini sur aucun pixel échantillonné (trop peu d'interférogrammes valides par pixel) ; choisissez SMOOTHING fixed avec un SMOOTHING_FACTOR.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="30"/>
        <source>INTERFEROGRAMS: no pixel could be solved (every pixel lacks valid interferograms); check the rasters, their nodata value and MIN_COHERENCE.</source>
        <translation>INTERFEROGRAMS : aucun pixel n'a pu être résolu (aucun pixel n'a d'interférogrammes valides) ; vérifiez les rasters, leur valeur nodata et MIN_COHERENCE.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="31"/>
        <source>INTERFEROGRAMS: no pixel of the ABIC sample has a valid observation; the input holds no usable data (all NaN or below MIN_COHERENCE).</source>
        <translation>INTERFEROGRAMS : aucun pixel de l'échantillon ABIC n'a d'observation valide ; l'entrée ne contient aucune donnée utilisable (tout NaN ou sous MIN_COHERENCE).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="34"/>
        <source>LOS, GNSS: no data; give LOS rasters, a GNSS layer or both.</source>
        <translation>LOS, GNSS : aucune donnée ; donnez des rasters LOS, une couche GNSS ou les deux.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="35"/>
        <source>LOS, GNSS: no data; give a LOS raster{0}, a GNSS point layer or both.</source>
        <translation>LOS, GNSS : aucune donnée ; donnez un raster LOS{0}, une couche de points GNSS ou les deux.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="38"/>
        <source>LOS: only {0} valid pixels to estimate the noise covariance; give a raster with more valid pixels or choose independent noise.</source>
        <translation>LOS : seulement {0} pixels valides pour estimer la covariance du bruit ; donnez un raster avec plus de pixels valides ou choisissez un bruit indépendant.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="39"/>
        <source>LOS_SIGMA: {0} mm is not accepted for {1}; give the LOS noise, above 0.</source>
        <translation>LOS_SIGMA : {0} mm n'est pas accepté pour {1} ; donnez le bruit LOS, supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="40"/>
        <source>LOW_FREQUENCY {0:g} must be below HIGH_FREQUENCY {1:g}; the low sub-band has the lower centre frequency.</source>
        <translation>LOW_FREQUENCY {0:g} doit être inférieur à HIGH_FREQUENCY {1:g} ; la sous-bande basse a la fréquence centrale la plus basse.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="41"/>
        <source>MAX_EDGE: no triangle has all edges shorter than {0:g} m; the shortest longest edge is {1:.0f} m.</source>
        <translation>MAX_EDGE : aucun triangle n'a tous ses côtés plus courts que {0:g} m ; le plus petit des plus longs côtés mesure {1:.0f} m.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="42"/>
        <source>MAX_POINTS: {0} is too few; give at least 10 points.</source>
        <translation>MAX_POINTS : {0} est trop peu ; donnez au moins 10 points.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="43"/>
        <source>NOISE_MODEL: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>NOISE_MODEL : « {0} » n'est pas accepté ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="44"/>
        <source>NUISANCE: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>NUISANCE : « {0} » n'est pas accepté ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="45"/>
        <source>OUTPUT_FOLDER: &quot;{0}&quot; is a file, not a folder; give a folder (a new one is made when it does not exist).</source>
        <translation>OUTPUT_FOLDER : « {0} » est un fichier, pas un dossier ; donnez un dossier (il est créé s'il n'existe pas).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="46"/>
        <source>OUTPUT_FOLDER: &quot;{0}&quot; is not writable; choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER : « {0} » n'est pas accessible en écriture ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="47"/>
        <source>OUTPUT_FOLDER: cannot create &quot;{0}&quot; ({1}); choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER : impossible de créer « {0} » ({1}) ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="48"/>
        <source>OUTPUT_FOLDER: cannot write into &quot;{0}&quot; ({1}); choose a folder you can write to.</source>
        <translation>OUTPUT_FOLDER : impossible d'écrire dans « {0} » ({1}) ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="50"/>
        <source>PATCHES_ALONG, PATCHES_DOWN: {0} observations for {1} unknowns; use fewer patches or more data.</source>
        <translation>PATCHES_ALONG, PATCHES_DOWN : {0} observations pour {1} inconnues ; utilisez moins de sous-failles ou plus de données.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="51"/>
        <source>PATCHES_ALONG, PATCHES_DOWN: {0} × {1} patches is not accepted; give at least 1 × 1 and at most {2} patches.</source>
        <translation>PATCHES_ALONG, PATCHES_DOWN : {0} × {1} sous-failles n'est pas accepté ; donnez au moins 1 × 1 et au plus {2} sous-failles.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="52"/>
        <source>PLANE_EXTENSION: {0:g} is not accepted; give 1 (the fitted plane) or more.</source>
        <translation>PLANE_EXTENSION : {0:g} n'est pas accepté ; donnez 1 (le plan ajusté) ou plus.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="53"/>
        <source>POISSON: {0:g} is not accepted; Poisson&apos;s ratio must be in [0, 0.5).</source>
        <translation>POISSON : {0:g} n'est pas accepté ; le coefficient de Poisson doit être dans [0, 0.5).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="54"/>
        <source>POLYNOMIAL: degree {0} is not accepted; choose 1, 2 or 3.</source>
        <translation>POLYNOMIAL : le degré {0} n'est pas accepté ; choisissez 1, 2 ou 3.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="56"/>
        <source>REFERENCE_POINT: fewer than two interferograms are valid at the reference window; choose another point or a larger REFERENCE_RADIUS.</source>
        <translation>REFERENCE_POINT : moins de deux interférogrammes sont valides dans la fenêtre de référence ; choisissez un autre point ou un REFERENCE_RADIUS plus grand.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="59"/>
        <source>RESOLUTION: pixels of {0:g} × {1:g} CRS units give {2}×{3} pixels over the frames of {4}; choose a coarser resolution.</source>
        <translation>RESOLUTION : des pixels de {0:g} × {1:g} unités du SCR donnent {2}×{3} pixels sur les cadres de {4} ; choisissez une résolution plus grossière.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="60"/>
        <source>RESOLUTION: {0:g} gives {1}×{2} pixels over the common area; choose a coarser resolution.</source>
        <translation>RESOLUTION : {0:g} donne {1}×{2} pixels sur la zone commune ; choisissez une résolution plus grossière.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="61"/>
        <source>RESOLUTION: {0:g} m is not accepted; give a pixel size above 0.</source>
        <translation>RESOLUTION : {0:g} m n'est pas accepté ; donnez une taille de pixel supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="62"/>
        <source>RESOLUTION: {0:g} m over this extent gives {1}×{2} pixels, more than 400 million; choose a coarser resolution or a smaller extent.</source>
        <translation>RESOLUTION : {0:g} m sur cette emprise donne {1}×{2} pixels, plus de 400 millions ; choisissez une résolution plus grossière ou une emprise plus petite.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="63"/>
        <source>SHEAR_MODULUS: {0:g} Pa is not accepted; give a rigidity above 0.</source>
        <translation>SHEAR_MODULUS : {0:g} Pa n'est pas accepté ; donnez une rigidité supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="65"/>
        <source>SMOOTHING: ABIC needs at least three acquisitions; choose none or fixed.</source>
        <translation>SMOOTHING : l'ABIC demande au moins trois acquisitions ; choisissez none ou fixed.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="66"/>
        <source>SMOOTHING_MIN, SMOOTHING_MAX: {0:g} to {1:g} m is not a range of smoothing distances; give 0 &lt; minimum &lt; maximum.</source>
        <translation>SMOOTHING_MIN, SMOOTHING_MAX : {0:g} à {1:g} m n'est pas un intervalle de distances de lissage ; donnez 0 &lt; minimum &lt; maximum.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="67"/>
        <source>SOURCES: {0} is not accepted; give 1 to {1} sources.</source>
        <translation>SOURCES : {0} n'est pas accepté ; donnez de 1 à {1} sources.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="68"/>
        <source>START/END: station {0} (&quot;{1}&quot;) has data from {2} to {3}, none between {4} and {5}.</source>
        <translation>START/END : la station {0} (« {1} ») a des données du {2} au {3}, aucune entre le {4} et le {5}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="69"/>
        <source>START/END: {0} is after {1}; give START before END.</source>
        <translation>START/END : {0} est après {1} ; donnez un START antérieur à END.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="70"/>
        <source>STATISTIC: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>STATISTIC : « {0} » n'est pas accepté ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="71"/>
        <source>SURFACE: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>SURFACE : « {0} » n'est pas accepté ; choisissez l'une des valeurs {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="72"/>
        <source>TEMPLATE, EXTENT: no output grid; give a template raster, or an extent and a resolution.</source>
        <translation>TEMPLATE, EXTENT : pas de grille de sortie ; donnez un raster modèle, ou une emprise et une résolution.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="73"/>
        <source>TEMPLATE: the grid of &quot;{0}&quot; has {1}×{2} = {3:.3g} pixels, more than the {4:.3g} a forward model writes (four rasters of {5} each, about {6}); choose a coarser template, or an EXTENT with a larger RESOLUTION.</source>
        <translation>TEMPLATE : la grille de « {0} » a {1}×{2} = {3:.3g} pixels, plus que les {4:.3g} qu'écrit un modèle direct (quatre rasters de {5} chacun, environ {6}) ; choisissez un modèle plus grossier, ou une EXTENT avec une RESOLUTION plus grande.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="74"/>
        <source>THRESHOLD_MODE: &quot;{0}&quot; is not accepted; choose one of {1}.</source>
        <translation>THRESHOLD_MODE : « {0} » n'est pas accepté ; choisissez l'une des valeurs {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="75"/>
        <source>TRUTH: {0} point(s) have both an InSAR value and a truth; at least 2 are needed. Check that the points lie on the InSAR layer (and RADIUS), and the truth fields.</source>
        <translation>TRUTH : {0} point(s) ont à la fois une valeur InSAR et une valeur de référence ; il en faut au moins 2. Vérifiez que les points sont sur la couche InSAR (et RADIUS), ainsi que les champs de référence.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="76"/>
        <source>VELOCITY_METHOD: &quot;{0}&quot; is not accepted; choose {1}.</source>
        <translation>VELOCITY_METHOD : « {0} » n'est pas accepté ; choisissez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="77"/>
        <source>WEIGHT_THRESHOLD: {0:g} is not accepted; give a total weight above 0 (Shen et al. 2015 use about 6 to 24).</source>
        <translation>WEIGHT_THRESHOLD : {0:g} n'est pas accepté ; donnez un poids total supérieur à 0 (Shen et al. 2015 utilisent environ 6 à 24).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="78"/>
        <source>WEIGHT_THRESHOLD: {0:g} is not below the {1} stations (the total weight of all stations); lower the threshold.</source>
        <translation>WEIGHT_THRESHOLD : {0:g} n'est pas inférieur aux {1} stations (le poids total de toutes les stations) ; abaissez le seuil.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="79"/>
        <source>buffer: {0} m is negative; give a distance ≥ 0 m.</source>
        <translation>buffer : {0} m est négatif ; donnez une distance ≥ 0 m.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="80"/>
        <source>fit: the dates of this series cannot constrain every term of the model; remove steps or periodic terms.</source>
        <translation>fit : les dates de cette série ne peuvent pas contraindre tous les termes du modèle ; retirez des sauts ou des termes périodiques.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="81"/>
        <source>fit: the series holds no value.</source>
        <translation>fit : la série ne contient aucune valeur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="82"/>
        <source>latitude/longitude: no pixel has a valid position.</source>
        <translation>latitude/longitude : aucun pixel n'a de position valide.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="83"/>
        <source>latitude/longitude: the arrays do not span an area (all pixels at one place).</source>
        <translation>latitude/longitude : les tableaux ne couvrent pas de surface (tous les pixels au même endroit).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="84"/>
        <source>profile: draw a line of at least two vertices.</source>
        <translation>profile : tracez une ligne d'au moins deux sommets.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="85"/>
        <source>profile: the line has no length; click two different places.</source>
        <translation>profile : la ligne n'a pas de longueur ; cliquez à deux endroits différents.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="86"/>
        <source>reference: its series has {0} dates, the picked one {1}; pick the reference on the same layer.</source>
        <translation>reference : sa série a {0} dates, celle choisie {1} ; choisissez la référence sur la même couche.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="87"/>
        <source>rotated rasters are not supported; warp them to a north-up grid first.</source>
        <translation>les rasters tournés ne sont pas pris en charge ; reprojetez-les d'abord sur une grille orientée nord en haut.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="88"/>
        <source>the outputs could not be moved to their place: &quot;{0}&quot;: {1}. Check that the output folder is writable and has space.</source>
        <translation>les sorties n'ont pas pu être déplacées à leur place : « {0} » : {1}. Vérifiez que le dossier de sortie est accessible en écriture et a de l'espace libre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="89"/>
        <source>the temporary file &quot;{0}&quot; cannot be written ({1}); free disk space in the temporary folder.</source>
        <translation>le fichier temporaire « {0} » ne peut pas être écrit ({1}) ; libérez de l'espace disque dans le dossier temporaire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="93"/>
        <source>{0} and {1}: the two lines of sight are almost parallel in the East–Up plane (east components {2:+.3f} and {3:+.3f}); East and Up cannot be separated. Check the incidence and heading of both geometries.</source>
        <translation>{0} et {1} : les deux lignes de visée sont presque parallèles dans le plan Est–Vertical (composantes est {2:+.3f} et {3:+.3f}) ; Est et Vertical ne peuvent pas être séparés. Vérifiez l'incidence et le cap des deux géométries.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="94"/>
        <source>{0} do not overlap ({1}, in the CRS of {2}); choose rasters that cover a common area.</source>
        <translation>{0} ne se recouvrent pas ({1}, dans le SCR de {2}) ; choisissez des rasters qui couvrent une zone commune.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="96"/>
        <source>{0} need about {1} of memory, but only {2} is available; {3}.</source>
        <translation>{0} demandent environ {1} de mémoire, mais seuls {2} sont disponibles ; {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="97"/>
        <source>{0} overlap by less than one output pixel ({1:g} CRS units); choose rasters that cover a common area or a smaller RESOLUTION.</source>
        <translation>{0} se recouvrent de moins d'un pixel de sortie ({1:g} unités du SCR) ; choisissez des rasters qui couvrent une zone commune ou une RESOLUTION plus petite.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="100"/>
        <source>{0}: &quot;{1}&quot; ({2}) lacks the column(s) {3}; an EGMS {2} CSV has {4} and one column per date (YYYYMMDD). Its header starts: {5}…</source>
        <translation>{0} : « {1} » ({2}) n'a pas la ou les colonnes {3} ; un CSV EGMS {2} a {4} et une colonne par date (AAAAMMJJ). Son en-tête commence par : {5}…</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="101"/>
        <source>{0}: &quot;{1}&quot; already has a field &quot;{2}&quot;; set {3} (for example &quot;v_&quot;) so the statistics get other names.</source>
        <translation>{0} : « {1} » a déjà un champ « {2} » ; réglez {3} (par exemple « v_ ») pour que les statistiques prennent d'autres noms.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="102"/>
        <source>{0}: &quot;{1}&quot; and &quot;{2}&quot; are both LiCSBAS cumulative files; give one.</source>
        <translation>{0} : « {1} » et « {2} » sont tous deux des fichiers cumulatifs LiCSBAS ; donnez-en un.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="103"/>
        <source>{0}: &quot;{1}&quot; and &quot;{2}&quot; are both MintPy {3} files; give one of each kind.</source>
        <translation>{0} : « {1} » et « {2} » sont tous deux des fichiers MintPy {3} ; donnez-en un de chaque sorte.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="104"/>
        <source>{0}: &quot;{1}&quot; cannot be read at rows {2}–{3} ({4}); write the file again.</source>
        <translation>{0} : « {1} » ne peut pas être lu aux lignes {2}–{3} ({4}) ; réécrivez le fichier.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="105"/>
        <source>{0}: &quot;{1}&quot; changes its reference meridian for {2} ({3}); eastings on different meridians cannot be joined. Split the file at the change.</source>
        <translation>{0} : « {1} » change de méridien de référence pour {2} ({3}) ; des abscisses sur des méridiens différents ne peuvent pas être jointes. Coupez le fichier au changement.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="107"/>
        <source>{0}: &quot;{1}&quot; has X_STEP {2:g} and Y_STEP {3:g}; both must be non-zero.</source>
        <translation>{0} : « {1} » a X_STEP {2:g} et Y_STEP {3:g} ; les deux doivent être non nuls.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="110"/>
        <source>{0}: &quot;{1}&quot; has a value that is not a number among {2}.</source>
        <translation>{0} : « {1} » a une valeur qui n'est pas un nombre parmi {2}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="111"/>
        <source>{0}: &quot;{1}&quot; has bands without dates but &quot;{2}&quot; is a dated time series; give every band its date (description YYYY-MM-DD or metadata DATE).</source>
        <translation>{0} : « {1} » a des bandes sans date mais « {2} » est une série temporelle datée ; donnez à chaque bande sa date (description AAAA-MM-JJ ou métadonnée DATE).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="113"/>
        <source>{0}: &quot;{1}&quot; has no CRS but &quot;{2}&quot; has one; give every frame its CRS (Raster › Projections › Assign Projection).</source>
        <translation>{0} : « {1} » n'a pas de SCR mais « {2} » en a un ; donnez à chaque cadre son SCR (Raster › Projections › Assigner une projection).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="115"/>
        <source>{0}: &quot;{1}&quot; has no corner_lat/corner_lon/post_lat/post_lon and no {2} was found (looked next to it, in ../info and ..); add the EQA.dem_par of the run (GEOCml*/ or TS_GEOCml*/info/) to the inputs.</source>
        <translation>{0} : « {1} » n'a pas de corner_lat/corner_lon/post_lat/post_lon et aucun {2} n'a été trouvé (cherché à côté, dans ../info et ..) ; ajoutez aux entrées l'EQA.dem_par du traitement (GEOCml*/ ou TS_GEOCml*/info/).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="116"/>
        <source>{0}: &quot;{1}&quot; has no dataset &quot;{2}&quot;{3}; it holds: {4}.</source>
        <translation>{0} : « {1} » n'a pas de jeu de données « {2} »{3} ; il contient : {4}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="117"/>
        <source>{0}: &quot;{1}&quot; has no date column (YYYYMMDD); an EGMS product holds the displacement of every acquisition.</source>
        <translation>{0} : « {1} » n'a pas de colonne de date (AAAAMMJJ) ; un produit EGMS contient le déplacement de chaque acquisition.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="119"/>
        <source>{0}: &quot;{1}&quot; has no date; name single-band ZTD files with the date (YYYYMMDD, e.g. 20200107.ztd.tif) or give bands the description YYYY-MM-DD.</source>
        <translation>{0} : « {1} » n'a pas de date ; nommez les fichiers ZTD à une bande avec la date (AAAAMMJJ, p. ex. 20200107.ztd.tif) ou donnez aux bandes la description AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="120"/>
        <source>{0}: &quot;{1}&quot; has no feature; give a layer with hazard or geology polygons.</source>
        <translation>{0} : « {1} » n'a aucune entité ; donnez une couche de polygones d'aléas ou de géologie.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="121"/>
        <source>{0}: &quot;{1}&quot; has no line with an east, north or up value.</source>
        <translation>{0} : « {1} » n'a aucune ligne avec une valeur est, nord ou verticale.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="122"/>
        <source>{0}: &quot;{1}&quot; has no point.</source>
        <translation>{0} : « {1} » n'a aucun point.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="124"/>
        <source>{0}: &quot;{1}&quot; has no valid pixel on the mosaic grid (every pixel is NaN or nodata); remove it or check its nodata value.</source>
        <translation>{0} : « {1} » n'a aucun pixel valide sur la grille de la mosaïque (chaque pixel est NaN ou nodata) ; retirez-le ou vérifiez sa valeur nodata.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="125"/>
        <source>{0}: &quot;{1}&quot; has the date &quot;{2}&quot; in dataset &quot;date&quot;; YYYYMMDD is expected.</source>
        <translation>{0} : « {1} » a la date « {2} » dans le jeu de données « date » ; AAAAMMJJ est attendu.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="126"/>
        <source>{0}: &quot;{1}&quot; has the date &quot;{2}&quot; in imdates; YYYYMMDD expected.</source>
        <translation>{0} : « {1} » a la date « {2} » dans imdates ; AAAAMMJJ attendu.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="128"/>
        <source>{0}: &quot;{1}&quot; has {2} bands but {3} has {4}; give the same interferograms in both sub-bands.</source>
        <translation>{0} : « {1} » a {2} bandes mais {3} en a {4} ; donnez les mêmes interférogrammes dans les deux sous-bandes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="129"/>
        <source>{0}: &quot;{1}&quot; has {2} bands, &quot;{3}&quot; {4}; undated frames must have the same bands. Give the bands their dates (description YYYY-MM-DD or metadata DATE) or frames of equal bands.</source>
        <translation>{0} : « {1} » a {2} bandes, « {3} » {4} ; des cadres non datés doivent avoir les mêmes bandes. Donnez aux bandes leurs dates (description AAAA-MM-JJ ou métadonnée DATE) ou des cadres aux bandes égales.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="131"/>
        <source>{0}: &quot;{1}&quot; has {2} bytes but {3} ({4} × {5} pixels of {6} byte(s)) needs {7}; give the EQA.dem_par of the same LiCSBAS run.</source>
        <translation>{0} : « {1} » a {2} octets mais {3} ({4} × {5} pixels de {6} octet(s)) en demande {7} ; donnez l'EQA.dem_par du même traitement LiCSBAS.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="132"/>
        <source>{0}: &quot;{1}&quot; has {2} date; a time series needs at least two.</source>
        <translation>{0} : « {1} » a {2} date ; une série temporelle en demande au moins deux.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="133"/>
        <source>{0}: &quot;{1}&quot; has {2}×{3} pixels but &quot;{4}&quot; {5}×{6}; give the files of one MintPy run.</source>
        <translation>{0} : « {1} » a {2}×{3} pixels mais « {4} » {5}×{6} ; donnez les fichiers d'un même traitement MintPy.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="135"/>
        <source>{0}: &quot;{1}&quot; holds epoch {2} (station {3}) {4} times with different positions ({5} such epoch{6}); keep one line per epoch.</source>
        <translation>{0} : « {1} » contient l'époque {2} (station {3}) {4} fois avec des positions différentes ({5} époque(s) de ce type) ; gardez une ligne par époque.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="136"/>
        <source>{0}: &quot;{1}&quot; holds no LiCSAR GeoTIFF ({2}).</source>
        <translation>{0} : « {1} » ne contient aucun GeoTIFF LiCSAR ({2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="137"/>
        <source>{0}: &quot;{1}&quot; holds no position lines (read as {2}); it is empty or only a header.</source>
        <translation>{0} : « {1} » ne contient aucune ligne de position (lu comme {2}) ; il est vide ou ne contient qu'un en-tête.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="138"/>
        <source>{0}: &quot;{1}&quot; holds none of the MintPy datasets timeseries, velocity, temporalCoherence, mask or {2} (it holds: {3}); give {4}.</source>
        <translation>{0} : « {1} » ne contient aucun des jeux de données MintPy timeseries, velocity, temporalCoherence, mask ou {2} (il contient : {3}) ; donnez {4}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="140"/>
        <source>{0}: &quot;{1}&quot; holds {2} CSV files ({3}); an EGMS download holds one CSV and its XML.</source>
        <translation>{0} : « {1} » contient {2} fichiers CSV ({3}) ; un téléchargement EGMS contient un CSV et son XML.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="141"/>
        <source>{0}: &quot;{1}&quot; is a MintPy interferogram stack; import the time series MintPy inverted from it (timeseries.h5) or run sbasinversion on interferograms.</source>
        <translation>{0} : « {1} » est une pile d'interférogrammes MintPy ; importez la série temporelle que MintPy en a inversée (timeseries.h5) ou lancez sbasinversion sur les interférogrammes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="142"/>
        <source>{0}: &quot;{1}&quot; is a binary file, not a GNSS position time series ({2}).</source>
        <translation>{0} : « {1} » est un fichier binaire, pas une série temporelle de positions GNSS ({2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="146"/>
        <source>{0}: &quot;{1}&quot; is a {2} layer; choose rasters stored in files (GeoTIFF or any GDAL format).</source>
        <translation>{0} : « {1} » est une couche {2} ; choisissez des rasters enregistrés dans des fichiers (GeoTIFF ou tout format GDAL).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="149"/>
        <source>{0}: &quot;{1}&quot; is empty; give a GNSS position time series ({2}).</source>
        <translation>{0} : « {1} » est vide ; donnez une série temporelle de positions GNSS ({2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="150"/>
        <source>{0}: &quot;{1}&quot; is empty; give {2}.</source>
        <translation>{0} : « {1} » est vide ; donnez {2}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="151"/>
        <source>{0}: &quot;{1}&quot; is given twice; give each frame once.</source>
        <translation>{0} : « {1} » est donné deux fois ; donnez chaque cadre une seule fois.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="152"/>
        <source>{0}: &quot;{1}&quot; is not a UTC date and time; write YYYY-MM-DD HH:MM[:SS] (for example 2016-04-15 16:25:05).</source>
        <translation>{0} : « {1} » n'est pas une date et heure UTC ; écrivez AAAA-MM-JJ HH:MM[:SS] (par exemple 2016-04-15 16:25:05).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="154"/>
        <source>{0}: &quot;{1}&quot; is not a file of LiCSBAS or LiCSAR; give {2}.</source>
        <translation>{0} : « {1} » n'est pas un fichier LiCSBAS ou LiCSAR ; donnez {2}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="155"/>
        <source>{0}: &quot;{1}&quot; is not a folder.</source>
        <translation>{0} : « {1} » n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="156"/>
        <source>{0}: &quot;{1}&quot; is not a line layer; give one line per baseline, from one station to the other.</source>
        <translation>{0} : « {1} » n'est pas une couche de lignes ; donnez une ligne par ligne de base, d'une station à l'autre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="157"/>
        <source>{0}: &quot;{1}&quot; is not a list of numbers; give degrees separated by commas, one per LOS raster in the order of the layers (or one for all).</source>
        <translation>{0} : « {1} » n'est pas une liste de nombres ; donnez des degrés séparés par des virgules, un par raster LOS dans l'ordre des couches (ou un pour tous).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="158"/>
        <source>{0}: &quot;{1}&quot; is not a point layer; choose GNSS stations as points.</source>
        <translation>{0} : « {1} » n'est pas une couche de points ; choisissez les stations GNSS comme points.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="159"/>
        <source>{0}: &quot;{1}&quot; is not a polygon layer; choose hazard or geology polygons.</source>
        <translation>{0} : « {1} » n'est pas une couche de polygones ; choisissez des polygones d'aléas ou de géologie.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="160"/>
        <source>{0}: &quot;{1}&quot; is not a raster layer; choose rasters.</source>
        <translation>{0} : « {1} » n'est pas une couche raster ; choisissez des rasters.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="161"/>
        <source>{0}: &quot;{1}&quot; is not accepted; choose one of {2}.</source>
        <translation>{0} : « {1} » n'est pas accepté ; choisissez l'une des valeurs {2}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="162"/>
        <source>{0}: &quot;{1}&quot; is not an HDF5 file (.h5) h5py can read.</source>
        <translation>{0} : « {1} » n'est pas un fichier HDF5 (.h5) lisible par h5py.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="163"/>
        <source>{0}: &quot;{1}&quot; is not on the grid of &quot;{2}&quot; ({3}); give geocoded files of one MintPy run.</source>
        <translation>{0} : « {1} » n'est pas sur la grille de « {2} » ({3}) ; donnez les fichiers géocodés d'un même traitement MintPy.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="167"/>
        <source>{0}: &quot;{1}&quot; is {2} but &quot;{3}&quot; is {4}; give files all geocoded (geo_*.h5, geometryGeo.h5) or all in radar coordinates (with geometryRadar.h5).</source>
        <translation>{0} : « {1} » est {2} mais « {3} » est {4} ; donnez des fichiers tous géocodés (geo_*.h5, geometryGeo.h5) ou tous en coordonnées radar (avec geometryRadar.h5).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="169"/>
        <source>{0}: &quot;{1}&quot; lacks the geotransform attribute(s) {2} (MintPy geocoded files carry {3}); geocode it with MintPy (geocode.py) or, for radar coordinates, add geometryRadar.h5 with latitude/longitude.</source>
        <translation>{0} : « {1} » n'a pas le ou les attributs de géoréférencement {2} (les fichiers géocodés MintPy portent {3}) ; géocodez-le avec MintPy (geocode.py) ou, en coordonnées radar, ajoutez geometryRadar.h5 avec latitude/longitude.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="170"/>
        <source>{0}: &quot;{1}&quot; lacks {2}; an EQA.dem_par written by LiCSBAS (LiCSBAS02_ml_prep) holds {3}.</source>
        <translation>{0} : « {1} » n'a pas {2} ; un EQA.dem_par écrit par LiCSBAS (LiCSBAS02_ml_prep) contient {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="172"/>
        <source>{0}: &quot;{1}&quot; line {2}: &quot;{3}&quot; has {4} values where the lines before it have {5}; the file looks truncated (cut in the middle of a line). Complete or remove that line.</source>
        <translation>{0} : « {1} » ligne {2} : « {3} » a {4} valeurs alors que les lignes précédentes en ont {5} ; le fichier semble tronqué (coupé au milieu d'une ligne). Complétez ou supprimez cette ligne.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="173"/>
        <source>{0}: &quot;{1}&quot; line {2}: &quot;{3}&quot; is not a valid {4} line; expected {5}.</source>
        <translation>{0} : « {1} » ligne {2} : « {3} » n'est pas une ligne {4} valide ; attendu : {5}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="174"/>
        <source>{0}: &quot;{1}&quot; line {2}: the CSV header &quot;{3}&quot; lacks {4} columns; name them date, e, n, u (or Dates, dE, dN, dU, east, north, up; optionally se, sn, su, station, lat, lon, height).</source>
        <translation>{0} : « {1} » ligne {2} : l'en-tête CSV « {3} » n'a pas les colonnes {4} ; nommez-les date, e, n, u (ou Dates, dE, dN, dU, east, north, up ; en option se, sn, su, station, lat, lon, height).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="175"/>
        <source>{0}: &quot;{1}&quot; lists {2} dates for {3} time-series bands.</source>
        <translation>{0} : « {1} » donne {2} dates pour {3} bandes de série temporelle.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="176"/>
        <source>{0}: &quot;{1}&quot; of &quot;{2}&quot; is &quot;{3}&quot;, not a number.</source>
        <translation>{0} : « {1} » de « {2} » vaut « {3} », pas un nombre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="177"/>
        <source>{0}: &quot;{1}&quot;: the &quot;ref pos&quot; header &quot;{2}&quot; is not latitude, longitude and height.</source>
        <translation>{0} : « {1} » : l'en-tête « ref pos » « {2} » n'est pas une latitude, une longitude et une hauteur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="178"/>
        <source>{0}: ({1:.3f}, {2:.3f}) in {3} is outside the time-series raster; choose a point inside it.</source>
        <translation>{0} : ({1:.3f}, {2:.3f}) dans {3} est hors du raster de série temporelle ; choisissez un point à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="179"/>
        <source>{0}: CRS &quot;{1}&quot; has no geodetic datum, so latitudes are unknown; assign a georeferenced CRS (projected or geographic).</source>
        <translation>{0} : le SCR « {1} » n'a pas de datum géodésique, les latitudes sont donc inconnues ; assignez un SCR géoréférencé (projeté ou géographique).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="181"/>
        <source>{0}: a centroid {1:g} m deep with width {2:g} m and dip {3:g}° puts the top edge {4:.0f} m above the surface; give a centroid at least {5:.0f} m deep, or a narrower fault.</source>
        <translation>{0} : un centroïde à {1:g} m de profondeur avec une largeur de {2:g} m et un pendage de {3:g}° place le bord supérieur {4:.0f} m au-dessus de la surface ; donnez un centroïde à au moins {5:.0f} m de profondeur, ou une faille plus étroite.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="182"/>
        <source>{0}: a line of &quot;{1}&quot; has {2} fields for {3} columns; the file is not a well-formed EGMS CSV.</source>
        <translation>{0} : une ligne de « {1} » a {2} champs pour {3} colonnes ; le fichier n'est pas un CSV EGMS bien formé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="183"/>
        <source>{0}: a polygon could not be read (invalid geometry).</source>
        <translation>{0} : un polygone n'a pas pu être lu (géométrie invalide).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="184"/>
        <source>{0}: a station has a sigma of 0 or less; sigmas must be positive (mm).</source>
        <translation>{0} : une station a un sigma nul ou négatif ; les sigmas doivent être positifs (mm).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="185"/>
        <source>{0}: attribute {1} of &quot;{2}&quot; is &quot;{3}&quot;, not a number.</source>
        <translation>{0} : l'attribut {1} de « {2} » vaut « {3} », pas un nombre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="186"/>
        <source>{0}: cannot read &quot;{1}&quot; ({2}).</source>
        <translation>{0} : impossible de lire « {1} » ({2}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="187"/>
        <source>{0}: cannot recognise the format of &quot;{1}&quot; (first data line: &quot;{2}&quot;); accepted formats: {3}. Choose FORMAT explicitly if the file is one of them.</source>
        <translation>{0} : impossible de reconnaître le format de « {1} » (première ligne de données : « {2} ») ; formats acceptés : {3}. Choisissez FORMAT explicitement si le fichier est de l'un d'eux.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="189"/>
        <source>{0}: cannot write &quot;{1}&quot; ({2}); choose a folder you can write to.</source>
        <translation>{0} : impossible d'écrire « {1} » ({2}) ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="194"/>
        <source>{0}: choose a raster or a point layer of InSAR values.</source>
        <translation>{0} : choisissez un raster ou une couche de points de valeurs InSAR.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="195"/>
        <source>{0}: coherence &quot;{1}&quot; ranges {2:g} … {3:g}: neither within [0, 1] nor 8-bit (integers 0–255); give the LiCSAR *.geo.cc.tif as downloaded.</source>
        <translation>{0} : la cohérence « {1} » va de {2:g} à {3:g} : ni dans [0, 1] ni en 8 bits (entiers 0–255) ; donnez le *.geo.cc.tif LiCSAR tel que téléchargé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="196"/>
        <source>{0}: could not read band {1} of &quot;{2}&quot; at column {3}, row {4}.</source>
        <translation>{0} : impossible de lire la bande {1} de « {2} » à la colonne {3}, ligne {4}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="197"/>
        <source>{0}: dataset &quot;{1}&quot; of &quot;{2}&quot; has shape {3}; an image (rows × columns) is expected.</source>
        <translation>{0} : le jeu de données « {1} » de « {2} » a la forme {3} ; une image (lignes × colonnes) est attendue.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="199"/>
        <source>{0}: date {1} appears twice in &quot;{2}&quot;; a time series needs one band per acquisition.</source>
        <translation>{0} : la date {1} apparaît deux fois dans « {2} » ; une série temporelle demande une bande par acquisition.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="200"/>
        <source>{0}: date {1} has two ZTD rasters (&quot;{2}&quot; and &quot;{3}&quot;); give one per date.</source>
        <translation>{0} : la date {1} a deux rasters ZTD (« {2} » et « {3} ») ; donnez-en un par date.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="201"/>
        <source>{0}: every Delaunay triangle of the {1} stations is a sliver (an angle below {2:g}°): the stations lie nearly on one line, which does not determine a strain rate; add stations off the line.</source>
        <translation>{0} : chaque triangle de Delaunay des {1} stations est effilé (un angle sous {2:g}°) : les stations sont presque alignées, ce qui ne détermine pas de taux de déformation ; ajoutez des stations hors de la ligne.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="202"/>
        <source>{0}: field &quot;{1}&quot; is not in &quot;{2}&quot;; available fields: {3}.</source>
        <translation>{0} : le champ « {1} » n'est pas dans « {2} » ; champs disponibles : {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="203"/>
        <source>{0}: field &quot;{1}&quot; of feature {2} holds &quot;{3}&quot;, not a number.</source>
        <translation>{0} : le champ « {1} » de l'entité {2} contient « {3} », pas un nombre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="204"/>
        <source>{0}: fields &quot;{1}&quot; and &quot;{2}&quot; both name {3}; keep one field per acquisition date.</source>
        <translation>{0} : les champs « {1} » et « {2} » désignent tous deux {3} ; gardez un champ par date d'acquisition.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="205"/>
        <source>{0}: file &quot;{1}&quot; does not exist.</source>
        <translation>{0} : le fichier « {1} » n'existe pas.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="206"/>
        <source>{0}: frame {1} does not exist; {2} has {3} frames, choose 1 to {3}.</source>
        <translation>{0} : le cadre {1} n'existe pas ; {2} a {3} cadres, choisissez de 1 à {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="210"/>
        <source>{0}: its CRS cannot be read by PROJ ({1}); assign a standard CRS.</source>
        <translation>{0} : son SCR ne peut pas être lu par PROJ ({1}) ; assignez un SCR standard.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="211"/>
        <source>{0}: line {1} holds &quot;{2}&quot; in &quot;{3}&quot;, not a number.</source>
        <translation>{0} : la ligne {1} contient « {2} » dans « {3} », pas un nombre.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="212"/>
        <source>{0}: line {1} starts and ends at the same point; each line must join two different stations.</source>
        <translation>{0} : la ligne {1} commence et finit au même point ; chaque ligne doit joindre deux stations différentes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="213"/>
        <source>{0}: missing; the LOS unit vector needs all three components, or none to use incidence and heading.</source>
        <translation>{0} : manquant ; le vecteur unitaire LOS demande les trois composantes, ou aucune pour utiliser l'incidence et le cap.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="214"/>
        <source>{0}: missing; the LOS unit vector needs all three rasters ({1}), or none to use incidence and heading.</source>
        <translation>{0} : manquant ; le vecteur unitaire LOS demande les trois rasters ({1}), ou aucun pour utiliser l'incidence et le cap.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="215"/>
        <source>{0}: no DEM given; the phase–elevation method needs a DEM on the grid of the time series (or choose METHOD weather model).</source>
        <translation>{0} : aucun MNT donné ; la méthode phase–altitude demande un MNT sur la grille de la série temporelle (ou choisissez METHOD modèle météorologique).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="216"/>
        <source>{0}: no field given; name the field holding the truth (for example the levelling velocity in mm/yr), or choose a GNSS truth.</source>
        <translation>{0} : aucun champ donné ; nommez le champ contenant la référence (par exemple la vitesse de nivellement en mm/an), ou choisissez une référence GNSS.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="217"/>
        <source>{0}: no file given; choose LiCSBAS/LiCSAR files or a LiCSAR frame folder ({1}).</source>
        <translation>{0} : aucun fichier donné ; choisissez des fichiers LiCSBAS/LiCSAR ou un dossier de cadre LiCSAR ({1}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="218"/>
        <source>{0}: no file given; choose the product files to import.</source>
        <translation>{0} : aucun fichier donné ; choisissez les fichiers du produit à importer.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="219"/>
        <source>{0}: no file given; give {1}.</source>
        <translation>{0} : aucun fichier donné ; donnez {1}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="220"/>
        <source>{0}: no file given; select GNSS position time series files ({1}).</source>
        <translation>{0} : aucun fichier donné ; sélectionnez des fichiers de séries temporelles de positions GNSS ({1}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="221"/>
        <source>{0}: no line layer given.</source>
        <translation>{0} : aucune couche de lignes donnée.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="222"/>
        <source>{0}: no pixel holds a valid value (every pixel of every interferogram is NaN, nodata or below MIN_COHERENCE); check the rasters and their nodata value.</source>
        <translation>{0} : aucun pixel n'a de valeur valide (chaque pixel de chaque interférogramme est NaN, nodata ou sous MIN_COHERENCE) ; vérifiez les rasters et leur valeur nodata.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="223"/>
        <source>{0}: no point layer given.</source>
        <translation>{0} : aucune couche de points donnée.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="224"/>
        <source>{0}: no point with coordinates was read; the files hold no measurement point.</source>
        <translation>{0} : aucun point avec des coordonnées n'a été lu ; les fichiers ne contiennent aucun point de mesure.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="225"/>
        <source>{0}: no polygon layer given.</source>
        <translation>{0} : aucune couche de polygones donnée.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="226"/>
        <source>{0}: no raster given but NORTH is &quot;raster&quot;; give the north velocity (mm/yr) or set NORTH to zero.</source>
        <translation>{0} : aucun raster donné mais NORTH vaut « raster » ; donnez la vitesse nord (mm/an) ou réglez NORTH sur zéro.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="227"/>
        <source>{0}: no raster given; choose a LOS velocity raster.</source>
        <translation>{0} : aucun raster donné ; choisissez un raster de vitesse LOS.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="230"/>
        <source>{0}: no raster given; the weather-model method needs one zenith total delay raster per date (or choose METHOD phase–elevation).</source>
        <translation>{0} : aucun raster donné ; la méthode du modèle météorologique demande un raster de retard zénithal total par date (ou choisissez METHOD phase–altitude).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="231"/>
        <source>{0}: no station could be processed:
{1}</source>
        <translation>{0} : aucune station n'a pu être traitée :
{1}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="232"/>
        <source>{0}: no station has a displacement value; fill the fields {1} (mm).</source>
        <translation>{0} : aucune station n'a de valeur de déplacement ; remplissez les champs {1} (mm).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="233"/>
        <source>{0}: no station lies inside the raster: {1}. Use stations within the raster extent (both layers are compared in the raster CRS).</source>
        <translation>{0} : aucune station n'est à l'intérieur du raster : {1}. Utilisez des stations dans l'emprise du raster (les deux couches sont comparées dans le SCR du raster).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="234"/>
        <source>{0}: no zenith total delay for {1}; give one ZTD raster for every date of the time series (dated in the file name, YYYYMMDD).</source>
        <translation>{0} : pas de retard zénithal total pour {1} ; donnez un raster ZTD pour chaque date de la série temporelle (datée dans le nom du fichier, AAAAMMJJ).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="235"/>
        <source>{0}: no {1} for &quot;{2}&quot; (looked in {3}, {4} and the folders above); raw LiCSBAS files need it for their size and position: add the {1} of the run (GEOCml*/ or TS_GEOCml*/info/) to the inputs.</source>
        <translation>{0} : pas de {1} pour « {2} » (cherché dans {3}, {4} et les dossiers au-dessus) ; les fichiers LiCSBAS bruts en ont besoin pour leur taille et leur position : ajoutez aux entrées le {1} du traitement (GEOCml*/ ou TS_GEOCml*/info/).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="236"/>
        <source>{0}: none of the {1} zones of &quot;{2}&quot; overlaps {3} &quot;{4}&quot; (raster extent {5} in {6}); check that both layers cover the same area and have the right CRS.</source>
        <translation>{0} : aucune des {1} zones de « {2} » ne recouvre {3} « {4} » (emprise du raster {5} dans {6}) ; vérifiez que les deux couches couvrent la même zone et ont le bon SCR.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="237"/>
        <source>{0}: only {1} given; add the LiCSBAS or LiCSAR rasters to import.</source>
        <translation>{0} : seulement {1} donné ; ajoutez les rasters LiCSBAS ou LiCSAR à importer.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="240"/>
        <source>{0}: some coordinates cannot be converted to longitude/latitude; check the CRS of the layer.</source>
        <translation>{0} : certaines coordonnées ne peuvent pas être converties en longitude/latitude ; vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="241"/>
        <source>{0}: some dates have no valid zenith delay over the raster; check the ZTD coverage.</source>
        <translation>{0} : certaines dates n'ont aucun retard zénithal valide sur le raster ; vérifiez la couverture ZTD.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="242"/>
        <source>{0}: station &quot;{1}&quot; has {2} = {3}; 1σ must be a positive number (mm/yr) for every station, or leave both sigma fields out.</source>
        <translation>{0} : la station « {1} » a {2} = {3} ; le 1σ doit être un nombre positif (mm/an) pour chaque station, ou omettez les deux champs de sigma.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="243"/>
        <source>{0}: station {1} is in files with coordinates ({2}) and without ({3}); their displacements have different origins and cannot be joined. Give the files of one kind.</source>
        <translation>{0} : la station {1} figure dans des fichiers avec coordonnées ({2}) et sans ({3}) ; leurs déplacements ont des origines différentes et ne peuvent pas être joints. Donnez des fichiers d'une seule sorte.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="244"/>
        <source>{0}: station {1} is listed twice at the same place with different velocities (ve {2:g} vs {3:g}, vn {4:g} vs {5:g} mm/yr); keep one of them.</source>
        <translation>{0} : la station {1} figure deux fois au même endroit avec des vitesses différentes (ve {2:g} contre {3:g}, vn {4:g} contre {5:g} mm/an) ; gardez-en une.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="245"/>
        <source>{0}: station {1} is listed twice, {2:.0f} m apart; give each station once (rename one if they are different stations).</source>
        <translation>{0} : la station {1} figure deux fois, à {2:.0f} m d'écart ; donnez chaque station une seule fois (renommez-en une si ce sont des stations différentes).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="246"/>
        <source>{0}: the CRS of the layer is not understood ({1}).</source>
        <translation>{0} : le SCR de la couche n'est pas compris ({1}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="247"/>
        <source>{0}: the DEM has no height (NaN) at the reference point; choose another reference point.</source>
        <translation>{0} : le MNT n'a pas de hauteur (NaN) au point de référence ; choisissez un autre point de référence.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="250"/>
        <source>{0}: the area covers {1}×{2} pixels × {3} bands, too many to read at once; choose a smaller area.</source>
        <translation>{0} : la zone couvre {1}×{2} pixels × {3} bandes, trop pour être lus en une fois ; choisissez une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="251"/>
        <source>{0}: the data hold no deformation signal (every value is the same, for example an all-zero raster); there is no source to find. Check the input layers.</source>
        <translation>{0} : les données ne contiennent aucun signal de déformation (toutes les valeurs sont égales, par exemple un raster entièrement nul) ; il n'y a pas de source à trouver. Vérifiez les couches d'entrée.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="252"/>
        <source>{0}: the extent has no CRS; write it as &quot;xmin,xmax,ymin,ymax [EPSG:code]&quot; with a projected CRS in metres.</source>
        <translation>{0} : l'emprise n'a pas de SCR ; écrivez-la « xmin,xmax,ymin,ymax [EPSG:code] » avec un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="253"/>
        <source>{0}: the extent is empty; draw an area, or leave it empty for the data area.</source>
        <translation>{0} : l'emprise est vide ; dessinez une zone, ou laissez-la vide pour la zone des données.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="254"/>
        <source>{0}: the extent {1:g}, {2:g}, {3:g}, {4:g} is empty; draw or type an extent with a width and a height.</source>
        <translation>{0} : l'emprise {1:g}, {2:g}, {3:g}, {4:g} est vide ; dessinez ou saisissez une emprise avec une largeur et une hauteur.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="255"/>
        <source>{0}: the feathering weights of &quot;{1}&quot; could not be computed ({2}); free disk space in the temporary folder.</source>
        <translation>{0} : les poids de fondu de « {1} » n'ont pas pu être calculés ({2}) ; libérez de l'espace disque dans le dossier temporaire.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="256"/>
        <source>{0}: the files mix {1}; import one level (and, for L3, one component) at a time.</source>
        <translation>{0} : les fichiers mélangent {1} ; importez un niveau (et, pour L3, une composante) à la fois.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="257"/>
        <source>{0}: the frames do not share their dates: &quot;{1}&quot; {2}. Mosaic time series of the same acquisitions (one band per date), or cut them to their common dates first.</source>
        <translation>{0} : les cadres n'ont pas les mêmes dates : « {1} » {2}. Mosaïquez des séries temporelles des mêmes acquisitions (une bande par date), ou coupez-les d'abord à leurs dates communes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="258"/>
        <source>{0}: the heights of the fitted pixels do not vary, so no phase–elevation relation can be fitted; use a DEM with relief, or the weather-model method.</source>
        <translation>{0} : les hauteurs des pixels ajustés ne varient pas, donc aucune relation phase–altitude ne peut être ajustée ; utilisez un MNT avec du relief, ou la méthode du modèle météorologique.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="259"/>
        <source>{0}: the layer has no CRS; set its CRS (Layer Properties › Source) and run again.</source>
        <translation>{0} : la couche n'a pas de SCR ; définissez son SCR (Propriétés de la couche › Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="260"/>
        <source>{0}: the layer has no point.</source>
        <translation>{0} : la couche n'a aucun point.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="261"/>
        <source>{0}: the layer has no point; give GNSS stations with velocities.</source>
        <translation>{0} : la couche n'a aucun point ; donnez des stations GNSS avec des vitesses.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="262"/>
        <source>{0}: the line directions do not determine the strain tensor; add lines in other directions.</source>
        <translation>{0} : les directions des lignes ne déterminent pas le tenseur de déformation ; ajoutez des lignes dans d'autres directions.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="263"/>
        <source>{0}: the line of sight is undefined (NaN incidence or heading) at {1} of {2} station(s): {3}. Give incidence and heading rasters covering the stations, or numbers.</source>
        <translation>{0} : la ligne de visée est indéfinie (incidence ou cap NaN) à {1} des {2} station(s) : {3}. Donnez des rasters d'incidence et de cap couvrant les stations, ou des nombres.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="264"/>
        <source>{0}: the lines point in only {1} direction{2} ({3} counter-clockwise from east); the strain tensor needs lines in at least 3 directions.</source>
        <translation>{0} : les lignes ne pointent que dans {1} direction{2} ({3} dans le sens antihoraire depuis l'est) ; le tenseur de déformation demande des lignes dans au moins 3 directions.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="265"/>
        <source>{0}: the noise covariance of the points is singular; lower MAX_POINTS.</source>
        <translation>{0} : la covariance du bruit des points est singulière ; abaissez MAX_POINTS.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="266"/>
        <source>{0}: the output layer cannot be created ({1}); choose another destination.</source>
        <translation>{0} : la couche de sortie ne peut pas être créée ({1}) ; choisissez une autre destination.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="267"/>
        <source>{0}: the output layer cannot be created; choose another destination.</source>
        <translation>{0} : la couche de sortie ne peut pas être créée ; choisissez une autre destination.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="268"/>
        <source>{0}: the overlaps of &quot;{1}&quot; cannot fix a {2} (they are too narrow, or all on one line); choose the offset surface, or frames that overlap more.</source>
        <translation>{0} : les recouvrements de « {1} » ne peuvent pas fixer {2} (ils sont trop étroits, ou tous sur une ligne) ; choisissez la surface de décalage, ou des cadres qui se recouvrent davantage.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="270"/>
        <source>{0}: the pair {1}_{2} is given twice ({3}).</source>
        <translation>{0} : la paire {1}_{2} est donnée deux fois ({3}).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="271"/>
        <source>{0}: the point ({1:.3f}, {2:.3f}) falls on pixel (row {3}, column {4}) which has no valid value in any of {5} (NaN, nodata or below MIN_COHERENCE); pick a point on coherent ground, or leave it empty for an automatic choice.</source>
        <translation>{0} : le point ({1:.3f}, {2:.3f}) tombe sur le pixel (ligne {3}, colonne {4}) qui n'a de valeur valide dans aucun des {5} (NaN, nodata ou sous MIN_COHERENCE) ; choisissez un point sur un sol cohérent, ou laissez vide pour un choix automatique.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="272"/>
        <source>{0}: the point ({1:.3f}, {2:.3f}) is outside the grid of {3} (x {4:.3f} to {5:.3f}, y {6:.3f} to {7:.3f} in the CRS of the interferograms); pick a point inside the rasters, or leave it empty for an automatic choice.</source>
        <translation>{0} : le point ({1:.3f}, {2:.3f}) est hors de la grille de {3} (x {4:.3f} à {5:.3f}, y {6:.3f} à {7:.3f} dans le SCR des interférogrammes) ; choisissez un point dans les rasters, ou laissez vide pour un choix automatique.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="273"/>
        <source>{0}: the radar image has a single row; give the output pixel size.</source>
        <translation>{0} : l'image radar n'a qu'une ligne ; donnez la taille du pixel de sortie.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="274"/>
        <source>{0}: the raster has no CRS, so latitudes are unknown; assign its CRS (Layer Properties › Source, or gdal_edit.py -a_srs) and run again.</source>
        <translation>{0} : le raster n'a pas de SCR, les latitudes sont donc inconnues ; assignez son SCR (Propriétés de la couche › Source, ou gdal_edit.py -a_srs) et relancez.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="275"/>
        <source>{0}: the raster has no valid pixel (all nodata or NaN, or outside the geometry rasters); choose a raster with data.</source>
        <translation>{0} : le raster n'a aucun pixel valide (tout nodata ou NaN, ou hors des rasters de géométrie) ; choisissez un raster avec des données.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="278"/>
        <source>{0}: the stations cannot be triangulated ({1}); check for stations on one line or at the same place.</source>
        <translation>{0} : les stations ne peuvent pas être triangulées ({1}) ; vérifiez s'il y a des stations alignées ou au même endroit.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="279"/>
        <source>{0}: the zenith delay is missing (NaN) at the reference point on some dates; choose a reference point inside the ZTD coverage.</source>
        <translation>{0} : le retard zénithal manque (NaN) au point de référence à certaines dates ; choisissez un point de référence dans la couverture ZTD.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="280"/>
        <source>{0}: the {1} stations lie on one line (width {2:.3g} m across a length of {3:.3g} m); a strain rate needs stations spread in two directions.</source>
        <translation>{0} : les {1} stations sont alignées (largeur {2:.3g} m sur une longueur de {3:.3g} m) ; un taux de déformation demande des stations réparties dans deux directions.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="281"/>
        <source>{0}: the {1} usable stations cannot determine a {2} (they are too few or lie on a line); add stations or choose a simpler SURFACE.</source>
        <translation>{0} : les {1} stations utilisables ne peuvent pas déterminer {2} (elles sont trop peu nombreuses ou alignées) ; ajoutez des stations ou choisissez une SURFACE plus simple.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="282"/>
        <source>{0}: two files give the {1}; give one.</source>
        <translation>{0} : deux fichiers donnent {1} ; donnez-en un.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="286"/>
        <source>{0}: {1:g} gives {2}×{3} cells, more than {4:,}; choose a larger cell size.</source>
        <translation>{0} : {1:g} donne {2}×{3} cellules, plus de {4:,} ; choisissez une taille de cellule plus grande.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="287"/>
        <source>{0}: {1:g} is in degrees in a geographic CRS; give a cell size such as 0.001 (about 100 m), or a projected CRS (EGMS: EPSG:3035, 100 m).</source>
        <translation>{0} : {1:g} est en degrés dans un SCR géographique ; donnez une taille de cellule comme 0.001 (environ 100 m), ou un SCR projeté (EGMS : EPSG:3035, 100 m).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="288"/>
        <source>{0}: {1:g} is not a frequency; give a positive number (the same unit for all three, e.g. MHz).</source>
        <translation>{0} : {1:g} n'est pas une fréquence ; donnez un nombre positif (la même unité pour les trois, p. ex. MHz).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="289"/>
        <source>{0}: {1:g} is not accepted; give a cell size above 0.</source>
        <translation>{0} : {1:g} n'est pas accepté ; donnez une taille de cellule supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="290"/>
        <source>{0}: {1:g} m gives {2}×{3} cells over the network; choose a spacing of at least {4:.0f} m.</source>
        <translation>{0} : {1:g} m donne {2}×{3} cellules sur le réseau ; choisissez un espacement d'au moins {4:.0f} m.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="291"/>
        <source>{0}: {1:g} m with InSAR points; give the radius within which InSAR points are averaged (e.g. 100 m).</source>
        <translation>{0} : {1:g} m avec des points InSAR ; donnez le rayon dans lequel les points InSAR sont moyennés (p. ex. 100 m).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="292"/>
        <source>{0}: {1:g} × {2:g} gives {3}×{4} pixels, more than 400 million; choose a coarser resolution.</source>
        <translation>{0} : {1:g} × {2:g} donne {3}×{4} pixels, plus de 400 millions ; choisissez une résolution plus grossière.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="293"/>
        <source>{0}: {1} dates cannot constrain the {2} parameters of the model ({3}); use fewer terms or more dates.</source>
        <translation>{0} : {1} dates ne peuvent pas contraindre les {2} paramètres du modèle ({3}) ; utilisez moins de termes ou plus de dates.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="296"/>
        <source>{0}: {1} h is not a window; give a positive number of hours.</source>
        <translation>{0} : {1} h n'est pas une fenêtre ; donnez un nombre d'heures positif.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="299"/>
        <source>{0}: {1} is outside the series of {2} ({3} to {4}); an event must fall after the first acquisition and no later than the last.</source>
        <translation>{0} : {1} est hors de la série de {2} ({3} au {4}) ; un événement doit tomber après la première acquisition et au plus tard à la dernière.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="300"/>
        <source>{0}: {1} line{2} with a length-change rate; the strain tensor needs at least 3 lines in 3 different directions.</source>
        <translation>{0} : {1} ligne{2} avec un taux de variation de longueur ; le tenseur de déformation demande au moins 3 lignes dans 3 directions différentes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="301"/>
        <source>{0}: {1} raster given; a mosaic needs at least two overlapping frames.</source>
        <translation>{0} : {1} raster donné ; une mosaïque demande au moins deux cadres qui se recouvrent.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="302"/>
        <source>{0}: {1} rasters for {2} LOS rasters; give one per LOS raster in the same order, or one for all.</source>
        <translation>{0} : {1} rasters pour {2} rasters LOS ; donnez-en un par raster LOS dans le même ordre, ou un pour tous.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="303"/>
        <source>{0}: {1} station(s) with velocities inside the raster but a {2} needs at least {3}; {4}. Add stations or choose a simpler SURFACE.</source>
        <translation>{0} : {1} station(s) avec des vitesses dans le raster mais {2} en demande au moins {3} ; {4}. Ajoutez des stations ou choisissez une SURFACE plus simple.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="304"/>
        <source>{0}: {1} station{2} with valid velocities{3}; a strain rate needs at least 3 stations that are not on one line.</source>
        <translation>{0} : {1} station{2} avec des vitesses valides{3} ; un taux de déformation demande au moins 3 stations non alignées.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="305"/>
        <source>{0}: {1} usable station(s) but a {2} needs at least {3}; add stations inside the raster or choose a simpler SURFACE.</source>
        <translation>{0} : {1} station(s) utilisable(s) mais {2} en demande au moins {3} ; ajoutez des stations dans le raster ou choisissez une SURFACE plus simple.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="306"/>
        <source>{0}: {1} values for {2} LOS rasters; give one per raster, in the order of the layers, or one for all.</source>
        <translation>{0} : {1} valeurs pour {2} rasters LOS ; donnez-en une par raster, dans l'ordre des couches, ou une pour toutes.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="307"/>
        <source>{0}_MIN, {0}_MAX: {1:g} to {2:g} is not a range; give a minimum below the maximum.</source>
        <translation>{0}_MIN, {0}_MAX : {1:g} à {2:g} n'est pas un intervalle ; donnez un minimum inférieur au maximum.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="308"/>
        <source>{0}{1}: {2} {3:g} {4} is out of range; give values from {5:g} to {6:g} {4}.</source>
        <translation>{0}{1} : {2} {3:g} {4} est hors limites ; donnez des valeurs de {5:g} à {6:g} {4}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="17"/>
        <source>DEPTH_MIN: the top edge cannot be above the surface (depth ≥ 0).</source>
        <translation>DEPTH_MIN : le bord supérieur ne peut pas être au-dessus de la surface (profondeur ≥ 0).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="18"/>
        <source>DIP_MIN, DIP_MAX: dips are between 0° and 90° (the fault dips to the right of its strike).</source>
        <translation>DIP_MIN, DIP_MAX : les pendages sont compris entre 0° et 90° (la faille plonge à droite de sa direction).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="25"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has no epoch in the window after EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run from {6} to {7} UTC.</source>
        <translation>INPUT_FILES : la station {0} (« {1} ») n'a aucune époque dans la fenêtre après EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h) ; ses données vont du {6} au {7} UTC.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="26"/>
        <source>INPUT_FILES: station {0} (&quot;{1}&quot;) has no epoch in the window before EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run from {6} to {7} UTC.</source>
        <translation>INPUT_FILES : la station {0} (« {1} ») n'a aucune époque dans la fenêtre avant EVENT_TIME {2:%Y-%m-%d %H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h) ; ses données vont du {6} au {7} UTC.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="32"/>
        <source>LENGTH_MIN, WIDTH_MIN: dimensions must be above 0.</source>
        <translation>LENGTH_MIN, WIDTH_MIN : les dimensions doivent être supérieures à 0.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="36"/>
        <source>LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}); give more data (for example more GNSS stations with three components).</source>
        <translation>LOS, GNSS : {0} observations ne peuvent pas déterminer {1} inconnues ({2}) ; donnez plus de données (par exemple plus de stations GNSS à trois composantes).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="37"/>
        <source>LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}, {3} nuisance terms); give more data (for example more GNSS stations with three components).</source>
        <translation>LOS, GNSS : {0} observations ne peuvent pas déterminer {1} inconnues ({2}, {3} termes de nuisance) ; donnez plus de données (par exemple plus de stations GNSS à trois composantes).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="64"/>
        <source>SLIP_MIN: slip is a magnitude (≥ 0); the rake gives its direction.</source>
        <translation>SLIP_MIN : le glissement est une amplitude (≥ 0) ; le rake (angle de glissement) donne sa direction.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="91"/>
        <source>{0} and {1} look the same way: both lines of sight point eastwards from the ground (east components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one ascending and one descending geometry with the same look side (both right-looking, the usual case), or set ASC_LOOK/DESC_LOOK to what each satellite used.</source>
        <translation>{0} et {1} regardent dans le même sens : les deux lignes de visée pointent vers l'est depuis le sol (composantes est {2:+.3f} et {3:+.3f}), donc Est et Vertical ne peuvent pas être séparés. Donnez une géométrie ascendante et une descendante de même côté de visée (toutes deux à droite, le cas usuel), ou réglez ASC_LOOK/DESC_LOOK sur ce que chaque satellite a utilisé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="92"/>
        <source>{0} and {1} look the same way: both lines of sight point westwards from the ground (east components {2:+.3f} and {3:+.3f}), so East and Up cannot be separated. Give one ascending and one descending geometry with the same look side (both right-looking, the usual case), or set ASC_LOOK/DESC_LOOK to what each satellite used.</source>
        <translation>{0} et {1} regardent dans le même sens : les deux lignes de visée pointent vers l'ouest depuis le sol (composantes est {2:+.3f} et {3:+.3f}), donc Est et Vertical ne peuvent pas être séparés. Donnez une géométrie ascendante et une descendante de même côté de visée (toutes deux à droite, le cas usuel), ou réglez ASC_LOOK/DESC_LOOK sur ce que chaque satellite a utilisé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="98"/>
        <source>{0}: &quot;{1}&quot; ({2}) carries no station coordinates and no {3} layer was given; give a point layer with a &quot;station&quot; field holding {4}.</source>
        <translation>{0} : « {1} » ({2}) ne contient pas les coordonnées de la station et aucune couche {3} n'a été donnée ; donnez une couche de points avec un champ « station » contenant {4}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="99"/>
        <source>{0}: &quot;{1}&quot; ({2}) carries no station coordinates and station {3} is not in the {4} layer (IDs: {5}); give a point layer with a &quot;station&quot; field holding {3}.</source>
        <translation>{0} : « {1} » ({2}) ne contient pas les coordonnées de la station et la station {3} n'est pas dans la couche {4} (identifiants : {5}) ; donnez une couche de points avec un champ « station » contenant {3}.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="108"/>
        <source>{0}: &quot;{1}&quot; has a CRS but &quot;{2}&quot; has none; give both rasters a CRS.</source>
        <translation>{0} : « {1} » a un SCR mais « {2} » n'en a pas ; donnez un SCR aux deux rasters.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="112"/>
        <source>{0}: &quot;{1}&quot; has no CRS but &quot;{2}&quot; has one; give both rasters a CRS.</source>
        <translation>{0} : « {1} » n'a pas de SCR mais « {2} » en a un ; donnez un SCR aux deux rasters.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="294"/>
        <source>{0}: {1} do not overlap the reference frame &quot;{2}&quot;{3}, neither directly nor through other frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. Give frames that overlap, or mosaic the separate groups on their own.</source>
        <translation>{0} : {1} ne recouvrent pas le cadre de référence « {2} »{3}, ni directement ni par d'autres cadres (moins de {4} pixels valides dans les deux) ; les décalages ne peuvent pas être reliés. Donnez des cadres qui se recouvrent, ou mosaïquez séparément les groupes disjoints.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="295"/>
        <source>{0}: {1} does not overlap the reference frame &quot;{2}&quot;{3}, neither directly nor through other frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. Give frames that overlap, or mosaic the separate groups on their own.</source>
        <translation>{0} : {1} ne recouvre pas le cadre de référence « {2} »{3}, ni directement ni par d'autres cadres (moins de {4} pixels valides dans les deux) ; les décalages ne peuvent pas être reliés. Donnez des cadres qui se recouvrent, ou mosaïquez séparément les groupes disjoints.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="12"/>
        <source>Coherence is 8-bit (0–255): divided by 255.</source>
        <translation>La cohérence est en 8 bits (0–255) : divisée par 255.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="49"/>
        <source>Only some of the E/N/U LOS components were given; give all three for the LOS vector, incidence and heading.</source>
        <translation>Seules certaines des composantes LOS E/N/U ont été données ; donnez les trois pour le vecteur LOS, l'incidence et le cap.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="57"/>
        <source>REF_LAT/REF_LON = {0}/{1} lie outside the grid; no reference pixel kept.</source>
        <translation>REF_LAT/REF_LON = {0}/{1} sont hors de la grille ; aucun pixel de référence conservé.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="95"/>
        <source>{0} duplicate station(s) with identical velocities kept once: {1}</source>
        <translation>{0} station(s) en double aux vitesses identiques conservée(s) une fois : {1}</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="180"/>
        <source>{0}: REF_Y/REF_X = {1}/{2} disagree with REF_LAT/REF_LON = {3}/{4}, which fall in row {5}, column {6}; REF_LAT/REF_LON are used (REF_Y/REF_X are stale after subsetting or geocoding).</source>
        <translation>{0} : REF_Y/REF_X = {1}/{2} ne concordent pas avec REF_LAT/REF_LON = {3}/{4}, qui tombent à la ligne {5}, colonne {6} ; REF_LAT/REF_LON sont utilisés (REF_Y/REF_X sont périmés après un découpage ou un géocodage).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="207"/>
        <source>{0}: heights range from {1:.3g} to {2:.3g}; if these are kilometres, convert the DEM to metres (heights must be in metres).</source>
        <translation>{0} : les hauteurs vont de {1:.3g} à {2:.3g} ; si ce sont des kilomètres, convertissez le MNT en mètres (les hauteurs doivent être en mètres).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="208"/>
        <source>{0}: heights range from {1:.4g} to {2:.4g}, beyond any height on Earth in metres; if they are feet or centimetres, convert the DEM to metres.</source>
        <translation>{0} : les hauteurs vont de {1:.4g} à {2:.4g}, au-delà de toute hauteur terrestre en mètres ; si ce sont des pieds ou des centimètres, convertissez le MNT en mètres.</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="276"/>
        <source>{0}: the raster values at the stations are about {1:.3g}× larger than the GNSS line-of-sight values ({2:.3g} vs {3:.3g}); both must be in {4} — are the GNSS velocities in m/yr?</source>
        <translation>{0} : les valeurs du raster aux stations sont environ {1:.3g}× plus grandes que les valeurs GNSS dans la ligne de visée ({2:.3g} contre {3:.3g}) ; les deux doivent être en {4} — les vitesses GNSS sont-elles en m/an ?</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="277"/>
        <source>{0}: the raster values at the stations are about {1:.3g}× smaller than the GNSS line-of-sight values ({2:.3g} vs {3:.3g}); the raster must be in {4} like the GNSS — is it in metres?</source>
        <translation>{0} : les valeurs du raster aux stations sont environ {1:.3g}× plus petites que les valeurs GNSS dans la ligne de visée ({2:.3g} contre {3:.3g}) ; le raster doit être en {4} comme le GNSS — est-il en mètres ?</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="283"/>
        <source>{0}: with UNITS {1} the interferograms vary by only {2:.3g} mm (5–95 % of the pixels), far below InSAR noise; if the values are metres, set UNITS to metres (or check WAVELENGTH).</source>
        <translation>{0} : avec UNITS {1}, les interférogrammes ne varient que de {2:.3g} mm (5–95 % des pixels), bien en dessous du bruit InSAR ; si les valeurs sont en mètres, réglez UNITS sur mètres (ou vérifiez WAVELENGTH).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="284"/>
        <source>{0}: with UNITS {1} the interferograms vary by {2:.3g} m (5–95 % of the pixels), more than interferograms hold but near the largest earthquakes; if the values are millimetres, set UNITS to millimetres (radians: check WAVELENGTH).</source>
        <translation>{0} : avec UNITS {1}, les interférogrammes varient de {2:.3g} m (5–95 % des pixels), plus que ce que contient un interférogramme sauf près des plus grands séismes ; si les valeurs sont en millimètres, réglez UNITS sur millimètres (radians : vérifiez WAVELENGTH).</translation>
    </message>
    <message>
        <location filename="../.build/i18n/core_messages.py" line="55"/>
        <source>PREVIOUS: the state does not match its own network (boundary size); run the previous stack again with OUTPUT_STATE.</source>
        <translation>PREVIOUS : l’état ne correspond pas à son propre réseau (taille de la frontière) ; relancez l’inversion précédente avec OUTPUT_STATE.</translation>
    </message>
</context>
<context>
    <name>CoseismicOffsetAlgorithm</name>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="28"/>
        <source>Co-seismic offsets of GNSS stations</source>
        <translation>Déplacements cosismiques des stations GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="32"/>
        <source>Event time, UTC (YYYY-MM-DD HH:MM[:SS])</source>
        <translation>Heure de l'événement, UTC (AAAA-MM-JJ HH:MM[:SS])</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="34"/>
        <source>Window before the event (hours)</source>
        <translation>Fenêtre avant l'événement (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="36"/>
        <source>Window after the event and the gap (hours)</source>
        <translation>Fenêtre après l'événement et l'intervalle exclu (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="38"/>
        <source>Gap skipped after the event: shaking, outage (hours)</source>
        <translation>Intervalle exclu après l'événement : secousses, interruption (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>Statistic of each window</source>
        <translation>Statistique de chaque fenêtre</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="41"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="45"/>
        <source>Use only ambiguity-fixed epochs (RTKLIB Q = 1)</source>
        <translation>N'utiliser que les époques à ambiguïtés fixées (RTKLIB Q = 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="47"/>
        <source>Co-seismic offsets</source>
        <translation>Déplacements cosismiques</translation>
    </message>
    <message>
        <location filename="../algorithms/coseismic_offset.py" line="62"/>
        <source>{0}: de {1:.1f} dn {2:.1f} du {3:.1f} mm ({4} epochs before, {5} after)</source>
        <translation>{0} : de {1:.1f} dn {2:.1f} du {3:.1f} mm ({4} époques avant, {5} après)</translation>
    </message>
</context>
<context>
    <name>DeformationAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>InSAR time series</source>
        <translation>Séries temporelles InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="129"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="130"/>
        <source>Decomposition</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="131"/>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="132"/>
        <source>Strain and sources</source>
        <translation>Déformation et sources</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="133"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="527"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="732"/>
        <source>Co-seismic step dates (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des sauts cosismiques (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Radar wavelength (mm)</source>
        <translation>Longueur d'onde radar (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="744"/>
        <source>Rows per processing block (0 = automatic)</source>
        <translation>Lignes par bloc de traitement (0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="752"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>Angle d'incidence depuis la verticale (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="756"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="43"/>
        <source>Satellite heading, clockwise from north (degrees)</source>
        <translation>Cap du satellite, sens horaire depuis le nord (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="764"/>
        <source>Heading raster, overrides the number (degrees)</source>
        <translation>Raster de cap, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="769"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="195"/>
        <source>Poisson&apos;s ratio</source>
        <translation>Coefficient de Poisson</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="73"/>
        <source>Template raster: output grid and CRS copied from it</source>
        <translation>Raster modèle : grille et SCR de sortie copiés sur lui</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="76"/>
        <source>Output extent, when no template (projected CRS in metres)</source>
        <translation>Emprise de sortie, sans modèle (SCR projeté en mètres)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="79"/>
        <source>Output pixel size with the extent (m)</source>
        <translation>Taille du pixel de sortie avec l'emprise (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="84"/>
        <source>East displacement (mm)</source>
        <translation>Déplacement est (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="85"/>
        <source>North displacement (mm)</source>
        <translation>Déplacement nord (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="86"/>
        <source>Up displacement (mm)</source>
        <translation>Déplacement vertical (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="87"/>
        <source>LOS displacement, positive towards the satellite (mm)</source>
        <translation>Déplacement LOS, positif vers le satellite (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="92"/>
        <source>Source point</source>
        <translation>Point source</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="141"/>
        <source>Output grid: {0}×{1} pixels</source>
        <translation>Grille de sortie : {0}×{1} pixels</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="58"/>
        <source>GNSS position time series files</source>
        <translation>Fichiers de séries temporelles de position GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="61"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="61"/>
        <source>auto (from the content)</source>
        <translation>auto (d'après le contenu)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="68"/>
        <source>Station locations for files without coordinates (points)</source>
        <translation>Positions des stations pour les fichiers sans coordonnées (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="72"/>
        <source>Station ID field of the station locations</source>
        <translation>Champ identifiant de station des positions des stations</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="80"/>
        <source>Number of stations</source>
        <translation>Nombre de stations</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="134"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="347"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="350"/>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="400"/>
        <source>Band of &quot;{0}&quot; (empty = every band)</source>
        <translation>Bande de « {0} » (vide = toutes les bandes)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="400"/>
        <source>Band of &quot;{0}&quot;</source>
        <translation>Bande de « {0} »</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="424"/>
        <source>{0}: band {1} does not exist in &quot;{2}&quot;, which has {3} band(s); choose a band from 1 to {3}.</source>
        <translation>{0} : la bande {1} n'existe pas dans « {2} », qui a {3} bande(s) ; choisissez une bande de 1 à {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="530"/>
        <source>Out of memory: {0}.</source>
        <translation>Mémoire insuffisante : {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="538"/>
        <source>Unexpected error in {0}: {1}: {2}. No output was written; please report this with the log.</source>
        <translation>Erreur inattendue dans {0} : {1} : {2}. Aucune sortie n'a été écrite ; signalez-la avec le journal.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="547"/>
        <source>lower {0} (advanced parameters) and run again</source>
        <translation>diminuez {0} (paramètres avancés) et relancez</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="549"/>
        <source>use smaller inputs and run again</source>
        <translation>utilisez des entrées plus petites et relancez</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="554"/>
        <source>Could not read or write{0}: {1}. Check the path, its permissions and the free disk space; no output was written.</source>
        <translation>Lecture ou écriture impossible{0} : {1}. Vérifiez le chemin, ses droits et l'espace disque libre ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="600"/>
        <source>{0}: no output given; give a file name for &quot;{1}&quot; (or TEMPORARY_OUTPUT for a temporary file).</source>
        <translation>{0} : aucune sortie donnée ; donnez un nom de fichier pour « {1} » (ou TEMPORARY_OUTPUT pour un fichier temporaire).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="603"/>
        <source>{0}: no value given; &quot;{1}&quot; is required.</source>
        <translation>{0} : aucune valeur donnée ; « {1} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="607"/>
        <source>{0}: &quot;{1}&quot; is not accepted; choose one of {2}.</source>
        <translation>{0} : « {1} » n'est pas accepté ; choisissez l'une des valeurs {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="609"/>
        <source>{0}: &quot;{1}&quot; is not accepted for &quot;{2}&quot;.</source>
        <translation>{0} : « {1} » n'est pas accepté pour « {2} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>Warning: {3} {0:g} mm is not a radar wavelength (SAR: {1:g}–{2:g} mm; Sentinel-1 55.47, ALOS-2 229); is it in cm or m? It must be in millimetres.</source>
        <translation>Attention : {3} {0:g} mm n'est pas une longueur d'onde radar (SAR : {1:g}–{2:g} mm ; Sentinel-1 55,47, ALOS-2 229) ; est-elle en cm ou en m ? Elle doit être en millimètres.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="658"/>
        <source>Warning: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="779"/>
        <source>LOS unit vector, east component (ground to satellite; overrides incidence and heading)</source>
        <translation>Vecteur unitaire LOS, composante est (du sol vers le satellite ; remplace l'incidence et le cap)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="46"/>
        <source>LOS unit vector, north component</source>
        <translation>Vecteur unitaire LOS, composante nord</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="47"/>
        <source>LOS unit vector, up component</source>
        <translation>Vecteur unitaire LOS, composante verticale</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="793"/>
        <source>Memory budget in MB (0 = automatic: a quarter of the free memory, at least 512 MB)</source>
        <translation>Budget mémoire en MB (0 = automatique : un quart de la mémoire libre, au moins 512 MB)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="801"/>
        <source>Engine: local, or the address of a Dask scheduler (tcp://host:8786)</source>
        <translation>Moteur : local, ou l'adresse d'un ordonnanceur Dask (tcp://host:8786)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_forward.py" line="144"/>
        <source>Warning: {0}×{1} pixels: four rasters of up to {2} each, about {3}; cancel and choose a coarser grid if that is more than you need.</source>
        <translation>Attention : {0}×{1} pixels : quatre rasters jusqu'à {2} chacun, environ {3} ; annulez et choisissez une grille plus grossière si c'est plus que nécessaire.</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="130"/>
        <source>Incidence of each of these LOS rasters (degrees, comma separated in layer order; empty = the incidence number)</source>
        <translation>Incidence de chacun de ces rasters LOS (degrés, séparés par des virgules dans l'ordre des couches ; vide = le nombre d'incidence)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="134"/>
        <source>Heading of each of these LOS rasters (degrees, comma separated in layer order; empty = the heading number)</source>
        <translation>Cap de chacun de ces rasters LOS (degrés, séparés par des virgules dans l'ordre des couches ; vide = le nombre de cap)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="137"/>
        <source>Incidence rasters of these LOS rasters, one each in the same order</source>
        <translation>Rasters d'incidence de ces rasters LOS, un chacun dans le même ordre</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="137"/>
        <source>Heading rasters of these LOS rasters, one each in the same order</source>
        <translation>Rasters de cap de ces rasters LOS, un chacun dans le même ordre</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="147"/>
        <source>LOS unit vector, {0} component, of these LOS rasters (one each, same order; overrides incidence and heading)</source>
        <translation>Vecteur unitaire LOS, composante {0}, de ces rasters LOS (un chacun, même ordre ; remplace l'incidence et le cap)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="153"/>
        <source>GNSS displacements (points, mm)</source>
        <translation>Déplacements GNSS (points, mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="156"/>
        <source>East displacement field</source>
        <translation>Champ du déplacement est</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="157"/>
        <source>North displacement field</source>
        <translation>Champ du déplacement nord</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="158"/>
        <source>Up displacement field</source>
        <translation>Champ du déplacement vertical</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="159"/>
        <source>East 1σ field</source>
        <translation>Champ 1σ est</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="160"/>
        <source>North 1σ field</source>
        <translation>Champ 1σ nord</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="161"/>
        <source>Up 1σ field</source>
        <translation>Champ 1σ vertical</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="169"/>
        <source>Maximum number of down-sampled points per LOS raster</source>
        <translation>Nombre maximal de points sous-échantillonnés par raster LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>Down-sampling</source>
        <translation>Sous-échantillonnage</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>quadtree</source>
        <translation>arbre quaternaire</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="172"/>
        <source>uniform grid</source>
        <translation>grille régulière</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>LOS nuisance terms (each LOS raster its own)</source>
        <translation>Termes de nuisance LOS (propres à chaque raster LOS)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>offset</source>
        <translation>décalage</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="176"/>
        <source>offset and ramp</source>
        <translation>décalage et rampe</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>LOS noise</source>
        <translation>Bruit LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>independent (LOS noise 1σ below)</source>
        <translation>indépendant (bruit LOS 1σ ci-dessous)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="180"/>
        <source>correlated: exponential covariance of each LOS raster estimated from its residuals</source>
        <translation>corrélé : covariance exponentielle de chaque raster LOS estimée à partir de ses résidus</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="185"/>
        <source>LOS noise of a down-sampled point, 1σ (mm or mm/yr; independent noise)</source>
        <translation>Bruit LOS d'un point sous-échantillonné, 1σ (mm ou mm/an ; bruit indépendant)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="188"/>
        <source>Pixels sampled to estimate the noise covariance (per LOS raster)</source>
        <translation>Pixels échantillonnés pour estimer la covariance du bruit (par raster LOS)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="192"/>
        <source>Relative weight of GNSS against LOS</source>
        <translation>Poids relatif du GNSS par rapport à la LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="198"/>
        <source>Number of starts (multi-start search)</source>
        <translation>Nombre de départs (recherche multi-départs)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="201"/>
        <source>Bootstrap resamples for uncertainties (0 = none)</source>
        <translation>Rééchantillonnages bootstrap pour les incertitudes (0 = aucun)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="204"/>
        <source>Random seed (starts and bootstrap)</source>
        <translation>Graine aléatoire (départs et bootstrap)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="210"/>
        <source>Model LOS (on the grid of the first LOS raster)</source>
        <translation>LOS modélisée (sur la grille du premier raster LOS)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="213"/>
        <source>Residual LOS, data − model (first LOS raster)</source>
        <translation>Résidu LOS, données − modèle (premier raster LOS)</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="216"/>
        <source>Folder for the model and residual of every LOS raster</source>
        <translation>Dossier pour le modèle et le résidu de chaque raster LOS</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="291"/>
        <source>{0}: {1} down-sampled LOS points</source>
        <translation>{0} : {1} points LOS sous-échantillonnés</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="38"/>
        <source>Displacement time series (mm, one band per date)</source>
        <translation>Série temporelle de déplacement (mm, une bande par date)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="39"/>
        <source>LOS velocity (mm/yr)</source>
        <translation>Vitesse LOS (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="40"/>
        <source>LOS velocity 1σ (mm/yr)</source>
        <translation>Vitesse LOS 1σ (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="41"/>
        <source>Coherence (0–1)</source>
        <translation>Cohérence (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="42"/>
        <source>Incidence angle (degrees)</source>
        <translation>Angle d'incidence (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="44"/>
        <source>Height (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="45"/>
        <source>LOS unit vector, east component</source>
        <translation>Vecteur unitaire LOS, composante est</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="48"/>
        <source>Number of points per cell</source>
        <translation>Nombre de points par cellule</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="49"/>
        <source>Interferograms (radians, one band per pair, for sbasinversion)</source>
        <translation>Interférogrammes (radians, une bande par paire, pour sbasinversion)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="51"/>
        <source>Interferogram coherence (0–1, one band per pair)</source>
        <translation>Cohérence des interférogrammes (0–1, une bande par paire)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>asc</source>
        <translation>asc.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>desc</source>
        <translation>desc.</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="38"/>
        <source>NGL .tenv (old)</source>
        <translation>NGL .tenv (ancien)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_inputs.py" line="39"/>
        <source>CSV (date,e,n,u[,se,sn,su])</source>
        <translation>CSV (date,e,n,u[,se,sn,su])</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="143"/>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="144"/>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <location filename="../algorithms/source_inversion.py" line="145"/>
        <source>up</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="343"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="344"/>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="362"/>
        <source>Name for scripts and qgis_process</source>
        <translation>Nom pour les scripts et qgis_process</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="39"/>
        <source>the radar wavelength in mm: 55.47 (Sentinel-1, C band), 31.2 (TerraSAR-X, X band), 229 (ALOS-2, L band)</source>
        <translation>la longueur d'onde radar en mm : 55.47 (Sentinel-1, bande C), 31.2 (TerraSAR-X, bande X), 229 (ALOS-2, bande L)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="41"/>
        <source>the incidence angle from vertical in degrees, below 90 (SAR incidence is about 20–50°)</source>
        <translation>l'angle d'incidence depuis la verticale en degrés, inférieur à 90 (l'incidence SAR est d'environ 20–50°)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="43"/>
        <source>the satellite heading in degrees clockwise from north (about −10 ascending, −170 descending for Sentinel-1)</source>
        <translation>le cap du satellite en degrés dans le sens horaire depuis le nord (environ −10 en ascendant, −170 en descendant pour Sentinel-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="45"/>
        <source>the sea-level air pressure in hPa (about 1013)</source>
        <translation>la pression atmosphérique au niveau de la mer en hPa (environ 1013)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="46"/>
        <source>the sea-level air temperature in °C</source>
        <translation>la température de l'air au niveau de la mer en °C</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="47"/>
        <source>the relative humidity in %</source>
        <translation>l'humidité relative en %</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="48"/>
        <source>Poisson&apos;s ratio of the crust, below 0.5 (0.25 is usual)</source>
        <translation>le coefficient de Poisson de la croûte, inférieur à 0.5 (0.25 est usuel)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="49"/>
        <source>rows read per block (0 = chosen from the memory)</source>
        <translation>les lignes lues par bloc (0 = choisi selon la mémoire)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="50"/>
        <source>the output pixel size in metres</source>
        <translation>la taille du pixel de sortie en mètres</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="51"/>
        <source>the source depth below the surface in metres</source>
        <translation>la profondeur de la source sous la surface en mètres</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="52"/>
        <source>a coherence threshold from 0 to 1</source>
        <translation>un seuil de cohérence de 0 à 1</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="55"/>
        <source>file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="56"/>
        <source>folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="57"/>
        <source>raster</source>
        <translation>un raster</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="58"/>
        <source>vector layer</source>
        <translation>une couche vecteur</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="81"/>
        <source>a whole number from {0:g} to {1:g}</source>
        <translation>un nombre entier de {0:g} à {1:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="81"/>
        <source>a number from {0:g} to {1:g}</source>
        <translation>un nombre de {0:g} à {1:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="84"/>
        <source>a whole number of at least {0:g}</source>
        <translation>un nombre entier supérieur ou égal à {0:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="84"/>
        <source>a number of at least {0:g}</source>
        <translation>un nombre supérieur ou égal à {0:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="87"/>
        <source>a whole number of at most {0:g}</source>
        <translation>un nombre entier inférieur ou égal à {0:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="87"/>
        <source>a number of at most {0:g}</source>
        <translation>un nombre inférieur ou égal à {0:g}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="90"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="90"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="92"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="92"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="105"/>
        <source>{0}: &quot;{1}&quot; is not a number; give {2}.</source>
        <translation>{0} : « {1} » n'est pas un nombre ; donnez {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="107"/>
        <source>{0}: {1} is not a usable number; give {2}.</source>
        <translation>{0} : {1} n'est pas un nombre utilisable ; donnez {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="110"/>
        <source>{0}: {1:g} is not accepted; give {2}.</source>
        <translation>{0} : {1:g} n'est pas accepté ; donnez {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="167"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster GDAL can read ({2}); give a GeoTIFF or another GDAL raster.</source>
        <translation>{0} : « {1} » est tronqué ou n'est pas un raster que GDAL peut lire ({2}) ; donnez un GeoTIFF ou un autre raster GDAL.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="170"/>
        <source>{0}: &quot;{1}&quot; holds no raster band; give a raster with at least one band.</source>
        <translation>{0} : « {1} » ne contient aucune bande raster ; donnez un raster d'au moins une bande.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="173"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a raster: its last rows cannot be read ({2}); write the file again or give another one.</source>
        <translation>{0} : « {1} » est tronqué ou n'est pas un raster : ses dernières lignes ne peuvent pas être lues ({2}) ; réécrivez le fichier ou donnez-en un autre.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="229"/>
        <source>{0}: &quot;{1}&quot; is truncated or not a vector layer OGR can read ({2}); give a GeoPackage, shapefile or another vector file.</source>
        <translation>{0} : « {1} » est tronqué ou n'est pas une couche vecteur qu'OGR peut lire ({2}) ; donnez un GeoPackage, un shapefile ou un autre fichier vecteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="243"/>
        <source>{0}: &quot;{1}&quot; does not exist; choose an existing {2}.</source>
        <translation>{0} : « {1} » n'existe pas ; choisissez {2} qui existe.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="246"/>
        <source>{0}: &quot;{1}&quot; is a folder; choose a {2}, not a folder.</source>
        <translation>{0} : « {1} » est un dossier ; choisissez {2}, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="249"/>
        <source>{0}: &quot;{1}&quot; cannot be read (permission denied); choose a {2} you can read.</source>
        <translation>{0} : « {1} » ne peut pas être lu (permission refusée) ; choisissez {2} lisible.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="265"/>
        <source>GDAL could not open it</source>
        <translation>GDAL n'a pas pu l'ouvrir</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_checks.py" line="274"/>
        <source>{0}: &quot;{1}&quot; is not a CRS that QGIS knows; give an EPSG code such as EPSG:32654 (UTM zone 54N) or a WKT/PROJ definition.</source>
        <translation>{0} : « {1} » n'est pas un SCR connu de QGIS ; donnez un code EPSG comme EPSG:32654 (zone UTM 54N) ou une définition WKT/PROJ.</translation>
    </message>
</context>
<context>
    <name>DeformationMapDock</name>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="61"/>
        <source>Deformation map</source>
        <translation>Carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="78"/>
        <source>Velocity raster</source>
        <translation>Raster de vitesse</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="79"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="86"/>
        <source>The ramp runs from −L to +L, L = this percentile of |v|</source>
        <translation>La rampe va de −L à +L, L = ce centile de |v|</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="91"/>
        <source>Limit of the colour ramp; edit it to fix the scale</source>
        <translation>Limite de la rampe de couleurs ; modifiez-la pour fixer l'échelle</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="93"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="94"/>
        <source>Recompute the limit from the percentile</source>
        <translation>Recalculer la limite à partir du centile</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="98"/>
        <source>Robust limit</source>
        <translation>Limite robuste</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="100"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="101"/>
        <source>LOS velocity</source>
        <translation>Vitesse LOS</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="102"/>
        <source>Legend title</source>
        <translation>Titre de la légende</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Hazard zones: drawn as outlines above the velocity</source>
        <translation>Zones d'aléas : contours dessinés au-dessus de la vitesse</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Geologic units: pale fills under the velocity</source>
        <translation>Unités géologiques : remplissages pâles sous la vitesse</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="112"/>
        <source>Faults and other lines: on top</source>
        <translation>Failles et autres lignes : au-dessus</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="116"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="117"/>
        <source>Hazard layers</source>
        <translation>Couches d'aléas</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="118"/>
        <source>Geology layers</source>
        <translation>Couches géologiques</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="119"/>
        <source>Faults / lines</source>
        <translation>Failles / lignes</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="120"/>
        <source>Use the bundled sample layers when none is chosen</source>
        <translation>Utiliser les couches d'exemple fournies si aucune n'est choisie</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="124"/>
        <source>Apply deformation map</source>
        <translation>Appliquer la carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="128"/>
        <source>Velocity per zone (deformation:zonalvelocity)</source>
        <translation>Vitesse par zone (deformation:zonalvelocity)</translation>
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
        <translation>Seuil T</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="139"/>
        <source>Compute velocity per zone</source>
        <translation>Calculer la vitesse par zone</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="144"/>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="195"/>
        <source>Choose the velocity raster first (add one to the project).</source>
        <translation>Choisissez d'abord le raster de vitesse (ajoutez-en un au projet).</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="225"/>
        <source>Velocity styled from −{0:g} to +{0:g} {1}; {2} layers stacked.</source>
        <translation>Vitesse stylisée de −{0:g} à +{0:g} {1} ; {2} couches empilées.</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="237"/>
        <source>Tick hazard or geology layers (or allow the sample layers).</source>
        <translation>Cochez des couches d'aléas ou de géologie (ou autorisez les couches d'exemple).</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="248"/>
        <source>Velocity per zone — {0}</source>
        <translation>Vitesse par zone — {0}</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="253"/>
        <source>Velocity statistics for {0} zone layer(s) added to the project.</source>
        <translation>Statistiques de vitesse de {0} couche(s) de zones ajoutées au projet.</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="143"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../plugin/deformation_map_dock.py" line="143"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
</context>
<context>
    <name>DeformationToolboxPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="56"/>
        <source>&amp;Deformation Toolbox</source>
        <translation>Boîte à outils &amp;Déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57"/>
        <source>Deformation Toolbox</source>
        <translation>Boîte à outils Déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="60"/>
        <source>Time series on click</source>
        <translation>Série temporelle au clic</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="60"/>
        <source>Plot displacement versus date at clicked pixels or points</source>
        <translation>Tracer le déplacement en fonction de la date aux pixels ou points cliqués</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="62"/>
        <source>Deformation profile</source>
        <translation>Profil de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="62"/>
        <source>Draw a line: velocity, East, Up, DEM and nearby points versus distance</source>
        <translation>Tracer une ligne : vitesse, Est, Vertical, MNT et points voisins en fonction de la distance</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="64"/>
        <source>Deformation map</source>
        <translation>Carte de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="64"/>
        <source>Style a velocity raster symmetric about zero over hazard and geology layers; velocity per zone</source>
        <translation>Styliser une vitesse symétrique autour de zéro sur les couches d'aléas et de géologie ; vitesse par zone</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Open the Deformation algorithms in the Processing toolbox</source>
        <translation>Ouvrir les algorithmes de déformation dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Open the showcase model (asc + desc → East/Up) in the modeler</source>
        <translation>Ouvrir le modèle de démonstration (asc. + desc. → Est/Vertical) dans le modeleur</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77"/>
        <source>Deformation Toolbox help</source>
        <translation>Aide de la boîte à outils Déformation</translation>
    </message>
</context>
<context>
    <name>DockBase</name>
    <message>
        <location filename="../plugin/dock_base.py" line="46"/>
        <source>Unexpected error: {0} (details in the log messages panel)</source>
        <translation>Erreur inattendue : {0} (détails dans le panneau des messages)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="299"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="300"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="311"/>
        <source>Nothing to export yet: plot something first.</source>
        <translation>Rien à exporter : tracez d'abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="313"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="315"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="316"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="326"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
</context>
<context>
    <name>FaultInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="56"/>
        <source>Fault inversion (uniform-slip rectangle, Okada)</source>
        <translation>Inversion de faille (rectangle à glissement uniforme, Okada)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="59"/>
        <source>Position, strike, dip, rake, length, width, depth and slip of a rectangular fault from LOS rasters and GNSS offsets, with 1σ, model and residual rasters.</source>
        <translation>Position, azimut, pendage, angle de glissement, longueur, largeur, profondeur et glissement d'une faille rectangulaire à partir de rasters LOS et de déplacements GNSS, avec 1σ et rasters de modèle et de résidu.</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>Okada</source>
        <translation>Okada</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>fault</source>
        <translation>faille</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>earthquake</source>
        <translation>séisme</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>coseismic</source>
        <translation>cosismique</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="63"/>
        <source>inversion</source>
        <translation>inversion</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="64"/>
        <source>slip</source>
        <translation>glissement</translation>
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
        <translation>magnitude</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="67"/>
        <source>LOS displacement rasters (mm), each with its own geometry</source>
        <translation>Rasters de déplacement LOS (mm), chacun avec sa propre géométrie</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="68"/>
        <source>Incidence angle from vertical (degrees), where the list of incidences is empty</source>
        <translation>Angle d'incidence depuis la verticale (degrés), si la liste des incidences est vide</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="71"/>
        <source>Satellite heading, clockwise from north (degrees), where the list of headings is empty</source>
        <translation>Cap du satellite, sens horaire depuis le nord (degrés), si la liste des caps est vide</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="75"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="79"/>
        <source>Area where the top-edge centre may lie (empty = the data area)</source>
        <translation>Zone où peut se trouver le centre du bord supérieur (vide = la zone des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="87"/>
        <source>Shear modulus for the moment (Pa)</source>
        <translation>Module de cisaillement pour le moment (Pa)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="89"/>
        <source>Also estimate distributed slip on the fitted plane (smoothing by ABIC)</source>
        <translation>Estimer aussi le glissement distribué sur le plan ajusté (lissage par ABIC)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="92"/>
        <source>Distributed slip: patches along strike</source>
        <translation>Glissement distribué : éléments le long de l'azimut</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="95"/>
        <source>Distributed slip: patches down dip</source>
        <translation>Glissement distribué : éléments selon le pendage</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="97"/>
        <source>Distributed slip: plane size relative to the uniform fault</source>
        <translation>Glissement distribué : taille du plan relative à la faille uniforme</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="101"/>
        <source>Fault (surface projection, with its parameters and 1σ)</source>
        <translation>Faille (projection en surface, avec ses paramètres et 1σ)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="104"/>
        <source>Distributed slip (patches)</source>
        <translation>Glissement distribué (éléments)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Smoothing α² chosen by ABIC (distributed slip)</source>
        <translation>Lissage α² choisi par ABIC (glissement distribué)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Largest patch slip (m)</source>
        <translation>Plus grand glissement d'un élément (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="108"/>
        <source>Moment magnitude of the distributed slip</source>
        <translation>Magnitude de moment du glissement distribué</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="192"/>
        <source>Distributed slip: {0}×{1} patches on a {2:.0f} × {3:.0f} m plane, α² = {4:.3g} (ABIC), peak slip {5:.3f} m, Mw {6:.2f}</source>
        <translation>Glissement distribué : {0}×{1} éléments sur un plan de {2:.0f} × {3:.0f} m, α² = {4:.3g} (ABIC), glissement maximal {5:.3f} m, Mw {6:.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="227"/>
        <source>Fault: strike {0:.1f} ± {1:.1f}°, dip {2:.1f} ± {3:.1f}°, rake {4:.1f} ± {5:.1f}°, slip {6:.3f} ± {7:.3f} m, length {8:.0f} ± {9:.0f} m, width {10:.0f} ± {11:.0f} m, top edge {12:.0f} ± {13:.0f} m deep, centroid {14:.0f} m deep; Mw {15:.2f}; RMS residual {16:.3g} mm</source>
        <translation>Faille : azimut {0:.1f} ± {1:.1f}°, pendage {2:.1f} ± {3:.1f}°, angle de glissement {4:.1f} ± {5:.1f}°, glissement {6:.3f} ± {7:.3f} m, longueur {8:.0f} ± {9:.0f} m, largeur {10:.0f} ± {11:.0f} m, bord supérieur à {12:.0f} ± {13:.0f} m de profondeur, centroïde à {14:.0f} m de profondeur ; Mw {15:.2f} ; résidu RMS {16:.3g} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="240"/>
        <source>The solution sits on the bounds of: {0}; widen them (advanced parameters) unless they are physical limits.</source>
        <translation>La solution est sur les bornes de : {0} ; élargissez-les (paramètres avancés) sauf si ce sont des limites physiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="244"/>
        <source>noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm²</source>
        <translation>covariance du bruit : palier {0:.3g} mm², portée {1:.0f} m, pépite {2:.3g} mm²</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="244"/>
        <source>independent noise</source>
        <translation>bruit indépendant</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="246"/>
        <source>{0}: {1} points, RMS residual {2:.3g} mm; {3}</source>
        <translation>{0} : {1} points, résidu RMS {2:.3g} mm ; {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="119"/>
        <source>Smallest depth of the top edge (m)</source>
        <translation>Profondeur minimale du bord supérieur (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="120"/>
        <source>Largest depth of the top edge (m)</source>
        <translation>Profondeur maximale du bord supérieur (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="121"/>
        <source>Smallest strike (°)</source>
        <translation>Azimut minimal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="121"/>
        <source>Largest strike (°)</source>
        <translation>Azimut maximal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="122"/>
        <source>Smallest dip (°)</source>
        <translation>Pendage minimal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="122"/>
        <source>Largest dip (°)</source>
        <translation>Pendage maximal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="123"/>
        <source>Smallest rake (°)</source>
        <translation>Angle de glissement minimal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="123"/>
        <source>Largest rake (°)</source>
        <translation>Angle de glissement maximal (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="124"/>
        <source>Smallest length (m)</source>
        <translation>Longueur minimale (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="124"/>
        <source>Largest length (m)</source>
        <translation>Longueur maximale (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="125"/>
        <source>Smallest width (m)</source>
        <translation>Largeur minimale (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="125"/>
        <source>Largest width (m)</source>
        <translation>Largeur maximale (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="126"/>
        <source>Smallest slip (m)</source>
        <translation>Glissement minimal (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="126"/>
        <source>Largest slip (m)</source>
        <translation>Glissement maximal (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Strike (°)</source>
        <translation>Azimut (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Dip (°)</source>
        <translation>Pendage (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="132"/>
        <source>Rake (°)</source>
        <translation>Angle de glissement (°)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Slip (m)</source>
        <translation>Glissement (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="133"/>
        <source>Width (m)</source>
        <translation>Largeur (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="134"/>
        <source>Depth of the top edge (m)</source>
        <translation>Profondeur du bord supérieur (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="134"/>
        <source>Centroid x (CRS of the data)</source>
        <translation>Centroïde x (SCR des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="135"/>
        <source>Centroid y (CRS of the data)</source>
        <translation>Centroïde y (SCR des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="135"/>
        <source>Centroid depth (m)</source>
        <translation>Profondeur du centroïde (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="136"/>
        <source>Moment magnitude</source>
        <translation>Magnitude de moment</translation>
    </message>
    <message>
        <location filename="../algorithms/fault_inversion.py" line="136"/>
        <source>RMS misfit</source>
        <translation>Écart RMS</translation>
    </message>
</context>
<context>
    <name>GnssCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="45"/>
        <source>GNSS correction of InSAR (long-wavelength surface)</source>
        <translation>Correction GNSS de l'InSAR (surface de grande longueur d'onde)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="52"/>
        <source>LOS velocity raster (mm/yr) or time-series raster (mm, one band per date)</source>
        <translation>Raster de vitesse LOS (mm/an) ou raster de séries temporelles (mm, une bande par date)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="54"/>
        <source>GNSS velocities (points)</source>
        <translation>Vitesses GNSS (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="56"/>
        <source>Station name field</source>
        <translation>Champ du nom de station</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>East velocity field (mm/yr)</source>
        <translation>Champ de vitesse est (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>North velocity field (mm/yr)</source>
        <translation>Champ de vitesse nord (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>Up velocity field (mm/yr)</source>
        <translation>Champ de vitesse verticale (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>East 1σ field (mm/yr)</source>
        <translation>Champ 1σ est (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>North 1σ field (mm/yr)</source>
        <translation>Champ 1σ nord (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="60"/>
        <source>Up 1σ field (mm/yr)</source>
        <translation>Champ 1σ vertical (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>Correction surface</source>
        <translation>Surface de correction</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>offset</source>
        <translation>décalage</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>plane</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="69"/>
        <source>quadratic</source>
        <translation>quadratique</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="72"/>
        <source>Sampling radius around each station (m)</source>
        <translation>Rayon d'échantillonnage autour de chaque station (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="74"/>
        <source>Outlier threshold (robust standard deviations)</source>
        <translation>Seuil des valeurs aberrantes (écarts types robustes)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="78"/>
        <source>GNSS-corrected raster</source>
        <translation>Raster corrigé par GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="79"/>
        <source>Correction surface (added to the input)</source>
        <translation>Surface de correction (ajoutée à l'entrée)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="81"/>
        <source>GNSS − InSAR residuals</source>
        <translation>Résidus GNSS − InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="83"/>
        <source>RMS of InSAR − GNSS before</source>
        <translation>RMS de InSAR − GNSS avant</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="84"/>
        <source>RMS of InSAR − GNSS after</source>
        <translation>RMS de InSAR − GNSS après</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="85"/>
        <source>Number of stations used</source>
        <translation>Nombre de stations utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="142"/>
        <source>Skipped: {0}</source>
        <translation>Ignorées : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="145"/>
        <source>Skipped (missing velocity): {0}</source>
        <translation>Ignorées (vitesse manquante) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="167"/>
        <source>No valid InSAR pixel within {0:g} m of: {1}</source>
        <translation>Aucun pixel InSAR valide à moins de {0:g} m de : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="174"/>
        <source>Band {0}: too few valid stations to fit the surface; its output is NaN.</source>
        <translation>Bande {0} : trop peu de stations valides pour ajuster la surface ; sa sortie est NaN.</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="179"/>
        <source>Outlier station rejected: {0}</source>
        <translation>Station aberrante rejetée : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="197"/>
        <source>RMS of InSAR − GNSS over {0} stations: {1:.2f} {3} before, {2:.2f} {3} after</source>
        <translation>RMS de InSAR − GNSS sur {0} stations : {1:.2f} {3} avant, {2:.2f} {3} après</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="48"/>
        <source>GNSS-corrected</source>
        <translation>Corrigé par GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="48"/>
        <source>GNSS correction surface</source>
        <translation>Surface de correction GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="49"/>
        <source>GNSS residuals</source>
        <translation>Résidus GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_correction.py" line="164"/>
        <source>Warning: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
</context>
<context>
    <name>GnssTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="39"/>
        <source>GNSS station velocities (trajectory model)</source>
        <translation>Vitesses des stations GNSS (modèle de trajectoire)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>Periodic terms</source>
        <translation>Termes périodiques</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="44"/>
        <source>semi-annual</source>
        <translation>semi-annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="48"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>Termes post-sismiques logarithmiques (AAAA-MM-JJ:tau_jours, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="51"/>
        <source>Start date (YYYY-MM-DD, empty = first epoch)</source>
        <translation>Date de début (AAAA-MM-JJ, vide = première époque)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="53"/>
        <source>End date (YYYY-MM-DD, empty = last epoch)</source>
        <translation>Date de fin (AAAA-MM-JJ, vide = dernière époque)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="65"/>
        <source>Outlier threshold (robust standard deviations, 0 = keep all)</source>
        <translation>Seuil des valeurs aberrantes (écarts types robustes, 0 = tout garder)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="68"/>
        <source>Estimate steps where the antenna height changes (NGL files)</source>
        <translation>Estimer des sauts aux changements de hauteur d'antenne (fichiers NGL)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="70"/>
        <source>Station velocities</source>
        <translation>Vitesses des stations</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="113"/>
        <source>{0}: {1} days ({2} rejected), ve {3:.2f} vn {4:.2f} vu {5:.2f} mm/yr</source>
        <translation>{0} : {1} jours ({2} rejetés), ve {3:.2f} vn {4:.2f} vu {5:.2f} mm/an</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>Noise model of the 1σ</source>
        <translation>Modèle de bruit du 1σ</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white + flicker noise, maximum likelihood (Hector-style)</source>
        <translation>bruit blanc + bruit de scintillation, maximum de vraisemblance (à la Hector)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white + power-law noise, spectral index estimated (slower)</source>
        <translation>bruit blanc + bruit en loi de puissance, indice spectral estimé (plus lent)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="55"/>
        <source>white noise with AR(1) inflation</source>
        <translation>bruit blanc avec inflation AR(1)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>Velocity estimator</source>
        <translation>Estimateur de la vitesse</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>trajectory model (least squares)</source>
        <translation>modèle de trajectoire (moindres carrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="60"/>
        <source>MIDAS robust median of one-year slopes (Blewitt et al. 2016)</source>
        <translation>MIDAS : médiane robuste des pentes sur un an (Blewitt et al. 2016)</translation>
    </message>
    <message>
        <location filename="../algorithms/gnss_time_series.py" line="97"/>
        <source>Warning: {0}: step or post-seismic date {1} outside its data ({2} to {3}); not estimated for this station.</source>
        <translation>Attention : {0} : la date de saut ou post-sismique {1} est hors de ses données ({2} au {3}) ; non estimée pour cette station.</translation>
    </message>
</context>
<context>
    <name>HelpIndex</name>
    <message>
        <location filename="../scripts/make_help.py" line="29"/>
        <source>Deformation Toolbox help</source>
        <translation>Aide de la boîte à outils Déformation</translation>
    </message>
    <message>
        <location filename="../scripts/make_help.py" line="30"/>
        <source>Deformation Toolbox</source>
        <translation>Boîte à outils Déformation</translation>
    </message>
    <message>
        <location filename="../scripts/make_help.py" line="31"/>
        <source>Algorithms in the Processing toolbox, group by group in the order of the work. The showcase model (resources/models/showcase_asc_desc.model3) chains them on simulated data.</source>
        <translation>Les algorithmes de la boîte à outils de traitements, groupe par groupe dans l'ordre du travail. Le modèle de démonstration (resources/models/showcase_asc_desc.model3) les enchaîne sur des données simulées.</translation>
    </message>
</context>
<context>
    <name>ImportEgmsAlgorithm</name>
    <message>
        <location filename="../algorithms/import_egms.py" line="42"/>
        <source>Import EGMS products (L2a, L2b, L3 CSV)</source>
        <translation>Importer des produits EGMS (CSV L2a, L2b, L3)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="45"/>
        <source>European Ground Motion Service CSV or ZIP files to a point layer and to rasters on the EGMS 100 m grid: mean velocity, its 1σ, time series, incidence and heading.</source>
        <translation>Fichiers CSV ou ZIP du service européen de mouvements du sol (EGMS) vers une couche de points et des rasters sur la grille EGMS de 100 m : vitesse moyenne, son 1σ, séries temporelles, incidence et cap.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="49"/>
        <source>ortho</source>
        <translation>ortho</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="50"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="53"/>
        <source>EGMS files (.csv, or the .zip as downloaded)</source>
        <translation>Fichiers EGMS (.csv, ou le .zip tel que téléchargé)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="54"/>
        <source>Cell size of the rasters, in CRS units (EGMS L3: 100 m)</source>
        <translation>Taille de cellule des rasters, en unités du SCR (EGMS L3 : 100 m)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="54"/>
        <source>CRS of the rasters (EGMS: EPSG:3035)</source>
        <translation>SCR des rasters (EGMS : EPSG:3035)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="58"/>
        <source>Keep the time series in the point layer (one field D&lt;YYYYMMDD&gt; per date)</source>
        <translation>Garder les séries temporelles dans la couche de points (un champ D&lt;YYYYMMDD&gt; par date)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="62"/>
        <source>EGMS points</source>
        <translation>Points EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="66"/>
        <source>Number of points read</source>
        <translation>Nombre de points lus</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="67"/>
        <source>Number of raster cells with points</source>
        <translation>Nombre de cellules raster avec des points</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="105"/>
        <source>EGMS {0} ({1}): {2} file(s), {3} dates {4} … {5}</source>
        <translation>EGMS {0} ({1}) : {2} fichier(s), {3} dates {4} … {5}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="128"/>
        <source>{0} points read</source>
        <translation>{0} points lus</translation>
    </message>
</context>
<context>
    <name>ImportLicsbasAlgorithm</name>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="22"/>
        <source>Import LiCSBAS / LiCSAR products</source>
        <translation>Importer des produits LiCSBAS / LiCSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="25"/>
        <source>LiCSBAS cum.h5 and raw results/ files (with EQA.dem_par), LiCSAR frame GeoTIFFs (unw, cc, E/N/U, hgt) to GeoTIFF stacks and maps the toolbox reads directly.</source>
        <translation>Fichiers cum.h5 et résultats bruts de LiCSBAS (avec EQA.dem_par), GeoTIFF de trame LiCSAR (phase déroulée, cohérence, E/N/U, altitude) vers des piles GeoTIFF et des cartes que la boîte à outils lit directement.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="29"/>
        <source>interferograms</source>
        <translation>interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="32"/>
        <source>LiCSBAS / LiCSAR files (cum.h5, results/vel, EQA.dem_par, E.geo, *.geo.unw.tif, *.geo.cc.tif, *.geo.E.tif …)</source>
        <translation>Fichiers LiCSBAS / LiCSAR (cum.h5, results/vel, EQA.dem_par, E.geo, *.geo.unw.tif, *.geo.cc.tif, *.geo.E.tif …)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="34"/>
        <source>LiCSAR frame folder (GEOC/ or the frame folder: all *.geo.*.tif inside)</source>
        <translation>Dossier de trame LiCSAR (GEOC/ ou le dossier de la trame : tous les *.geo.*.tif qu'il contient)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>Look direction (for the heading from E/N/U)</source>
        <translation>Direction de visée (pour le cap à partir de E/N/U)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="37"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/import_licsbas.py" line="67"/>
        <source>Grid: {0}×{1} pixels, origin {2:.6f}, {3:.6f} (pixel corner), post {4:g}° × {5:g}°</source>
        <translation>Grille : {0}×{1} pixels, origine {2:.6f}, {3:.6f} (coin de pixel), pas {4:g}° × {5:g}°</translation>
    </message>
</context>
<context>
    <name>ImportMintPyAlgorithm</name>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="20"/>
        <source>Import MintPy products (HDF5)</source>
        <translation>Importer des produits MintPy (HDF5)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="23"/>
        <source>MintPy timeseries/velocity/temporalCoherence/geometry .h5 files (geocoded or in radar coordinates) to GeoTIFFs in mm, mm/yr and degrees.</source>
        <translation>Fichiers .h5 de MintPy (séries temporelles, vitesse, cohérence temporelle, géométrie ; géocodés ou en coordonnées radar) vers des GeoTIFF en mm, mm/an et degrés.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="27"/>
        <source>geocode</source>
        <translation>géocodage</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="30"/>
        <source>MintPy files (timeseries.h5, velocity.h5, temporalCoherence.h5, geometryGeo.h5 or geometryRadar.h5, geo_*.h5)</source>
        <translation>Fichiers MintPy (timeseries.h5, velocity.h5, temporalCoherence.h5, geometryGeo.h5 ou geometryRadar.h5, geo_*.h5)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="32"/>
        <source>Mask pixels with temporal coherence below (needs temporalCoherence.h5; 0 = no mask)</source>
        <translation>Masquer les pixels de cohérence temporelle inférieure à (nécessite temporalCoherence.h5 ; 0 = pas de masque)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>from the files (ANTENNA_SIDE; right when absent)</source>
        <translation>d'après les fichiers (ANTENNA_SIDE ; droite en son absence)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="36"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="40"/>
        <source>Output pixel size for radar-coordinate files, in CRS units (0 = the radar spacing)</source>
        <translation>Taille du pixel de sortie pour les fichiers en coordonnées radar, en unités du SCR (0 = le pas radar)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="40"/>
        <source>Output CRS for radar-coordinate files [EPSG:4326]</source>
        <translation>SCR de sortie pour les fichiers en coordonnées radar [EPSG:4326]</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>MintPy files: {0}; {1}; look direction {2}</source>
        <translation>Fichiers MintPy : {0} ; {1} ; direction de visée {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>radar coordinates, geocoded through latitude/longitude</source>
        <translation>coordonnées radar, géocodées par latitude/longitude</translation>
    </message>
    <message>
        <location filename="../algorithms/import_mintpy.py" line="53"/>
        <source>geocoded</source>
        <translation>géocodé</translation>
    </message>
</context>
<context>
    <name>MogiForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="16"/>
        <source>Mogi source forward model</source>
        <translation>Modèle direct de source de Mogi</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="19"/>
        <source>Source: the point above the centre of the pressure source</source>
        <translation>Source : le point à l'aplomb du centre de la source de pression</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="22"/>
        <source>Source depth below the surface (m)</source>
        <translation>Profondeur de la source sous la surface (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_forward.py" line="24"/>
        <source>Volume change (m³; positive = inflation)</source>
        <translation>Variation de volume (m³ ; positive = gonflement)</translation>
    </message>
</context>
<context>
    <name>MogiInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="34"/>
        <source>Mogi source inversion</source>
        <translation>Inversion de source de Mogi</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="45"/>
        <source>LOS displacement (mm) or velocity (mm/yr) raster</source>
        <translation>Raster de déplacement LOS (mm) ou de vitesse LOS (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="53"/>
        <source>Mogi source</source>
        <translation>Source de Mogi</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="37"/>
        <source>Position, depth and volume change of Mogi point sources from ascending/descending LOS rasters and GNSS displacements, with 1σ.</source>
        <translation>Position, profondeur et variation de volume de sources ponctuelles de Mogi à partir de rasters LOS ascendants/descendants et de déplacements GNSS, avec 1σ.</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>Mogi</source>
        <translation>Mogi</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>volcano</source>
        <translation>volcan</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>inflation</source>
        <translation>gonflement</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="41"/>
        <source>inversion</source>
        <translation>inversion</translation>
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
        <translation>ascendant</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="42"/>
        <source>descending</source>
        <translation>descendant</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="48"/>
        <source>More LOS rasters, each with its own geometry (e.g. descending)</source>
        <translation>Autres rasters LOS, chacun avec sa propre géométrie (p. ex. descendant)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="50"/>
        <source>Number of Mogi sources</source>
        <translation>Nombre de sources de Mogi</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="91"/>
        <source>Source {0} at x {1:.1f}, y {2:.1f} (±{3:.0f}, ±{4:.0f} m), depth {5:.0f} ± {6:.0f} m, volume change {7:.4g} ± {8:.2g}</source>
        <translation>Source {0} en x {1:.1f}, y {2:.1f} (±{3:.0f}, ±{4:.0f} m), profondeur {5:.0f} ± {6:.0f} m, variation de volume {7:.4g} ± {8:.2g}</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="96"/>
        <source>Source {0}: the volume change is not significant (below 2σ); the data may hold no Mogi-like signal there.</source>
        <translation>Source {0} : la variation de volume n'est pas significative (inférieure à 2σ) ; les données n'y contiennent peut-être aucun signal de type Mogi.</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="100"/>
        <source>noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm² per pixel</source>
        <translation>covariance du bruit : palier {0:.3g} mm², portée {1:.0f} m, pépite {2:.3g} mm² par pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="100"/>
        <source>independent noise</source>
        <translation>bruit indépendant</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="102"/>
        <source>{0}: {1} points, RMS residual {2:.3g} mm; {3}</source>
        <translation>{0} : {1} points, résidu RMS {2:.3g} mm ; {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="104"/>
        <source>RMS residual of all data {0:.3g} mm</source>
        <translation>Résidu RMS de toutes les données {0:.3g} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="56"/>
        <source>Source x (CRS of the data)</source>
        <translation>Source x (SCR des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="56"/>
        <source>Source y (CRS of the data)</source>
        <translation>Source y (SCR des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="57"/>
        <source>Source depth (m)</source>
        <translation>Profondeur de la source (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="58"/>
        <source>Source volume change (m³)</source>
        <translation>Variation de volume de la source (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/mogi_inversion.py" line="58"/>
        <source>RMS misfit</source>
        <translation>Écart RMS</translation>
    </message>
</context>
<context>
    <name>MosaicFramesAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="37"/>
        <source>Mosaic overlapping frames</source>
        <translation>Assembler en mosaïque des scènes qui se recouvrent</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="65"/>
        <source>Mosaic</source>
        <translation>Mosaïque</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="43"/>
        <source>Overlapping frames (velocity or time-series rasters, any grid or CRS)</source>
        <translation>Scènes qui se recouvrent (rasters de vitesse ou de séries temporelles, toute grille ou tout SCR)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>Correction per frame</source>
        <translation>Correction par scène</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>offset</source>
        <translation>décalage</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="46"/>
        <source>plane (offset and east, north gradients)</source>
        <translation>plan (décalage et gradients est, nord)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="49"/>
        <source>Reference frame, kept as it is (its place in the list, from 1)</source>
        <translation>Scène de référence, laissée telle quelle (son rang dans la liste, à partir de 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="52"/>
        <source>Output CRS (empty = that of the first frame)</source>
        <translation>SCR de sortie (vide = celui de la première scène)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="54"/>
        <source>Output pixel size in the output CRS (0 = that of the first frame)</source>
        <translation>Taille de pixel de sortie dans le SCR de sortie (0 = celle de la première scène)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>Resampling of frames on another grid</source>
        <translation>Rééchantillonnage des scènes sur une autre grille</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>automatic (average when coarsening, else bilinear)</source>
        <translation>automatique (moyenne en sous-échantillonnage, sinon bilinéaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>nearest</source>
        <translation>plus proche voisin</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>bilinear</source>
        <translation>bilinéaire</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>cubic</source>
        <translation>cubique</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="57"/>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="61"/>
        <source>Most pixels sampled in each overlap for the fit</source>
        <translation>Nombre maximal de pixels échantillonnés dans chaque recouvrement pour l'ajustement</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="66"/>
        <source>Report of the corrections and overlaps</source>
        <translation>Rapport des corrections et des recouvrements</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="66"/>
        <source>HTML files (*.html);;CSV files (*.csv)</source>
        <translation>Fichiers HTML (*.html);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Number of frames</source>
        <translation>Nombre de scènes</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Number of overlaps</source>
        <translation>Nombre de recouvrements</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Pixels in the overlaps (first band)</source>
        <translation>Pixels dans les recouvrements (première bande)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>RMS of the differences in the overlaps before the correction</source>
        <translation>RMS des différences dans les recouvrements avant la correction</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>RMS of the differences in the overlaps after the correction</source>
        <translation>RMS des différences dans les recouvrements après la correction</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="69"/>
        <source>Largest mean difference of an overlap after the correction</source>
        <translation>Plus grande différence moyenne d'un recouvrement après la correction</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="96"/>
        <source>{0} frames, {1} overlaps; RMS of the differences in the overlaps: {2:.3f} {4} before, {3:.3f} {4} after the correction</source>
        <translation>{0} scènes, {1} recouvrements ; RMS des différences dans les recouvrements : {2:.3f} {4} avant, {3:.3f} {4} après la correction</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic_frames.py" line="101"/>
        <source>{0}: offset {1:+.3f} {2}, gradients {3:+.4f} east, {4:+.4f} north {2}/km (first band)</source>
        <translation>{0} : décalage {1:+.3f} {2}, gradients {3:+.4f} est, {4:+.4f} nord {2}/km (première bande)</translation>
    </message>
</context>
<context>
    <name>NetworkPlotAlgorithm</name>
    <message>
        <location filename="../algorithms/network_plot.py" line="58"/>
        <source>Interferogram network plot and checks</source>
        <translation>Graphe et contrôles du réseau d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="61"/>
        <source>Interferogram network</source>
        <translation>Réseau d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="61"/>
        <source>Network dates</source>
        <translation>Dates du réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="64"/>
        <source>Interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>Interférogrammes (nommés ou décrits YYYYMMDD_YYYYMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="67"/>
        <source>Coherence rasters, matched to the interferograms by date pair or order</source>
        <translation>Rasters de cohérence, associés aux interférogrammes par paire de dates ou par ordre</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="70"/>
        <source>Perpendicular baselines table (LiCSAR baselines, or date/pair and metres)</source>
        <translation>Table des lignes de base perpendiculaires (baselines LiCSAR, ou date/paire et mètres)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="70"/>
        <source>Text tables (*.txt *.csv *.dat baselines);;All files (*)</source>
        <translation>Tables texte (*.txt *.csv *.dat baselines);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="73"/>
        <source>Network plot</source>
        <translation>Graphe du réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="73"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="75"/>
        <source>Interferograms as lines (decimal year × perpendicular baseline)</source>
        <translation>Interférogrammes en lignes (année décimale × ligne de base perpendiculaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="78"/>
        <source>Acquisition dates as points (decimal year × perpendicular baseline)</source>
        <translation>Dates d'acquisition en points (année décimale × ligne de base perpendiculaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of acquisition dates</source>
        <translation>Nombre de dates d'acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of interferograms</source>
        <translation>Nombre d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of connected groups of dates</source>
        <translation>Nombre de groupes connexes de dates</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of dates with a single interferogram</source>
        <translation>Nombre de dates à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Number of independent loops</source>
        <translation>Nombre de boucles indépendantes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="81"/>
        <source>Mean coherence of the interferograms</source>
        <translation>Cohérence moyenne des interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="100"/>
        <source>Warning: only {0} of {1} interferograms carry a perpendicular baseline in their metadata; the network is drawn without baselines. Give {2}.</source>
        <translation>Avertissement : seuls {0} des {1} interférogrammes portent une ligne de base perpendiculaire dans leurs métadonnées ; le réseau est dessiné sans lignes de base. Donnez {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="104"/>
        <source>No perpendicular baseline in the metadata of the interferograms and no {0}: the dates are spread vertically for legibility.</source>
        <translation>Aucune ligne de base perpendiculaire dans les métadonnées des interférogrammes et pas de {0} : les dates sont étalées verticalement pour la lisibilité.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="110"/>
        <source>interferogram metadata</source>
        <translation>métadonnées des interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="112"/>
        <source>Perpendicular baselines from {0}: {1:.1f} to {2:.1f} m; misfit of the pair equations {3:.3g} m RMS</source>
        <translation>Lignes de base perpendiculaires ({0}) : de {1:.1f} à {2:.1f} m ; écart des équations de paires {3:.3g} m RMS</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="117"/>
        <source>The baselines link {0} separate groups of dates: each group has its own datum (0 m on its earliest date).</source>
        <translation>Les lignes de base relient {0} groupes de dates séparés : chaque groupe a sa propre référence (0 m à sa première date).</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="120"/>
        <source>Warning: the perpendicular baselines are not consistent between interferograms ({0:.3g} m RMS misfit); check their source.</source>
        <translation>Avertissement : les lignes de base perpendiculaires ne sont pas cohérentes entre interférogrammes (écart {0:.3g} m RMS) ; vérifiez leur source.</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="175"/>
        <source>Warning: {0}</source>
        <translation>Avertissement : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="140"/>
        <source>{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, {4} date(s) with a single interferogram</source>
        <translation>{0} interférogrammes, {1} dates, {2} groupe(s) connexe(s), {3} boucles indépendantes, {4} date(s) à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="142"/>
        <source>Acquisition date</source>
        <translation>Date d'acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="143"/>
        <source>Perpendicular baseline (m)</source>
        <translation>Ligne de base perpendiculaire (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="144"/>
        <source>No perpendicular baseline known: dates spread vertically for legibility</source>
        <translation>Aucune ligne de base perpendiculaire connue : dates étalées verticalement pour la lisibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="145"/>
        <source>Mean coherence of the interferogram</source>
        <translation>Cohérence moyenne de l'interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="146"/>
        <source>No coherence given: interferograms in grey</source>
        <translation>Pas de cohérence : interférogrammes en gris</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="147"/>
        <source>acquisition</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="148"/>
        <source>group {0} ({1} dates)</source>
        <translation>groupe {0} ({1} dates)</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="149"/>
        <source>… {0} more groups</source>
        <translation>… {0} autres groupes</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="150"/>
        <source>date with a single interferogram</source>
        <translation>date à un seul interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/network_plot.py" line="151"/>
        <source>interval spanned by no interferogram</source>
        <translation>intervalle couvert par aucun interférogramme</translation>
    </message>
</context>
<context>
    <name>OkadaForwardAlgorithm</name>
    <message>
        <location filename="../algorithms/okada_forward.py" line="25"/>
        <source>Okada rectangular dislocation forward model</source>
        <translation>Modèle direct de dislocation rectangulaire d'Okada</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Strike, clockwise from north; the fault dips to its right (degrees)</source>
        <translation>Azimut, sens horaire depuis le nord ; la faille plonge vers sa droite (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Dip (degrees)</source>
        <translation>Pendage (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Rake (degrees; 0 left-lateral, 90 reverse, 180 right-lateral, -90 normal)</source>
        <translation>Angle de glissement (degrés ; 0 senestre, 90 inverse, 180 dextre, -90 normal)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Slip (m)</source>
        <translation>Glissement (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Opening, tensile (m)</source>
        <translation>Ouverture, en tension (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Length along strike (m)</source>
        <translation>Longueur selon l'azimut (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Width along dip (m)</source>
        <translation>Largeur selon le pendage (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="28"/>
        <source>East, north, up and LOS displacement of a rectangular fault (Okada 1985), placed by its top-edge centre or its centroid.</source>
        <translation>Déplacements est, nord, vertical et LOS d'une faille rectangulaire (Okada 1985), placée par le centre de son bord supérieur ou par son centroïde.</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>Okada</source>
        <translation>Okada</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>fault</source>
        <translation>faille</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>earthquake</source>
        <translation>séisme</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>dislocation</source>
        <translation>dislocation</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="32"/>
        <source>dike</source>
        <translation>dyke</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="33"/>
        <source>sill</source>
        <translation>sill</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="33"/>
        <source>forward model</source>
        <translation>modèle direct</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="36"/>
        <source>Source: surface projection of the centre of the fault&apos;s top edge, or of its centroid (see Reference point)</source>
        <translation>Source : projection en surface du centre du bord supérieur de la faille, ou de son centroïde (voir Point de référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>Reference point of the source point and depth</source>
        <translation>Point de référence du point source et de la profondeur</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>top-edge centre</source>
        <translation>centre du bord supérieur</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="40"/>
        <source>centroid (centre of the fault plane)</source>
        <translation>centroïde (centre du plan de faille)</translation>
    </message>
    <message>
        <location filename="../algorithms/okada_forward.py" line="43"/>
        <source>Depth of the reference point: top edge or centroid (m)</source>
        <translation>Profondeur du point de référence : bord supérieur ou centroïde (m)</translation>
    </message>
</context>
<context>
    <name>PlotWidget</name>
    <message>
        <location filename="../plugin/dock_base.py" line="57"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="58"/>
        <source>Reset original view</source>
        <translation>Revenir à la vue d'origine</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="59"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="60"/>
        <source>Back to previous view</source>
        <translation>Revenir à la vue précédente</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="61"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="62"/>
        <source>Forward to next view</source>
        <translation>Aller à la vue suivante</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="63"/>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="64"/>
        <source>Left button pans, right button zooms
x/y fixes the axis, Ctrl fixes the aspect</source>
        <translation>Bouton gauche : déplacer, bouton droit : zoomer
x/y fixe l'axe, Ctrl fixe les proportions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="66"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="67"/>
        <source>Zoom to rectangle
x/y fixes the axis</source>
        <translation>Zoomer sur un rectangle
x/y fixe l'axe</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="68"/>
        <source>Subplots</source>
        <translation>Sous-graphiques</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="69"/>
        <source>Configure subplots</source>
        <translation>Configurer les sous-graphiques</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="70"/>
        <source>Customize</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="71"/>
        <source>Edit axis, curve and image parameters</source>
        <translation>Modifier les paramètres des axes, courbes et images</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="72"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../plugin/dock_base.py" line="72"/>
        <source>Save the figure</source>
        <translation>Enregistrer la figure</translation>
    </message>
</context>
<context>
    <name>PointSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="114"/>
        <source>&quot;{0}&quot; has no date fields; a point time series has one field per date named YYYYMMDD, DYYYYMMDD or D_YYYYMMDD (EGMS, PS).</source>
        <translation>« {0} » n'a pas de champs de date ; une série temporelle de points a un champ par date nommé AAAAMMJJ, DAAAAMMJJ ou D_AAAAMMJJ (EGMS, PS).</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="129"/>
        <source>Point {0}</source>
        <translation>Point {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="144"/>
        <source>No point of &quot;{0}&quot; near the click; click closer or raise the tolerance.</source>
        <translation>Aucun point de « {0} » près du clic ; cliquez plus près ou augmentez la tolérance.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="149"/>
        <source>{0} of &quot;{1}&quot; has no value at any date.</source>
        <translation>{0} de « {1} » n'a de valeur à aucune date.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="157"/>
        <source>The polygon holds no point of &quot;{0}&quot;.</source>
        <translation>Le polygone ne contient aucun point de « {0} ».</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="158"/>
        <source>Mean of {0} points</source>
        <translation>Moyenne de {0} points</translation>
    </message>
</context>
<context>
    <name>ProductImportAlgorithm</name>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>InSAR</source>
        <translation>InSAR</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>velocity</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="67"/>
        <source>time series</source>
        <translation>série temporelle</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="88"/>
        <source>Reference point x (output CRS)</source>
        <translation>Point de référence x (SCR de sortie)</translation>
    </message>
    <message>
        <location filename="../algorithms/product_import.py" line="89"/>
        <source>Reference point y (output CRS)</source>
        <translation>Point de référence y (SCR de sortie)</translation>
    </message>
</context>
<context>
    <name>ProfileDock</name>
    <message>
        <location filename="../plugin/profile_dock.py" line="75"/>
        <source>Deformation profile</source>
        <translation>Profil de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="97"/>
        <source>Rasters (ticked ones are sampled)</source>
        <translation>Rasters (ceux cochés sont échantillonnés)</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="104"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="110"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="114"/>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="119"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="121"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="123"/>
        <source>Units of the point values: the points share the axis of rasters in the same units</source>
        <translation>Unités des valeurs des points : les points partagent l'axe des rasters de mêmes unités</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="135"/>
        <source>Draw line</source>
        <translation>Tracer la ligne</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="136"/>
        <source>Click the vertices of the profile; right click (or double click) to finish</source>
        <translation>Cliquez les sommets du profil ; clic droit (ou double clic) pour terminer</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="141"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="193"/>
        <source>&quot;{0}&quot; band {1} is not in the list of rasters.</source>
        <translation>La bande {1} de « {0} » n'est pas dans la liste des rasters.</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="239"/>
        <source>&quot;{0}&quot; is a {1} layer; the profile samples rasters stored in files.</source>
        <translation>« {0} » est une couche {1} ; le profil échantillonne des rasters stockés dans des fichiers.</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="247"/>
        <source>Draw a line first (Draw line, click vertices, right click to finish).</source>
        <translation>Tracez d'abord une ligne (Tracer la ligne, cliquez les sommets, clic droit pour terminer).</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="249"/>
        <source>Length {0:.0f} m</source>
        <translation>Longueur {0:.0f} m</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="258"/>
        <source>&quot;{0}&quot;: no data along the line (outside the raster or NaN).</source>
        <translation>« {0} » : aucune donnée le long de la ligne (hors du raster ou NaN).</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="265"/>
        <source>&quot;{0}&quot;: no point within {1:g} m of the line.</source>
        <translation>« {0} » : aucun point à moins de {1:g} m de la ligne.</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="269"/>
        <source>Tick rasters in the list or choose a point layer and its value field.</source>
        <translation>Cochez des rasters dans la liste ou choisissez une couche de points et son champ de valeur.</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="337"/>
        <source>Layer removed: {0} taken off the profile.</source>
        <translation>Couche supprimée : {0} retirée du profil.</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="371"/>
        <source>{0} (±{1:g} m)</source>
        <translation>{0} (±{1:g} m)</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="375"/>
        <source>Distance along the profile (m)</source>
        <translation>Distance le long du profil (m)</translation>
    </message>
    <message>
        <location filename="../plugin/profile_dock.py" line="380"/>
        <source>Tick rasters, press Draw line and click the map</source>
        <translation>Cochez des rasters, appuyez sur Tracer la ligne et cliquez sur la carte</translation>
    </message>
</context>
<context>
    <name>RasterSeriesSource</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="71"/>
        <source>&quot;{0}&quot; is a {1} layer; choose a time-series raster stored in a file.</source>
        <translation>« {0} » est une couche {1} ; choisissez un raster de séries temporelles stocké dans un fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="75"/>
        <source>&quot;{0}&quot; has a single band; a time-series raster has one band per date (band description YYYY-MM-DD or metadata DATE=YYYYMMDD).</source>
        <translation>« {0} » n'a qu'une bande ; un raster de séries temporelles a une bande par date (description de bande AAAA-MM-JJ ou métadonnée DATE=YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="91"/>
        <source>The click is outside &quot;{0}&quot;.</source>
        <translation>Le clic est en dehors de « {0} ».</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="95"/>
        <source>No data at pixel (column {0}, row {1}) of &quot;{2}&quot;: every date is empty (NaN / nodata).</source>
        <translation>Aucune donnée au pixel (colonne {0}, ligne {1}) de « {2} » : toutes les dates sont vides (NaN / nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="98"/>
        <source>Pixel {0}, {1}</source>
        <translation>Pixel {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="104"/>
        <source>The polygon holds no valid pixel of &quot;{0}&quot;.</source>
        <translation>Le polygone ne contient aucun pixel valide de « {0} ».</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="105"/>
        <source>Mean of {0} pixels</source>
        <translation>Moyenne de {0} pixels</translation>
    </message>
</context>
<context>
    <name>SbasInversionAlgorithm</name>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="75"/>
        <source>SBAS inversion (time series from interferograms)</source>
        <translation>Inversion SBAS (séries temporelles à partir d'interférogrammes)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="83"/>
        <source>Unwrapped interferograms (named or described YYYYMMDD_YYYYMMDD)</source>
        <translation>Interférogrammes déroulés (nommés ou décrits AAAAMMJJ_AAAAMMJJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="86"/>
        <source>Coherence rasters, matched to the interferograms by date pair</source>
        <translation>Rasters de cohérence, associés aux interférogrammes par paire de dates</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>Units of the interferograms</source>
        <translation>Unités des interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>radians</source>
        <translation>radians</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>millimetres</source>
        <translation>millimètres</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="89"/>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="93"/>
        <source>Reference point (empty = automatic: coherent, fully covered window)</source>
        <translation>Point de référence (vide = automatique : fenêtre cohérente, entièrement couverte)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="96"/>
        <source>Reference window radius (pixels)</source>
        <translation>Rayon de la fenêtre de référence (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="99"/>
        <source>Weighting</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="99"/>
        <source>coherence</source>
        <translation>cohérence</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="102"/>
        <source>Number of looks of the interferograms (coherence weighting)</source>
        <translation>Nombre de vues des interférogrammes (pondération par la cohérence)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="105"/>
        <source>Temporal smoothing</source>
        <translation>Lissage temporel</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="105"/>
        <source>ABIC</source>
        <translation>ABIC</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="108"/>
        <source>Smoothing factor κ² when fixed (yr⁴/mm²)</source>
        <translation>Facteur de lissage κ² s'il est fixé (yr⁴/mm²)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="126"/>
        <source>Minimum coherence (observations below are dropped)</source>
        <translation>Cohérence minimale (les observations en dessous sont écartées)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="133"/>
        <source>Pixels sampled to choose κ² by ABIC</source>
        <translation>Pixels échantillonnés pour choisir κ² par ABIC</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="144"/>
        <source>Displacement time series (mm)</source>
        <translation>Série temporelle de déplacement (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="146"/>
        <source>Velocity (mm/yr) and steps (mm)</source>
        <translation>Vitesse (mm/an) et sauts (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="148"/>
        <source>Quality (temporal coherence, RMS residual, interferograms used)</source>
        <translation>Qualité (cohérence temporelle, résidu RMS, interférogrammes utilisés)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="162"/>
        <source>Smoothing factor κ² used</source>
        <translation>Facteur de lissage κ² utilisé</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="171"/>
        <source>Reference point X (CRS of the grid)</source>
        <translation>Point de référence X (SCR de la grille)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="172"/>
        <source>Reference point Y (CRS of the grid)</source>
        <translation>Point de référence Y (SCR de la grille)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="234"/>
        <source>{0} interferograms; weighting {1}, smoothing {2}</source>
        <translation>{0} interférogrammes ; pondération {1}, lissage {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="240"/>
        <source>Warning: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>Atmospheric delay per date (estimated with the displacement when smoothing)</source>
        <translation>Retard atmosphérique par date (estimé avec le déplacement en cas de lissage)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="111"/>
        <source>estimate</source>
        <translation>estimer</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="114"/>
        <source>Atmospheric delay standard deviation per date when fixed (mm)</source>
        <translation>Écart type du retard atmosphérique par date s'il est fixé (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="150"/>
        <source>Estimated atmospheric delay per date (mm)</source>
        <translation>Retard atmosphérique estimé par date (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="163"/>
        <source>Atmospheric delay standard deviation used (mm)</source>
        <translation>Écart type du retard atmosphérique utilisé (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="165"/>
        <source>Atmosphere variance ratio ρ used (mm²)</source>
        <translation>Rapport de variance de l'atmosphère ρ utilisé (mm²)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="254"/>
        <source>{0} acquisitions from {1} to {2}; κ² = {3:.6g}; atmosphere σ_a = {4:.3g} mm (ρ = {5:.4g}); reference ({6:.3f}, {7:.3f})</source>
        <translation>{0} acquisitions du {1} au {2} ; κ² = {3:.6g} ; atmosphère σ_a = {4:.3g} mm (ρ = {5:.4g}) ; référence ({6:.3f}, {7:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="78"/>
        <source>SBAS velocity</source>
        <translation>Vitesse SBAS</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="78"/>
        <source>SBAS time series</source>
        <translation>Série temporelle SBAS</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="79"/>
        <source>SBAS quality</source>
        <translation>Qualité SBAS</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="79"/>
        <source>SBAS atmosphere</source>
        <translation>Atmosphère SBAS</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>Loop closure of the network (unwrapping errors)</source>
        <translation>Fermeture des boucles du réseau (erreurs de déroulement)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>flag (count bad loops)</source>
        <translation>signaler (compter les boucles incohérentes)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="129"/>
        <source>correct integer-cycle jumps by closure</source>
        <translation>corriger les sauts d'un nombre entier de cycles par fermeture</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="156"/>
        <source>Loop closure counts (bad loops before, after, corrected interferograms)</source>
        <translation>Comptes de fermeture (boucles incohérentes avant, après, interférogrammes corrigés)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="80"/>
        <source>SBAS filtered atmosphere</source>
        <translation>Atmosphère filtrée SBAS</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="117"/>
        <source>Spatio-temporal atmospheric filter of the time series</source>
        <translation>Filtre atmosphérique spatio-temporel des séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="119"/>
        <source>Atmospheric filter: width in time (days, 0 = from the data)</source>
        <translation>Filtre atmosphérique : largeur en temps (jours, 0 = déduite des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="122"/>
        <source>Atmospheric filter: width in space (m, 0 = from the data)</source>
        <translation>Filtre atmosphérique : largeur en espace (m, 0 = déduite des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="153"/>
        <source>Atmosphere removed by the filter, per date (mm)</source>
        <translation>Atmosphère retirée par le filtre, par date (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="167"/>
        <source>Atmospheric filter width in time used (days)</source>
        <translation>Largeur en temps du filtre atmosphérique utilisée (jours)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="169"/>
        <source>Atmospheric filter width in space used (m)</source>
        <translation>Largeur en espace du filtre atmosphérique utilisée (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="231"/>
        <source>Warning: {0} is written only with {1}; it is left out.</source>
        <translation>Avertissement : {0} n’est écrit qu’avec {1} ; il est omis.</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="135"/>
        <source>Previous run to continue (its state folder; only new interferograms are read)</source>
        <translation>Inversion précédente à poursuivre (son dossier d’état ; seuls les nouveaux interférogrammes sont lus)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="159"/>
        <source>State for incremental updates (new folder)</source>
        <translation>État pour les mises à jour incrémentales (nouveau dossier)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="245"/>
        <source>Warning: {0} is not written by an update of {1}; it is left out.</source>
        <translation>Avertissement : {0} n’est pas écrit par une mise à jour de {1} ; il est omis.</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="248"/>
        <source>Update of the previous run in {0}: model settings are taken from its state; quality covers the new interferograms.</source>
        <translation>Mise à jour de l’inversion précédente dans {0} : les réglages du modèle viennent de son état ; la qualité porte sur les nouveaux interférogrammes.</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>Compression of the raster outputs</source>
        <translation>Compression des rasters produits</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>DEFLATE (smaller files)</source>
        <translation>DEFLATE (fichiers plus petits)</translation>
    </message>
    <message>
        <location filename="../algorithms/sbas_inversion.py" line="140"/>
        <source>none (faster to write and to read)</source>
        <translation>aucune (plus rapide à écrire et à lire)</translation>
    </message>
</context>
<context>
    <name>SimulateStackAlgorithm</name>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="78"/>
        <source>Simulate interferogram stack</source>
        <translation>Simuler une pile d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="87"/>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="88"/>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="89"/>
        <source>Pixel size (m)</source>
        <translation>Taille du pixel (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="141"/>
        <source>Number of acquisitions</source>
        <translation>Nombre d'acquisitions</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="91"/>
        <source>Revisit interval (days; some acquisitions are missed)</source>
        <translation>Intervalle de revisite (jours ; certaines acquisitions manquent)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="92"/>
        <source>Interferograms per date (links to the next dates)</source>
        <translation>Interférogrammes par date (liens vers les dates suivantes)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="93"/>
        <source>Incidence angle at the scene centre (degrees)</source>
        <translation>Angle d'incidence au centre de la scène (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="94"/>
        <source>Satellite heading (degrees clockwise from north)</source>
        <translation>Cap du satellite (degrés dans le sens horaire depuis le nord)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="95"/>
        <source>Mogi source depth (m)</source>
        <translation>Profondeur de la source de Mogi (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="96"/>
        <source>Mogi volume change rate (m³/yr)</source>
        <translation>Taux de variation de volume de Mogi (m³/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="97"/>
        <source>Subsidence bowl vertical rate (mm/yr)</source>
        <translation>Vitesse verticale de la cuvette de subsidence (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="98"/>
        <source>Subsidence bowl annual amplitude (mm)</source>
        <translation>Amplitude annuelle de la cuvette de subsidence (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="99"/>
        <source>Co-seismic slip across the fault (mm)</source>
        <translation>Glissement cosismique à travers la faille (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="100"/>
        <source>Turbulent atmosphere RMS per date (mm)</source>
        <translation>RMS de l'atmosphère turbulente par date (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="101"/>
        <source>Stratified atmosphere RMS per date (mm per km of height)</source>
        <translation>RMS de l'atmosphère stratifiée par date (mm par km d'altitude)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="102"/>
        <source>Number of looks for phase noise (0 = no noise)</source>
        <translation>Nombre de vues pour le bruit de phase (0 = sans bruit)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="103"/>
        <source>Coherence decay time (days)</source>
        <translation>Temps de décroissance de la cohérence (jours)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="105"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="108"/>
        <source>Projected CRS of the scene</source>
        <translation>SCR projeté de la scène</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="110"/>
        <source>Scene centre (default: 138.52°E 36.40°N)</source>
        <translation>Centre de la scène (par défaut : 138,52° E 36,40° N)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="112"/>
        <source>First acquisition (YYYY-MM-DD)</source>
        <translation>Première acquisition (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="118"/>
        <source>Co-seismic step date (YYYY-MM-DD, empty = none)</source>
        <translation>Date du saut cosismique (AAAA-MM-JJ, vide = aucun)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="120"/>
        <source>Network gap: no interferogram spans this date (YYYY-MM-DD)</source>
        <translation>Coupure du réseau : aucun interférogramme ne couvre cette date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>Look direction</source>
        <translation>Direction de visée</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="123"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="127"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="131"/>
        <source>Interferograms</source>
        <translation>Interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="132"/>
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth time series (mm)</source>
        <translation>Série temporelle vraie (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth LOS velocity (mm/yr)</source>
        <translation>Vitesse LOS vraie (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Truth co-seismic step (mm)</source>
        <translation>Saut cosismique vrai (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Incidence (degrees)</source>
        <translation>Incidence (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>Heading (degrees)</source>
        <translation>Cap (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="133"/>
        <source>DEM (m)</source>
        <translation>MNT (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="140"/>
        <source>Number of interferograms</source>
        <translation>Nombre d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="194"/>
        <source>Simulating {0}×{1} pixels, {2} dates…</source>
        <translation>Simulation de {0}×{1} pixels, {2} dates…</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="202"/>
        <source>{0} acquisitions from {1} to {2}; {3} interferograms in {4}</source>
        <translation>{0} acquisitions du {1} au {2} ; {3} interférogrammes dans {4}</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="81"/>
        <source>Truth LOS velocity</source>
        <translation>Vitesse LOS vraie</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="82"/>
        <source>Interferogram</source>
        <translation>Interférogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="83"/>
        <source>Simulated GNSS stations</source>
        <translation>Stations GNSS simulées</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="104"/>
        <source>Share of interferograms with an unwrapping error (a region off by ±2π)</source>
        <translation>Part des interférogrammes avec une erreur de déroulement (une région décalée de ±2π)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="128"/>
        <source>Simulated GNSS stations (true velocity + noise, mm/yr)</source>
        <translation>Stations GNSS simulées (vitesse vraie + bruit, mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/simulate_stack.py" line="198"/>
        <source>{2}: &quot;{0}&quot; already holds a stack (or folders of the same names); nothing there was touched: this stack is in &quot;{1}&quot;.</source>
        <translation>{2} : « {0} » contient déjà une pile (ou des dossiers de mêmes noms) ; rien n'y a été modifié : cette pile est dans « {1} ».</translation>
    </message>
</context>
<context>
    <name>SplitSpectrumAlgorithm</name>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="30"/>
        <source>Split-spectrum ionospheric correction</source>
        <translation>Correction ionosphérique par division du spectre</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="33"/>
        <source>Low sub-band unwrapped interferogram (radians)</source>
        <translation>Interférogramme déroulé de la sous-bande basse (radians)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="35"/>
        <source>High sub-band unwrapped interferogram (radians)</source>
        <translation>Interférogramme déroulé de la sous-bande haute (radians)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the full band (e.g. MHz)</source>
        <translation>Fréquence centrale de la bande complète (p. ex. MHz)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the low sub-band (same unit)</source>
        <translation>Fréquence centrale de la sous-bande basse (même unité)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="37"/>
        <source>Centre frequency of the high sub-band (same unit)</source>
        <translation>Fréquence centrale de la sous-bande haute (même unité)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="42"/>
        <source>Ionospheric (dispersive) phase at the centre frequency (radians)</source>
        <translation>Phase ionosphérique (dispersive) à la fréquence centrale (radians)</translation>
    </message>
    <message>
        <location filename="../algorithms/split_spectrum.py" line="44"/>
        <source>Non-dispersive phase at the centre frequency (radians)</source>
        <translation>Phase non dispersive à la fréquence centrale (radians)</translation>
    </message>
</context>
<context>
    <name>StrainRateAlgorithm</name>
    <message>
        <location filename="../algorithms/strain_rate.py" line="95"/>
        <source>Strain rate from GNSS velocities</source>
        <translation>Taux de déformation à partir des vitesses GNSS</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="98"/>
        <source>GNSS velocities (points)</source>
        <translation>Vitesses GNSS (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="100"/>
        <source>Station name field</source>
        <translation>Champ du nom de station</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>East velocity field (mm/yr)</source>
        <translation>Champ de vitesse est (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>North velocity field (mm/yr)</source>
        <translation>Champ de vitesse nord (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>East 1σ field (mm/yr, optional)</source>
        <translation>Champ 1σ est (mm/an, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="105"/>
        <source>North 1σ field (mm/yr, optional)</source>
        <translation>Champ 1σ nord (mm/an, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>Delaunay triangles</source>
        <translation>triangles de Delaunay</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="112"/>
        <source>gridded (Gaussian distance weighting)</source>
        <translation>maillé (pondération gaussienne par la distance)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="116"/>
        <source>Grid spacing (m, 0 = about 100 cells across the network)</source>
        <translation>Pas de la grille (m, 0 = environ 100 cellules sur le réseau)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="119"/>
        <source>Smoothing distance D of the gridded method (m, 0 = automatic)</source>
        <translation>Distance de lissage D de la méthode maillée (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="136"/>
        <source>Minimum number of stations within 2·D of a grid cell</source>
        <translation>Nombre minimal de stations à moins de 2·D d'une cellule</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="139"/>
        <source>Drop triangles with an edge longer than (m, 0 = keep all)</source>
        <translation>Écarter les triangles ayant un côté plus long que (m, 0 = tout garder)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="145"/>
        <source>Half-length of a typical principal axis (m, 0 = automatic)</source>
        <translation>Demi-longueur d'un axe principal typique (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="148"/>
        <source>Strain rate (polygons)</source>
        <translation>Taux de déformation (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="150"/>
        <source>Strain rate (raster bands)</source>
        <translation>Taux de déformation (bandes raster)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="152"/>
        <source>Principal strain-rate axes</source>
        <translation>Axes principaux du taux de déformation</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Number of stations used</source>
        <translation>Nombre de stations utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Number of triangles or grid cells with a strain rate</source>
        <translation>Nombre de triangles ou de cellules avec un taux de déformation</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Grid spacing used (m)</source>
        <translation>Pas de grille utilisé (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Smoothing distance used (m)</source>
        <translation>Distance de lissage utilisée (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="154"/>
        <source>Largest maximum shear strain rate (nanostrain/yr)</source>
        <translation>Plus grand taux de cisaillement maximal (nanodéformation/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="176"/>
        <source>{0} station(s) without east/north velocity skipped: {1}</source>
        <translation>{0} station(s) sans vitesse est/nord ignorée(s) : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="213"/>
        <source>No station 1σ (se, sn): stations weigh equally and the sigma_* outputs are empty.</source>
        <translation>Pas de 1σ de station (se, sn) : les stations ont le même poids et les sorties sigma_* sont vides.</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="242"/>
        <source>Smoothing distance {0:g} m; cells need {1} stations within {2:g} m</source>
        <translation>Distance de lissage {0:g} m ; les cellules demandent {1} stations à moins de {2:g} m</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>Smoothing distance of the gridded method</source>
        <translation>Distance de lissage de la méthode maillée</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>fixed (the distance D above)</source>
        <translation>fixe (la distance D ci-dessus)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="122"/>
        <source>adaptive per node (Shen et al. 2015: total weight reaches the threshold)</source>
        <translation>adaptative par nœud (Shen et al. 2015 : le poids total atteint le seuil)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="127"/>
        <source>Weighting threshold Wt of the adaptive smoothing (total weight)</source>
        <translation>Seuil de pondération Wt du lissage adaptatif (poids total)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="130"/>
        <source>Smallest adaptive smoothing distance (m)</source>
        <translation>Plus petite distance de lissage adaptative (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="133"/>
        <source>Largest adaptive smoothing distance (m, 0 = the network size)</source>
        <translation>Plus grande distance de lissage adaptative (m, 0 = la taille du réseau)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="142"/>
        <source>Drop sliver triangles with an angle below (degrees)</source>
        <translation>Écarter les triangles aplatis ayant un angle inférieur à (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="218"/>
        <source>{0} stations; elements in their own local frames on the ellipsoid, placed on a local azimuthal equidistant grid centred on {1:.4f}°E {2:.4f}°N; method {3}; spacing {4:g} m</source>
        <translation>{0} stations ; éléments dans leurs propres repères locaux sur l'ellipsoïde, placés sur une grille azimutale équidistante locale centrée sur {1:.4f}° E {2:.4f}° N ; méthode {3} ; pas {4:g} m</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="238"/>
        <source>Adaptive smoothing distance (Shen et al. 2015): total weight {0:g}, D between {1:g} and {2:g} m</source>
        <translation>Distance de lissage adaptative (Shen et al. 2015) : poids total {0:g}, D entre {1:g} et {2:g} m</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="246"/>
        <source>No triangle or grid cell has a strain rate: add stations, or raise {0} or lower {1}.</source>
        <translation>Aucun triangle ni aucune cellule n'a de taux de déformation : ajoutez des stations, ou augmentez {0} ou diminuez {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/strain_rate.py" line="261"/>
        <source>{0} sliver triangle(s) with an angle below {1:g}° dropped (their strain would be noise amplified; {2})</source>
        <translation>{0} triangle(s) aplati(s) ayant un angle inférieur à {1:g}° écarté(s) (leur déformation amplifierait le bruit ; {2})</translation>
    </message>
</context>
<context>
    <name>TimeSeriesDock</name>
    <message>
        <location filename="../plugin/time_series_dock.py" line="165"/>
        <source>Deformation time series</source>
        <translation>Série temporelle de déformation</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="186"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="189"/>
        <source>Time-series raster (one band per date) or point layer with date fields (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)</source>
        <translation>Raster de séries temporelles (une bande par date) ou couche de points avec des champs de date (AAAAMMJJ, DAAAAMMJJ, D_AAAAMMJJ)</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="195"/>
        <source>Pick</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="195"/>
        <source>Click the map to plot the series there (Shift+click adds a series)</source>
        <translation>Cliquez sur la carte pour y tracer la série (Maj+clic ajoute une série)</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="197"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="197"/>
        <source>Click the map to choose a reference pixel/point; its series is subtracted from the others</source>
        <translation>Cliquez sur la carte pour choisir un pixel ou point de référence ; sa série est soustraite des autres</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="199"/>
        <source>Polygon mean</source>
        <translation>Moyenne du polygone</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="199"/>
        <source>Draw a polygon (right click to finish): mean series of the pixels/points inside</source>
        <translation>Tracez un polygone (clic droit pour terminer) : série moyenne des pixels ou points à l'intérieur</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="206"/>
        <source>No reference</source>
        <translation>Sans référence</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="209"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="218"/>
        <source>Add picks</source>
        <translation>Ajouter les sélections</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="219"/>
        <source>Keep earlier series when picking (same as Shift+click)</source>
        <translation>Garder les séries précédentes lors de la sélection (comme Maj+clic)</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="221"/>
        <source>Point tolerance</source>
        <translation>Tolérance des points</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="225"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="230"/>
        <source>Fitted trajectory</source>
        <translation>Trajectoire ajustée</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="234"/>
        <source>Polynomial degree</source>
        <translation>Degré du polynôme</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="238"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="240"/>
        <source>Semi-annual</source>
        <translation>Semi-annuel</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="291"/>
        <source>Steps</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="245"/>
        <source>YYYY-MM-DD, comma separated</source>
        <translation>AAAA-MM-JJ, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="278"/>
        <source>Choose a time-series raster or a point layer with date fields first.</source>
        <translation>Choisissez d'abord un raster de séries temporelles ou une couche de points avec des champs de date.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="287"/>
        <source>&quot;{0}&quot; is neither a raster nor a point layer.</source>
        <translation>« {0} » n'est ni un raster ni une couche de points.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="337"/>
        <source>reference {0}</source>
        <translation>référence {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="388"/>
        <source>{0}: {1} of {2} dates have no data (gaps in the line).</source>
        <translation>{0} : {1} dates sur {2} n'ont pas de données (trous dans la courbe).</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="438"/>
        <source>Layer removed ({0}): its series were taken off the plot.</source>
        <translation>Couche supprimée ({0}) : ses séries ont été retirées du graphique.</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="466"/>
        <source>Displacement (mm)</source>
        <translation>Déplacement (mm)</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="471"/>
        <source>Relative to {0}</source>
        <translation>Relatif à {0}</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="478"/>
        <source>Choose a layer, press Pick and click the map</source>
        <translation>Choisissez une couche, appuyez sur Choisir et cliquez sur la carte</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="488"/>
        <source>{0}: no fit ({1})</source>
        <translation>{0} : pas d'ajustement ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/time_series_dock.py" line="492"/>
        <source>fit: v = {0:.2f} ± {1:.2f} mm/yr</source>
        <translation>ajustement : v = {0:.2f} ± {1:.2f} mm/an</translation>
    </message>
</context>
<context>
    <name>TimeSeriesFitAlgorithm</name>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="36"/>
        <source>Fit trajectory model to time series</source>
        <translation>Ajuster un modèle de trajectoire aux séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="39"/>
        <source>Time-series raster (one band per date), or one dated raster per date</source>
        <translation>Raster de séries temporelles (une bande par date) ou un raster daté par date</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="42"/>
        <source>Polynomial degree (1 = velocity, 2 = + acceleration)</source>
        <translation>Degré du polynôme (1 = vitesse, 2 = + accélération)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>Periodic terms</source>
        <translation>Termes périodiques</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="45"/>
        <source>semi-annual</source>
        <translation>semi-annuel</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="50"/>
        <source>Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)</source>
        <translation>Termes post-sismiques logarithmiques (AAAA-MM-JJ:tau_jours, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="53"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des bandes si le raster n'en porte pas (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="58"/>
        <source>Trajectory parameters</source>
        <translation>Paramètres de trajectoire</translation>
    </message>
    <message>
        <location filename="../algorithms/time_series_fit.py" line="77"/>
        <source>{0} dates from {1} to {2}; model terms: {3}</source>
        <translation>{0} dates du {1} au {2} ; termes du modèle : {3}</translation>
    </message>
</context>
<context>
    <name>TroposphericCorrectionAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="44"/>
        <source>Tropospheric correction of time series</source>
        <translation>Correction troposphérique des séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="47"/>
        <source>Time-series raster (LOS displacement, mm; one band per date)</source>
        <translation>Raster de séries temporelles (déplacement LOS, mm ; une bande par date)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>weather model (ZTD rasters)</source>
        <translation>modèle météorologique (rasters ZTD)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="50"/>
        <source>phase–elevation (DEM)</source>
        <translation>phase–altitude (MNT)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="53"/>
        <source>Zenith total delay rasters, one per date (date in the file name)</source>
        <translation>Rasters de retard zénithal total, un par date (date dans le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>ZTD units (when the raster does not say)</source>
        <translation>Unités du ZTD (si le raster ne les indique pas)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="56"/>
        <source>millimetres</source>
        <translation>millimètres</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="59"/>
        <source>Incidence angle from vertical (degrees)</source>
        <translation>Angle d'incidence depuis la verticale (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="62"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="64"/>
        <source>DEM (m), for phase–elevation</source>
        <translation>MNT (m), pour la relation phase–altitude</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="66"/>
        <source>Coherence raster (e.g. temporal coherence), for phase–elevation</source>
        <translation>Raster de cohérence (p. ex. cohérence temporelle), pour la relation phase–altitude</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="69"/>
        <source>Minimum coherence of pixels used in the fit</source>
        <translation>Cohérence minimale des pixels utilisés pour l'ajustement</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="72"/>
        <source>Stable-area mask (non-zero = stable), for phase–elevation</source>
        <translation>Masque de zone stable (non nul = stable), pour la relation phase–altitude</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="74"/>
        <source>Remove each pixel’s linear trend before fitting height (phase–elevation)</source>
        <translation>Retirer la tendance linéaire de chaque pixel avant l'ajustement sur l'altitude (phase–altitude)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="77"/>
        <source>Reference point (default: scene mean)</source>
        <translation>Point de référence (par défaut : moyenne de la scène)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="79"/>
        <source>Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)</source>
        <translation>Dates des bandes si le raster n'en porte pas (AAAA-MM-JJ, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="83"/>
        <source>Corrected time series (mm)</source>
        <translation>Série temporelle corrigée (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="85"/>
        <source>Removed tropospheric signal (apparent LOS displacement, mm)</source>
        <translation>Signal troposphérique retiré (déplacement LOS apparent, mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="131"/>
        <source>Reference slant-delay change at the last date: {0:.1f} mm</source>
        <translation>Variation du retard oblique de référence à la dernière date : {0:.1f} mm</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_correction.py" line="147"/>
        <source>Height coefficients relative to the first date (mm/km): {0}; reference height {1:.0f} m</source>
        <translation>Coefficients d'altitude relatifs à la première date (mm/km) : {0} ; altitude de référence {1:.0f} m</translation>
    </message>
</context>
<context>
    <name>TroposphericDelayAlgorithm</name>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="27"/>
        <source>Tropospheric delay (Saastamoinen) on a DEM</source>
        <translation>Retard troposphérique (Saastamoinen) sur un MNT</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="30"/>
        <source>DEM (heights in m)</source>
        <translation>MNT (altitudes en m)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level pressure (hPa), reduced to each pixel height</source>
        <translation>Pression au niveau de la mer (hPa), ramenée à l'altitude de chaque pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground pressure raster (hPa), overrides the number</source>
        <translation>Raster de pression au sol (hPa), remplace le nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level temperature (°C), reduced to each pixel height</source>
        <translation>Température au niveau de la mer (°C), ramenée à l'altitude de chaque pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground temperature raster (°C), overrides the number</source>
        <translation>Raster de température au sol (°C), remplace le nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Sea-level relative humidity (%), reduced to each pixel height</source>
        <translation>Humidité relative au niveau de la mer (%), ramenée à l'altitude de chaque pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="31"/>
        <source>Ground relative humidity raster (%), overrides the number</source>
        <translation>Raster d'humidité relative au sol (%), remplace le nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="44"/>
        <source>Incidence angle from vertical, for the slant delay (degrees)</source>
        <translation>Angle d'incidence depuis la verticale, pour le retard oblique (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="47"/>
        <source>Incidence raster, overrides the number (degrees)</source>
        <translation>Raster d'incidence, remplace le nombre (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="50"/>
        <source>Tropospheric delays (ZHD, ZWD, ZTD, slant; mm)</source>
        <translation>Retards troposphériques (ZHD, ZWD, ZTD, oblique ; mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="61"/>
        <source>{0}: ground values from the raster (no height reduction)</source>
        <translation>{0} : valeurs au sol issues du raster (sans réduction d'altitude)</translation>
    </message>
    <message>
        <location filename="../algorithms/tropospheric_delay.py" line="63"/>
        <source>{0}: sea-level value {1:g} reduced to each pixel height (Berg)</source>
        <translation>{0} : valeur au niveau de la mer {1:g} ramenée à l'altitude de chaque pixel (Berg)</translation>
    </message>
</context>
<context>
    <name>ZonalVelocityAlgorithm</name>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="37"/>
        <source>Velocity statistics per zone</source>
        <translation>Statistiques de vitesse par zone</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="43"/>
        <source>Velocity raster (mm/yr)</source>
        <translation>Raster de vitesse (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="45"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="46"/>
        <source>Zones: hazard or geology polygons</source>
        <translation>Zones : polygones d'aléas ou de géologie</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="48"/>
        <source>Threshold for the share of pixels (mm/yr)</source>
        <translation>Seuil pour la part des pixels (mm/an)</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>Share of pixels with</source>
        <translation>Part des pixels avec</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>|v| &gt; threshold (either direction)</source>
        <translation>|v| &gt; seuil (dans les deux sens)</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>v &gt; threshold</source>
        <translation>v &gt; seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="51"/>
        <source>v &lt; threshold</source>
        <translation>v &lt; seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="55"/>
        <source>Prefix of the statistics fields</source>
        <translation>Préfixe des champs de statistiques</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="57"/>
        <source>Zones with velocity statistics</source>
        <translation>Zones avec statistiques de vitesse</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="59"/>
        <source>Number of zones</source>
        <translation>Nombre de zones</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="135"/>
        <source>{0} zones; {1} without any valid pixel; share of pixels with {2} {3} mm/yr</source>
        <translation>{0} zones ; {1} sans aucun pixel valide ; part des pixels avec {2} {3} mm/an</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="40"/>
        <source>Velocity per zone</source>
        <translation>Vitesse par zone</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="108"/>
        <source>Warning: {0} of {1} zones lie outside {2} or have no geometry (feature ids {3}); their statistics are NULL.</source>
        <translation>Attention : {0} zones sur {1} sont hors de {2} ou sans géométrie (identifiants {3}) ; leurs statistiques sont NULL.</translation>
    </message>
    <message>
        <location filename="../algorithms/zonal_velocity.py" line="139"/>
        <source>Warning: no zone holds a valid pixel of {0}: every statistic is NULL (count 0).</source>
        <translation>Attention : aucune zone ne contient de pixel valide de {0} : toutes les statistiques sont NULL (nombre 0).</translation>
    </message>
</context>
</TS>
