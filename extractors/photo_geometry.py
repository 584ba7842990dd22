"""Find the sheet of paper in a phone photo and look at it straight on (OpenCV).

What it does: `find_page_quad` looks for the page as the largest bright, four-cornered region
that is clearly smaller than the frame (a photo has desk or floor around the sheet; a flat scan
has none and gets None, so scans pass through untouched); `warp_page` maps that quadrilateral to
an upright rectangle whose size follows the page's own edges; `order_corners` puts four points in
top-left, top-right, bottom-right, bottom-left order.
What it leaves to others: evening the light and removing stamp colours (ocr_cleanup), OCR and
reading order (ocr_reader).
"""

from __future__ import annotations

_WORK_SIDE = 900  # px; the page outline is found on a copy this long (fast, and blur-tolerant)
_MIN_AREA = 0.2  # the page covers at least this share of the frame...
_MAX_AREA = 0.93  # ...and at most this: above it the image is a scan or an already-cropped page


def order_corners(points):
    """Four (x, y) points → float32 array ordered TL, TR, BR, BL (by sums and differences)."""
    import numpy as np

    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()  # y - x
    return np.float32([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def find_page_quad(image):
    """The page's four corners in `image` (an RGB or grey numpy array), or None.

    The sheet is the brightest large thing in a phone photo. Otsu on a blurred lightness copy
    separates it from the desk; the largest outer contour, simplified to four points, is the
    sheet when it is convex and covers between _MIN_AREA and _MAX_AREA of the frame.
    """
    import cv2
    import numpy as np

    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    scale = _WORK_SIDE / max(h, w)
    small = cv2.resize(grey, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (7, 7), 0)
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Close the text's holes so the sheet is one solid blob; open away the desk's glints.
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline) / (small.shape[0] * small.shape[1])
    if not _MIN_AREA <= area <= _MAX_AREA:
        return None
    hull = cv2.convexHull(outline)
    perimeter = cv2.arcLength(hull, True)
    quad = None
    for eps in (0.02, 0.03, 0.04, 0.06):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2)
            break
    if quad is None:  # a corner folded or in shadow: the tightest rotated rectangle will do
        quad = cv2.boxPoints(cv2.minAreaRect(hull))
    if cv2.contourArea(np.float32(quad)) < 0.8 * cv2.contourArea(hull):
        return None
    return order_corners(np.float32(quad) / scale)


def warp_page(image, quad, min_width: int = 1700, max_width: int = 2480):
    """The page inside `quad`, upright and rectangular. The output is as wide as the page's
    longer horizontal edge, brought within [min_width, max_width] px (≈ 200-300 dpi for A4,
    where Tesseract reads Vietnamese marks best); the height keeps the edges' proportion."""
    import cv2
    import numpy as np

    tl, tr, br, bl = order_corners(quad)
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    factor = min(max(width, min_width), max_width) / max(width, 1.0)
    out_w, out_h = round(width * factor), round(height * factor)
    target = np.float32([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]])
    matrix = cv2.getPerspectiveTransform(np.float32([tl, tr, br, bl]), target)
    border = (255,) * (1 if image.ndim == 2 else image.shape[2])
    return cv2.warpPerspective(image, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=border)
