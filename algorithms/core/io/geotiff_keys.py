"""The raw GeoTIFF georeferencing tags of a file, as a cheap fingerprint of its CRS.

Building a file's CRS (GDAL ``GetProjection``) runs PROJ's database lookups, about
2–5 ms a file; a stack of thousands of interferograms written by one processor
carries the same GeoKeys in every file.  :func:`crs_fingerprint` reads the three
GeoTIFF tags that define the CRS (GeoKeyDirectory 34735, GeoDoubleParams 34736,
GeoAsciiParams 34737) straight from the first image directory (classic TIFF and
BigTIFF, either byte order) through GDAL's virtual file system, so any path GDAL
opens (``/vsicurl/``…) works.  Two files with the same fingerprint have the same
CRS; anything unusual (not a TIFF, a PAM ``.aux.xml`` beside it, a damaged
directory) returns ``None`` and the caller asks GDAL.
"""
import struct

from osgeo import gdal

#: GeoKeyDirectory, GeoDoubleParams, GeoAsciiParams
CRS_TAGS = (34735, 34736, 34737)
#: bytes per value of each TIFF field type
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8,
               18: 8}
#: a directory larger than this is not read (real GeoTIFFs have a few dozen entries)
_MAX_ENTRIES = 4096


def crs_fingerprint(path, dataset=None):
    """Bytes of the CRS tags of the GeoTIFF at ``path``, or ``None`` where GDAL must be asked.

    ``dataset`` (the file open in GDAL, optional) lets GDAL say whether a side-car
    file (``.aux.xml``) may override the tags.
    """
    if dataset is not None:
        driver = dataset.GetDriver()
        if driver is None or driver.ShortName != 'GTiff' or len(dataset.GetFileList() or ()) != 1:
            return None
    handle = gdal.VSIFOpenL(path, 'rb')
    if handle is None:
        return None
    try:
        return _read_tags(handle)
    except (struct.error, ValueError, OverflowError):
        return None
    finally:
        gdal.VSIFCloseL(handle)


def _read(handle, offset, size):
    gdal.VSIFSeekL(handle, offset, 0)
    data = gdal.VSIFReadL(1, size, handle)
    if data is None or len(data) != size:
        raise ValueError('short read')
    return bytes(data)


def _read_tags(handle):
    header = _read(handle, 0, 16)
    order = {b'II': '<', b'MM': '>'}.get(header[:2])
    if order is None:
        return None
    magic = struct.unpack(order + 'H', header[2:4])[0]
    if magic == 42:
        offset, count_format, entry_size, entry_format = struct.unpack(order + 'I', header[4:8])[0], 'H', 12, 'HHII'
    elif magic == 43:
        offset, count_format, entry_size, entry_format = struct.unpack(order + 'Q', header[8:16])[0], 'Q', 20, 'HHQQ'
    else:
        return None
    count_size = struct.calcsize(count_format)
    n_entries = struct.unpack(order + count_format, _read(handle, offset, count_size))[0]
    if not 0 < n_entries <= _MAX_ENTRIES:
        return None
    directory = _read(handle, offset + count_size, n_entries * entry_size)
    inline = entry_size - 2 * 2 - struct.calcsize(entry_format[2])
    found = {}
    for index in range(n_entries):
        entry = directory[index * entry_size:(index + 1) * entry_size]
        tag, kind, count, value = struct.unpack(order + entry_format, entry)
        if tag not in CRS_TAGS:
            continue
        size = _TYPE_SIZES.get(kind)
        if size is None:
            return None
        length = size * count
        found[tag] = entry[-inline:][:length] if length <= inline else _read(handle, value, length)
    if CRS_TAGS[0] not in found:
        return None
    return order.encode() + b''.join(struct.pack('<I', len(found.get(t, b''))) + found.get(t, b'') for t in CRS_TAGS)
