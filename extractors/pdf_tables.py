"""Ruled tables of a PDF page from its path objects (PDFium), as a grid of cell boxes.

Ruling lines are read from the page's path objects (pypdfium2 raw API, recursing into form
XObjects with their matrices, so a page drawn rotated by a quarter turn is fine): every
axis-parallel straight segment of a stroked path, and thin filled rectangles (Word and
LibreOffice draw borders both ways). Big filled
rectangles (cell shading) are not rulings. From there the grid is built the way pdfplumber's
"lines" strategy does it, with its tolerances (3 pt): snap near-collinear edges, join touching
ones, drop edges shorter than 3 pt, intersect, take for each intersection the smallest
rectangle whose four sides are covered by edges, group cells that share corners into tables
(a table needs two cells or more), rows by cell top, columns by cell left (a merged cell leaves
None where a row has no cell starting at a column).

Curves count by their control polygons (a rounded corner's tangents lie along the sides).
Fallback: when a page's paths hold curves and still no grid was found (`Rulings.curves`), the
reader asks pdfplumber's table finder for that page; everywhere else pdfplumber is not used.

What this module leaves to others: putting words into cells (pdf_reader), words themselves
(pdf_chars).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

SNAP = 3.0  # pt: pdfplumber's snap / join / intersection tolerance
MIN_EDGE = 3.0  # pt: shorter edges are not rulings
THIN = 3.0  # pt: a filled rectangle thinner than this is a ruling line

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down page coordinates)


@dataclass
class Rulings:
    horizontal: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)
    curves: bool = False  # some drawn path had Bézier segments


@dataclass
class Grid:
    bbox: Box
    rows: list[list[Box | None]]


def page_rulings(page, page_top: float) -> Rulings:
    """Axis-parallel ruling segments of a pypdfium2 page, in top-down coordinates."""
    import pypdfium2.raw as pdfium_c

    out = Rulings()
    raw = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        _walk(pdfium_c, pdfium_c.FPDFPage_GetObject(raw, i), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), page_top, out, 0)
    return out


def _compose(m, outer):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _walk(pdfium_c, obj, outer, page_top: float, out: Rulings, depth: int) -> None:
    kind = pdfium_c.FPDFPageObj_GetType(obj)
    if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
        return
    fm = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
    matrix = _compose((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), outer)
    if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
        if depth < 4:
            for k in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                _walk(pdfium_c, pdfium_c.FPDFFormObj_GetObject(obj, k), matrix, page_top, out, depth + 1)
        return
    a, b, c, d, e, f = matrix
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not stroke.value and not fill.value:
        return  # clipping or invisible path
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []  # current subpath
    segments: list[tuple[float, float, float, float]] = []
    subpaths: list[list[tuple[float, float]]] = []
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px, py = a * x.value + c * y.value + e, page_top - (b * x.value + d * y.value + f)
        seg_type = pdfium_c.FPDFPathSegment_GetType(seg)
        if seg_type == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            out.curves = True
        if seg_type == pdfium_c.FPDF_SEGMENT_MOVETO:
            if points:
                subpaths.append(points)
            points = [(px, py)]
            continue
        if seg_type in (pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_BEZIERTO) and points:
            # A curve counts by its control polygon: a rounded corner's tangents run along
            # the sides, so the sides still meet (within SNAP) at the corner.
            segments.append((*points[-1], px, py))
        points.append((px, py))
        if pdfium_c.FPDFPathSegment_GetClose(seg) and points:
            segments.append((px, py, *points[0]))
            subpaths.append(points)
            points = []
    if points:
        subpaths.append(points)
    if not stroke.value:
        # Filled only: a thin bar is a ruling (its centre line); a wide area is shading.
        for sub in subpaths:
            xs, ys = [p[0] for p in sub], [p[1] for p in sub]
            w, h = max(xs) - min(xs), max(ys) - min(ys)
            if h < THIN <= w:
                out.horizontal.append(((min(ys) + max(ys)) / 2, min(xs), max(xs)))
            elif w < THIN <= h:
                out.vertical.append(((min(xs) + max(xs)) / 2, min(ys), max(ys)))
        return
    for x0, y0, x1, y1 in segments:
        if abs(y0 - y1) < 0.5:
            out.horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) < 0.5:
            out.vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _merge(edges: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Snap edges whose positions are within SNAP to their mean; join overlapping/touching ones."""
    edges = sorted(edges)
    clusters: list[list[tuple[float, float, float]]] = []
    for edge in edges:
        if clusters and edge[0] - clusters[-1][-1][0] <= SNAP:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    merged = []
    for cluster in clusters:
        pos = sum(e[0] for e in cluster) / len(cluster)
        spans = sorted((e[1], e[2]) for e in cluster)
        start, end = spans[0]
        for s, t in spans[1:]:
            if s <= end + SNAP:
                end = max(end, t)
            else:
                merged.append((pos, start, end))
                start, end = s, t
        merged.append((pos, start, end))
    return [e for e in merged if e[2] - e[1] >= MIN_EDGE]


