"""K1-K5 figures: counts of titles and awards, and the two ratios, with plausibility warnings.

A generic interpreter of the `figures:` section of the rules (titles, synonyms, unit words,
context words, zero phrases, absorption) — no title or phrase is written here. Per sentence it
finds title mentions (longest first, without tone marks so OCR noise does not matter) and the
numbers around them (numbers.py), attaches each number to the title it belongs to (before:
"25 cá nhân đạt Lao động tiên tiến", after: "Giấy khen cho 01 tập thể và 02 cá nhân"), and
keeps, per figure, the best-scored statement of the whole document: stated totals and table
total rows first, then sums of the parts one passage or one table states (kept with their
provenance in FiguresResult.parts; a stated total that disagrees with them is a warning), awards
before proposals, never targets or plans, never a sum across passages.
Tables are read by their header cells. Deciding present/partial for K1-K5 is the judge's job.

This module keeps the entry point, the result type and the choice among candidates; the work
is done by its helpers, one job each:
  rules.py     the `figures:` rules compiled into regexes (cached per ruleset)
  walk.py      sentences and tables in reading order, with heading / lead-in context
  end_notes.py numbered end notes under "Ghi chú:" read after the sentence that calls them
  mentions.py  title mentions and the numbers around them; the Candidate record
  prose.py     numbers attached to titles in sentences, absorption, stated zeros
  tables.py    tables resolved by pipeline/table_stage.py read by their headers (total rows,
               sub-unit rows added when no total is stated), OCR-flattened table lines
  passages.py  a figure stated award by award over one passage, added with each part's provenance
  subunits.py  a title's count given only per sub-unit after its colon, added with each part
  sub_periods.py  a title's counts per quarter (month, round) of the half year in one paragraph, added
  table_notes.py  a note under a table ("Ghi chú: ...") explains it and states no zero
  plan_columns.py  a "Kế hoạch | Thực hiện | Tỷ lệ %" form: a row's achieved cell is its figure
  name_lists.py  one row per recipient, the award kind in a column: rows counted per kind
  inline_names.py  a decision's recipients numbered after its colon ("cho: 1. Ông A; 2. ..."): names counted
  shares.py    a "Trong đó ... lãnh đạo, quản lý" count column beside rows of titles: the ratio from its total row
  title_cells.py  a sub-unit table's column of titles in words: the parts naming a collective title counted
  table_series.py one table per member or part under its own heading: no single one is the whole's
  prose_table.py  a lead-in paragraph's count and its table's column total, one figure added
  besides.py   a clause opening "ngoài ra" adds its count to the clause before it
  total_label.py  a sentence opened by a total's label ("Toàn Khối: 11 ..., 95 ..., 12 ..."): every count a total
  kind_items.py  one title's counts given in a "Tập thể:" item and a "Cá nhân:" item, added
  grantors.py  one title's counts given grantor by grantor in the items of one list ("UBND huyện tặng GK:
               ...", "Giấy khen của Giám đốc Sở: ..."), added
  comparisons.py  a count of another period beside this one's ("cùng kỳ", "tăng 01"): not this period's
  proposed.py  a table's proposal columns set aside when a granted column stands beside them
  members.py   a cluster's paragraph about one member ("Điện lực ...: ...", "riêng ..."): not its figure
  member_clause.py  a cluster's clause naming one member ("(xã Bình An chưa ...)"): cut before reading
  others_recipients.py  counts said to be other bodies' people ("... 04 tập thể thuộc UBND các xã"): cut
  member_table.py  a members' table with no total row: its titles reported member by member, no figure
  pledges.py   a parenthesis of pledges ("(trong đó: đăng ký LĐTT 19 ..., CSTĐCS 03 ...)"): no counts
  sector.py    a department's sector report setting the office apart ("Riêng Phòng Y tế: ..."): the
               statements that do not name the office are the sector's
  answer_table.py  a table answering the directive row by row ("Nội dung | Kết quả thực hiện"):
               each row read as the sentence "<name>: <result>"
  checks.py    ratios (stated, fraction, count over denominator) and plausibility warnings
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.pipeline.figures.ad_hoc_proposals import without_ad_hoc_proposals
from tdkt.pipeline.figures.answer_table import answer_sentences
from tdkt.pipeline.figures.appendix_refs import appendix_lists, with_appendix_counts
from tdkt.pipeline.figures.corrections import corrected_only
from tdkt.pipeline.figures.changed_counts import with_changed_counts
from tdkt.pipeline.figures.ranges import without_ranges
from tdkt.pipeline.figures.caps import without_bounds
from tdkt.pipeline.figures.decided import DecidedLabels
from tdkt.pipeline.figures.ratio_pairs import paired_in_sentence
from tdkt.pipeline.figures.clause_scope import scope_said_before
from tdkt.pipeline.figures.checks import fmt_number, out_of_scope, plausibility_warnings, ratio_mismatch
from tdkt.pipeline.figures.besides import Besides
from tdkt.pipeline.figures.body_members import without_body_members
from tdkt.pipeline.figures.grantors import GrantorSums
from tdkt.pipeline.figures.inline_names import named_list_counts
from tdkt.pipeline.figures.kind_items import KindItems
from tdkt.pipeline.figures.member_clause import without_member_clauses
from tdkt.pipeline.figures.member_group import MemberGroups
from tdkt.pipeline.figures.member_sections import MemberSections
from tdkt.pipeline.figures.member_table import PerMember
from tdkt.pipeline.figures.members import CLUSTER_TYPES, member_statement
from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.others_recipients import without_others_recipients
from tdkt.pipeline.figures.own_clause import office_holds
from tdkt.pipeline.figures.mixed_totals import without_mixed_totals
from tdkt.pipeline.figures.passages import PassageSums
from tdkt.pipeline.figures.pending_titles import PendingTitles
from tdkt.pipeline.figures.pledges import pledged_counts
from tdkt.pipeline.figures.prose import folded_sentence, may_state_zero, sentence_candidates, zero_scan
from tdkt.pipeline.figures.proposed import granted_only
from tdkt.pipeline.figures.prose_table import LeadIn
from tdkt.pipeline.figures.proposal_list import as_proposals, proposed_by_list
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.pipeline.figures.scope import about_others, lead_about_others, proposed_for_others
from tdkt.pipeline.figures.sector import sector_scope
from tdkt.pipeline.figures.sentence_facts import lower_text
from tdkt.pipeline.figures.sub_periods import SubPeriods
from tdkt.pipeline.figures.subunits import with_sub_unit_sums
from tdkt.pipeline.figures.table_notes import AfterTable, without_note_zeros
from tdkt.pipeline.figures.table_series import TableSeries
from tdkt.pipeline.figures.tables import flattened_candidates, flattened_rows, table_candidates
from tdkt.pipeline.figures.total_label import labelled_totals
from tdkt.pipeline.figures.title_recap import without_title_recap
from tdkt.pipeline.figures.walk import walk
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.figures.period_opening import PeriodOpenings
from tdkt.pipeline.table_stage import resolve_rows


@dataclass
class FiguresResult:
    values: dict[str, int | float] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # per item id ("K2": "...")
    warnings: list[str] = field(default_factory=list)  # Vietnamese plausibility warnings
    # A figure reached as a sum of stated parts: per figure, (value, Evidence) of each part,
    # for the note and for the review page to show where each number came from.
    parts: dict[str, list[tuple[int | float, Evidence]]] = field(default_factory=dict)
    # Figures this sender's unit type is not asked for (their `unit_types`): not read, not required.
    not_asked: set[str] = field(default_factory=set)
    # Figures given only member by member in a table with no total (member_table.py): reported, no value.
    per_member: dict[str, Evidence] = field(default_factory=dict)
    # Count figures named only in proposals the report says are still pending (pending_titles.py): not reported.
    pending: set[str] = field(default_factory=set)


def sum_note(label: str, value, parts) -> str:
    """"Khen chuyên đề, đột xuất: 3 + 2 = 5 (cộng các phần): Giấy khen ... (đoạn 12); ... (đoạn 14)."""
    sums = " + ".join(fmt_number(v) for v, _ in parts)
    if len(parts) > 4:  # rows of a table: where each part is, not every row's text
        said = ", ".join(e.where for _, e in parts)
        return f"{label}: {sums} = {fmt_number(value)} (cộng {len(parts)} phần báo cáo nêu: {said})."
    said = "; ".join(f"{fmt_number(v)}: {_short(e.text)} ({e.where})" for v, e in parts)
    return f"{label}: {sums} = {fmt_number(value)} (cộng các phần báo cáo nêu): {said}."


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def sum_disagreement(label: str, chosen: Candidate, candidates: list[Candidate]) -> str | None:
    """A stated total wins over the sum of its parts; when they differ the office is told."""
    sums = [c for c in candidates if c.figure == chosen.figure and c.parts and c.value != chosen.value
            and not c.proposal]
    if not sums or chosen.score < 4:
        return None
    other = sums[0]
    return (f"{label}: báo cáo ghi tổng {fmt_number(chosen.value)} ({chosen.evidence.where}) nhưng cộng các phần "
            f"được {fmt_number(other.value)} ({other.parts[0][1].where}).")


