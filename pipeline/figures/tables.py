"""Figures read from tables: real table blocks and tables flattened into text lines (extract.py's helper).

Tables come resolved by the table stage (pipeline/table_stage.py: header rows, spans, total
and breakdown rows, page breaks joined, another body's column groups and rows set aside) and are read by their header cells: titles as columns
(a cluster's members as rows: the total row wins, no total states nothing; the unit's own
sub-units as rows with no total: their sum, marked with its parts) or titles as rows (a
quantity column, or the collectives/individuals columns; one title on rows of several levels
or a parts_add figure's rows, with no total row, add up; a row under a section row "b) Khen thưởng
đột xuất 2023" reads in its words; award levels as column groups "Cấp huyện | Cấp xã" add a row's
cells; a row naming a collective and an individual title gives each its own unit's cells). Pledge
columns ("Đăng ký 2023") give nothing, proposal columns only what no award column gives; in a
"Kế hoạch | Thực hiện | Tỷ lệ %" form a row's achieved cell is its figure (plan_columns.py); a
name list, one row per recipient with the award in a column, is counted row by row (name_lists.py). OCR and
some PDFs flatten tables into lines: a heading line of column words matched
with a total line of as many numbers, and single rows whose title cell wrapped onto the next
line. Sentences are prose.py's job; choosing among candidates extract.py's.
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.part_subtotals import part_subtotal_rows
from tdkt.pipeline.figures.captioned import list_rows, sub_unit_rows
from tdkt.pipeline.figures.grantors import grantor_columns_sum
from tdkt.pipeline.figures.level_columns import level_columns, level_row_value
from tdkt.pipeline.figures.one_kind import PART_SCORE, one_kind_only
from tdkt.pipeline.figures.mentions import Candidate, Mention, find_mentions, lead_figure
from tdkt.pipeline.figures.member_table import member_marks
from tdkt.pipeline.figures.name_lists import name_list_candidates
from tdkt.pipeline.figures.plan_columns import achieved_columns, achieved_rows, plan_lead
from tdkt.pipeline.figures.note_percent import percent_aside
from tdkt.pipeline.figures.party_rows import party_granted
from tdkt.pipeline.figures.ratio_pairs import paired_ratios
from tdkt.pipeline.figures.ratio_scope import ratio_named_first
from tdkt.pipeline.figures.section_kinds import sections_tell_kinds
from tdkt.pipeline.figures.section_totals import section_total_candidates
from tdkt.pipeline.figures.table_periods import period_candidates, period_column_candidates, period_row_candidates
from tdkt.pipeline.figures.rules import Rules, Spec
from tdkt.pipeline.figures.shares import share_columns, share_ratios
from tdkt.pipeline.figures.staff_table import counts_no_awards
from tdkt.pipeline.figures.title_cells import title_cell_counts, total_row_title_cells
from tdkt.pipeline.figures.total_title_pairs import pledged_table_totals, total_row_title_pairs
from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.table_stage import cell_value, is_total_cell, names_a_body


def fmt(value) -> str:
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


# Column headings of collectives / individuals, also abbreviated: "Giấy khen (TT)", "Giấy khen CN".
_COLLECTIVE_HEAD = r"\btap\s*the\b|\(\s*tt\s*\)|\btt\s*$|^\s*tt\s+(?=[a-z])"  # "TT LĐTT (ĐVTT)": tập thể
# A household or family honoured beside the villages ("Giấy khen hộ gia đình") is the other kind
# of recipient of a title given to both kinds, as individuals are.
_INDIVIDUAL_HEAD = r"\bca\s*nhan\b|\(\s*cn\s*\)|\bcn\s*$|\bho\s+gia\s+dinh\b"


def table_candidates(table, lead: str, section: bool, rules: Rules, order: int) -> list[Candidate]:
    """Figures one resolved table (pipeline/table_stage.py) states, read by its header cells."""
    if not table.rows and not table.header:
        return []
    table = table.own()  # another body's column groups and rows set aside (pipeline/table_groups.py)
    listed = name_list_candidates(table, lead, rules, order)  # one row per recipient (name_lists.py)
    listed = listed if listed is not None else list_rows(table, lead, rules, order) or None  # captioned.py
    if listed is not None:
        return listed
    total_re = rules.ctx.get("total_row")
    cell_count = cell_value

    def is_total(row) -> bool:
        return row.kind == "total" or bool(total_re and any(total_re.match(c.lower().strip(" .:*"))
                                                            and not names_a_body(c) for c in row.cells[:2]))

    labels = table.labels
    if plan_lead(lead) and achieved_columns(labels) is None:
        return []  # "Bảng 1. Chỉ tiêu đăng ký ...": a plan's table, no column of results (plan_columns.py)
    n_header = len(table.header)
    col_fig = []
    col_unit = []
    for label in labels:
        f = fold(label)
        ms = find_mentions(label, f, rules)
        col_fig.append(ms[0].figure if ms else None)
        col_unit.append("col" if re.search(_COLLECTIVE_HEAD, f) and not ms else
                        "ind" if re.search(_INDIVIDUAL_HEAD, f) and not ms else
                        "col" if ms and re.search(_COLLECTIVE_HEAD, f) and ms[0].figure != "tap_the_lao_dong_tien_tien"
                        else "ind" if ms and re.search(_INDIVIDUAL_HEAD, f) else None)
    for c, fig in enumerate(col_fig):
        # "Lao động tiên tiến" over "Tập thể | Cá nhân": the collective column is the collective
        # title ("Tập thể lao động tiên tiến") when the rules count it as a figure of its own.
        if fig and col_unit[c] == "col" and rules.specs[fig].unit == "individuals":
            label = rules.specs[fig].label
            ms = find_mentions("tập thể " + label, fold("tập thể " + label), rules)
            if ms and ms[0].figure != fig and rules.specs[ms[0].figure].unit == "collectives":
                col_fig[c] = ms[0].figure
    # "Trong đó cá nhân là CB lãnh đạo, quản lý" beside rows of titles: counts, no ratio column (shares.py)
    shares = share_columns(table, col_fig, rules)
    col_fig = [None if c in shares else f for c, f in enumerate(col_fig)]
    out: list[Candidate] = []
    body = table.rows
    data = [r.cells for r in body]

    def ev(r_index: int, row) -> Evidence:
        return Evidence(" | ".join(row)[:300], body[r_index - n_header].where.label())

    # Titles as columns (a cluster's members as rows): the total row, or a single data row.
    fig_cols = [c for c, fig in enumerate(col_fig) if fig]
    # "Đăng ký 2023 | LĐTT" (pledges) and "Đề nghị LĐTT" (proposals) head no awards: pledges are
    # dropped, proposals kept only for a figure no column of awards gives (and marked as such).
    col_plan, col_proposal = _column_contexts(labels, rules)
    proposal_figs: set[str] = set()
    if fig_cols:
        fig_cols = [c for c in fig_cols if not col_plan[c]]
        awarded = {col_fig[c] for c in fig_cols if not col_proposal[c]}
        fig_cols = [c for c in fig_cols if not col_proposal[c] or col_fig[c] not in awarded]
        proposal_figs = {col_fig[c] for c in fig_cols if col_proposal[c]}
        if not fig_cols:  # titles as columns, every one a pledge; a total row may count achieved titles
            return pledged_table_totals(data, body, is_total, col_fig, table, lead, rules, order, ev, n_header)
        col_fig = [f if c in fig_cols else None for c, f in enumerate(col_fig)]
    if fig_cols:
        # Titles as rows, periods as column groups, one group naming a figure (table_periods.py).
        by_period = period_candidates(data, body, col_fig, col_unit, rules, order, ev, n_header, is_total,
                                      cell_count, _pick_table_value)
        if by_period is not None:
            return by_period
        # Periods as rows ("Năm 2022", "6 tháng đầu năm 2023", "Cộng") under the title columns.
        by_period = period_row_candidates(data, body, labels, col_fig, fig_cols, col_unit, rules, order, ev,
                                          n_header, is_total, cell_count, _pick_table_value)
        if by_period is not None:
            return by_period
        total_rows = [(i, r) for i, r in enumerate(data) if is_total(body[i])]
        picked = total_rows[-1:] or ([(0, data[0])] if len(data) == 1 else [])
        achieved_at = achieved_rows([_row_name(r) for r in data]) if len(data) > 1 else None
        if achieved_at is not None:  # rows "Kế hoạch | Thực hiện | Tỷ lệ (%)": the achieved row (plan_columns.py)
            total_rows, picked = [], [(achieved_at[0], data[achieved_at[0]])]
        if not picked and len(data) > 1:
            # Rows by kind ("Thành tích năm 2022" / "Chuyên đề, đột xuất 2023"): a row whose title
            # names a figure of its own is that figure; the one row that names none is read by columns.
            plain = []
            for i, row in enumerate(data):
                ms = find_mentions(row[0], fold(row[0]), rules) if row and row[0].strip() else []
                # "Lãnh đạo Chi cục | 3 | 3": a row of leaders is a sub-unit's row, no ratio's title
                ms = [m for m in ms if rules.specs[m.figure].kind == "count"]
                if not ms:
                    plain.append((i, row))
                    continue
                cand = _row_of_kind(rules.specs[ms[-1].figure], row, fig_cols, col_unit, cell_count)
                if cand is not None:
                    out.append(Candidate(ms[-1].figure, cand, 3, order, ev(n_header + i, row), ms[-1].note))
            picked = plain if len(plain) == 1 and out else []
            if not out and len(plain) > 1:
                # Rows per sub-unit (đội, tổ, xã) and no total row: the figure is their sum.
                return _sub_unit_sums(table, plain, fig_cols, col_fig, col_unit, labels, lead, rules, order, ev,
                                      n_header) + title_cell_counts(table, plain, col_fig, lead, rules, order, ev,
                                                                    n_header)
        for i, row in picked:
            by_fig: dict[str, list[tuple[int, int | float]]] = {}
            units_of: dict[str, list[tuple[str | None, int | float]]] = {}  # typed cells: their own units
            for c in fig_cols:
                pair = _pair_in_cell(row[c], labels[c]) if c < len(row) and c < len(labels) else None
                if pair:  # "Giấy khen (TT/CN)" over "9/24": 9 collectives and 24 individuals
                    by_fig.setdefault(col_fig[c], []).append((c, sum(x for _, x in pair)))
                    units_of.setdefault(col_fig[c], []).extend(pair)
                    continue
                if c < len(row):
                    v = cell_count(row[c])
                    if v is not None:
                        by_fig.setdefault(col_fig[c], []).append((c, v))
                        units_of.setdefault(col_fig[c], []).extend(_typed_cell(row[c], rules) or [(col_unit[c], v)])
            if total_rows:  # "Cộng toàn Khối | 15 TTLĐTT/Đơn vị tiên tiến | ...": a titles column's count
                for fig, v, c in total_row_title_cells(table, row, col_fig, lead, rules) \
                        + total_row_title_pairs(table, row, col_fig, lead, rules):  # "04 TTLĐXS, 03 TTLĐTT"
                    if fig not in by_fig:
                        by_fig[fig] = [(c, v)]
                        units_of[fig] = [("col", v)]
            # Columns of several figures keep apart what the lead-in names together ("titles of
            # 2022; khen chuyên đề, đột xuất of 2023"): then only a column's own heading excludes.
            lead_excludes = len(set(col_fig[c] for c in fig_cols)) < 2
            lead_rest = lead_beyond_figures(lead, rules)
            for fig, vals in by_fig.items():
                spec = rules.specs[fig]
                if spec.exclude and ((lead_excludes and spec.exclude.search(lead)) or spec.exclude.search(lead_rest)
                                     or spec.exclude.search(labels[vals[0][0]].lower())):
                    continue
                note = None
                if spec.kind == "percent":
                    value, note = _table_ratio(row, labels, col_fig, vals[0][0], vals[0][1], cell_count, rules)
                    if note == "from-counts" and counts_no_awards(spec, labels, col_fig, lead, rules):
                        continue  # "CBQL | GV | NV | Tổng CB, GV, NV": staff, not awards (staff_table.py)
                else:  # one title's columns per grantor under one heading add up (grantors.py)
                    value = grantor_columns_sum(table, [c for c, _ in vals], col_unit, row, cell_count)
                    value = _pick_table_value(spec, units_of[fig]) if value is None else value
                if value is not None:
                    proposed = fig in proposal_figs
                    score = 3 + (4 if total_rows else 0) - (3 if proposed else 0)
                    if spec.kind == "count" and one_kind_only(spec.unit, units_of[fig]):
                        score = min(score, PART_SCORE)  # "Giấy khen (cá nhân)": one kind, a part (one_kind.py)
                    out.append(Candidate(fig, value, score, order, ev(n_header + i, row), note, proposed))
        return out
    # Titles as rows under period columns ("Năm 2022 | 6 tháng đầu năm 2023"): table_periods.py.
    by_period = period_column_candidates(data, body, labels, rules, order, ev, n_header, is_total, cell_count)
    if by_period is not None:
        return by_period
    # Titles as rows.
    # "Cộng" (with its tone: "công" is another word) is a row-total column, like "Tổng số".
    # "Số lượng" spanning "Tập thể | Cá nhân" heads split columns, no quantity column.
    # "Toàn Khối" ("Toàn Cụm") after one column per member: the bloc's own total column (another
    # body's, beside a group of the unit's own, was set aside by the table stage).
    qty_cols = [c for c, lab in enumerate(labels) if col_unit[c] is None and (
                re.search(r"so\s*luong|tong\s*so|\btong\b|ket\s*qua", fold(lab))
                or re.search(r"(?<!\w)cộng(?!\w)", lab.lower()) or (c and is_total_cell(lab)))]
    titled = [i for i, row in enumerate(data) if find_mentions(" ".join(row[:2]), fold(" ".join(row[:2])), rules)]
    money_cols, ticked_cols = _money_and_tick_columns(table, col_unit)
    lead_fig = lead_figure(lead, rules) if not titled else None
    if lead_fig is not None:
        # "3. Khen thưởng chuyên đề, đột xuất" over a table of occasions: its total row.
        total_rows = [(i, r) for i, r in enumerate(data) if is_total(body[i])]
        for i, row in total_rows[-1:]:
            vals = [(col_unit[c], cell_count(row[c])) for c in range(1, len(row))
                    if c < len(col_unit) and cell_count(row[c]) is not None]
            value = _pick_table_value(rules.specs[lead_fig], vals)
            if value is not None:
                out.append(Candidate(lead_fig, value, 6, order, ev(n_header + i, row)))
        if not total_rows:  # one row per sub-unit, no total row: their sum (captioned.py)
            out += sub_unit_rows(table, lead, col_unit, rules, order, _pick_table_value)
        return out
    out += _kinds_total_under_heading(data, body, titled, lead, col_unit, rules, order, ev, n_header, is_total,
                                      cell_count)
    # "B. Khen thưởng chuyên đề, đột xuất" ... "Cộng mục B | 09 | 33": the section's stated total (section_totals.py)
    levels = level_columns(labels, col_unit)  # "Cấp tỉnh | Cấp huyện | Cấp cơ sở | Cộng" (level_columns.py)
    out += section_total_candidates(data, body, col_unit, rules, order, ev, n_header, cell_count, _pick_table_value,
                                    lambda row: level_row_value(row, levels, qty_cols, cell_count))
    parts: dict[str, list[tuple[str, Candidate]]] = {}  # parts_add figure -> (row title, candidate)
    subtotals = part_subtotal_rows(data, cell_count)  # "II | Khen đột xuất ... | 04 | 07" over "1 | ..." (part_subtotals.py)
    by_level = _level_groups(table)
    by_section = sections_tell_kinds(table, rules)  # "A | Năm 2022" / "B | Chuyên đề, đột xuất" (section_kinds.py)
    achieved = achieved_columns(labels)  # "Kế hoạch | Thực hiện | Tỷ lệ %": the achieved cell (plan_columns.py)
    for i, row in enumerate(data):
        head = " ".join(row[:2])
        f = fold(head)
        ms = find_mentions(head, f, rules) or _kind_row(row, body[i].section, rules)
        if not ms:
            continue
        pairs = paired_ratios(ms, row, 1, rules)  # "Tỷ lệ ... trực tiếp / lãnh đạo | 67,6% / 32,4%" (ratio_pairs.py)
        if pairs:
            out += [Candidate(fig, value, 2, order, ev(n_header + i, row)) for fig, value, _ in pairs]
            continue
        scoped = ratio_named_first(ms, rules)  # "Tỷ lệ ... được khen (LĐTT, CSTĐCS)": the ratio's row (ratio_scope.py)
        targets = scoped or [ms[-1]]
        if not scoped and _several_titles(ms, rules):
            # "Đơn vị tiên tiến, Chiến sĩ tiên tiến | 01 | 05": a collective title and an individual
            # one on one row, each read from its own unit's cells; other rows of several titles
            # total them together and give none.
            targets = _two_kinds(ms, rules, col_unit)
            if not targets:
                continue
        # "Cộng khen chuyên đề, đột xuất (4+5)": the table's own total of a figure beats its rows.
        total = is_total(body[i]) or i in subtotals
        section_low = body[i].section.lower()  # "b) Khen thưởng chuyên đề, đột xuất 2023" above
        # the lead-in nearest the table: its "...:" line, else its heading ("c) Khen chuyên đề ... | ")
        nearest_lead = next((p for p in reversed(lead.split("|")) if p.strip()), "")
        row_lead = lead_beyond_figures(lead, rules) if by_section and section_low else lead
        nearest_lead = "" if by_section and section_low else nearest_lead  # the section's kind, not the lead's
        for mention in targets:
            fig = mention.figure
            note = mention.note
            spec = rules.specs[fig]
            row_low = head.lower()
            absorbed = False
            for other in rules.specs.values():
                # under a lead-in or a section row of ad-hoc awards, or in a row of its own ("Giấy
                # khen chuyên đề ...")
                if fig in other.absorbs and other.absorb_when and (other.absorb_when.search(nearest_lead)
                                                                   or other.absorb_when.search(row_low)
                                                                   or other.absorb_when.search(section_low)):
                    fig, spec, note, absorbed = other.name, other, None, True
                    break
            if spec.exclude and (spec.exclude.search(row_low) or spec.exclude.search(row_lead)
                                 or spec.exclude.search(section_low)):
                continue
            if not absorbed and party_granted(row_low, rules):
                continue  # "Giấy khen của Đảng ủy xã": the Party's, not the State's (party_rows.py)
            if rules.ctx.get("plan") and (rules.ctx["plan"].search(row_low) or rules.ctx["plan"].search(section_low)):
                continue
            split = _pair_cell_values(row, labels) if spec.kind == "count" else None
            if split is not None:
                value = _pick_table_value(spec, split)
                if value is not None:
                    out.append(Candidate(fig, int(value), 6 if total else 2, order, ev(n_header + i, row), note))
                continue
            vals = []
            pair_unit = _pair_unit_column(row, labels) if spec.kind == "count" else None
            for c in range(2 if len(row) > 2 and cell_count(row[1]) is None else 1, len(row)):
                if c in money_cols:  # "Tiền thưởng (đồng) | Thành tiền": a bonus, never a count
                    continue
                v = 1 if c in ticked_cols and _TICK.match(row[c]) else cell_count(row[c])
                if pair_unit is not None and "/" in row[c]:  # "Giấy khen | TT/CN | 2/6 | ... | 9/27": 9 + 27
                    v = _pick_table_value(spec, _pair_in_cell(row[c], row[pair_unit]) or [])
                if v is not None and c not in shares:
                    vals.append((c, v))
            if achieved is not None:
                vals = [(c, v) for c, v in vals if c in achieved]
                if vals and spec.kind == "percent":  # a ratio row's achieved cell, never its completion rate
                    if _counted_unit_row(row, labels):
                        continue  # "Trong đó: người lao động trực tiếp | người | 20": the ratio's count
                    out.append(Candidate(fig, vals[0][1], 2, order, ev(n_header + i, row)))
                    continue
            if not vals:
                continue
            if spec.kind == "percent":
                pct = [_cell_percent(row[c], v) for c, v in vals if "%" in row[c] or "phần trăm" in row[c].lower()] or \
                      [v for c, v in vals if re.search(r"ty\s*le|%", fold(labels[c]))] or \
                      [v for c, v in vals if _percent_unit_row(row, labels)]
                # a ratio row's total-column cell ("Toàn Khối"): the bloc's own ratio, never a sum
                in_total = [_cell_percent(row[c], v) for c, v in vals if c in qty_cols and is_total_cell(labels[c])]
                aside = percent_aside(row, [c for c, _ in vals if c in qty_cols and is_total_cell(labels[c])])
                if aside is not None:  # "Cộng" holds the row's count, "Ghi chú" its "60,0%" (note_percent.py)
                    pct, in_total = [aside], []
                if pct or in_total:
                    out.append(Candidate(fig, (in_total or pct)[0], 2, order, ev(n_header + i, row)))
                else:
                    ratio = _ratio_against_total_row(data, vals[0], total_re, cell_count)
                    if ratio is not None:
                        out.append(Candidate(fig, ratio, 1, order, ev(n_header + i, row), "from-counts"))
                continue
            qty = [v for c, v in vals if c in qty_cols and not _typed_cell(row[c], rules)]
            if qty:
                value = qty[0]
            elif by_level:
                value = _level_sum(spec, [(col_unit[c], v) for c, v in vals])
            elif levels and spec.kind == "count":  # a row's levels added (level_columns.py)
                value = level_row_value(row, levels, [], cell_count)
            else:
                value = _pick_table_value(spec, [uv for c, v in vals for uv in (_typed_cell(row[c], rules) or [(col_unit[c], v)])])
            if value is not None:
                cand = Candidate(fig, int(value), 6 if total else 2, order, ev(n_header + i, row), note)
                out.append(cand)
                if not total and body[i].kind == "data":
                    # an absorbed title ("Giấy khen ..." rows under "b) Khen thưởng đột xuất") is told
                    # apart by its row's words, not by the title they share
                    key = f if absorbed else f[mention.start:mention.end]
                    parts.setdefault(fig, []).append((key, cand))
    return out + _added_parts(parts, out, rules) + share_ratios(table, shares, is_total, cell_count, order)


def _kind_row(row: list[str], section: str, rules: Rules) -> list[Mention]:
    """"1 | Chuyên đề công tác tuyển quân | 01 | 03", "2 | Đột xuất (cứu người) | - | 02" under a section
    row of the period's awards ("II | Khen thưởng 6 tháng đầu năm 2023"): a row named by the kind
    of award alone is the figure that absorbs that kind (absorb_when), though no title is named."""
    title = row[1] if len(row) > 2 and _ROW_NO.match(row[0]) else row[0]
    low = section.lower()
    if not title or not re.search(r"\bkhen\b", low):
        return []
    for spec in rules.specs.values():
        if spec.absorbs and spec.absorb_when and spec.absorb_when.match(title.lower().lstrip(" -+•")) \
                and not (spec.exclude and (spec.exclude.search(low) or spec.exclude.search(title.lower()))):
            return [Mention(spec.name, 0, len(title), None)]
    return []


_ROW_NO = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,5}|[a-zđ])?\s*[.)]?\s*$")


# "x" (or "✓") ticking a collectives' count cell: the unit itself, one collective.
_TICK = re.compile(r"^\s*[xX✓✔]\s*$")


# (not "Địa điểm", "Thời điểm": a place or a date's heading)
_POINTS_HEAD = re.compile(r"(?<!dia )(?<!thoi )\bdiem\b|\b(?:xep|thu)\s*hang\b|\bxep\s*loai\b")


def _money_and_tick_columns(table, col_unit) -> tuple[set[int], set[int]]:
    """Columns of money ("Tiền thưởng (đồng): Mức thưởng | Thành tiền", "Số tiền") and of a scoring
    table's points or ranks ("Điểm chuẩn | Điểm tự chấm | Xếp hạng": a criterion "sáng kiến 20 điểm"
    is worth points, it counts no initiative), which hold no count, and collectives' count columns ("Số lượng: Tập thể"), where a tick "x" counts one: the
    office ticks its own row. A tick under individuals names no number and counts nothing."""
    money = {c for c, col in enumerate(table.columns)
             if col.unit == "money" or re.search(r"tien\s*thuong|muc\s*thuong|thanh\s*tien|so\s*tien",
                                                 fold(col.label)) or _POINTS_HEAD.search(fold(col.label.lower()))}
    ticked = {c for c, u in enumerate(col_unit) if u == "col" and c not in money}
    return money, ticked


def _kinds_total_under_heading(data, body, titled, lead, col_unit, rules: Rules, order, ev, n_header, is_total,
                               cell_count) -> list[Candidate]:
    """"Khen thưởng chuyên đề, đột xuất" over rows of award kinds ("Bằng khen ...", "Giấy khen ...",
    "Giấy khen đột xuất ...") and a "Cộng" row: the total row is the heading's figure, when every
    titled row's title is one that figure absorbs (rows of other kinds, a Bằng khen, count with it)."""
    lead_fig = lead_figure(lead, rules)
    if lead_fig is None or not titled:
        return []
    spec = rules.specs[lead_fig]
    if not spec.absorbs:
        return []
    for i in titled:
        head = " ".join(data[i][:2])
        if any(m.figure not in spec.absorbs and m.figure != lead_fig
               for m in find_mentions(head, fold(head), rules)):
            return []
    totals = [(i, r) for i, r in enumerate(data) if is_total(body[i]) and i not in titled]
    out = []
    for i, row in totals[-1:]:
        vals = [(col_unit[c], cell_count(row[c])) for c in range(1, len(row))
                if c < len(col_unit) and cell_count(row[c]) is not None]
        value = _pick_table_value(spec, vals)
        if value is not None:
            out.append(Candidate(lead_fig, value, 6, order, ev(n_header + i, row)))
    return out


