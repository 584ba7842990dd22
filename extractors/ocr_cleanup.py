"""Clean a page image before OCR: stamp and signature ink out, light evened (OpenCV, numpy).

What it does: `remove_colour_ink` whitens saturated red/purple and blue pixels (a round office
stamp, a ballpoint signature) in a colour scan or photo, keeping black text even where the stamp
lies over it; `remove_grey_stamp` finds a stamp's ring in a grey scan (Hough circles at a stamp's
size for the page's resolution) and whitens the stamp's mid-grey ink inside it, keeping the
darker text; `remove_black_stamp` erases the ring of a stamp a B&W copy made black (fitted on
its polar profile) except where letter strokes cross it; `even_light` divides the page by its
own blurred background (a phone photo's gradient and shadow), then stretches the contrast so
faint toner reads like ink.
What it leaves to others: finding and straightening the sheet (photo_geometry), OCR (ocr_reader).
"""

from __future__ import annotations

# HSV in OpenCV's ranges (H 0-179). Stamp red wraps around 0; ballpoint blue sits near 110-125.
_RED_HUES = ((0, 12), (160, 179))
_BLUE_HUES = ((95, 135),)
_MIN_SATURATION = 60
_MIN_VALUE = 50  # darker pixels are not ink of any colour
_TEXT_VALUE = 90  # pixels whose brightest channel is below this are black text, under ink or not
_STAMP_DIAMETER_MM = (28, 46)  # round seals of Vietnamese offices are 30-42 mm across


def colour_share(rgb) -> float:
    """Share of clearly coloured pixels: a colour scan with a stamp has some, a grey one none."""
    import cv2

    hsv = cv2.cvtColor(rgb[::4, ::4], cv2.COLOR_RGB2HSV)
    return float(((hsv[..., 1] >= _MIN_SATURATION) & (hsv[..., 2] >= _MIN_VALUE)).mean())


def remove_colour_ink(rgb):
    """Whiten red and blue ink (stamp, signature) of an RGB numpy array; returns a grey array.

    Black text under the stamp stays: multiply-blended ink over black is still dark in every
    channel, and HSV's value is the brightest channel, so the mask asks for value >= _TEXT_VALUE.
    """
    import cv2
    import numpy as np

    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    ink = np.zeros(rgb.shape[:2], np.uint8)
    for lo, hi in _RED_HUES + _BLUE_HUES:
        ink |= cv2.inRange(hsv, (lo, _MIN_SATURATION, _TEXT_VALUE), (hi, 255, 255))
    # the stamp's soft fringe is less saturated than its core: grow the mask by a pixel,
    # but never over text
    ink = cv2.dilate(ink, np.ones((3, 3), np.uint8)) & cv2.inRange(hsv[..., 2], _TEXT_VALUE, 255)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    grey[ink > 0] = 255
    return grey


