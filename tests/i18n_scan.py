"""What the user reads, collected for the translation scan (tests/test_i18n_scan.py).

``algorithm_texts``: display name, group, short description and help, every parameter description and
enum option, output descriptions and the short names of loaded layers.  ``widget_texts``: a widget tree
walked offscreen (labels, buttons, check boxes, group boxes, tool tips, placeholders, combo items, list
items, table headers, window titles, tab titles, actions).  ``english_words`` flags the ASCII words of
3 letters or more that are neither units, nor proper names, nor ids (:data:`ALLOWED`).
"""
import re

from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

#: units, proper names (satellites, missions, agencies, software, models, formats) and ids shown as such
ALLOWED = frozenset('''
mm yr mm/yr cm km m deg rad hPa GHz MHz MB GB ppm nstrain µstrain yr²
InSAR SAR LOS GNSS GPS ENU UTM CRS EPSG DEM RMS RMSE ABIC SBAS MIDAS MLE VRT CSV PNG ZIP HDF5 GeoTIFF GDAL QGIS
NetCDF HDF PDF SVG TIF tif tiff csv png zip json txt vrt html pos tenv tenv3 enu neu xyz gz
Sentinel ALOS ALOS-2 PALSAR ERS ENVISAT TerraSAR RADARSAT COSMO SkyMed NISAR TanDEM Copernicus
EGMS MintPy LiCSBAS StaMPS LiCSAR ISCE GMTSAR SNAP GAMMA GEONET GSI BRGM CNES NGL UNAVCO IGS ITRF ITRF2014 ITRF2020
WGS WGS84 GRS80 JGD2011 JGD2000 RGF93 Lambert
Mogi Okada Poisson McTigue Yang Saastamoinen Niell Hanssen Berardino Lanari Usai Schmidt Bürgmann Savage Shen
Delaunay Voronoi Tikhonov Laplacian Cholesky Huber Gauss Newton Levenberg Marquardt Nelder Mead Monte Carlo
Dask numba numpy scipy matplotlib Python Processing
tcp host localhost local Shift Ctrl Maj PBO EarthScope SIO RTKLIB Hector Berg Blewitt Shen Okada Mogi Hanssen
YYYY MM DD YYYYMMDD YYYY-MM-DD HH
PSI DS PS NaN nan inf NULL ID id Basic Calibrated Ortho results vel sbasinversion pyproj nodata
sin cos tan atan atan2 arccos arcsin exp log ln det diag min max sgn erf median MAD
exx eyy exy sde sdn sdu GPa NoData Explorer Yabuki Matsu'ura Williams Hosking Richards Chinnery Kreemer StrainTool
Magnus Tetens Hyndman Fan Aki Gomba Schur Savage Sagiya Davis Cramér Rao Akaike Pearson VISR GACOS COMET GSITSA
baselines
'''.split())

#: words, accented letters included (« début » is one French word, not « d » + « but »)
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ'’-]*[A-Za-zÀ-ÖØ-öø-ÿŒœ]|[A-Za-z]")
ID_LIKE = re.compile(r'^[A-Z0-9_]+$')         # parameter ids, band names in capitals …


#: words of the English texts that are French words too (reviewed one by one): not English in a French text
FRENCH_ALSO = frozenset('''
acquisition acquisitions amplification amplitude angle angles apparent auto axes budget centre coefficient
coefficients correction corrections covariance date dates description dilatation direction directions dislocation
distance distances double extension figure format formats images impossible incidence incidences inflation
invariant inversion latitude local longitude magnitude max maximum messages min minimum moment multi non normal
nuisance observations ortho phase phases pixel pixels point points position positions positive post principal
projection projections quasi radar radians raster rasters rectangle relative relaxation sigma signal sill solution
source sources spectral stable station stations subsidence surface total triangle triangles validation variance
vertical volume zone zones zoom import long second service simulation simulations interpolation orientation
section sections transformation fraction condition conditions option options information application tension
compression variation variations segment segments calibration constant constante modulation estimation
estimations correlation translation rotation extrapolation normalisation fonction fonctions version
mode modes type types instrument instruments ellipsoidal ellipsoïde axe plan plans pour parallel quadratique
sol cap est ouest nord sud rampe bande bandes ligne lignes cellule cellules grille grilles champ champs couche
couches fichier fichiers dossier dossiers valeur valeurs moyenne médiane seuil trajectoire modèle modèles
latitude longitude altitude altitudes secondes minutes heures jours semaines mois ans an degrés degré
intervalle intervalles fenêtre fenêtres par
satellite satellites asc desc solutions plus tests unit compare face horizontal dense fixes minute covariances
propagation bootstrap spatial radars amplitudes site longitudes code message change visible test bursts multiples
imports variances conventions image versions centres construction transverse mercator part parts inverse notation
convention observation minimise absent cycles cycle factorisation place dispersive tangent six nanoradian notes
contraction relation turbulent descriptions passes standard population sigmas dyke convergence
gradient gradients table reprojection page gain
'''.split())

#: ids of the toolbox in texts (``deformation:zonalvelocity``)
ALGORITHM_REFERENCE = re.compile(r'\bdeformation:[a-z]+')