def _column_contexts(labels: list[str], rules: Rules) -> tuple[list[bool], list[bool]]:
    """Per column: is its heading a plan or pledge ("Đăng ký 2023", "Chỉ tiêu"), a proposal with no
    word of awarding ("Đề nghị CSTĐCS"; not "Đề nghị ... đã được công nhận")? The rules' own
    context words, on the column's header cells."""
    plan, proposal, award = (rules.ctx.get(k) for k in ("plan", "proposal", "award"))
    lows = [label.lower() for label in labels]
    is_plan = [bool(plan and plan.search(low)) for low in lows]
    is_proposal = [bool(proposal and proposal.search(low)) and not (award and award.search(low)) for low in lows]
    return is_plan, is_proposal


def _two_kinds(mentions, rules: Rules, col_unit) -> list:
    """The two mentions of a row naming one collective title and one individual title, in a table
    with collective and individual columns; else []."""
    counts = {}
    for m in mentions:
        if rules.specs[m.figure].kind == "count":
            counts.setdefault(m.figure, m)
    units = {rules.specs[f].unit for f in counts}
    if len(counts) != 2 or units != {"collectives", "individuals"} or not {"col", "ind"} <= set(col_unit):
        return []
    return list(counts.values())


# A column group of an awarding level: "Cấp tỉnh", "Cấp huyện", "Cấp xã" over "Tập thể | Cá nhân".
_LEVEL_GROUP = re.compile(r"^(?:cap\s+\w+|trung\s*uong|(?:chu\s*tich\s+)?ubnd\s+\w+)\b")


