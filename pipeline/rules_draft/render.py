"""A Draft written out: the rules file as YAML with the directive's sentences as comments, and a
draft roster CSV of the addressee groups. Text only; the caller writes the files."""

from __future__ import annotations

import csv
import io
import textwrap

import yaml

from tdkt.pipeline.rules_draft import generic
from tdkt.pipeline.rules_draft.model import Draft, DraftItem
from tdkt.pipeline.rules_draft.points import plan_period
from tdkt.pipeline.rules_draft.text import slug, strip_accents

HEADER = """\
# BẢN NHÁP tệp quy tắc, do `tdkt rules draft` lập từ văn bản chỉ đạo: {source}
# Cán bộ cần xem lại trước khi dùng:
#  - Mỗi phần, mục, số liệu, hạn nộp có kèm câu của văn bản mà máy dựa vào (dòng «Nguồn: ...»).
#  - Cụm từ (any, title, titles) chỉ lấy từ chính lời văn bản: tên phong trào được tách thành các
#    từ riêng của nó. Các cách nói khác mà đơn vị hay dùng (từ đồng nghĩa, tên viết tắt, cách gọi
#    khác của phong trào, danh hiệu) là việc của cán bộ: thêm vào `any` / `titles`.
#  - Các danh sách từ ngữ chung (language, unit_words, context) là bộ mặc định, không lấy từ văn bản.
#  - Mã mục đặt theo thứ tự đề cương của văn bản (ND1, ND2... nội dung; PT1... phong trào;
#    F1-F6 thể thức văn bản, T1 thời hạn): đổi mã cho khớp nhãn của đơn vị nếu cần.
#  - Kiểm tra: `tdkt rules check TỆP`; chấm thử: `tdkt rules test TỆP --samples THƯ_MỤC` (docs/rules.md).
"""