def remove_grey_stamp(grey, dpi: float):
    """Whiten a grey stamp's ink inside the stamp circles found on a grey page (numpy array).

    A red stamp scanned in grey is mid-grey (luminance ~80-170), text is near black. Inside a
    detected stamp circle only pixels lighter than the text's ink are whitened. Returns the
    cleaned array and the number of stamps found.
    """
    import cv2
    import numpy as np

    scale = min(1.0, 600 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    px_per_mm = dpi / 25.4 * scale
    rmin, rmax = (round(d / 2 * px_per_mm) for d in _STAMP_DIAMETER_MM)
    circles = cv2.HoughCircles(cv2.medianBlur(small, 3), cv2.HOUGH_GRADIENT, dp=1.2, minDist=rmax * 2,
                               param1=120, param2=30, minRadius=rmin, maxRadius=rmax)
    if circles is None:
        return grey, 0
    out = grey.copy()
    found = 0
    sample = grey[::8, ::8]
    paper = int(np.median(sample[sample > 180])) if (sample > 180).any() else 255
    for x, y, r in circles[0][:3] / scale:
        # work in the stamp's own window, not the whole page
        x0, y0 = max(0, int(x - 1.2 * r)), max(0, int(y - 1.2 * r))
        x1, y1 = min(grey.shape[1], int(x + 1.2 * r) + 1), min(grey.shape[0], int(y + 1.2 * r) + 1)
        win, dst = grey[y0:y1, x0:x1], out[y0:y1, x0:x1]
        yy, xx = np.ogrid[y0:y1, x0:x1]
        dist = np.sqrt((xx - x) ** 2 + (yy - y) ** 2)
        inside = dist <= r * 1.1  # Hough's radius runs a little short of the outer ring
        ring = inside & (dist >= r * 0.9)
        band = (win > 70) & (win < 200)
        # A stamp's ring is mostly mid-grey ink; a circle drawn by chance through text is not,
        # nor is a stamp that a B&W copy made black like the text (erasing such rings was
        # tried: it cut the letters the ring crosses and read worse).
        if band[ring].mean() < 0.25:
            continue
        text_ink = _text_threshold(win[inside])
        # the soft edge of a letter is as grey as the stamp: keep pixels touching text ink
        text = cv2.dilate((win <= text_ink).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        local = win[~inside & (win > 180)]
        fill = int(np.median(local)) if local.size else paper  # the paper around this stamp
        dst[inside & (win > text_ink) & ~(text & (win < 170))] = fill
        found += 1
    return out, found


def _text_threshold(pixels) -> int:
    """Luminance between the text's near-black and the stamp's grey inside a stamp circle."""
    import numpy as np

    dark = pixels[pixels < 200]
    if dark.size < 50:
        return 90
    # Text ink is the darkest mode; stamp ink sits well above it. Split at the valley.
    hist = np.bincount(dark, minlength=200)[:200].astype(float)
    hist = np.convolve(hist, np.ones(9) / 9, mode="same")
    low = int(np.argmax(hist[:110]))
    return int(min(110, max(60, low + np.argmin(hist[low:140]) if low < 140 else 90)))


def even_light(grey):
    """Divide by the blurred background (shadows, light falling off across a photo), then
    stretch so the paper is white and the darkest ink black (faint toner included)."""
    import cv2
    import numpy as np

    h, w = grey.shape
    k = max(15, (min(h, w) // 40) | 1)
    small = cv2.resize(grey, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k // 4 | 1, k // 4 | 1), np.uint8))
    background = cv2.resize(cv2.GaussianBlur(background, (0, 0), 3), (w, h), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(grey, np.maximum(background, 1), scale=255)
    # Stretch by the ink's own darkness, never by the paper's grain: a page with a few lines
    # (a closing page) has too little ink for a page-wide percentile to find it.
    ink = flat[::2, ::2][flat[::2, ::2] < 170]
    if ink.size < 200:
        return flat
    lo = float(np.percentile(ink, 5))
    gain = min(255.0 / max(1.0, 245 - lo), 1.6)  # at most 1.6×: noise grows with the gain
    stretched = 255 - (245 - flat.astype(np.float32)) * gain
    return np.clip(stretched, 0, 255).astype(np.uint8)


def remove_black_stamp(grey, dpi: float):
    """Erase the rings of a stamp a B&W copy made black like the text (numpy array in, out).

    Only the rings' thin arcs go, and only where no letter stroke crosses them (ink just
    inside and just outside the ring close by): erasing whole rings cut the letters they cross and
    read worse. The stamp's own lettering and star stay (they are told from the report's
    letters by nothing reliable). Returns the cleaned array and the circles (x, y, r) found.
    """
    import cv2

    scale = min(1.0, 600 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    px_per_mm = dpi / 25.4 * scale
    rmin, rmax = (round(d / 2 * px_per_mm) for d in _STAMP_DIAMETER_MM)
    circles = cv2.HoughCircles(cv2.medianBlur(small, 3), cv2.HOUGH_GRADIENT, dp=1.2, minDist=rmax * 2,
                               param1=120, param2=20, minRadius=rmin, maxRadius=rmax)
    if circles is None:
        return grey, []
    ink = grey < 128
    out = grey.copy()
    found = []
    radii = (round(rmin / scale), round(rmax / scale))
    for x, y, _ in circles[0][:5] / scale:
        ring = _fit_ring(ink, float(x), float(y), radii)
        if ring is None:
            continue
        cx, cy, lo, hi = ring
        _erase_ring(out, ink, cx, cy, lo, hi)
        found.append((round(cx), round(cy), round((lo + hi) / 2)))
    return out, found


def remove_black_stamp_near(grey, dpi: float, box: tuple[int, int, int, int]):
    """remove_black_stamp for a stamp expected around `box` (x0, y0, x1, y1: the signer's
    rows): the circles are looked for in that area alone, so that a faint broken ring the
    whole page's strongest circles (text lines) crowded out is still a candidate. The fit
    that accepts a ring is the same. Returns the cleaned array and the circles (x, y, r)."""
    import cv2

    px_per_mm = dpi / 25.4
    rmin, rmax = (round(d / 2 * px_per_mm) for d in _STAMP_DIAMETER_MM)
    x0, y0 = max(0, box[0] - 2 * rmax), max(0, box[1] - 2 * rmax)
    x1, y1 = min(grey.shape[1], box[2] + 2 * rmax), min(grey.shape[0], box[3] + 2 * rmax)
    area = grey[y0:y1, x0:x1]
    scale = min(1.0, 300 / max(area.shape))
    small = cv2.resize(area, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    circles = cv2.HoughCircles(cv2.medianBlur(small, 3), cv2.HOUGH_GRADIENT, dp=1.2, minDist=rmin * scale,
                               param1=120, param2=15, minRadius=round(rmin * scale), maxRadius=round(rmax * scale))
    if circles is None:
        return grey, []
    ink = grey < 128
    out = grey.copy()
    found: list[tuple[int, int, int]] = []
    for x, y, _ in circles[0][:8] / scale:
        if any(abs(x + x0 - fx) + abs(y + y0 - fy) < fr for fx, fy, fr in found):
            continue  # the same stamp again
        ring = _fit_ring(ink, float(x + x0), float(y + y0), (rmin, rmax))
        if ring is None:
            continue
        cx, cy, lo, hi = ring
        _erase_ring(out, ink, cx, cy, lo, hi)
        found.append((round(cx), round(cy), round((lo + hi) / 2)))
    return out, found


def half_peak_band(cover, k: int, peak: float) -> tuple[int, int]:
    """The radii around `k` whose ink cover stays at half the ring's `peak` or more: the ring's band."""
    lo = hi = k
    while lo > 0 and cover[lo - 1] >= 0.5 * peak:
        lo -= 1
    while hi < len(cover) - 1 and cover[hi + 1] >= 0.5 * peak:
        hi += 1
    return lo, hi


def _fit_ring(ink, x: float, y: float, radii: tuple[int, int]):
    """(cx, cy, inner radius, outer radius) of a stamp's outer ring near the circle Hough gave,
    or None when no thin, mostly inked ring is there (text crossed by chance is ink at every
    radius alike, a ring only in a thin band). Hough's centre is often 20-30 px off on a
    broken ring: the centre is searched coarse then fine, the radius within a stamp's sizes."""
    import cv2
    import numpy as np

    half = cv2.resize(ink.astype(np.uint8), None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)

    def cover_at(image, cx: float, cy: float, f: int):
        """Ring profile around (cx, cy) given in full-size pixels, on `image` at 1/f size."""
        big, lo, hi = int(radii[1] * 1.3 / f), radii[0] // f, radii[1] // f
        sx, sy = cx / f, cy / f
        x0, y0 = int(sx) - big, int(sy) - big
        if x0 < 0 or y0 < 0 or x0 + 2 * big > image.shape[1] or y0 + 2 * big > image.shape[0]:
            return None
        win = image[y0:y0 + 2 * big, x0:x0 + 2 * big].astype(np.float32)
        polar = cv2.warpPolar(win, (big, 360 // f), (sx - x0, sy - y0), big, cv2.WARP_POLAR_LINEAR) > 0.5
        cover = polar.mean(axis=0)  # share of angles inked, per radius
        k = int(np.argmax(cover[lo:hi])) + lo
        # centred, the ring's ink gathers at few radii: the sum of squares is highest there
        return cover[k], cx, cy, k * f, cover, float(np.square(cover[max(0, k - 6 // f):k + 7 // f]).sum())

    def search(image, f: int, around: tuple[float, float], step: int, reach: int):
        best = None
        for dx in range(-reach, reach + 1, step):
            for dy in range(-reach, reach + 1, step):
                found = cover_at(image, around[0] + dx, around[1] + dy, f)
                if found is not None and (best is None or found[5] > best[5]):
                    best = found
        return best

    # coarse at half size (most candidates end here: text, not a ring), then fine at full size
    coarse = search(half, 2, (x, y), 6, 30)
    if coarse is None or coarse[0] < 0.3:
        return None
    best = search(ink.astype(np.uint8), 1, coarse[1:3], 1, 4)
    if best is None or best[0] < 0.45:
        return None
    peak, cx, cy, k, cover, _ = best
    lo, hi = half_peak_band(cover, k, peak)
    gap = hi - lo + 4
    if hi - lo > 0.12 * k or lo - gap < 0 or hi + gap >= len(cover):
        return None
    if max(cover[lo - gap], cover[hi + gap]) > 0.5 * peak:
        return None  # ink just inside and outside as well: text, not a ring
    return cx, cy, lo, hi


def _erase_ring(out, ink, cx: float, cy: float, lo: int, hi: int) -> None:
    """Whiten the ring band's ink in `out` except where a stroke crosses it."""
    import cv2
    import numpy as np

    big = hi + 8
    x0, y0 = max(0, int(cx) - big), max(0, int(cy) - big)
    x1, y1 = min(ink.shape[1], int(cx) + big), min(ink.shape[0], int(cy) + big)
    win = ink[y0:y1, x0:x1]
    yy, xx = np.mgrid[y0:y1, x0:x1]
    dx, dy = xx - cx, yy - cy
    dist = np.hypot(dx, dy)
    # the ring's grey fringe goes too (a ghost ring still reads as a stroke)
    band = (out[y0:y1, x0:x1] < 200) & (dist >= lo - 1) & (dist <= hi + 1)
    # A letter stroke crossing the ring, at whatever angle, joins ink just inside the band to
    # ink just outside it: a pixel on it lies on a short path between the two (distances to
    # each add up to little more than the band's width); the ring's own pixels do not.
    inner = (win & (dist >= lo - 7) & (dist < lo - 2)).astype(np.uint8)
    outer = (win & (dist > hi + 2) & (dist <= hi + 7)).astype(np.uint8)
    # (capped: with no ink on one side OpenCV gives a huge number, and two of them overflow)
    to_inner = np.minimum(cv2.distanceTransform(1 - inner, cv2.DIST_L2, 3), 1e4)
    to_outer = np.minimum(cv2.distanceTransform(1 - outer, cv2.DIST_L2, 3), 1e4)
    crossing = to_inner + to_outer <= 1.4 * (hi - lo + 4)
    out[y0:y1, x0:x1][band & ~crossing] = 255