def _level_groups(table) -> bool:
    """Are the table's column groups (two or more) all awarding levels? Then a row's counts of one
    unit in every level add up: "Giấy khen | (huyện) 01 | 03 | (xã) 04 | 15" is 23."""
    groups = {c.group for c in table.columns if c.group}
    return len(groups) >= 2 and all(_LEVEL_GROUP.match(fold(g.lower()).strip()) for g in groups)


def _level_sum(spec: Spec, vals: list[tuple[str | None, int | float]]) -> int | None:
    """A row's cells over awarding levels: those of the figure's unit added (both units for "both")."""
    wanted = {"individuals": ("ind",), "collectives": ("col",)}.get(spec.unit, ("ind", "col"))
    picked = [v for u, v in vals if u in wanted]
    return int(sum(picked)) if picked else None


def _several_titles(mentions, rules: Rules) -> bool:
    """A row head naming several count titles ("Tổng số lượt cá nhân được tặng LĐTT, CSTĐCS, Giấy
    khen") totals them together: the denominator of the ratios, no figure of any one title. A
    title another one absorbs ("Khen đột xuất (Giấy khen)") is no second title."""
    counts = {m.figure for m in mentions if rules.specs[m.figure].kind == "count"}
    absorbed = {f for f in counts for o in counts if f in rules.specs[o].absorbs}
    return len(counts - absorbed) >= 2


