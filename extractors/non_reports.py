"""Why a file that is not a report is not one, said usefully: what it is and, if it says, whose.

- a .zip: its members' names from the central directory (nothing is inflated), and whether
  they look like reports (then the clerk is told to unpack them into the inbox);
- a spreadsheet (.xlsx, .ods, .xls): who made it (document properties: creator, company) and
  the first cell text that names a unit, read from small, bounded parts only;
- a HEIC/AVIF photo: read through pillow-heif when it is installed, else a request for JPEG/PDF.
Each returns the ExtractionError to raise. Reading reports is left to the readers.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zipfile
from pathlib import Path

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.inbox_entries import is_skipped_name, open_regular
from tdkt.extractors.limits import Limits

# Member names that look like a report a unit would send.
REPORT_SUFFIXES = (".docx", ".doc", ".pdf", ".odt", ".rtf", ".docm", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                   ".heic")
_SHOWN_MEMBERS = 8
_PART_LIMIT = 2 * 1024 * 1024  # property and string parts read whole only under this size
_UNIT_WORDS = re.compile(
    r"\b(ubnd|ủy ban|uỷ ban|phòng|trường|trung tâm|hội|đoàn|công an|ban chỉ huy|đảng ủy|đảng uỷ|mặt trận|"
    r"chi cục|xã|thị trấn|huyện|bệnh viện|ban quản lý)\b", re.IGNORECASE)


def _member_name(info: zipfile.ZipInfo) -> str:
    # Without the UTF-8 flag zipfile decodes as cp437; 7-Zip, macOS and most tools write UTF-8 anyway.
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:_SHOWN_MEMBERS])
    return shown + (f", … (thêm {len(names) - _SHOWN_MEMBERS} tệp)" if len(names) > _SHOWN_MEMBERS else "")


def describe_zip(path: Path, limits: Limits) -> ExtractionError:
    """An "archive" error listing the members (reports first named as such)."""
    try:
        with os.fdopen(open_regular(path), "rb") as fh, zipfile.ZipFile(fh) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError):
        return ExtractionError("archive", "tệp .zip hỏng, không xem được danh sách tệp bên trong")
    files = [_member_name(i) for i in infos[:limits.max_zip_entries] if not i.is_dir()]
    files = [n for n in files if not is_skipped_name(n.rsplit("/", 1)[-1]) and not n.startswith("__MACOSX/")]
    if not files:
        return ExtractionError("archive", "tệp .zip rỗng")
    reports = [n for n in files if n.lower().endswith(REPORT_SUFFIXES)]
    if reports:
        return ExtractionError("archive", f"tệp .zip chứa {len(reports)} tệp có vẻ là báo cáo: {_listing(reports)}")
    return ExtractionError("archive", f"tệp .zip chứa {len(files)} tệp: {_listing(files)}")


def describe_spreadsheet(path: Path, kind: str) -> ExtractionError:
    """A "not_a_report" error naming the kind and, when the file says, its author and unit."""
    label = {"xlsx": "bảng tính Excel", "xls": "bảng tính Excel 97-2003", "ods": "bảng tính OpenDocument"}[kind]
    facts: dict[str, str] = {}
    try:
        with os.fdopen(open_regular(path), "rb") as fh:
            if kind == "xls":
                facts = _ole_facts(fh)
            else:
                facts = _zip_facts(fh, kind)
    except Exception:  # a damaged spreadsheet still gets its row; who made it is a bonus
        facts = {}
    parts = [label]
    if facts.get("unit"):
        parts.append(f"nội dung ghi: «{facts['unit']}»")
    if facts.get("company"):
        parts.append(f"cơ quan trong thuộc tính tệp: {facts['company']}")
    if facts.get("creator"):
        parts.append(f"người tạo: {facts['creator']}")
    return ExtractionError("not_a_report", "; ".join(parts))


def _clean(text: str | bytes | None, limit: int = 80) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    return text[:limit] + ("…" if len(text) > limit else "")


def _read_part(zf: zipfile.ZipFile, name: str, limit: int = _PART_LIMIT) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        with zf.open(info) as part:  # the head of a big part is enough for the first cells
            return part.read(limit)
    return zf.read(info)


def _xml_texts(data: bytes | None, tags: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    if not data:
        return found
    for tag in tags:
        m = re.search(rb"<(?:\w+:)?" + tag.encode() + rb"(?:\s[^>]*)?>([^<]*)<", data)
        if m and m.group(1).strip():
            found[tag] = _clean(_unescape(m.group(1)))
    return found


def _unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace"))


def _first_unit_text(data: bytes | None, tag: bytes) -> str:
    if not data:
        return ""
    for i, m in enumerate(re.finditer(rb"<" + tag + rb"(?:\s[^>]*)?>(.*?)</" + tag + rb">", data, re.S)):
        if i >= 60:
            break
        text = _clean(_unescape(re.sub(rb"<[^>]+>", b"", m.group(1))))
        if _UNIT_WORDS.search(text):
            return text
    return ""


def _zip_facts(fh, kind: str) -> dict[str, str]:
    with zipfile.ZipFile(fh) as zf:
        if kind == "xlsx":
            core = _xml_texts(_read_part(zf, "docProps/core.xml"), ("creator", "lastModifiedBy"))
            app = _xml_texts(_read_part(zf, "docProps/app.xml"), ("Company",))
            # Excel and LibreOffice share strings; openpyxl and others write them inline in the sheet.
            unit = (_first_unit_text(_read_part(zf, "xl/sharedStrings.xml"), rb"si")
                    or _first_unit_text(_read_part(zf, "xl/worksheets/sheet1.xml"), rb"t"))
            return {"creator": core.get("creator") or core.get("lastModifiedBy", ""),
                    "company": app.get("Company", ""), "unit": unit}
        meta = _xml_texts(_read_part(zf, "meta.xml"), ("initial-creator", "creator"))
        unit = _first_unit_text(_read_part(zf, "content.xml"), rb"text:p")
        return {"creator": meta.get("initial-creator") or meta.get("creator", ""), "unit": unit}


def _ole_facts(fh) -> dict[str, str]:
    import olefile

    with olefile.OleFileIO(fh) as ole:
        meta = ole.get_metadata()
    return {"creator": _clean(meta.author or meta.last_saved_by), "company": _clean(meta.company)}


def read_heif(path: Path, kind: str, limits: Limits):
    """OCR a HEIC/AVIF photo through pillow-heif when it is installed; else a clear request."""
    label = "HEIC/HEIF" if kind == "heic" else "AVIF"
    if kind == "heic":  # AVIF: Pillow's own plugin, when it was built with it
        try:
            import pillow_heif
        except ImportError:
            raise ExtractionError("photo_format", label) from None
        pillow_heif.register_heif_opener()
    from tdkt.extractors import ocr_reader

    try:
        return ocr_reader.read_image(path, limits)
    except ExtractionError as exc:
        if exc.code == "corrupt":  # pillow-heif without this codec, or a damaged photo
            raise ExtractionError("photo_format", label) from exc
        raise