def _flow(value) -> str:
    """A value in YAML flow style on one line (quoted where YAML needs it)."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10 ** 6, sort_keys=False)
    text = text.strip()
    return text[:-4].strip() if text.endswith("\n...") else text.removesuffix("...").strip()


def _scalar(value) -> str:
    return _flow([value])[1:-1]


def _comment(label: str, text: str, indent: str) -> list[str]:
    if not text:
        return []
    body = " ".join(text.split())
    lines = textwrap.wrap(f"{label}: «{body}»", width=100 - len(indent) - 2)
    return [f"{indent}# {line}" for line in lines]


def ruleset_id(draft: Draft) -> str:
    place = strip_accents(draft.place or "").lower().replace(" ", "-") or "huong-dan"
    kind = {"sơ kết": "so-ket", "tổng kết": "tong-ket"}.get(draft.kind or "", "bao-cao")
    period = f"{draft.year}-h{draft.half}" if draft.half else str(draft.year or "")
    return "-".join(p for p in ("nhap", place, kind, period) if p)


# The report kind said by the directive's title -> the rules' `period.kind` (F4 reads it).
PERIOD_KINDS = {"sơ kết": "so_ket", "tổng kết": "tong_ket"}
# A second-half review: the default words of `so_ket` name the first half, so the draft says its own.
SECOND_HALF_WORDS = ["6 tháng cuối năm", "sáu tháng cuối năm", "nửa cuối năm"]


def _period(draft: Draft) -> dict:
    """The period and report kind as data: year, half, kind (and the second half's own words)."""
    period: dict = {}
    if draft.year:
        period["year"] = draft.year
    if draft.half:
        period["half"] = draft.half
    kind = PERIOD_KINDS.get(draft.kind or "")
    if kind:
        period["kind"] = kind
    if kind == "so_ket" and draft.half == 2:
        period["kind_words"] = SECOND_HALF_WORDS
        period["name"] = "sơ kết thi đua, khen thưởng 6 tháng cuối năm"
    return period


def render_rules(draft: Draft, source_name: str = "") -> str:
    out: list[str] = [HEADER.format(source=source_name or "(không rõ tệp)")]
    out.append(f"id: {ruleset_id(draft)}")
    title = _title(draft)
    if title:
        out.append(f"title: {_scalar(title)}")
    out += _comment("Loại báo cáo, kỳ báo cáo lấy từ trích yếu", draft.title_source or "", "")
    if draft.year:
        out.append(f"period: {_flow(_period(draft))}")
    elif draft.kind:  # `period` needs its year: the clerk adds it
        out.append(f"# period: {_flow({'year': 'NĂM', **_period(draft)})}  (chưa rõ năm báo cáo: điền năm rồi bỏ dấu #)")
    out += _addressee_comment(draft)
    out += _deadlines(draft)
    out.append("")
    out.append("topic: {any: [thi đua, khen thưởng], min_sentences: 4, min_body: 12}")
    out.append("")
    out += _language(draft)
    out.append("")
    out += _sections(draft)
    out.append("")
    out += _items(draft)
    out += _figures(draft)
    return "\n".join(out) + "\n"


def _title(draft: Draft) -> str | None:
    if not draft.title:
        return None
    text = draft.title
    for lead in ("hướng dẫn ", "Hướng dẫn ", "V/v "):
        text = text.removeprefix(lead)
    text = text[:1].upper() + text[1:]
    return f"{text} — {draft.issuer}" if draft.issuer else text


def _addressee_comment(draft: Draft) -> list[str]:
    if not draft.addressees:
        return []
    lines = ["# Kính gửi (loại đơn vị):"]
    for a in draft.addressees:
        lines.append(f"#   - {a.text}: {', '.join(a.types) or 'chưa rõ loại'}")
    return lines


def _deadlines(draft: Draft) -> list[str]:
    default, by_type = draft.deadline_by_type()
    if default is None:
        return ["# Không thấy câu nào nêu hạn nộp («chậm nhất ngày ...», «trước ngày ...»): thêm `deadlines` nếu cần."]
    source = draft.deadline_for_type()
    lines = ["deadlines:"]
    first = next(d for t, d in source.items() if d.date == default)
    lines += _comment("Nguồn", first.source, "  ")
    lines.append(f"  default: {default.isoformat()}    # {_who(first.addressee)}")
    if by_type:
        lines.append("  by_type:")
        for unit_type, date in by_type.items():
            lines += _comment("Nguồn", source[unit_type].source, "    ")
            lines.append(f"    {unit_type}: {date.isoformat()}    # {_who(source[unit_type].addressee)}")
    return lines


def _who(addressee: str) -> str:
    from tdkt.pipeline.rules_draft.text import shorten

    return shorten(" ".join(addressee.split()), 80)


def _language(draft: Draft) -> list[str]:
    period = plan_period(draft.year, draft.half)
    lists = {
        "result": generic.RESULT, "strong_result": generic.STRONG_RESULT, "plan": generic.plan_list(period),
        "history": generic.history_list(draft.year), "negation": generic.NEGATION,
        "not_negation": generic.NOT_NEGATION, "shortcoming": generic.SHORTCOMING,
    }
    lines = ["# Danh sách từ ngữ chung (bộ mặc định); `names`: tên chính thức các phong trào trong văn bản.",
             "language:"]
    for name, words in lists.items():
        lines.append(f"  {name}: {_flow(list(words))}")
    names = [_name_phrase(n) for n in draft.movement_names]
    if names:
        lines.append(f"  names: {_flow(list(dict.fromkeys(names)))}")
    lines.append("  title_contexts: [plan, shortcoming]")
    lines.append("  numbers: true")
    return lines


def _name_phrase(name: str) -> str:
    from tdkt.pipeline.rules_draft.text import phrase

    return phrase(name)


def _sections(draft: Draft) -> list[str]:
    lines = ["sections:"]
    for s in draft.sections:
        lines += _comment("Nguồn", s.source, "  ")
        if not s.source:
            lines.append("  # Thêm theo thông lệ: phần kiến nghị, đề xuất của báo cáo không phải kết quả.")
        lines.append(f"  - id: {_scalar(s.id)}")
        lines.append(f"    label: {_scalar(s.label)}")
        if s.context:
            lines.append(f"    context: {s.context}")
        lines.append(f"    title: {_flow(s.title)}")
    return lines


def _items(draft: Draft) -> list[str]:
    lines = ["items:"]
    current = None
    for item in draft.items:
        if item.section != current:
            current = item.section
            lines.append(f"  # --- {current} " + "-" * max(3, 90 - len(current)))
        lines += _item(item)
    return lines


def _item(item: DraftItem) -> list[str]:
    if item.kind == "form":
        key = "source: deadline" if item.metadata_key == "deadline" else "source: metadata"
        line = [f"  - {{id: {item.id}, label: {_scalar(item.label)}, section: form, {key}}}"]
        return _comment("Nguồn", item.source, "  ") + line
    lines = _comment("Nguồn", item.source, "  ")
    lines.append(f"  - id: {item.id}")
    lines.append(f"    label: {_scalar(item.label)}")
    lines.append(f"    section: {_scalar(item.section)}")
    if item.any:
        lines.append(f"    any: {_flow(item.any)}")
    if item.kind == "plan":
        lines.append("    context: none")
        lines.append(f"    section_content: [{_scalar(item.section)}]")
        return lines
    if item.kind == "assessment":
        lines.append("    context: none")
    elif item.kind == "figure" and (item.parts or item.figure_required):
        lines.append("    context: none")
        lines.append("    require_number: true" if item.parts else "    numbers: false")
        lines.append("    negative_ok: true")
    elif item.kind in ("document", "cites"):
        lines.append("    context: none")
    else:
        lines.append("    context: result")
    if item.quoted:
        lines.append("    quoted_needs_result: true")
    excludes = ["plan", "proposal"] + (["history"] if item.kind == "movement" else [])
    lines.append(f"    exclude_contexts: {_flow(excludes)}")
    if item.parts:
        lines.append("    parts:")
        for part in item.parts:
            lines.append(f"      - {{name: {_scalar(part.name)}, any: {_flow(part.any)}"
                         + (f", figure: {part.figure}}}" if part.figure else "}"))
        lines.append("    min_parts: 1")
    if item.figure:
        lines.append(f"    figure: {item.figure}")
        if item.figure_required:
            lines.append("    figure_required: true")
            lines.append("    partial_note: nêu bằng lời, chưa có số liệu")
    if item.kind == "document":  # any document's number makes the point full, not only those cited
        lines.append("    full:")
        lines.append(f"      any: {_flow([DOCUMENT_NUMBER])}")
        lines.append("      note: Có nêu văn bản cụ thể")
        lines.append("    partial_note: chưa nêu tên, số văn bản")
    if item.documents:
        lines.append("    mentions:")
        for name, regex in item.documents:
            lines.append(f"      - {{name: {_scalar(name)}, any: {_flow([regex])}}}")
    return lines


DOCUMENT_NUMBER = ("re:(?:kế hoạch|chỉ thị|công văn|hướng dẫn|quyết định|thông báo|nghị quyết)"
                   "(?: số)? \\d+")


def _figures(draft: Draft) -> list[str]:
    if not draft.figures:
        return []
    period = plan_period(draft.year, draft.half)
    lines = ["", "# Số liệu: các danh hiệu, hình thức khen thưởng, tỷ lệ mà văn bản nêu.", "figures:"]
    for f in draft.figures:
        lines += _comment("Nguồn", f.source, "  ")
        lines.append(f"  {f.name}:")
        lines.append(f"    label: {_scalar(f.label)}")
        if f.item:
            lines.append(f"    item: {f.item}")
        lines.append(f"    kind: {f.kind}")
        lines.append(f"    titles: {_flow(list(dict.fromkeys(f.titles)))}")
        lines.append(f"    unit: {f.unit}")
        if f.kind == "percent":
            lines.append(f"    context_any: {_flow(generic.PERCENT_CONTEXT)}")
    lines.append("")
    lines.append("# Từ chỉ đơn vị đếm và ngữ cảnh của số liệu (bộ mặc định).")
    lines.append("unit_words:")
    for name, words in generic.UNIT_WORDS.items():
        lines.append(f"  {name}: {_flow(words)}")
    lines.append("context:")
    for name, words in generic.FIGURE_CONTEXT.items():
        if name == "plan":
            words = words + [period]
        lines.append(f"  {name}: {_flow(words)}")
    lines.append("plausibility: {percent_min: 0, percent_max: 100, ratio_tolerance: 1.0, max_ratio_sum: 100}")
    return lines


ROSTER_NAMES = {
    "commune": "UBND xã", "town": "UBND thị trấn", "department": "Phòng, ban", "mass_org": "Hội, đoàn thể",
    "armed_forces": "Lực lượng vũ trang", "provincial_unit": "Đơn vị thuộc tỉnh", "cluster": "Cụm, khối thi đua",
    "education": "Ngành giáo dục",
}


def render_roster(draft: Draft) -> str:
    """One row per addressee group and unit type, a placeholder the clerk replaces by the units
    themselves (the directive names groups, not units): id, name, type, cluster, aliases."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "name", "type", "cluster", "aliases"])
    seen: set[str] = set()
    groups = [(a.text, t) for a in draft.addressees for t in a.types]
    groups += [(d.addressee, t) for d in draft.deadlines for t in d.types]
    for text, unit_type in groups:
        if unit_type in seen:
            continue
        seen.add(unit_type)
        writer.writerow([f"nhap-{unit_type.replace('_', '-')}-1",
                         f"{ROSTER_NAMES.get(unit_type, unit_type)} (điền tên đơn vị) — nhóm «{text}»",
                         unit_type, "", ""])
    return buffer.getvalue()


__all__ = ["render_rules", "render_roster", "ruleset_id", "slug"]