# A unit column's heading: "ĐVT", "Đơn vị tính".
_UNIT_HEAD = re.compile(r"^\s*(?:dvt|don\s*vi\s*tinh)\s*$")


def _percent_unit_row(row, labels) -> bool:
    """"Tỷ lệ ... được khen | % | 68,3": a row whose unit column says "%" states its value bare."""
    return any(c < len(row) and row[c].strip() == "%" and _UNIT_HEAD.match(fold(label.lower()))
               for c, label in enumerate(labels))


def _pair_unit_column(row, labels) -> int | None:
    """"Giấy khen ... | TT/CN | 2/6": a row whose unit column says "collectives / individuals" gives
    each count cell as such a pair; the unit column's index, else None."""
    return next((c for c, label in enumerate(labels) if c < len(row) and _UNIT_HEAD.match(fold(label.lower()))
                 and _PAIR_HEAD.fullmatch(fold(row[c].lower()).strip())), None)


def _counted_unit_row(row, labels) -> bool:
    """A row whose unit column names what it counts ("người", "lượt"): a count, never a ratio."""
    return any(c < len(row) and row[c].strip() not in ("", "%") and _UNIT_HEAD.match(fold(label.lower()))
               for c, label in enumerate(labels))


def _cell_percent(cell: str, value):
    """The percentage a count cell carries beside its count ("58 (76,3%)" -> 76.3), else value."""
    pct = [n.value for n in find_numbers(cell) if n.kind == "percent"]
    return pct[0] if pct else value


