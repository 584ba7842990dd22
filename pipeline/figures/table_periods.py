"""A table with titles as rows and periods as column groups (tables.py's helper).

"Cấp khen thưởng | Thành tích năm 2022 (Tập thể | Cá nhân) | Chuyên đề, đột xuất 2023 (Tập thể |
Cá nhân)": each row is an award level or title ("Danh hiệu Lao động tiên tiến", "Giấy khen Chủ
tịch UBND huyện", "Bằng khen Chủ tịch UBND tỉnh"), and only one column group names a figure of
its own (the parts-adding thematic and ad-hoc awards). Then a row naming a title gives that
title from the unnamed columns (the annual titles' period), by its unit; the named group's
cells of every row, whatever the award level, are that figure's parts and add up. A total row
("Cộng") adds levels of different titles and gives nothing.
The other way round, periods as rows under title columns ("Thời gian | LĐTT | CSTĐCS | Giấy khen
(Tập thể | Cá nhân)" with rows "Năm 2022", "6 tháng đầu năm 2023", "Cộng"): the row naming the
half year is the period of the figure that absorbs titles under such a label (the rules'
`absorb_when`, the row's name read as a label "6 tháng đầu năm 2023:"), which takes the cells of
the titles it absorbs; the one other period row gives the annual titles; a total row adds the
periods and gives nothing. Reading other table shapes is left to tables.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.comparisons import COMPARED_PERIOD  # "Cùng kỳ năm 2022", "6 tháng cuối năm 2022"
from tdkt.pipeline.figures.cumulative import cumulative_heading
from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.figures.year_columns import titles_year_column
from tdkt.pipeline.numbers import fold


def period_candidates(data, body, col_fig, col_unit, rules: Rules, order: int, ev, n_header, is_total,
                      cell_count, pick) -> list[Candidate] | None:
    """Candidates of such a table, or None when the table has another shape."""
    named = {f for f in col_fig if f}
    if len(named) != 1:
        return None
    group_fig = named.pop()
    if not rules.specs[group_fig].parts_add:
        return None
    plain_cols = [c for c in range(1, len(col_fig)) if col_fig[c] is None]
    group_cols = [c for c in range(1, len(col_fig)) if col_fig[c] == group_fig]
    if not plain_cols:
        return None
    titled = []
    for i, row in enumerate(data):
        if is_total(body[i]) or not row or not row[0].strip():
            continue
        ms = find_mentions(row[0], fold(row[0]), rules)
        if ms and ms[-1].figure != group_fig:
            titled.append((i, ms[-1]))
    if len(titled) < 2:
        return None
    out: list[Candidate] = []
    for i, m in titled:
        row = data[i]
        spec = rules.specs[m.figure]
        if spec.kind != "count":
            continue
        vals = [(col_unit[c], v) for c in plain_cols if c < len(row) and (v := cell_count(row[c])) is not None]
        value = _units_added(spec.unit, vals) if spec.unit == "both" else pick(spec, vals)
        if value is not None:
            out.append(Candidate(m.figure, int(value), 2, order, ev(n_header + i, row), m.note))
    parts = []
    for i, row in enumerate(data):
        if is_total(body[i]):
            continue
        vals = [v for c in group_cols if c < len(row) and (v := cell_count(row[c])) is not None]
        if vals and sum(vals):
            parts.append((int(sum(vals)), ev(n_header + i, row)))
    if parts:
        first = parts[0][1]
        out.append(Candidate(group_fig, sum(v for v, _ in parts), 3, order, first, None, False,
                             parts if len(parts) > 1 else None))
    return out


# A row named by a period alone: "Năm 2022", "6 tháng đầu năm 2023", "Sáu tháng năm 2023".
_PERIOD_NAME = re.compile(r"^\s*(?:(?:6|sau)\s+thang\s+(?:dau\s+)?(?:nam\s+)?\d{4}|nam\s+\d{4})\s*[:.]?\s*$")


def period_row_candidates(data, body, labels, col_fig, fig_cols, col_unit, rules: Rules, order: int, ev,
                          n_header, is_total, cell_count, pick) -> list[Candidate] | None:
    """Candidates of a table with periods as rows under title columns, or None for another shape."""
    rows = [(i, row) for i, row in enumerate(data) if not is_total(body[i])]
    if len(rows) != 2 or not all(row and _PERIOD_NAME.match(fold(row[0].lower())) for _, row in rows):
        return None
    col_figs = {col_fig[c] for c in fig_cols}
    half, annual, absorber = [], [], None
    for i, row in rows:
        label = row[0].strip().lower() + ":"
        takes = [spec for spec in rules.specs.values() if spec.absorb_when and set(spec.absorbs) & col_figs
                 and spec.absorb_when.search(label)]
        if takes:
            half.append((i, row))
            absorber = takes[0]
        else:
            annual.append((i, row))
    if len(half) != 1 or len(annual) != 1:
        return None
    score = 3 + (4 if len(rows) < len(data) else 0)  # the rows' own total row stated beside them
    out: list[Candidate] = []
    i, row = annual[0]
    for fig in dict.fromkeys(col_fig[c] for c in fig_cols):
        spec = rules.specs[fig]
        cols = [c for c in fig_cols if col_fig[c] == fig and c < len(row)]
        if not cols or spec.kind != "count" or (spec.exclude and spec.exclude.search(labels[cols[0]].lower())):
            continue  # "Khen chuyên đề | Giấy khen": a column heading of the absorbing kind
        value = pick(spec, [(col_unit[c], v) for c in cols if (v := cell_count(row[c])) is not None])
        if value is not None:
            out.append(Candidate(fig, int(value), score, order, ev(n_header + i, row)))
    i, row = half[0]
    vals = [v for c in fig_cols if col_fig[c] in absorber.absorbs and c < len(row)
            and (v := cell_count(row[c])) is not None]
    if vals:
        out.append(Candidate(absorber.name, int(sum(vals)), score, order, ev(n_header + i, row)))
    return out


# Sub-periods of the report's half year: "Quý I", "Quý 2/2023", "Tháng 3".
_SUB_PERIOD = re.compile(r"^(?:quy\s+(?:iv|i{1,3}|[1-4])|thang\s+(?:0?[1-9]|1[0-2]))\b(?:\s*(?:nam\s*)?[/-]?\s*\d{4})?$")
_HALF_YEAR = re.compile(r"^(?:6|sau)\s+thang\b")
# The report's own half year as a column: cumulative ("Lũy kế 6 tháng", "Cộng", "Tổng 6 tháng")
# or named without a year ("6 tháng", "6 tháng đầu năm"; with its year it is `_PERIOD_NAME`'s).
_OWN_PERIOD = re.compile(r"^(?:(?:luy\s*ke|cong|tong\s*cong|tong\s*so|tong)\b(?:\s+(?:den\s+nay|tu\s+dau\s+nam(?:\s+den\s+nay)?"
                         r"|(?:6|sau)\s+thang\b.*))?"
                         r"|(?:6|sau)\s+thang(?:\s+dau)?(?:\s+nam)?)\s*$")
# A sub-period inside the cumulative group: "Trong đó: quý II", "trong đó quý 2".
_WITHIN = re.compile(r"^trong\s+do\s*:?\s*")
# A column group's unit sub-column: "Lũy kế từ đầu năm TT", "... Cá nhân".
_UNIT_SUFFIX = re.compile(r"\s+(?P<u>tt|cn|tap\s*the|ca\s*nhan)$")


def _common_suffix(labels: list[str]) -> str:
    """A header row repeated in every column (a section row the table stage took for one more
    header: "Lũy kế TT A. Thành tích năm 2022", "Hình thức A. Thành tích năm 2022"): its words."""
    if len(labels) < 3:
        return ""
    words = [label.split() for label in labels]
    n = 0
    while all(len(w) > n + 1 for w in words) and len({tuple(w[-n - 1:]) for w in words}) == 1:
        n += 1
    return " ".join(words[0][-n:]) if n >= 2 else ""


def _section_row(row) -> bool:
    """A row naming a part of the table in every cell ("B. Chuyên đề, đột xuất năm 2023" repeated)."""
    cells = [c.strip() for c in row if c.strip()]
    return len(cells) >= 2 and len(set(cells)) == 1 and not re.fullmatch(r"[\d.,\s*()-]+", cells[0])


def own_period_column_candidates(data, body, labels, rules: Rules, order: int, ev, n_header, is_total,
                                 cell_count) -> list[Candidate] | None:
    """Titles as rows under period columns of which one is the report's own half year, or None.

    "Cùng kỳ năm 2022 | 6 tháng cuối năm 2022 | 6 tháng đầu năm 2023 | Ghi chú": the other periods'
    columns are comparisons, never this period's counts; the half year's column gives every row's
    figure (the year-end titles awarded in it too). "Quý I | Quý II | Lũy kế 6 tháng": the
    cumulative column is the half year's; with no such column the quarters' cells add up. A row of
    proposals sent up ("Đề nghị cấp trên khen thưởng") states no award; rows of one figure (the
    thematic and the ad-hoc awards) add up with their parts kept. Cells may say whom they count
    ("03 TT, 08 CN"). The other shape (an annual column beside the half year's) is left to
    `period_column_candidates`.
    """
    from tdkt.pipeline.figures.tables import _pick_table_value, _typed_cell  # tables.py imports this module

    suffix = _common_suffix(labels)
    if suffix:
        labels = [label[:len(label) - len(suffix)].rstrip() for label in labels]
    folded = [fold(label.lower()).strip(" .:*") for label in labels]
    own, subs, compared, annual = [], [], [], []
    unit_of: dict[int, str] = {}  # a group's unit sub-column: "Lũy kế từ đầu năm | TT, CN"
    for c, f in enumerate(folded[1:], start=1):
        if (um := _UNIT_SUFFIX.search(f)) and not _SUB_PERIOD.match(f):
            unit_of[c] = "col" if um.group("u") in ("tt",) or um.group("u").startswith("tap") else "ind"
            f = f[:um.start()]
        f = _WITHIN.sub("", f)
        if COMPARED_PERIOD.search(f) or cumulative_heading(f):  # "Lũy kế từ đầu NK": cumulative.py
            compared.append(c)
        elif _SUB_PERIOD.match(f):
            subs.append(c)
        elif _PERIOD_NAME.match(f):
            half = [s for s in rules.specs.values() if s.absorb_when and s.absorb_when.search(labels[c].strip().lower() + ":")]
            # another year's same half ("6 tháng đầu năm 2022") is a comparison; a year alone the titles'
            (own if half else compared if _HALF_YEAR.match(f) else annual).append(c)
        elif _OWN_PERIOD.match(f):
            own.append(c)
    if not (own or subs or compared) and (year := titles_year_column(labels, annual, rules)) is not None:
        own, compared, annual = [year], [c for c in annual if c != year], []  # "Năm 2021 | Năm 2022" (year_columns.py)
    own_units = [unit_of.get(c) for c in own]
    # one own column, or the own group's "TT | CN" pair
    split_own = len(own) == 2 and sorted(own_units, key=str) == ["col", "ind"]
    if annual or (len(own) > 1 and not split_own) or not (compared or subs) or (not own and len(subs) < 2):
        return None
    cols = own or subs
    proposal, award, plan = (rules.ctx.get(k) for k in ("proposal", "award", "plan"))
    sums: dict[str, list] = {}
    section = ""  # the section row above ("B. Chuyên đề, đột xuất năm 2023"), lower case
    for i, row in enumerate(data):
        if _section_row(row):
            section = row[0].lower()
            continue
        if is_total(body[i]) or len(row) <= max(cols):
            continue
        name = row[1] if len(row) > 2 and re.fullmatch(r"\s*\d{1,3}\s*[.)]?\s*", row[0] or "") else row[0]
        low = name.lower()
        ms = find_mentions(name, fold(name), rules)
        if not ms or _proposed(low, proposal, award) or (plan and plan.search(low)):
            continue
        spec = rules.specs[ms[-1].figure]
        for other in rules.specs.values():  # "Giấy khen chuyên đề", or under "B. Chuyên đề, đột xuất"
            if spec.name in other.absorbs and other.absorb_when and (
                    other.absorb_when.search(low) or other.absorb_when.search(section)):
                spec = other
                break
        if spec.exclude and spec.exclude.search(low):
            continue
        vals = []
        if split_own and spec.kind != "percent":  # "TT | CN" of the own group: the row's cells by unit
            typed = [(unit_of[c], v) for c in cols if (v := cell_count(row[c])) is not None]
            v = _pick_table_value(spec, typed) if spec.unit != "both" else (sum(v for _, v in typed) if typed else None)
            vals = [v] if v is not None else []
        for c in cols if not split_own or spec.kind == "percent" else ():
            if spec.kind == "percent":
                v = cell_count(row[c]) if "%" in row[c] else None
            else:
                v = _pick_table_value(spec, _typed_cell(row[c], rules) or
                                      ([(None, cell_count(row[c]))] if cell_count(row[c]) is not None else []))
            if v is not None:
                vals.append(v)
        if vals:
            sums.setdefault(spec.name, []).append((sum(vals), ev(n_header + i, row)))
    out: list[Candidate] = []
    for fig, parts in sums.items():
        if rules.specs[fig].kind == "percent":
            out.append(Candidate(fig, parts[0][0], 3, order, parts[0][1]))
            continue
        out.append(Candidate(fig, int(sum(v for v, _ in parts)), 3, order, parts[0][1], None, False,
                             [(int(v), e) for v, e in parts if v] if len(parts) > 1 else None))
    return out


def _proposed(low: str, proposal, award) -> bool:
    """A row of proposals: a proposal's word before any word of awarding ("Đề nghị UBND huyện tặng
    Giấy khen"), not after one ("Được tặng Giấy khen (theo đề nghị của xã)")."""
    p = proposal.search(low) if proposal else None
    a = award.search(low) if award else None
    return bool(p and (a is None or p.start() < a.start()))


def _units_added(unit: str, vals) -> int | None:
    """A title counting both collectives and individuals: the cells of the period added."""
    return int(sum(v for _, v in vals)) if vals else None


# A sub-row of the title row above it: "- Tập thể", "+ Cá nhân".
_SUB_ROW = re.compile(r"^\s*(?:[-+•]\s*)?(?:tap\s*the|ca\s*nhan)\b")


def period_column_candidates(data, body, labels, rules: Rules, order: int, ev, n_header, is_total,
                             cell_count) -> list[Candidate] | None:
    """Titles as rows under period columns ("Năm 2022 | 6 tháng đầu năm 2023 | Ghi chú"), or None.

    The annual column gives the year's titles (the absorbed figure's item: its cells of several
    rows or levels add up); the half-year column gives the rest of the report's period: the
    absorbing figure (the absorbed titles' cells of the half year added), the other counts
    (initiatives) and the ratios. A title row with empty cells hands its column cells over to its
    "- Tập thể" / "- Cá nhân" sub-rows; total rows ("Cộng mục II") may mix other awards in and
    give nothing.
    """
    own = own_period_column_candidates(data, body, labels, rules, order, ev, n_header, is_total, cell_count)
    if own is not None:
        return own
    annual_cols, half_cols, absorber = [], [], None
    for c, label in enumerate(labels):
        if not _PERIOD_NAME.match(fold(label.lower())):
            continue
        takes = [s for s in rules.specs.values() if s.absorb_when and s.absorbs
                 and s.absorb_when.search(label.strip().lower() + ":")]
        if takes:
            half_cols.append(c)
            absorber = takes[0]
        else:
            annual_cols.append(c)
    if len(annual_cols) != 1 or len(half_cols) != 1:
        return None
    annual_c, half_c = annual_cols[0], half_cols[0]
    annual_items = {rules.specs[f].item for f in absorber.absorbs if f in rules.specs}
    sums: dict[str, list] = {}  # figure -> [(value, Evidence)] in reading order
    current = None
    for i, row in enumerate(data):
        if is_total(body[i]) or len(row) <= max(annual_c, half_c):
            current = None if is_total(body[i]) else current
            continue
        head = " ".join(row[:2])
        f = fold(head.lower())
        ms = find_mentions(head, fold(head), rules)
        if ms:
            pct = [m for m in ms if rules.specs[m.figure].kind == "percent"]
            current = pct[0] if pct and "%" in row[half_c] + row[annual_c] else ms[-1]
        elif not _SUB_ROW.search(re.sub(r"^\s*\w{0,4}\s+(?=[-+•])", "", f).strip()):
            current = None  # another award ("Bằng khen ...") or a section row
            continue
        if current is None:
            continue
        spec = rules.specs[current.figure]
        in_half = bool(absorber.absorb_when.search(head.lower()))  # "Giấy khen chuyên đề" in both columns
        for c in (annual_c, half_c):
            v = cell_count(row[c])
            if v is None:
                continue
            if spec.kind == "percent":
                fig = spec.name if c == half_c else None
            elif spec.name in absorber.absorbs and (c == half_c or in_half):
                fig = absorber.name
            elif spec.item in annual_items:
                fig = spec.name if c == annual_c else None
            else:
                fig = spec.name if c == half_c else None
            if fig:
                sums.setdefault(fig, []).append((v, ev(n_header + i, row)))
    out: list[Candidate] = []
    for fig, parts in sums.items():
        if rules.specs[fig].kind == "percent":
            out.append(Candidate(fig, parts[0][0], 3, order, parts[0][1]))
            continue
        value = int(sum(v for v, _ in parts))
        out.append(Candidate(fig, value, 3, order, parts[0][1], None, False,
                             [(int(v), e) for v, e in parts if v] if len(parts) > 1 else None))
    return out