def extract_figures(document, ruleset, unit_type: str | None = None) -> FiguresResult:
    """Figures of `document` under the `figures:` rules of `ruleset`, with evidence and warnings;
    `unit_type` (the sender's, when known) scopes the figures and checks that name unit types."""
    rules = compile_rules(ruleset)
    result = FiguresResult()
    if not rules.specs:
        return result
    candidates: list[Candidate] = []
    order = 0
    passages = PassageSums(rules)  # figures given award by award over one passage
    tables = document.resolved_tables()  # the table stage: headers, totals, page breaks joined
    notes_seen = AfterTable()  # a note under a table explains it: no stated zero
    lead_in = LeadIn()  # a lead-in paragraph's counts and its table's, one figure together
    besides = Besides()  # "...; ngoài ra, ... 02 cá nhân": a clause adding to the one before
    grantors = GrantorSums(rules)  # "+ UBND huyện tặng GK: ...  + BTV Hội tặng GK: ...": one title by grantor
    series = TableSeries(rules)  # one table per member or part, each under its own heading
    sub_periods = SubPeriods(rules)  # one title's counts quarter by quarter (month, round) in one paragraph
    kinds = KindItems(rules)  # "- Tập thể: ... Giấy khen" then "- Cá nhân: ... Giấy khen": one title by kind
    openings = PeriodOpenings(rules)  # a sentence opened by the half year lists its awards (period_opening.py)
    sector = sector_scope(document)  # a sector report setting the office apart ("Riêng Phòng ...:")
    pending = PendingTitles(rules)  # "Đối với danh hiệu ..., chưa có quyết định": those proposals stand in for nothing
    decided = DecidedLabels(rules)  # "Đã có quyết định: 03" / "Đang chờ quyết định: 04" under one figure's heading
    per_member = PerMember()  # a members' table with no total row: titles reported, no figure (member_table.py)
    appendix = appendix_lists(document)  # "Mục 1. ..." over a table of names: the rows a clause refers to
    groups = MemberGroups(rules)  # "a) Các cơ quan ... trong Khối", "b) ...": one group of a bloc's members each
    sections = MemberSections(rules, unit_type)  # "II. ... CỦA CÁC THÀNH VIÊN KHỐI" over "1. Phòng ...": one member each

    leads_about_others: dict[str, bool] = {}  # lead -> lead_about_others: the sentences under one lead share it
    clause_verdicts: dict[str, str] = {}  # scope_said_before's memo: a paragraph's later clauses ask again
    # member_statement and without_member_clauses read a cluster's report only: not asked per sentence otherwise
    cluster = unit_type in CLUSTER_TYPES

    def see_sentence(sent, order: int, after_table: bool) -> None:
        if sections.under_member(sent.lead):
            return  # one member's section of a bloc's report (member_sections.py): fed every lead
        if about_others(rules, lower_text(sent)):
            return  # "toàn huyện ... đạt 46,8%": another scope's figure, not the unit's
        if sent.before and scope_said_before(rules, sent, clause_verdicts) and not office_holds(sent.text, sector):
            return  # "hồ sơ ... của các cơ quan, đơn vị, địa phương; ... 47 sáng kiến": said by an earlier clause
            # (unless "...; trong đó <the office> có 01 sáng kiến": its own share, own_clause.py)
        others = leads_about_others.get(sent.lead)
        if others is None:
            others = leads_about_others[sent.lead] = lead_about_others(rules, sent.lead)
        if others:
            return  # under a heading or lead-in about another scope (scope.py)
        if not sector.keeps_sentence(sent):
            if sector.by_heading and may_state_zero(rules, folded_sentence(sent)):  # "ngành chưa có ...": nor the office
                candidates.extend(zero_scan(sent, rules, order, folded_sentence(sent)))
            return  # a sector report's statement about the sector, not the office (sector.py)
        if cluster and member_statement(sent, rules, unit_type):
            return  # a cluster's "Điện lực ...: ..." paragraph: one member's figures (members.py)
        if groups.under_group(sent.lead) and not groups.keeps_sentence(sent.text):
            return  # one group of the bloc's members, no whole's total (member_group.py)
        if cluster:
            sent = without_member_clauses(sent, rules, unit_type)  # "(xã Bình An chưa ...)": a member's clause
        sent = without_others_recipients(sent, rules, unit_type)  # "... 04 tập thể thuộc UBND các xã": others'
        sent = without_body_members(sent, rules)  # "Hội đồng sáng kiến ... gồm 05 thành viên" (body_members.py)
        if not sent.text:
            return
        folded = folded_sentence(sent)  # fold(sent.text), cut from its paragraph's
        pending.see(sent, folded)
        candidates.extend(decided.see(sent, order))  # "a) Đã có quyết định: 03 (...)" under K3's heading (decided.py)
        if decided.pending:
            return  # under "Đã đề nghị, đang chờ quyết định: 04" (a figure's heading above): no awards
        found = sentence_candidates(sent, rules, order, folded)
        if found and sent.before and proposed_by_list(rules, sent):
            found = as_proposals(found)  # "đã đề nghị ...: công nhận ...; tặng ..." (proposal_list.py)
        # Most sentences state nothing: the readers that only rewrite or file candidates are
        # skipped for them (each returns an empty list as it is); those keeping state see all.
        if found:
            found = named_list_counts(sent, found, rules, document)  # "... cho: 1. Ông A; 2. Bà B": the names counted
            found = with_appendix_counts(sent, found, rules, appendix)  # "... có tên tại Mục 1 Phụ lục" (appendix_refs.py)
            found = with_sub_unit_sums(found, sent, rules, folded)
            found = labelled_totals(sent.text, found, rules)  # "Toàn Khối: 11 ..., 95 ..., 12 ...": all totals
            found = paired_in_sentence(sent.text, folded, found, rules)  # "A / B: 71,4% / 28,6%" (ratio_pairs.py)
            found = with_changed_counts(folded, found, rules)  # "điều chỉnh từ 04 xuống 03" (changed_counts.py)
            found = without_ranges(folded, found, rules)  # "dao động từ 18% (xã A) đến 23% (xã B)" (ranges.py)
            found = without_bounds(sent.text, found, rules)  # "không vượt quá 30%": a limit, no ratio (caps.py)
            found = without_title_recap(sent.text, folded, found, rules)  # "01 danh hiệu ... và 07 Giấy khen": no K3
        found = sub_periods.see(sent, found, folded)  # "01 ... trong quý I, 02 ... trong quý II"
        if found:
            found = without_note_zeros(found, sent.text, after_table)
        found = openings.see(sent, found, order)  # "Trong 6 tháng đầu năm 2023, ...; ...": the period's awards summed
        if found and "(" in sent.text:  # "(trong đó: đăng ký LĐTT 19 cá nhân, CSTĐCS 03 cá nhân)": pledges
            pledged = pledged_counts(sent.text, rules)
            found = [c for c in found if (c.figure, c.value) not in pledged]
        if found:
            candidates.extend(found)
            series.see_sentence(found)
        lead_in.see_sentence(sent, found)
        candidates.extend(besides.see(sent, found, rules))
        if found:
            grantors.see(sent, found)
        kinds.see_sentence(sent, found)
        passages.add(sent, found, order)
        if not found and may_state_zero(rules, folded):
            candidates.extend(zero_scan(sent, rules, order, folded))

    for entry in walk(document, rules):
        order += 100
        after_table = notes_seen.see(entry)
        if entry[0] == "t":
            _, block, lead, section = entry
            table = tables.get(id(block), False)
            if table is False:  # a block the stage did not see (a Document changed after it)
                table = resolve_rows(block.rows, block.where, [block])
            answers = answer_sentences(table, lead, rules.ctx.get("section")) if table is not None else None
            if answers is not None and not lead_about_others(rules, lead):
                # "Nội dung | Kết quả thực hiện": each row a statement, read as the sentence it is
                for sent in answers:
                    order += 1
                    see_sentence(sent, order, False)
                lead_in.see_table()
                continue
            table = granted_only(table, rules)  # "Đề nghị | Được tặng, công nhận": the granted column
            table = corrected_only(table, rules)  # "Đã báo cáo | Số liệu điều chỉnh": the corrected column (corrections.py)
            if table is not None and (lead_about_others(rules, lead) or not sector.keeps_table(lead, table)):
                pass  # the district's results (the sector's, sector.py), not the unit's own
            elif table is not None:  # None: a part read into the table before it
                from_table = table_candidates(table, lead, section, rules, order)
                from_table = per_member.take(groups.table(from_table) if sections.under_member(lead)
                                             or groups.under_group(lead) else from_table)
                candidates += from_table + lead_in.candidates(table, rules, order, from_table)
                series.see_table(table, lead, from_table)
            lead_in.see_table()
            kinds.see_table()
        else:
            see_sentence(entry[1], order, after_table)
    candidates += grantors.candidates() + kinds.candidates()
    summed, compared = passages.candidates()
    candidates = series.settle([c for c in candidates if id(c) not in passages.absorbed] + summed)
    if document.format in ("pdf-scanned", "image", "pdf"):
        candidates += flattened_candidates(document, rules) + flattened_rows(document, rules)
    candidates = without_mixed_totals(candidates, rules)  # "tổng số ... Giấy khen là 23" = 19 annual + 4 ad-hoc
    candidates = pending.settle(candidates)  # proposals of titles the report says are still pending
    candidates = without_ad_hoc_proposals(candidates, rules)  # "đề nghị ... tặng Giấy khen" for this half year's deeds
    best: dict[str, Candidate] = {}
    for cand in candidates:
        if proposed_for_others(rules, cand.proposal, cand.evidence.text):
            continue  # proposed for communes, boards, contractors: not the unit's own awards
        cur = best.get(cand.figure)
        if cur is None or cand.score > cur.score or (cand.score == cur.score and cand.parts and not cur.parts
                                                       and cand.value == cur.value):
            best[cand.figure] = cand
    notes: dict[str, list[str]] = {}
    not_asked = result.not_asked = out_of_scope(ruleset, unit_type)
    for name, cand in best.items():
        if name in not_asked:
            continue
        spec = rules.specs[name]
        value = cand.value
        if isinstance(value, float) and spec.kind == "count":
            value = int(value)
        result.values[name] = value
        result.evidence[name] = cand.evidence
        if cand.note and not cand.note.startswith(("computed:", "from-counts")):
            notes.setdefault(spec.item, []).append(cand.note)
        if cand.note == "from-counts":
            notes.setdefault(spec.item, []).append(f"{spec.label}: tính từ số liệu báo cáo ({fmt_number(value)}%).")
        if cand.proposal:
            notes.setdefault(spec.item, []).append(f"{spec.label}: số liệu là số đề nghị khen thưởng.")
        if cand.parts:
            result.parts[name] = list(cand.parts)
            notes.setdefault(spec.item, []).append(sum_note(spec.label, value, cand.parts))
        else:
            disagreeing = sum_disagreement(spec.label, cand, candidates + compared)
            if disagreeing:
                result.warnings.append(disagreeing)
        mismatch = ratio_mismatch(spec, value, cand.note, rules)
        if mismatch:
            result.warnings.append(mismatch)
    for item, parts in notes.items():
        result.notes[item] = " ".join(dict.fromkeys(parts))
    result.warnings += plausibility_warnings(result.values, rules, unit_type)
    result.per_member = {f: e for f, e in per_member.evidence.items() if f not in not_asked}
    result.pending = pending.figures - set(result.values)
    return result