def _added_parts(parts: dict[str, list[tuple[str, Candidate]]], out: list[Candidate], rules: Rules) -> list[Candidate]:
    """Rows of one figure with no total row for it are its parts, stated by this one table:
    "Khen chuyên đề | 9" and "Khen đột xuất | 3" of a parts_add figure (12), or one title on
    rows of different levels ("Giấy khen | Giám đốc Sở | 01 | 03", "Giấy khen | Chủ tịch UBND
    huyện | 01 | 01": 6). The sum keeps its parts (value and row) for the note and the review."""
    added = []
    for fig, rows in parts.items():
        titles = [t for t, _ in rows]
        texts = [c.evidence.text for _, c in rows]
        distinct = len(set(titles)) == len(titles) if rules.specs[fig].parts_add else len(set(texts)) == len(texts)
        if len(rows) < 2 or not distinct or any(c.figure == fig and c.score >= 6 for c in out):
            continue
        first = rows[0][1]
        added.append(dataclasses.replace(first, value=sum(c.value for _, c in rows), score=first.score + 1,
                                         parts=[(c.value, c.evidence) for _, c in rows]))
    return added


def _row_name(row) -> str:
    """A row's name in lower case: its first cell, or the second after a "1." / "STT" cell."""
    first = row[0] if row else ""
    if (not first.strip() or re.fullmatch(r"\s*\d{1,3}\s*[.)]?\s*", first)) and len(row) > 1:
        first = row[1]
    return first.lower().strip(" -–+•*")