def find_grids(rulings: Rulings) -> list[Grid]:
    """Tables (two cells or more) formed by the rulings, top to bottom."""
    hs, vs = _merge(rulings.horizontal), _merge(rulings.vertical)
    if len(hs) < 2 or len(vs) < 2:
        return []
    # Intersection point -> (indices of vertical edges, indices of horizontal edges) through it.
    points: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for vi, (vx, vtop, vbottom) in enumerate(vs):
        for hi, (hy, hx0, hx1) in enumerate(hs):
            if vtop - SNAP <= hy <= vbottom + SNAP and hx0 - SNAP <= vx <= hx1 + SNAP:
                entry = points.setdefault((vx, hy), (set(), set()))
                entry[0].add(vi)
                entry[1].add(hi)

    def connected(p, q) -> bool:
        if p[0] == q[0]:
            return bool(points[p][0] & points[q][0])
        return bool(points[p][1] & points[q][1])

    ordered = sorted(points)
    cells: list[Box] = []
    for i, pt in enumerate(ordered):
        below = [q for q in ordered[i + 1:] if q[0] == pt[0]]
        right = [q for q in ordered[i + 1:] if q[1] == pt[1]]
        cell = _smallest_cell(pt, below, right, points, connected)
        if cell:
            cells.append(cell)
    return [_grid(group) for group in _group_cells(cells) if len(group) > 1]


def _smallest_cell(pt, below, right, points, connected) -> Box | None:
    for b in below:
        if not connected(pt, b):
            continue
        for r in right:
            if not connected(pt, r):
                continue
            corner = (r[0], b[1])
            if corner in points and connected(corner, r) and connected(corner, b):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _group_cells(cells: list[Box]) -> list[list[Box]]:
    """Cells sharing a corner belong to one table."""
    def corners(c: Box):
        return {(c[0], c[1]), (c[0], c[3]), (c[2], c[1]), (c[2], c[3])}

    groups: list[tuple[set, list[Box]]] = []
    for cell in cells:
        mine = corners(cell)
        hits = [g for g in groups if g[0] & mine]
        if not hits:
            groups.append((mine, [cell]))
            continue
        first = hits[0]
        first[0].update(mine)
        first[1].append(cell)
        for other in hits[1:]:
            first[0].update(other[0])
            first[1].extend(other[1])
            groups.remove(other)
    tables = [g[1] for g in groups]
    tables.sort(key=lambda t: (min(c[1] for c in t), min(c[0] for c in t)))
    return tables


def _grid(cells: list[Box]) -> Grid:
    xs = sorted({c[0] for c in cells})
    tops = sorted({c[1] for c in cells})
    by_pos = {(c[1], c[0]): c for c in cells}
    rows = [[by_pos.get((top, x)) for x in xs] for top in tops]
    bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    return Grid(bbox=bbox, rows=rows)


def pdfplumber_grids(path, page_number: int) -> list[Grid]:
    """pdfplumber's table finder on one page: the fallback for rulings drawn with curves."""
    import pdfplumber

    with pdfplumber.open(str(path), pages=[page_number]) as pdf:
        return [Grid(bbox=tuple(t.bbox), rows=[list(r.cells) for r in t.rows]) for t in pdf.pages[0].find_tables()]
