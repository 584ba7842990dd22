"""Bounds on what reading one file may cost. All configurable (flows pass them from the config)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # a half-year report is rarely over 5 MB, scans included
    max_pages: int = 200
    max_zip_entries: int = 2000  # a real DOCX has a few dozen parts
    max_uncompressed_bytes: int = 300 * 1024 * 1024  # sum of a DOCX's parts once inflated
    max_compression_ratio: float = 200.0  # per part; deflate of XML text stays well under 100
    timeout_seconds: float = 180.0  # LibreOffice conversion and OCR of one file
    # OCR render resolution ceiling: scanned pages are rendered at their own resolution within
    # [200, ocr_dpi], pages that say nothing at ocr_dpi (measured: docs/performance.md).
    ocr_dpi: int = 300
    ocr_max_pages: int = 60
    max_image_pixels: int = 80_000_000  # PIL.Image.MAX_IMAGE_PIXELS: an A4 page at 600 dpi is 35 Mpx