def _name_heading(labels: list[str]) -> str:
    """The heading of the column naming the rows, lower case: the first, or the second after "STT"."""
    first = labels[0].lower().strip(" .:*") if labels else ""
    if re.fullmatch(r"s?tt|số\s*tt|số\s*thứ\s*tự", first) and len(labels) > 1:
        return labels[1].lower().strip(" .:*")
    return first


def _sub_unit_sums(table, plain, fig_cols, col_fig, col_unit, labels, lead, rules, order, ev,
                   n_header) -> list[Candidate]:
    """"Đội sản xuất số 1 | 3 | 3 | -" ... with no total row: each count column added over the
    sub-units' rows (breakdown rows are parts of the row above and are left out); a figure
    reached this way is a sum, and keeps its parts."""
    out = []
    member = rules.ctx.get("member_row")
    if member is None:
        return out
    # The row names' own heading says what the rows are: "Thôn", "Tổ, phòng" are the unit's parts,
    # whatever a name looks like (a village "Trường Định" is no school).
    own_parts = rules.ctx.get("own_part_row")
    if (heads := rules.ctx.get("member_heading")) and heads.fullmatch(_name_heading(labels)):
        # "Xã" over the communes' names alone ("Bình Thành"): members, as their rows say below
        return member_marks(table, plain, fig_cols, col_fig, labels, rules, order)
    if not (own_parts and own_parts.fullmatch(_name_heading(labels))) and \
            any(member.match(_row_name(row)) for i, row in plain):
        # members reporting on their own: the report states no figure of its own (member_table.py)
        return member_marks(table, plain, fig_cols, col_fig, labels, rules, order)
    lead_excludes = len(set(col_fig[c] for c in fig_cols)) < 2
    lead_rest = lead_beyond_figures(lead, rules)
    figures = list(dict.fromkeys(col_fig[c] for c in fig_cols))
    for fig in figures:
        spec = rules.specs[fig]
        cols = [c for c in fig_cols if col_fig[c] == fig]
        if spec.kind != "count" or (spec.exclude and ((lead_excludes and spec.exclude.search(lead))
                                                      or spec.exclude.search(lead_rest)
                                                      or spec.exclude.search(labels[cols[0]].lower()))):
            continue
        found = []
        for i, row in plain:
            if table.rows[i].kind != "data":
                continue
            value = grantor_columns_sum(table, cols, col_unit, row, cell_value)  # grantors.py
            if value is None:
                value = _pick_table_value(spec, [(col_unit[c], v) for c in cols if c < len(row)
                                                 for v in [cell_value(row[c])] if v is not None])
            if value is not None:
                found.append((value, ev(n_header + i, row)))
        if len(found) >= 2:
            rows_said = " + ".join(f"{row[0] or row[1]}: {fmt(v)}" for v, (_, row) in
                                   zip([v for v, _ in found], [p for p in plain if table.rows[p[0]].kind == "data"
                                                               and any(cell_value(p[1][c]) is not None for c in cols)]))
            where = dataclasses.replace(table.rows[0].where, row=None).label()
            out.append(Candidate(fig, int(sum(v for v, _ in found)), 2, order,
                                 Evidence(f"{labels[cols[0]]} — {rows_said}"[:300], where), None, False, found))
        elif len(found) == 1:
            # One row holds the column's counts (rows by awarding level: "LĐLĐ huyện | 18 | 35", the
            # others "-"): the sum of the rows is that row.
            out.append(Candidate(fig, int(found[0][0]), 2, order, found[0][1]))
    return out