def strip_markup(text):
    """Text without HTML tags, ``<code>…</code>`` (file names, ids, examples), entities and URLs."""
    text = ALGORITHM_REFERENCE.sub(' ', text)
    text = re.sub(r'<code>.*?</code>|<sub>.*?</sub>|<sup>.*?</sup>', ' ', text, flags=re.S)
    text = re.sub(r'<[^>]+>', ' ', text)
    text = re.sub(r'&[a-z]+;|&#\d+;', ' ', text)
    text = re.sub(r'\b(?:https?|file)://\S+', ' ', text)
    return text


def english_words(text, allowed=ALLOWED, english=None):
    """ASCII words of ≥ 3 letters in ``text`` that are not in ``allowed`` (nor ids in capitals, nor words
    glued to digits or underscores such as ``step_YYYYMMDD``, ``v2``).

    ``english``: for a text in a language written in Latin letters (French), only the words of this
    vocabulary (lower case: the words of the English sources) that are not French words too
    (:data:`FRENCH_ALSO`) count; French words are ASCII words as well."""
    words = []
    for token in re.split(r'[\s,;:()\[\]{}"“”«»/=+·×→←|<>]+', strip_markup(text)):
        token = token.strip('.!?…\'’')
        if not token or re.search(r'[0-9_@\\.]', token) and not re.fullmatch(r'[A-Za-z]+-?[0-9]+', token):
            continue
        for word in WORD.findall(token):
            if len(word) < 3 or word in allowed or ID_LIKE.match(word) or token in allowed:
                continue
            if not re.fullmatch(r'[A-Za-z\'’-]+', word):
                continue
            if english is not None and (word.lower() not in english or word.lower() in FRENCH_ALSO):
                continue
            words.append(word)
    return words


def algorithm_texts(algorithm):
    """[(where, text)] every text of ``algorithm`` a user reads in the toolbox and its dialog."""
    texts = [('displayName', algorithm.displayName()), ('group', algorithm.group()),
             ('shortDescription', algorithm.shortDescription()), ('shortHelpString', algorithm.shortHelpString())]
    for definition in algorithm.parameterDefinitions():
        texts.append((definition.name(), definition.description()))
        if definition.type() == 'enum':
            texts += [(f'{definition.name()} option', option) for option in definition.options()]
        if definition.help() if hasattr(definition, 'help') else '':
            texts.append((f'{definition.name()} help', definition.help()))
    texts += [(output.name(), output.description()) for output in algorithm.outputDefinitions()]
    texts += [(f'{name} layer', text) for name, text in algorithm.output_names().items()]
    return texts


def widget_texts(root):
    """[(where, text)] the texts a user reads in the widget tree under ``root`` (hidden children included)."""
    texts = []

    def add(widget, kind, text):
        if text and text.strip():
            texts.append((f'{type(widget).__name__}:{widget.objectName()}:{kind}', text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QMenu) and type(widget.parent()).__module__.startswith('qgis.'):
            continue          # menus of QGIS's own widgets (Select All …): translated by QGIS
        add(widget, 'toolTip', widget.toolTip())
        add(widget, 'statusTip', widget.statusTip())
        add(widget, 'whatsThis', widget.whatsThis())
        if isinstance(widget, QDockWidget):
            add(widget, 'windowTitle', widget.windowTitle())
        if isinstance(widget, QLabel):
            add(widget, 'text', widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, 'text', widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, 'title', widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, 'placeholder', widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, f'item {index}', widget.itemText(index))
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                add(widget, f'item {index}', widget.item(index).toolTip())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, f'tab {index}', widget.tabText(index))
                add(widget, f'tab tip {index}', widget.tabToolTip(index))
        elif isinstance(widget, QTableWidget):
            for index in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(index)
                add(widget, f'header {index}', item.text() if item is not None else '')
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for index in range(header.columnCount()):
                add(widget, f'header {index}', header.text(index))
        for index, action in enumerate(widget.actions()):
            add(widget, f'action {index}', action.text())
            add(widget, f'action tip {index}', action.toolTip() if action.toolTip() != action.text() else '')
    return texts


def figure_texts(figure):
    """[(where, text)] titles, axis labels, tick-free texts and legend entries of a matplotlib figure."""
    texts = []
    for axes in figure.axes:
        texts += [('title', axes.get_title()), ('xlabel', axes.get_xlabel()), ('ylabel', axes.get_ylabel())]
        legend = axes.get_legend()
        if legend is not None:
            texts += [('legend', text.get_text()) for text in legend.get_texts()]
        texts += [('text', text.get_text()) for text in axes.texts]
    texts += [('suptitle', figure._suptitle.get_text())] if getattr(figure, '_suptitle', None) else []
    return [(where, text) for where, text in texts if text]


def untranslated(texts, allowed=ALLOWED, english=None):
    """[(where, English words, text)] for the texts that hold some (``english``: see :func:`english_words`)."""
    found = []
    for where, text in texts:
        words = english_words(text, allowed, english)
        if words:
            found.append((where, words, text[:160]))
    return found


def english_vocabulary(sources):
    """Lower-case ASCII words of ≥ 3 letters of the English ``sources`` (texts)."""
    words = set()
    for text in sources:
        for token in re.split(r'[\s,;:()\[\]{}"“”«»/=+·×→←|<>]+', strip_markup(text)):
            if not re.search(r'[0-9_@\\.]', token.strip('.!?…')):
                words |= {word.lower() for word in WORD.findall(token) if re.fullmatch(r'[A-Za-z]{3,}', word)}
    return frozenset(words)
