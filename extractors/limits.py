"""Bounds on what reading one file may cost, and the checks that apply them before the work.

All bounds are configurable (the flows pass them from the configuration's [limits]; tests lower
them). Three kinds:
- what a file may be (bytes, pages, zip parts, inflated XML, pixels of a rendered page, the
  characters a PDF draws): checked here or by the reader before it builds anything large;
- what reading may take: `deadline_seconds` (wall clock for reading and judging one file) and
  `max_memory_mb` (the address-space cap, RLIMIT_AS) are enforced by tdkt.workers on the worker
  process that reads the file, and by office_convert on LibreOffice;
- inner timeouts (`timeout_seconds`: one LibreOffice conversion, the OCR of one file), which stay
  below the deadline so their more precise reason wins.
What it leaves to others: the readers call these checks; tdkt.workers runs files in workers.
"""

from __future__ import annotations

import math
import resource
from dataclasses import dataclass

from tdkt.extractors.errors import ExtractionError


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # a half-year report is rarely over 5 MB, scans included
    max_pages: int = 200
    max_zip_entries: int = 2000  # a real DOCX has a few dozen parts
    max_uncompressed_bytes: int = 300 * 1024 * 1024  # sum of a DOCX's parts once inflated
    max_compression_ratio: float = 200.0  # per part; deflate of XML text stays well under 100
    # One XML part once inflated: lxml's tree costs ~10-15x the text (a 294 MB document.xml
    # took 4.45 GB); a 200-page report's document.xml is a few MB.
    max_xml_part_bytes: int = 32 * 1024 * 1024
    timeout_seconds: float = 180.0  # LibreOffice conversion and OCR of one file
    # OCR render resolution ceiling: scanned pages are rendered at their own resolution within
    # [200, ocr_dpi], pages that say nothing at ocr_dpi (measured: docs/performance.md).
    ocr_dpi: int = 300
    ocr_max_pages: int = 60
    max_image_pixels: int = 80_000_000  # PIL.Image.MAX_IMAGE_PIXELS: an A4 page at 600 dpi is 35 Mpx
    # A PDF page rendered for OCR: an A4 page at 600 dpi is 35 Mpx (35 MB grey, ~5 copies in the
    # OCR clean-up). Bigger pages are rendered at a lower resolution, down to min_render_dpi.
    max_render_pixels: int = 40_000_000
    min_render_dpi: int = 150
    # Characters a PDF's text layer draws: a 3-page report has ~10,000; a dense 199-page file
    # took 6.1 GB in the layout code. Per page and for the whole file.
    max_page_chars: int = 40_000
    max_pdf_chars: int = 1_500_000
    # The worker reading one file (tdkt.workers) and LibreOffice: wall clock and address space.
    deadline_seconds: float = 240.0
    max_memory_mb: int = 2048


def render_scale(width_pt: float, height_pt: float, dpi: float, limits: Limits, page: int | None = None) -> float:
    """The pdfium render scale for a page of `width_pt` x `height_pt` points at `dpi`, lowered so
    the bitmap stays within `limits.max_render_pixels`; ExtractionError("too_large") when even
    `limits.min_render_dpi` would not fit (a 200-inch page)."""
    inches = max(width_pt, 1.0) / 72 * max(height_pt, 1.0) / 72
    fit = math.sqrt(limits.max_render_pixels / inches)  # the dpi at which the page just fits
    if fit < min(dpi, limits.min_render_dpi):
        where = f"trang {page}: " if page else ""
        raise ExtractionError("too_large", f"{where}khổ {width_pt / 72:.0f}×{height_pt / 72:.0f} inch, "
                                           f"quá {limits.max_render_pixels / 1e6:.0f} triệu điểm ảnh khi dựng ảnh")
    return min(dpi, math.floor(fit)) / 72


class PdfBudget:
    """Counts what a PDF's text layer draws, page by page, before the layout code sees it.

    A reader calls `page(number, chars)` for each page it probes (PDFium's character count is
    known there at no extra cost) and gets ExtractionError("too_large") once a page or the file
    is denser than any report.
    """

    def __init__(self, limits: Limits):
        self.limits = limits
        self.total = 0

    def page(self, number: int, chars: int) -> None:
        if chars > self.limits.max_page_chars:
            raise ExtractionError("too_large", f"trang {number} có {chars:,} ký tự > {self.limits.max_page_chars:,}"
                                  .replace(",", "."))
        self.total += chars
        if self.total > self.limits.max_pdf_chars:
            raise ExtractionError("too_large", f"lớp chữ quá {self.limits.max_pdf_chars:,} ký tự".replace(",", "."))


def cap_address_space(max_memory_mb: int) -> None:
    """RLIMIT_AS (soft) of this process: allocations past it fail (MemoryError in Python, a
    failed malloc in C libraries) instead of taking the machine's memory. The hard limit is left
    as it is so the next file can set another cap."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = int(max_memory_mb) * 1024 * 1024 if max_memory_mb and max_memory_mb > 0 else resource.RLIM_INFINITY
    if hard != resource.RLIM_INFINITY and (want == resource.RLIM_INFINITY or want > hard):
        want = hard
    if want != soft:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))


def die_with_parent(sig: int = 9) -> None:
    """prctl(PR_SET_PDEATHSIG, sig): the kernel signals this process when its parent dies (a
    killed run takes its workers and LibreOffice with it). Linux only; elsewhere nothing. Safe in
    a Popen preexec_fn (ctypes, no allocation after fork beyond the call)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(sig), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
