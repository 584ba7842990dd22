"""The reminder letters (công văn đôn đốc) the office sends after the deadline: pure.

From the units' standings (pipeline/documents/standing.py: not submitted, off-subject, or a report
lacking required content — the clerk's overrides decide an item's final word) this builds
OfficialDocument models (pipeline/documents/model.py):
  - one general letter to every lagging roster unit, with an annex table (STT, unit, what is
    missing in the directive's words, by section; "Chưa nộp báo cáo" for non-submitters);
  - one letter per lagging unit naming its own gaps (and, as a note, its incomplete items).
Issued by Phòng Nội vụ, the standing body of the district's Hội đồng Thi đua - Khen thưởng, on
behalf of UBND huyện; the issuer's lines, place, symbol and signer's authority are an `Issuer`.
Number, date and signer's name stay visible blanks. Writing DOCX is docx_writer.py's job.
Units not in the roster get no letter: nobody knows how to address them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.documents.model import BLANK, BLANK_DATE_LINE, BLANK_NAME, OfficialDocument, Para, Run, Table
from tdkt.pipeline.documents.standing import (FORM_LABEL, Outline, UnitStanding, deadlines_sentence, document_phrase,
                                    outline, standings, vi_date)

NOT_SUBMITTED = "Chưa nộp báo cáo"
OUT_FOLDER = "van-ban"
GENERAL_FILE = "cong-van-don-doc.docx"
UNIT_FOLDER = "don-doc-tung-don-vi"


@dataclass
class Issuer:
    """Who issues the letters; every line configurable (config [documents], --issuer)."""

    parent: str = "UBND HUYỆN TÂY SƠN"  # tên cơ quan chủ quản
    body: str = "PHÒNG NỘI VỤ"  # tên cơ quan ban hành
    place: str = "Tây Sơn"
    symbol: str = "PNV"  # "Số: ……/PNV"
    body_name: str = "Phòng Nội vụ"  # in running text
    role: str = "Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện"
    principal: str = "UBND huyện"  # on whose behalf
    authority: list[str] = field(default_factory=lambda: ["TRƯỞNG PHÒNG"])
    copies: list[str] = field(default_factory=lambda: [
        "Chủ tịch, các PCT UBND huyện (để b/c);", "Trưởng các cụm, khối thi đua huyện;", "Lưu: VT, TĐKT."])

    @classmethod
    def from_lines(cls, text: str | None, **values) -> "Issuer":
        """`--issuer "UBND HUYỆN X|PHÒNG NỘI VỤ"`: the parent body and the issuing body."""
        issuer = cls(**{k: v for k, v in values.items() if v})
        if text:
            parts = [p.strip() for p in text.split("|")]
            if len(parts) == 1:
                issuer.parent, issuer.body = "", parts[0]
            else:
                issuer.parent, issuer.body = parts[0], " ".join(parts[1:])
        return issuer


def date_line(issuer: Issuer) -> str:
    return f"{issuer.place}, {BLANK_DATE_LINE}"


def _new_deadline(new_deadline) -> str:
    return f"ngày {vi_date(new_deadline)}" if new_deadline else f"ngày {BLANK}/{BLANK}/20{BLANK}"


def gaps_text(s: UnitStanding, out_line: Outline) -> str:
    """What the unit still owes, in the directive's words, grouped by the directive's sections."""
    if s.record is None:
        return NOT_SUBMITTED
    if s.off_subject:
        return (f"{NOT_SUBMITTED} (đã gửi {document_phrase(s.record)} "
                f"không đúng nội dung yêu cầu)")
    lines = []
    for _, label, ids in out_line.sections:
        names = [out_line.labels.get(i, i) for i in ids if i in s.missing]
        if names:
            lines.append(f"{label}: {'; '.join(names)}.")
    return "\n".join(lines)


def _header_fields(issuer: Issuer, subject_line: str, recipients: list[str], copies: list[str]) -> dict:
    return {
        "co_quan_chu_quan": issuer.parent, "co_quan_ban_hanh": issuer.body,
        "so_ky_hieu": f"{BLANK}/{issuer.symbol}", "trich_yeu": subject_line, "dia_danh_ngay": date_line(issuer),
        "kinh_gui": recipients, "noi_nhan": [f"- {c}" for c in copies],
        "tham_quyen": list(issuer.authority), "nguoi_ky": BLANK_NAME,
    }


def general_letter(lagging: list[UnitStanding], all_units: list[UnitStanding], ruleset, issuer: Issuer,
                   new_deadline=None) -> OfficialDocument:
    out_line = outline(ruleset)
    expected = [s for s in all_units if s.in_roster]
    received = sum(1 for s in expected if s.submitted)
    not_sent = sum(1 for s in lagging if s.record is None)
    off = sum(1 for s in lagging if s.off_subject)
    short = sum(1 for s in lagging if s.record is not None and not s.off_subject)
    counts = [f"{not_sent} đơn vị chưa gửi báo cáo"] if not_sent else []
    if short:
        counts.append(f"{short} đơn vị gửi báo cáo còn thiếu nội dung theo hướng dẫn")
    if off:
        counts.append(f"{off} đơn vị gửi văn bản không đúng nội dung yêu cầu")
    who = f"{issuer.body_name} ({issuer.role})"
    body = [
        Para.of(f"Thực hiện hướng dẫn của {issuer.principal} về {out_line.subject}, thời hạn gửi báo cáo là "
                f"{deadlines_sentence(ruleset)}."),
        Para.of(f"Đến nay, {who} đã nhận được báo cáo của {received}/{len(expected)} cơ quan, đơn vị, địa phương; "
                f"còn {', '.join(counts)} (chi tiết tại Phụ lục kèm theo)."),
        Para.of(f"Để kịp thời tổng hợp, báo cáo {issuer.principal} và cấp trên, {issuer.body_name} đề nghị thủ trưởng "
                f"các cơ quan, đơn vị, chủ tịch UBND các xã, thị trấn có tên tại Phụ lục khẩn trương gửi báo cáo "
                f"hoặc bổ sung các nội dung còn thiếu về {issuer.principal} (qua {issuer.body_name}) trước "
                f"{_new_deadline(new_deadline)}."),
        Para.of(f"Quá thời hạn trên, đơn vị nào chưa gửi báo cáo, {issuer.body_name} tổng hợp, báo cáo Chủ tịch "
                f"UBND huyện, Hội đồng Thi đua - Khen thưởng huyện xem xét khi đánh giá, bình xét thi đua, "
                f"khen thưởng cuối năm."),
        Para.of(f"{issuer.body_name} đề nghị các cơ quan, đơn vị, địa phương quan tâm, thực hiện./."),
    ]
    rows, groups = [], set()
    cluster = object()
    stt = 0
    for s in lagging:
        if s.cluster != cluster:
            cluster = s.cluster
            groups.add(len(rows))
            rows.append([s.cluster or "(Chưa xếp cụm, khối thi đua)", "", ""])
        stt += 1
        rows.append([str(stt), s.name, gaps_text(s, out_line)])
    annex = [
        Para.of("Phụ lục", "annex"),
        Para.of("DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO HOẶC BÁO CÁO CÒN THIẾU NỘI DUNG",
                "annex_title"),
        Para.of(f"(Kèm theo Công văn số {BLANK}/{issuer.symbol} {BLANK_DATE_LINE} của {issuer.body_name})",
                "annex_sub"),
        Table(header=["STT", "Cơ quan, đơn vị, địa phương", "Nội dung còn thiếu"], rows=rows,
              widths_cm=[1.2, 5.3, 10.0], group_rows=groups, numeric_cols=set()),
    ]
    fields = _header_fields(issuer, f"V/v đôn đốc gửi, bổ sung báo cáo {out_line.subject}",
                            ["Các cơ quan, đơn vị, địa phương có tên tại Phụ lục kèm theo."],
                            ["Như trên;", *issuer.copies])
    return OfficialDocument("cong-van", GENERAL_FILE, fields, body, annex)


def unit_letter(s: UnitStanding, ruleset, issuer: Issuer, new_deadline=None, number: int = 0) -> OfficialDocument:
    out_line = outline(ruleset)
    deadline = ruleset.deadline_for(s.type)
    due = f"ngày {vi_date(deadline)}" if deadline else deadlines_sentence(ruleset)
    body = [Para.of(f"Thực hiện hướng dẫn của {issuer.principal} về {out_line.subject}, thời hạn gửi báo cáo "
                    f"của {s.name} là {due}.")]
    by = f"về {issuer.principal} (qua {issuer.body_name}) trước {_new_deadline(new_deadline)}"
    if s.record is None:
        verb = "gửi"
        body.append(Para.of(f"Đến nay, {issuer.body_name} ({issuer.role}) chưa nhận được báo cáo của {s.name}."))
        body.append(Para.of(f"{issuer.body_name} đề nghị {s.name} khẩn trương gửi báo cáo {out_line.subject} "
                            f"theo đúng nội dung hướng dẫn {by}."))
    elif s.off_subject:
        verb = "gửi"
        title = f" ({s.record.document.title})" if s.record.document.title else ""
        body.append(Para.of(f"{issuer.body_name} đã nhận được {document_phrase(s.record)} của {s.name}{title}; "
                            f"tuy nhiên, văn bản này không phải báo cáo {out_line.subject}."))
        body.append(Para.of(f"{issuer.body_name} đề nghị {s.name} gửi báo cáo {out_line.subject} theo đúng nội "
                            f"dung hướng dẫn {by}."))
    else:
        verb = "bổ sung"
        body.append(Para.of(f"{issuer.body_name} đã nhận được {document_phrase(s.record)} của {s.name}. Qua rà "
                            f"soát, báo cáo còn thiếu các nội dung theo hướng dẫn sau:"))
        for _, label, ids in out_line.sections:
            names = [out_line.labels.get(i, i) for i in ids if i in s.missing]
            if names:
                body.append(Para([Run("- "), Run(label, italic=True), Run(": " + "; ".join(names) + ".")], "bullet"))
        partial = [f"{out_line.labels.get(i, i)}{_note(s, i)}" for i in s.partial]
        if partial:
            body.append(Para.of("Một số nội dung đã báo cáo nhưng chưa đầy đủ: " + "; ".join(partial) + ".", "body"))
        if s.form_missing:
            body.append(Para.of(f"Về {FORM_LABEL.lower()}: chưa có " +
                                ", ".join(out_line.labels.get(i, i).lower() for i in s.form_missing) + ".", "body"))
        body.append(Para.of(f"{issuer.body_name} đề nghị {s.name} bổ sung các nội dung trên (bằng báo cáo bổ sung "
                            f"hoặc báo cáo thay thế) {by}."))
    body.append(Para.of(f"Đề nghị {s.name} quan tâm, thực hiện./."))
    fields = _header_fields(issuer, f"V/v đề nghị {verb} báo cáo {out_line.subject}", [s.name],
                            ["Như trên;", *issuer.copies[:1], issuer.copies[-1]] if issuer.copies else ["Như trên;"])
    name = f"{number:02d}-{_slug(s.unit_id or s.name)}.docx"
    return OfficialDocument("cong-van", f"{UNIT_FOLDER}/{name}", fields, body)


def _note(s: UnitStanding, item_id: str) -> str:
    item = s.record.items.get(item_id) if s.record else None
    note = (item.note or "").strip() if item else ""
    note = re.sub(r"\s*\(theo bản sao [^)]*\)", "", note)  # supersede's provenance is for the clerk
    return f" ({note.rstrip('.')})" if note else ""


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60] or "don-vi"


def lagging_units(all_units: list[UnitStanding]) -> list[UnitStanding]:
    """Roster units to remind, grouped by cluster (roster order of clusters and of units)."""
    lagging = [s for s in all_units if s.in_roster and s.lagging]
    order: dict[str | None, int] = {}
    for s in all_units:
        order.setdefault(s.cluster, len(order))
    return sorted(lagging, key=lambda s: order[s.cluster])  # stable: roster order inside a cluster


def build_letters(records, ruleset, roster, issuer: Issuer | None = None, new_deadline=None) -> list[OfficialDocument]:
    """The general letter first, then one per lagging unit; [] when nobody lags."""
    issuer = issuer or Issuer()
    all_units = standings(records, roster, ruleset)
    lagging = lagging_units(all_units)
    if not lagging:
        return []
    docs = [general_letter(lagging, all_units, ruleset, issuer, new_deadline)]
    docs += [unit_letter(s, ruleset, issuer, new_deadline, k) for k, s in enumerate(lagging, start=1)]
    return docs
