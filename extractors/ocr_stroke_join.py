"""Views of a faint B&W text line whose thin strokes a copier's threshold broke into dots.

What it does: gives the line enlarged with its dots joined by a small morphological step
(OpenCV), in two ways that each joined the broken italic "1" and "2" of a 150 dpi date line
on the bench: a vertical 3x1 closing at the scan's own size then a cubic 3x enlargement
(the stroke's dots lie along the glyph's height), and a 3x cubic enlargement then a 1x4
horizontal dilation (a slanted stroke's dots lie side by side).
What it leaves to others: reading the views and voting (ocr_reader.reread_date_rows counts
them only for values its ordinary readings also give: a joined view alone decides nothing,
since joining also makes wrong glyphs, "6" for a faint "16").
"""

from __future__ import annotations


def joined_views(crop) -> list:
    """`crop` (a PIL image of one text line, black on white) as the joined views, PIL L images."""
    import cv2
    import numpy as np
    from PIL import Image

    ink = 255 - np.asarray(crop.convert("L"))
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 1), np.uint8))
    closed = cv2.resize(closed, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    big = cv2.resize(ink, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    # one row, four columns at the enlarged size
    dilated = cv2.dilate(big, np.ones((1, 3 * 3 // 2), np.uint8))
    return [Image.fromarray(255 - view) for view in (closed, dilated)]
