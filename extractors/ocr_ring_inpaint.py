"""A B&W stamp's rings taken out of the page whole, letters included, and the gaps in-painted.

`ocr_cleanup.remove_black_stamp` whitens a ring's arc only where no letter stroke crosses it,
so that no letter is cut; where the ring runs through a letter ("Lê" under the arc), the arc's
pixels next to the stroke stay and the letter reads as another ("tề", "bê", "TỄ"). This module
gives a second view of such a page for the signer's vote: every ring of the stamp (the outer
one found by the stamp search, and the thin concentric rings inside it that its polar profile
shows: real office seals have an inner ring around their emblem) masked as a band, and the
band in-painted (OpenCV Telea) from the pixels on either side, so a stroke crossing it is
joined again and the arc is gone. It is one more reading set for the vote, never the page's
text: in-painting can also bridge a gap that was white.
What it leaves to others: finding the stamp (ocr_cleanup), reading and voting (ocr_reader,
ocr_name_vote).
"""

from __future__ import annotations

from tdkt.extractors.ocr_cleanup import half_peak_band

_INNER_RANGE = (0.5, 0.95)  # radii, in outer radii, where an inner ring is looked for
_MIN_COVER = 0.3  # share of angles inked at a ring's radius (text crossed by chance: ~0.1-0.2)


def inpaint_rings(grey, rings):
    """`grey` (PIL, L) with the rings of each stamp (x, y, r) in-painted away, binarised again
    at mid-grey; None when no ring could be fitted."""
    import cv2
    import numpy as np
    from PIL import Image
    from tdkt.extractors.ocr_cleanup import _fit_ring

    pixels = np.asarray(grey.convert("L"))
    ink = pixels < 128
    mask = np.zeros(pixels.shape, np.uint8)
    for x, y, r in rings:
        fit = _fit_ring(ink, float(x), float(y), (int(0.9 * r), int(1.1 * r) + 1))
        if fit is None:
            continue
        cx, cy, lo, hi = fit
        bands = [(lo, hi), *_inner_rings(ink, cx, cy, (lo + hi) / 2)]
        big = hi + 4
        x0, y0 = max(0, int(cx) - big), max(0, int(cy) - big)
        x1, y1 = min(ink.shape[1], int(cx) + big), min(ink.shape[0], int(cy) + big)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        dist = np.hypot(xx - cx, yy - cy)
        window = pixels[y0:y1, x0:x1] < 200  # the ring's grey fringe too
        for a, b in bands:
            mask[y0:y1, x0:x1] |= (window & (dist >= a - 2) & (dist <= b + 2)).astype(np.uint8)
    if not mask.any():
        return None
    out = cv2.inpaint(pixels, mask * 255, 3, cv2.INPAINT_TELEA)
    return Image.fromarray(np.where(out < 128, 0, 255).astype(np.uint8))


def _inner_rings(ink, cx: float, cy: float, r: float) -> list[tuple[int, int]]:
    """(inner, outer) radii of thin rings concentric with the stamp's outer ring of radius r:
    a narrow peak of the polar ink profile with little ink just inside and outside it (the
    same test `_fit_ring` puts an outer ring to)."""
    import cv2
    import numpy as np

    big = int(r) + 2
    x0, y0 = int(cx) - big, int(cy) - big
    if x0 < 0 or y0 < 0 or x0 + 2 * big > ink.shape[1] or y0 + 2 * big > ink.shape[0]:
        return []
    win = ink[y0:y0 + 2 * big, x0:x0 + 2 * big].astype(np.float32)
    polar = cv2.warpPolar(win, (big, 720), (cx - x0, cy - y0), big, cv2.WARP_POLAR_LINEAR) > 0.5
    cover = polar.mean(axis=0)
    found = []
    k = int(_INNER_RANGE[0] * r)
    while k < int(_INNER_RANGE[1] * r):
        peak = cover[k]
        if peak < _MIN_COVER or peak < cover[k - 1] or peak < cover[k + 1]:
            k += 1
            continue
        lo, hi = half_peak_band(cover, k, peak)
        gap = hi - lo + 4
        thin = hi - lo <= 0.06 * r and lo - gap >= 0 and hi + gap < len(cover)
        if thin and max(cover[lo - gap], cover[hi + gap]) <= 0.5 * peak:
            found.append((lo, hi))
        k = hi + 1
    return found