def lead_beyond_figures(lead: str, rules: Rules) -> str:
    """The lead-in's words no figure owns: its titles and the words that open a figure's awards
    ("chuyên đề", "đột xuất") blanked. A lead over columns of several figures may name them together
    ("danh hiệu năm 2022 và khen chuyên đề, đột xuất 2023"): those words are each column's own.
    What is left qualifies every column: "Kết quả bình xét ... năm học 2022 - 2023" over
    "Tập thể LĐTT | LĐTT | CSTĐCS" is the schools' school year, none of them the 2022 titles."""
    if not lead:
        return ""
    low = lead.lower()
    spans = [(m.start, m.end) for m in find_mentions(low, fold(low), rules)]
    for spec in rules.specs.values():
        if spec.absorb_when is not None:
            spans += [(m.start(), m.end()) for m in spec.absorb_when.finditer(low)]
    for a, b in spans:
        low = low[:a] + " " * (b - a) + low[b:]
    return low


_RATIO_LABEL = re.compile(r"\bt[yi]\s*le\b|%|phan\s*tram")
_TOTAL_LABEL = re.compile(r"\btong\b")


def _table_ratio(row, labels, col_fig, c: int, v, cell_count, rules: Rules) -> tuple[int | float | None, str | None]:
    """A ratio column's cell: a percentage as stated, or a count ("Tổng số | Lao động trực tiếp" /
    "42 | 27", "Tổng số LĐTT | GV, NV trực tiếp" / "1.397 | 1.260") turned into a ratio against the
    row's total column (note "from-counts"); a count with no total beside it over 100 is no ratio."""
    if "%" in row[c] or _RATIO_LABEL.search(fold(labels[c])):
        return v, None
    for d, label in enumerate(labels):
        if d == c or d >= len(row) or not _TOTAL_LABEL.search(fold(label)):
            continue
        if col_fig[d] is not None and rules.specs[col_fig[d]].kind != "count":
            continue  # the total a count title's column states ("Tổng số LĐTT") is a base too
        den = cell_count(row[d])
        if den and den >= v:
            return round(100 * v / den, 1), "from-counts"
    return (v, None) if v <= 100 else (None, None)


def _ratio_against_total_row(data, cell: tuple[int, int | float], total_re, cell_count) -> float | None:
    """"Người lao động trực tiếp | 12" under "Tổng số cá nhân được khen thưởng | 40": the count of a
    ratio row over the total row's count in the same column (one decimal)."""
    c, v = cell
    for row in data:
        if not (total_re and any(total_re.match(x.lower().strip(" .:*")) for x in row[:2])) or c >= len(row):
            continue
        den = cell_count(row[c])
        if den and den > v:
            return round(100 * v / den, 1)
    return None


def _row_of_kind(spec: Spec, row, fig_cols, col_unit, cell_count) -> int | None:
    """A data row titled by a figure ("Chuyên đề, đột xuất | - | 02 | 09") under title columns:
    the cells the figure's unit counts, added over all the titles."""
    if spec.kind == "percent":
        return None
    wanted = {"individuals": ("ind", None), "collectives": ("col", None)}.get(spec.unit, ("ind", "col", None))
    vals = [cell_count(row[c]) for c in fig_cols if c < len(row) and col_unit[c] in wanted]
    vals = [v for v in vals if v is not None]
    return int(sum(vals)) if vals else None


# A column headed "(tập thể / cá nhân)" holds both counts in one cell: "3 / 6", "- / 21".
_PAIR_HEAD = re.compile(r"tap\s*the\s*/\s*ca\s*nhan|\btt\s*/\s*cn\b")
_PAIR_CELL = re.compile(r"^\s*(\d+|[-–—])?\s*/\s*(\d+|[-–—])?\s*$")
_PROPOSED_HEAD = re.compile(r"de\s*nghi|dang\s*ky|du\s*kien")


def _pair_cell_values(row, labels) -> list[tuple[str, int]] | None:
    """The unit-typed counts of a row's "collectives / individuals" cell, or None when the table
    has no such column. Beside a column of proposals the recognised one wins ("Số đề nghị" vs
    "Số được công nhận")."""
    cols = [c for c in range(1, min(len(row), len(labels))) if _PAIR_HEAD.search(fold(labels[c]))]
    if not cols:
        return None
    kept = [c for c in cols if not _PROPOSED_HEAD.search(fold(labels[c]))] or cols
    m = _PAIR_CELL.match(row[kept[-1]])
    if not m:
        return None
    out = [(u, int(x)) for u, x in (("col", m.group(1)), ("ind", m.group(2))) if x and x.isdigit()]
    return out or None


def _pair_in_cell(cell: str, label: str) -> list[tuple[str, int]] | None:
    """A title column whose heading says its cells are "collectives / individuals" ("Giấy khen năm
    2022 (TT/CN)", "Khen đột xuất (tập thể/cá nhân)"): a cell "9/24" is 9 collectives and 24
    individuals, no fraction; None for any other column or cell."""
    if "/" not in cell or not _PAIR_HEAD.search(fold(label.lower())):
        return None
    m = _PAIR_CELL.match(cell)
    if not m or not (m.group(1) or "").isdigit() and not (m.group(2) or "").isdigit():
        return None
    return [(u, int(x) if x and x.isdigit() else 0) for u, x in (("col", m.group(1)), ("ind", m.group(2)))]


def _typed_cell(cell: str, rules: Rules) -> list[tuple[str, int]] | None:
    """A cell that says whom it counts: "9 tập thể, 21 cá nhân", "02 TT; 05 CN" -> [("col", 9),
    ("ind", 21)]; None unless it holds counts of both kinds, each followed by its unit word."""
    if not any(ch.isdigit() for ch in cell):
        return None
    folded = fold(cell)
    out = []
    for n in find_numbers(cell):
        if n.kind != "count":
            continue
        um = rules.units.match(folded, n.end)
        kind = rules.unit_kind.get(re.sub(r"\s+", " ", um.group("u"))) if um else None
        if kind is None:
            return None
        out.append((kind, int(n.value)))
    return out if len({k for k, _ in out}) == 2 else None


def _pick_table_value(spec: Spec, vals: list[tuple[str | None, int | float]]) -> int | float | None:
    if not vals:
        return None
    if spec.kind == "percent":
        return vals[0][1]
    if spec.unit == "both":
        typed = [(u, v) for u, v in vals if u in ("ind", "col")]
        if len({u for u, _ in typed}) == 2:
            return int(sum(v for _, v in typed[:2]))
        return int(vals[0][1])
    wanted = {"individuals": "ind", "collectives": "col"}.get(spec.unit)
    for u, v in vals:
        if wanted is None or u in (wanted, None):
            return int(v)
    return None


