"""Office-copier scans with a stamp and a signature, and phone photos of every page.

    python samples/make_scans.py --only 01 --out /tmp/scans [--kind stamped|photos|all]

Renders samples/sources/*.txt through make_samples' DOCX → LibreOffice PDF path, then makes:
- stamped scans (`NN-slug.stamped.pdf`, image-only PDF): a round stamp (two rings, the unit's
  name around, a star in the middle; red in colour scans, grey in grey ones, black in B&W)
  over the signer's title and the left of the signature, a blue handwritten-looking signature,
  a faint (toner-starved) date line, two punched-hole shadows, a slight rotation, noise, JPEG
  compression, 150-300 dpi;
- phone photos (`NN-slug.photos.pdf`, one JPEG per page in a PDF, Zalo-like): each page on a
  desk, in perspective, with uneven light, 1280-2560 px, JPEG quality 70-85.
Everything is seeded from the slug, so a rebuild gives the same pixels. Places on the page come
from the PDF's own text layer (pypdfium2 text search), never from guesses.
What it leaves to others: the DOCX and PDF (make_samples), reading the results (tdkt).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import math
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_samples as ms  # noqa: E402  (same folder, not a package)

STAMP_RED = (205, 38, 52)
SIGNATURE_BLUE = (28, 52, 160)
MM = 1 / 25.4  # inches per millimetre
FIXED_DATE = datetime(2023, 6, 1).timetuple()  # Pillow writes struct_time as the PDF date


@dataclass(frozen=True)
class ScanStyle:
    mode: str = "color"          # color | grey | bw
    dpi: int = 200
    angle: float = 0.6           # degrees, counter-clockwise
    jpeg_quality: int = 60
    faint_date: float = 0.45     # share of the ink the date line keeps (1 = untouched)
    seed: str = ""               # another seed: other stamp/signature shapes and positions


STYLES = {"color": ScanStyle("color", 200, 0.6, 60), "grey": ScanStyle("grey", 150, -0.8, 55),
          "bw": ScanStyle("bw", 200, 0.4, 0, 0.55)}
# Seeds that also place the stamp elsewhere (the others keep the stamp over the title and the
# signature's left third): x_share of the signature's width left of its centre, y_shift in
# stamp radii from between the title and the name (down is +), an extra turn of the stamp and
# the page's tilt in degrees. Seeds "d" and "e" are held out (measured, never tuned on; "d" was
# looked at once measured, docs/performance.md).
_WIDE = {"x_share": (0.0, 0.55), "y_shift": (-0.35, 0.4), "turn": (-90, 90), "page_angle": (-1.3, 1.3)}
# Seed "f": the stamp lower, over the signature and often touching the name, turned any way,
# the page tilted either way up to 1.5 degrees (held out: measured once, at the end).
_LOW = {"x_share": (0.05, 0.5), "y_shift": (0.0, 0.6), "turn": (-180, 180), "page_angle": (-1.5, 1.5)}
# Seed "g": the stamp from the signature's left third to right of its centre, from over the
# title's lower line to the name's top, turned any way, the page tilted either way up to 1
# degree (held out: measured once, at the end of issue 9 point 3's sixth round).
_RIGHT = {"x_share": (-0.3, 0.35), "y_shift": (-0.45, 0.3), "turn": (-180, 180), "page_angle": (-1.0, 1.0)}
# Seed "h": anywhere from the title's left to right of the signature's centre, from above the
# title to over the name, turned any way, the page tilted up to 1.2 degrees; also the stamp's
# ink from light to full ("ink", the share of the stamp's strength) and the B&W copier's
# threshold lighter or darker ("threshold", grey level; the others use 150) — held out:
# measured once, at the end of issue 9 point 3's seventh round, never tuned on.
_ANYWHERE = {"x_share": (-0.2, 0.6), "y_shift": (-0.5, 0.5), "turn": (-180, 180), "page_angle": (-1.2, 1.2),
             "ink": (0.7, 1.0), "threshold": (135, 165)}
# Seed "i": from the signature's left half to right of its centre, from the title's middle down
# well onto the name, turned any way, the page tilted up to 1.4 degrees, the stamp's ink 0.6-1.0
# and the B&W copier's threshold 130-170 — held out: added in issue 9 point 3's eighth round
# before its code was measured, run once at the end, never tuned on.
_LOWER_RIGHT = {"x_share": (-0.25, 0.45), "y_shift": (-0.2, 0.7), "turn": (-180, 180), "page_angle": (-1.4, 1.4),
                "ink": (0.6, 1.0), "threshold": (130, 170)}
SEED_PLACES = {"d": _WIDE, "e": _WIDE, "f": _LOW, "g": _RIGHT, "h": _ANYWHERE, "i": _LOWER_RIGHT}
# The inbox's stamped scans, one of each kind; other sources take turns by number.
STYLE_OF = {"01": "color", "02": "grey", "05": "bw"}


def style_for(slug: str) -> ScanStyle:
    return STYLES[STYLE_OF.get(slug[:2]) or tuple(STYLES)[int(slug[:2]) % len(STYLES)]]


def _rng(seed: str):
    import numpy as np

    return np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


# ----------------------------------------------------------------------------- where things are
def find_line(pdf_path: Path, text: str, *, page: int = -1, last: bool = True):
    """The box (left, top, right, bottom) in points from the top-left of the visual line that
    reads `text` on a page. Lines are rebuilt from pdfplumber's characters sorted by x, because
    the text layer's order breaks where LibreOffice fell back to another font for a Vietnamese
    capital (the fallback glyphs come after the line in the stream)."""
    from difflib import SequenceMatcher

    import pdfplumber

    want = "".join(text.split())
    with pdfplumber.open(str(pdf_path)) as pdf:
        chars = [c for c in pdf.pages[page].chars if c["text"].strip()]
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(lines[-1][0]["top"] - c["top"]) < 3 and abs(lines[-1][-1]["x1"] - c["x0"]) < 40:
            lines[-1].append(c)
        else:
            lines.append([c])
    scored = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        got = "".join(c["text"] for c in line)
        scored.append((SequenceMatcher(None, want, got).ratio(), line))
    good = [line for ratio, line in scored if ratio >= 0.85]
    if not good:
        return None
    line = good[-1] if last else good[0]
    return (min(c["x0"] for c in line), min(c["top"] for c in line),
            max(c["x1"] for c in line), max(c["bottom"] for c in line))


# ----------------------------------------------------------------------------- stamp
def stamp_image(outer_text: str, lower_text: str, radius_px: int, seed: str):
    """A round office stamp as an 'L' ink mask (255 = full ink), with uneven ink."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = _rng("stamp" + seed)
    size = 2 * radius_px + 8
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size / 2
    r = radius_px
    outer_w = max(3, round(r * 0.05))
    draw.ellipse((c - r, c - r, c + r, c + r), outline=255, width=outer_w)
    r2 = r * 0.70
    draw.ellipse((c - r2, c - r2, c + r2, c + r2), outline=255, width=max(2, outer_w // 2))
    font = ImageFont.truetype("DejaVuSans-Bold.ttf", max(10, round(r * 0.16)))
    text_r = (r + r2) / 2

    def around(text: str, centre_deg: float, span_deg: float, upright_top: bool) -> None:
        n = max(1, len(text))
        step = span_deg / n
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            if upright_top:
                ang = centre_deg - span_deg / 2 + (i + 0.5) * step
            else:
                ang = centre_deg + span_deg / 2 - (i + 0.5) * step
            theta = math.radians(ang)
            x, y = c + text_r * math.sin(theta), c - text_r * math.cos(theta)
            glyph = Image.new("L", (font.size * 2, font.size * 2), 0)
            ImageDraw.Draw(glyph).text((font.size, font.size), ch, font=font, fill=255, anchor="mm")
            glyph = glyph.rotate(-ang if upright_top else 180 - ang, resample=Image.BICUBIC)
            mask.paste(255, (round(x - font.size), round(y - font.size)), glyph)

    around(outer_text.upper(), 0, 250, True)
    around(lower_text.upper(), 180, 80, False)
    star_r = r * 0.22
    pts = []
    for k in range(10):
        rr = star_r if k % 2 == 0 else star_r * 0.42
        a = math.radians(-90 + k * 36)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    draw.polygon(pts, fill=255)
    # Uneven pressure: ink thins out in blotches, and the stamp is never quite sharp.
    arr = np.asarray(mask, dtype=np.float32)
    blotch = rng.normal(0, 1, (8, 8))
    blotch = np.asarray(Image.fromarray(((blotch - blotch.min()) / (np.ptp(blotch) + 1e-6) * 255).astype(np.uint8))
                        .resize((size, size), Image.BICUBIC), dtype=np.float32) / 255
    arr *= 0.55 + 0.45 * blotch
    arr *= rng.uniform(0.8, 1.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return out.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)


def signature_mask(width_px: int, height_px: int, seed: str):
    """A handwritten-looking signature stroke: a looping pen path as an 'L' ink mask."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = _rng("sig" + seed)
    t = np.linspace(0, 1, 400)
    loops = rng.uniform(3, 5)
    x = t * width_px * 0.9 + 0.05 * width_px + np.sin(t * loops * 2 * np.pi) * width_px * 0.06
    y = (height_px / 2 + np.sin(t * loops * 2 * np.pi + 1.3) * height_px * 0.32
         - (t - 0.5) * height_px * 0.25 + rng.normal(0, 0.6, t.size).cumsum() * 0.3)
    img = Image.new("L", (width_px, height_px), 0)
    draw = ImageDraw.Draw(img)
    pen = max(2, round(height_px / 45))
    draw.line(list(zip(x.tolist(), y.tolist())), fill=255, width=pen, joint="curve")
    # the underline flourish most signatures end with
    draw.line([(width_px * 0.2, height_px * 0.78), (width_px * 0.95, height_px * 0.66)], fill=255, width=pen)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def _ink(page, mask, colour, at: tuple[int, int], strength: float = 1.0):
    """Multiply-blend coloured ink through `mask` onto an RGB page (ink darkens, never lightens)."""
    import numpy as np

    arr = np.asarray(page, dtype=np.float32).copy()
    m = np.asarray(mask, dtype=np.float32) / 255 * strength
    x, y = at
    h, w = m.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(arr.shape[1], x + w), min(arr.shape[0], y + h)
    m = m[y0 - y:y1 - y, x0 - x:x1 - x, None]
    tint = np.array(colour, dtype=np.float32) / 255
    region = arr[y0:y1, x0:x1]
    arr[y0:y1, x0:x1] = region * (1 - m) + region * tint * m
    from PIL import Image

    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# ----------------------------------------------------------------------------- stamped scan
def unit_words(src: ms.Source) -> tuple[str, str]:
    """The stamp's texts: the unit's capitals lines around the top, the district below."""
    caps = [l for l in src.sections["header-left"] if ms._is_caps(l) and not l.startswith("Số")]
    return " ".join(caps) or "ỦY BAN NHÂN DÂN", "TÂY SƠN"


def make_stamped_scan(src: ms.Source, pdf: Path, out: Path, style: ScanStyle) -> Path:
    """Image-only PDF of every page as a copier scans a signed and stamped report."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = _rng(src.slug + style.mode + style.seed)
    scale = style.dpi / 72
    pages = [p.convert("RGB") for p in ms.render_pages(pdf, style.dpi)]
    # a faint date line: the toner ran low across the header's right column
    date_line = next((l for l in src.sections["header-right"] if "ngày" in l or "tháng" in l), None)
    box = find_line(pdf, date_line, page=0, last=False) if date_line else None
    if box and style.faint_date < 1:
        l, t, r, b = (round(v * scale) for v in box)
        region = np.asarray(pages[0], dtype=np.float32)
        sub = region[t - 2:b + 2, l - 2:r + 2]
        region[t - 2:b + 2, l - 2:r + 2] = 255 - (255 - sub) * style.faint_date
        pages[0] = Image.fromarray(region.astype(np.uint8))
    closing = src.sections["closing-right"]
    name_box = find_line(pdf, closing[-1]) if closing else None
    title_box = find_line(pdf, closing[-2]) if len(closing) >= 2 else None
    if name_box:
        nl, nt, nr, nb = (v * scale for v in name_box)
        above = title_box[3] * scale if title_box else nt - 60 * scale
        sig_w, sig_h = round(max(nr - nl, 110 * scale) * 1.1), round(max(nt - above, 30 * scale))
        sig = signature_mask(sig_w, sig_h, src.slug + style.seed)
        centre_x = (nl + nr) / 2
        pages[-1] = _ink(pages[-1], sig, SIGNATURE_BLUE, (round(centre_x - sig_w / 2), round(above)))
        radius = round(18 * MM * style.dpi)
        outer, lower = unit_words(src)
        stamp = stamp_image(outer, lower, radius, src.slug + style.seed)
        # Over the signer's title and the left third of the signature, as offices stamp.
        cx = centre_x - sig_w * rng.uniform(0.25, 0.4)
        cy = (above + nt) / 2 - rng.uniform(0, 0.1) * radius
        wide = SEED_PLACES.get(style.seed)
        strength = 0.95
        if wide:  # a seed of its own placing: drawn from another stream, the others' pixels unchanged
            place = _rng("place" + src.slug + style.seed)
            cx = centre_x - sig_w * place.uniform(*wide["x_share"])
            cy = (above + nt) / 2 + place.uniform(*wide["y_shift"]) * radius
            stamp = stamp.rotate(float(place.uniform(*wide["turn"])), resample=Image.BICUBIC)
            if "ink" in wide:
                strength = float(_rng("ink" + src.slug + style.seed).uniform(*wide["ink"]))
        pages[-1] = _ink(pages[-1], stamp, STAMP_RED, (round(cx - stamp.width / 2), round(cy - stamp.height / 2)),
                         strength)
    out_pages = []
    threshold = 150  # the B&W copier's: lighter grey is paper
    if "threshold" in SEED_PLACES.get(style.seed, {}):
        threshold = round(_rng("threshold" + src.slug + style.seed).uniform(*SEED_PLACES[style.seed]["threshold"]))
    for k, page in enumerate(pages):
        page = _punched_holes(page, style.dpi)
        angle = style.angle * (1 if k % 2 == 0 else -0.7)
        if style.seed in SEED_PLACES:
            angle = float(_rng(f"angle{k}" + src.slug + style.seed).uniform(*SEED_PLACES[style.seed]["page_angle"]))
        page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
        arr = np.asarray(page, dtype=np.float32) * np.array([0.95, 0.94, 0.9]) + 10
        arr += rng.normal(0, 4, arr.shape[:2])[..., None]
        page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        if style.mode == "grey":
            page = page.convert("L")
        elif style.mode == "bw":
            page = page.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)
        out_pages.append(page)
    extra = {"quality": style.jpeg_quality} if style.mode != "bw" else {}
    out_pages[0].save(out, "PDF", save_all=True, append_images=out_pages[1:], resolution=float(style.dpi),
                      creationDate=FIXED_DATE, modDate=FIXED_DATE, producer="Copier", title="", **extra)
    return out


def _punched_holes(page, dpi: int):
    """Two binder holes' shadows in the left margin (dark discs with a soft edge)."""
    from PIL import Image, ImageDraw, ImageFilter

    mask = Image.new("L", page.size, 0)
    draw = ImageDraw.Draw(mask)
    r = 3 * MM * dpi
    x = 9 * MM * dpi
    for y in (page.height / 2 - 40 * MM * dpi, page.height / 2 + 40 * MM * dpi):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=200)
    mask = mask.filter(ImageFilter.GaussianBlur(r * 0.25))
    return _ink(page, mask, (70, 70, 70), (0, 0))


