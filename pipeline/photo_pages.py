"""Photos of one report's pages, sent as separate images, judged as one report.

A unit that photographs its report with a phone sends one image per page (Zalo, e-mail, a
gallery share). Each image is read on its own (one OCR per file, as every file is), and its
reading is kept on the record (`page_document`). Here, before the outputs decide which file
speaks for which unit, the pages are put back together:

- a page that opens a report carries the national motto at its head ("CỘNG HÒA XÃ HỘI CHỦ
  NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") or a document number: it starts a report;
- a page without them continues the report before it: the nearest earlier image of the same
  folder, in the order the files were received (ties by the page number in the name), when it
  arrived within `JOIN_WINDOW` of the page before it;
- the pages of one report are joined into one Document (pages renumbered in that order) and
  judged once: the first page's file speaks for the report and names the others in
  `page_files`; each other page names it in `page_of` (and `superseded_by`, so every count of
  "who reported" leaves it out) with a Vietnamese note saying so.

Pages with no first page before them (page 1 never sent) are joined with each other and judged
together: the clerk sees one row without a sender rather than three. Pure: new records in the
input order; records without a kept reading (read from reports.json, other formats) pass
through unchanged, so running it twice changes nothing.
What it leaves to others: reading the images (extractors/ocr_reader.py), judging
(pipeline/judge.py), copies and versions among a unit's files (pipeline/supersede.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

from tdkt.pipeline.record import ReportRecord

JOIN_WINDOW = dt.timedelta(hours=6)  # pages of one report arrive together; a day later is another sending
_HEAD_BLOCKS = 15  # the motto sits in the page's first lines (two-column header read line by line)
# The motto, folded to ASCII letters; OCR may split or drop a letter, so any one of three pieces.
_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi|doc\s*lap\W{0,3}tu\s*do|tu\s*do\W{0,3}hanh\s*phuc")


def keep_page_document(record: ReportRecord, document) -> None:
    """Keep an image's reading on its record, for `merge_photo_pages`."""
    record.page_document = document.to_dict()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def opens_report(record: ReportRecord) -> bool:
    """Whether this page is a report's first page (motto at its head, or a number was read)."""
    if record.document.number:
        return True
    blocks = (record.page_document or {}).get("blocks", [])[:_HEAD_BLOCKS]
    head = " ".join(b.get("text", "") for b in blocks)
    return bool(_MOTTO.search(_fold(head)))


def _folder_and_name(path: str) -> tuple[str, str]:
    cut = max(path.rfind("/"), path.rfind("\\"))
    return path[:cut + 1], path[cut + 1:]


def _natural(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", name))


def _when(record: ReportRecord) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(record.received_at) if record.received_at else None
    except ValueError:
        return None


def _close_in_time(previous: ReportRecord, page: ReportRecord) -> bool:
    a, b = _when(previous), _when(page)
    return a is None or b is None or abs(b - a) <= JOIN_WINDOW


def page_groups(records: list[ReportRecord]) -> list[list[int]]:
    """Indexes of the records to judge together, each list in page order (only lists of 2+)."""
    folders: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        if record.page_document is not None and not record.error and not record.page_of:
            folders.setdefault(_folder_and_name(record.file)[0], []).append(index)
    groups: list[list[int]] = []
    for indexes in folders.values():
        indexes.sort(key=lambda i: (records[i].received_at or "", _natural(_folder_and_name(records[i].file)[1])))
        current: list[int] | None = None
        for index in indexes:
            page = records[index]
            if opens_report(page) or current is None or not _close_in_time(records[current[-1]], page):
                current = [index]
                groups.append(current)
            else:
                current.append(index)
    return [g for g in groups if len(g) > 1]


def joined_document(pages: list[ReportRecord]):
    """One Document of the pages in order: blocks renumbered to their page in the report."""
    from tdkt.pipeline.document import Document

    blocks, warnings, offset = [], [], 0
    for page in pages:
        document = Document.from_dict(page.page_document)
        for block in document.blocks:
            where = block.where
            if where.page is not None:
                where = dataclasses.replace(where, page=where.page + offset)
            blocks.append(dataclasses.replace(block, where=where))
        warnings.extend(w for w in document.warnings if w not in warnings)
        offset += document.pages or 1
    return Document(blocks=blocks, format="image", pages=offset, warnings=warnings,
                    meta={"joined_pages": [p.file for p in pages]})


def merge_photo_pages(records: list[ReportRecord], ruleset, roster) -> list[ReportRecord]:
    """The same records in the same order, photographed pages of one report judged together."""
    from tdkt.pipeline.judge import judge

    groups = page_groups(records)
    if not groups:
        return records
    out = list(records)
    for group in groups:
        pages = [records[i] for i in group]
        first = pages[0]
        received = max((p.received_at for p in pages if p.received_at), default=None)
        merged = judge(joined_document(pages), ruleset, roster, file=first.file, sha256=first.sha256,
                       received_at=received)
        out[group[0]] = dataclasses.replace(merged, page_files=[p.file for p in pages[1:]], page_document=None)
        for number, (index, page) in enumerate(zip(group[1:], pages[1:]), start=2):
            out[index] = dataclasses.replace(page, page_of=first.file, superseded_by=first.file,
                                             page_document=None, version_note=continuation_note(number, first.file))
    return out


def continuation_note(number: int, first_file: str) -> str:
    return (f"Ảnh chụp trang {number} của báo cáo có trang đầu là {first_file}: "
            "đã ghép các trang và chấm cùng tệp đó.")


def pages_note(record: ReportRecord) -> str | None:
    """On the first page's record: which images were joined to it, in Vietnamese."""
    if not record.page_files:
        return None
    listed = ", ".join(f"{name} (trang {k})" for k, name in enumerate(record.page_files, start=2))
    return (f"Báo cáo gửi thành {len(record.page_files) + 1} ảnh chụp, đã ghép theo thứ tự nhận: "
            f"{record.file} (trang 1), {listed}.")