# --- tables flattened into lines (OCR, some PDFs) ----------------------------------------------

def _column_words(rules: Rules) -> dict[str, str]:
    """Folded one-word column headings -> figure: abbreviations ("lđtt") and the first word of
    a two-word title when no other figure shares it ("giấy" of "giấy khen")."""
    if rules.column_words is not None:
        return rules.column_words
    words: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for canon, idx in rules.title_index.items():
        figure = rules.title_of[idx][0]
        if rules.specs[figure].kind != "count":
            continue
        parts = canon.replace(",", " ").split()
        if len(parts) == 1:
            words[parts[0]] = figure
        elif len(parts) == 2:
            firsts.setdefault(parts[0], set()).add(figure)
    for word, figures in firsts.items():
        # "tt" of "tt lđtt" is also the row-number heading "TT" that opens such a line
        if len(figures) == 1 and word not in words and word not in ("tt", "stt"):
            words[word] = figures.pop()
    rules.column_words = words
    return words


def _column_figure(token: str, words: dict[str, str]) -> str | None:
    if token in words:
        return words[token]
    if len(token) >= 5:  # OCR: "TTILĐTT" for "TTLĐTT"
        from rapidfuzz.distance import Levenshtein

        best = max(words, key=lambda w: Levenshtein.normalized_similarity(token, w), default=None)
        if best and len(best) >= 5 and Levenshtein.normalized_similarity(token, best) >= 0.8:
            return words[best]
    return None


_TOTAL_LINE = re.compile(r"\btong\b")


def flattened_candidates(document, rules: Rules) -> list[Candidate]:
    """"TT Đơn vị TTLĐTT LĐTT CSTĐCS Giấy Sáng" ... "Tổng cộng 29 235 27 60 8": a heading line of
    column words and a total line with exactly as many numbers, matched column by column."""
    words = _column_words(rules)
    blocks = [b for b in document.blocks if b.kind != "table"]
    out: list[Candidate] = []
    for i, block in enumerate(blocks):
        text = _normalize(block.full_text or "")
        tokens = fold(text).replace(":", " ").split()
        if len(tokens) < 3 or len(text) > 200:
            continue
        # The run of column words (one unknown heading between two known ones keeps its place).
        runs: list[list[str | None]] = [[]]
        for tok in tokens:
            fig = _column_figure(tok.strip(".,;()"), words)
            run = runs[-1]
            if fig is not None:
                run.append(fig)
            elif run and run[-1] is not None:
                run.append(None)
            else:
                runs.append([])
        for run in runs:
            while run and run[-1] is None:
                run.pop()
        columns = max(runs, key=lambda r: sum(1 for c in r if c))
        if len({c for c in columns if c}) < 3:
            continue
        for later in blocks[i + 1:i + 30]:
            low = _normalize(later.full_text or "")
            if not _TOTAL_LINE.search(fold(low)):
                continue
            nums = [n for n in find_numbers(low) if n.kind == "count"]
            if len(nums) != len(columns):
                continue
            ev = Evidence(f"{text} … {low}"[:300], later.where.label())
            for fig, num in zip(columns, nums):
                if fig is not None:
                    out.append(Candidate(fig, int(num.value), 6, 0, ev))
            break
    return out


_FLAT_ROW = re.compile(r"^\s*\d{1,2}[.)]?\s+(?P<label>[^\W\d][^\d]*?)\s+(?P<nums>\d{1,5}(?:\s+\d{1,5})*)(?:\s+(?P<rest>\D.*))?$")
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ỹđ][^\s]*\s*)+")


def flattened_rows(document, rules: Rules) -> list[Candidate]:
    """"1 Lao động tiên 28 Chủ tịch" / "tiến UBND xã": a table row whose title cell wrapped onto
    the next line; the lower-case words that open the next line finish the title."""
    blocks = [b for b in document.blocks if b.kind != "table"]
    texts = [_normalize(b.full_text or "") for b in blocks]
    out: list[Candidate] = []
    header = ""
    for i, text in enumerate(texts):
        f = fold(text)
        if re.search(r"\btap\s*the\b.*\bca\s*nhan\b|\bca\s*nhan\b.*\btap\s*the\b", f) and len(text) < 120:
            header = f
        m = _FLAT_ROW.match(text)
        if not m:
            continue
        span = m.span("nums")
        if any(n.kind in ("duration", "date", "year") for n in find_numbers(text) if span[0] <= n.start < span[1]):
            continue  # "2. Khen thưởng đột xuất 6 tháng đầu năm": a period in a heading, no cell
        label = m.group("label")
        if i + 1 < len(texts):
            tail = _LOWER_LEAD.match(texts[i + 1])
            if tail:
                label = f"{label} {tail.group(0).strip()}"
        mentions = find_mentions(label, fold(label), rules)
        if len(mentions) != 1 or len(label) - (mentions[0].end - mentions[0].start) > 12:
            continue  # the label must be the title itself, not a sentence naming it
        spec = rules.specs[mentions[0].figure]
        if spec.kind != "count":
            continue
        context = " ".join(texts[max(0, i - 3):i + 1]).lower()
        if spec.exclude and spec.exclude.search(context):
            continue
        nums = [int(x) for x in m.group("nums").split()]
        if len(nums) == 1:
            value = nums[0]
        elif len(nums) == 2 and spec.unit == "both":
            value = nums[0] + nums[1]
        elif len(nums) == 2 and header and spec.unit in ("individuals", "collectives"):
            collectives_first = header.find("tap") < header.find("ca nhan")
            value = nums[1] if (spec.unit == "individuals") == collectives_first else nums[0]
        else:
            continue
        out.append(Candidate(spec.name, value, 2, 0, Evidence(f"{text} / {texts[i + 1] if i + 1 < len(texts) else ''}"
                                                                [:300], blocks[i].where.label()), mentions[0].note))
    return out