# ----------------------------------------------------------------------------- phone photos
def desk_texture(width: int, height: int, rng):
    """Wood-grain-like desk surface: stripes of brown with noise."""
    import numpy as np
    from PIL import Image, ImageFilter

    y = np.arange(height)[:, None]
    x = np.arange(width)[None, :]
    grain = np.sin((y + 25 * np.sin(x / 180.0 + rng.uniform(0, 6))) / rng.uniform(7, 12))
    base = np.array(rng.choice([(120, 84, 52), (96, 70, 48), (150, 120, 90)]), dtype=np.float32)
    arr = base[None, None, :] * (0.85 + 0.12 * grain[..., None]) + rng.normal(0, 6, (height, width, 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))


def photo_of_page(page, seed: str, long_side: int = 2048, quality: int = 78):
    """One page as a phone photo: on a desk, in perspective, unevenly lit, JPEG-compressed."""
    import io

    import cv2
    import numpy as np
    from PIL import Image, ImageFilter

    rng = _rng("photo" + seed)
    page = np.asarray(page.convert("RGB"))
    ph, pw = page.shape[:2]
    H = long_side
    W = round(long_side * 0.75)
    canvas = np.asarray(desk_texture(W, H, rng)).copy()
    # the page fills 70-85% of the frame's height, its corners pulled by the phone's tilt
    scale = rng.uniform(0.72, 0.84) * H / ph
    cw, ch = pw * scale, ph * scale
    ox, oy = (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W, (H - ch) / 2 + rng.uniform(-0.03, 0.03) * H
    jitter = lambda: rng.uniform(-0.05, 0.05) * cw  # noqa: E731
    keystone = rng.uniform(0.02, 0.07) * cw  # top edge further away → narrower
    dst = np.float32([[ox + keystone + jitter(), oy + jitter()], [ox + cw - keystone + jitter(), oy + jitter()],
                      [ox + cw + jitter(), oy + ch + jitter()], [ox + jitter(), oy + ch + jitter()]])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (W, H), flags=cv2.INTER_LINEAR)
    alpha = (inside.astype(np.float32) / 255)[..., None]
    img = warped * alpha + canvas * (1 - alpha)
    # light: a gradient from the window side, a soft shadow of the phone, warm tint
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.95 - 0.3 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy + 0.5)
    sx, sy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.6, 0.9) * H
    shadow = 0.28 * np.exp(-(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.25 * H)) ** 2))
    light = np.clip(light - shadow, 0.45, 1.0)
    img = img * light[..., None] * np.array([1.0, 0.97, 0.9])
    img += rng.normal(0, 3, (H, W, 1))
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def make_phone_photos(src: ms.Source, pdf: Path, out: Path, *, long_side: int = 2048, quality: int = 78) -> Path:
    """Every page photographed; a .pdf holds one JPEG per page, a .jpg only the first page."""
    pages = ms.render_pages(pdf, 150)
    photos = [photo_of_page(p, f"{src.slug}-{k}", long_side, quality) for k, p in enumerate(pages)]
    if out.suffix.lower() in (".jpg", ".jpeg"):
        photos[0].save(out, "JPEG", quality=quality)
        return out
    # ~150 dpi over the frame, as photo-to-PDF apps write them
    photos[0].save(out, "PDF", save_all=True, append_images=photos[1:], resolution=150.0, quality=quality,
                   creationDate=FIXED_DATE, modDate=FIXED_DATE, producer="Zalo", title="")
    return out


