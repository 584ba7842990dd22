"""Name lists of awards: one row per recipient, the award kind in a column; no count is written.

Communes and small offices often list who was awarded instead of counting ("STT | Họ và tên /
Tên tập thể | Chức vụ, đơn vị | Hình thức khen thưởng"). A clerk counts the rows of each kind:
the rows whose award cell names a title are that title's count (a row naming two titles counts
for each), collectives told from individuals by the row's name ("Thôn ...", "Chi hội ...", "Ban
...") for a title of one unit only. The row number is no count (the last STT is the whole list's,
not any one title's). Under a lead-in or section row of ad-hoc or thematic awards ("2. Khen
thưởng chuyên đề, đột xuất ..."), an absorbed title ("Giấy khen của Chủ tịch UBND huyện") counts
for the absorbing figure, as in sentences, and so does any other award there ("Bằng khen ..."); a list headed as proposals ("Hình thức đề nghị khen
thưởng", "Danh sách đề nghị ...") is marked as such.
What it leaves to others: tables with count columns (tables.py), choosing among candidates
(extract.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions, lead_figure
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.table_stage import NUMBER_HEAD
from tdkt.pipeline.record import Evidence

# Table vocabulary (folded headings): the column naming the recipients, the column of award kinds.
_NAME_HEAD = re.compile(r"\bho\s*(?:va\s*)?ten\b|\bten\s+(?:tap\s*the|don\s*vi|ca\s*nhan|co\s*quan)\b"
                        # the whole heading "Tập thể, cá nhân" ("Số lượng (tập thể / cá nhân)" heads counts)
                        r"|^\s*(?:tap\s*the|don\s*vi|co\s*quan)\s*(?:,|/|va)\s*ca\s*nhan\s*$")
_KIND_HEAD = re.compile(r"\bhinh\s*thuc\b|\bdanh\s*hieu\b|\bkhen\s*thuong\b")
# A recipient's name opening with a body's word (with tone marks: "Trương" is a surname, "Trường"
# a school; "Đoàn" is a surname unless a youth union follows).
_COLLECTIVE_NAME = re.compile(
    r"^(?:tập thể|thôn|làng|ấp|buôn|khu phố|tổ|đội|ban|chi hội|chi đoàn|chi bộ|hội|công đoàn|phòng|trường|"
    r"trạm|trung tâm|khoa|bộ phận|văn phòng|cơ quan|đơn vị|ủy ban|uỷ ban|ubnd|đảng ủy|đảng uỷ|mặt trận|"
    r"hợp tác xã|htx|công ty|doanh nghiệp|xã|phường|thị trấn|lớp|cụm|khối|hộ gia đình|gia đình|"
    r"đoàn (?:thanh niên|tn|xã|phường|thị trấn|trường|cơ sở))(?!\w)")
_PERSON = re.compile(r"^(?:ông|bà|đồng chí|đ/c|anh|chị|cô|thầy|em|cháu)(?!\w)")


def _is_collective(name: str) -> bool:
    low = " ".join(name.lower().split()).strip(" -–+•*")
    return not _PERSON.match(low) and bool(_COLLECTIVE_NAME.match(low))


def name_list_columns(labels: list[str]) -> tuple[int, int] | None:
    """(name column, award-kind column after it) of a name list's headings, or None."""
    folded = [fold(label.lower()) for label in labels]
    names = [c for c, f in enumerate(folded) if _NAME_HEAD.search(f)]
    if not names:
        return None
    kinds = [c for c, f in enumerate(folded) if c > names[0] and not _NAME_HEAD.search(f) and _KIND_HEAD.search(f)]
    return (names[0], kinds[-1]) if kinds else None


def _has_count_column(table, skip: set[int]) -> bool:
    """A column (other than the row number) holding numbers in half its rows or more: a count table."""
    rows = [r.cells for r in table.rows if r.kind == "data"]
    for c in range(table.width):
        if c in skip:
            continue
        numeric = sum(1 for r in rows if c < len(r) and re.search(r"\d", r[c])  # "12", "- / 23"
                      and not re.search(r"[^\W\d]", r[c]))
        if rows and numeric * 2 >= len(rows):
            return True
    return False


def name_list_candidates(table, lead: str, rules: Rules, order: int) -> list[Candidate] | None:
    """Per figure the count of a name list's rows of its kind; None when the table is no name list."""
    labels = table.labels
    cols = name_list_columns(labels)
    if cols is None or not table.rows:
        return None
    name_c, kind_c = cols
    stt = {0} if labels and NUMBER_HEAD.match(fold(labels[0].lower())) else set()
    if _has_count_column(table, stt | {name_c}):
        return None
    heading = lead.split("|")[0]
    proposal_re, award_re = rules.ctx.get("proposal"), rules.ctx.get("award")
    proposed = any(proposal_re and proposal_re.search(text) and not (award_re and award_re.search(text))
                   for text in (labels[kind_c].lower(), heading))
    lead_fig = lead_figure(lead, rules)
    award_verb = rules.ctx.get("award_verb")
    rows: dict[str, list[tuple[bool, object]]] = {}  # figure -> (collective?, row)
    kind = ""
    for row in table.rows:
        if row.kind != "data" or kind_c >= len(row.cells):
            continue
        kind = row.cells[kind_c].strip() or kind  # a merged award cell over several rows
        name = row.cells[name_c] if name_c < len(row.cells) else ""
        if not kind or not name.strip():
            continue
        low = kind.lower()
        section = row.section.lower()
        figures = list(dict.fromkeys(m.figure for m in find_mentions(kind, fold(kind), rules)))
        if not figures and lead_fig and rules.specs[lead_fig].absorbs and award_verb and award_verb.search(low):
            figures = [lead_fig]  # "Bằng khen của Chủ tịch UBND tỉnh" in a list of ad-hoc awards
        for fig in figures:
            spec = rules.specs[fig]
            for other in rules.specs.values():
                if fig in other.absorbs and (other.name == lead_fig or (other.absorb_when and any(
                        other.absorb_when.search(t) for t in (lead, low, section)))):
                    fig, spec = other.name, other
                    break
            if spec.kind != "count" or (spec.exclude and any(spec.exclude.search(t) for t in (lead, low, section))):
                continue
            rows.setdefault(fig, []).append((_is_collective(name), row))
    out = []
    where = dataclasses.replace(table.rows[0].where, row=None).label()
    for fig, listed in rows.items():
        spec = rules.specs[fig]
        wanted = [r for collective, r in listed
                  if spec.unit not in ("individuals", "collectives") or collective == (spec.unit == "collectives")]
        if not wanted:
            continue
        n_col = sum(1 for collective, r in listed if collective and any(r is w for w in wanted))
        said = f"{len(wanted) - n_col} cá nhân" if not n_col else f"{n_col} tập thể, {len(wanted) - n_col} cá nhân"
        names = ", ".join(r.cells[name_c].strip() for r in wanted[:3]) + (", …" if len(wanted) > 3 else "")
        note = f"{spec.label}: đếm {len(wanted)} dòng danh sách khen thưởng ({said}; {where})."
        out.append(Candidate(fig, len(wanted), -1 if proposed else 6, order,
                             Evidence(f"{labels[kind_c]}: {names}"[:300], where), note, proposed))
    return out