# ----------------------------------------------------------------------------- build
SUFFIX = {"stamped": ".stamped.pdf", "photos": ".photos.pdf"}


def build(sources: list[ms.Source], out: Path, kinds=("stamped", "photos"), style: ScanStyle | None = None,
          pdfs: dict[str, Path] | None = None) -> list[Path]:
    """Render each source's PDF (unless given) and write the requested scans/photos into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="tdkt-scans-") as tmpdir:
        tmp = Path(tmpdir)
        pdfs = dict(pdfs or {})
        todo = [s for s in sources if s.slug not in pdfs]
        if todo:
            conv = tmp / "conv"
            conv.mkdir()
            docx = [ms.build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in todo]
            ms.soffice_convert(docx, "pdf", tmp, tmp / "lo-profile")
            pdfs.update({s.slug: tmp / f"{s.slug}.pdf" for s in todo})
        for s in sources:
            if "stamped" in kinds:
                chosen = style or style_for(s.slug)
                written.append(make_stamped_scan(s, pdfs[s.slug], out / (s.slug + SUFFIX["stamped"]), chosen))
            if "photos" in kinds:
                written.append(make_phone_photos(s, pdfs[s.slug], out / (s.slug + SUFFIX["photos"])))
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Stamped copier scans and phone photos of sample reports.")
    ap.add_argument("--only", action="append", help="two-digit sample number (repeatable)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--kind", choices=("stamped", "photos", "all"), default="all")
    ap.add_argument("--mode", choices=tuple(STYLES), help="one scan style for all (default: rotate)")
    ap.add_argument("--dpi", type=int)
    ap.add_argument("--seed", default="", help="another generator seed (stamp and signature shapes, places)")
    args = ap.parse_args(argv)
    sources = ms.load_sources([o.zfill(2) for o in args.only] if args.only else None)
    style = STYLES[args.mode] if args.mode else None
    if style and (args.dpi or args.seed):
        style = dataclasses.replace(style, dpi=args.dpi or style.dpi, seed=args.seed)
    kinds = ("stamped", "photos") if args.kind == "all" else (args.kind,)
    for path in build(sources, args.out, kinds, style):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
