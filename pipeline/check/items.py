"""Check a segmented report against the items of a ruleset: status, note and evidence per item.

The engine is generic: every phrase, context and exclusion comes from the rules file (see the
comment at the top of rules/tay-son-2023-h1.yaml for the vocabulary). The check modules
hold language machinery that holds for any directive: where a sentence sits (a plan section, a
proposal), whether it carries a quantity, whether its result word is negated, whether a
concept is only inside a quoted name, and how a heading hands its concept to the content under
it.

The parts live in their own modules: language (quantities, quoted names), rules (the
rules file compiled to ItemRule and Language), context (Checker: per-sentence judgement).
This module turns a Checker's evidence into each item's status, note and evidence.

Items with `source: metadata` or `source: deadline` are left to judge.py; figures come in from
pipeline.figures as a FiguresResult (values, evidence, notes).
"""

from __future__ import annotations

import dataclasses

from tdkt.pipeline.check.context import (  # noqa: F401  (re-exported: callers import them from here)
    FOLLOW_HEADING, FOLLOW_LEAD_IN, MAX_EVIDENCE, NEGATION_WINDOW, Checker)
from tdkt.pipeline.check.language import _NOT_QUANTITY, _QUANTITY, _QUOTED, _SPELLED, has_quantity, without_quotes  # noqa: F401
from tdkt.pipeline.check.rules import (  # noqa: F401
    ItemRule, Language, Part, _context, compile_item, compile_language, text_items)
from tdkt.pipeline import regex_cache
from tdkt.pipeline.check import confidence
from tdkt.pipeline.check.column_share import column_figure
from tdkt.pipeline.check.form_answers import unanswered_sentences
from tdkt.pipeline.check.form_none import negative_row_sentences
from tdkt.pipeline.check.inventory import LIST as INVENTORY, NOTE as INVENTORY_NOTE
from tdkt.pipeline.check.note_full import in_called_note
from tdkt.pipeline.check.restated_result import restated_sentences
from tdkt.pipeline.check.movement_list import REJECTION as LISTED
from tdkt.pipeline.check.part_hits import own_hits
from tdkt.pipeline.check.promotion import NOTE as PROMOTION_NOTE, REJECTION as PROMOTION
from tdkt.pipeline.check.quantity_full import worded_or_counted
from tdkt.pipeline.check.referral import REFERRAL
from tdkt.pipeline.check.passage import passage_of
from tdkt.pipeline.check.past_year_end import in_past_year_sentence
from tdkt.pipeline.check.period import in_past_paragraph
from tdkt.pipeline.check.rough_share import clause_figure
from tdkt.pipeline.check.run_on import REJECTION as RUN_ON
from tdkt.pipeline.check.sector_scope import REJECTION as SECTOR, ItemSector
from tdkt.pipeline.check.set_aside import FULL_LATER, PART_TAKE_IN, TAKE_IN, set_aside
from tdkt.pipeline.matching import Canon
from tdkt.pipeline.record import Evidence, ItemResult
from tdkt.pipeline.segment import Segmentation, Sentence

EVIDENCE_CHARS = 300

# Why a mentioned item still counts as missing: the note tells the clerk, with where it was seen.
REJECTION_NOTES = {
    "plan": "Chỉ nhắc đến trong nhiệm vụ, phương hướng thời gian tới, chưa nêu kết quả",
    "proposal": "Chỉ nhắc đến trong phần kiến nghị, đề xuất",
    "target": "Chỉ nhắc đến như chỉ tiêu, mục tiêu, chưa nêu kết quả",
    "history": "Chỉ nhắc đến kết quả những năm trước",
    "budget": "Chỉ nhắc đến trong dự toán, kinh phí",
    "shortcoming": "Chỉ nêu như một hạn chế, tồn tại",
    "heading": "Chỉ có đề mục, không có nội dung bên dưới",
    "bare_none": "Chỉ có đề mục, bên dưới chỉ ghi không có, chưa phát sinh",
    "no_result": "Chỉ nêu tên, chưa nêu kết quả cụ thể",
    "section": "Chỉ nhắc đến ở phần khác của báo cáo",
    "exclude": "Chỉ nhắc đến trong nội dung khác",
    "background": "Chỉ nhắc đến trong phần đặc điểm, tình hình chung (kết quả của nơi khác)",
    "other_body": "Chỉ dẫn số liệu của cơ quan khác",
    "draft_review": "Chỉ nhắc đến như nội dung của dự thảo được góp ý, phản biện",
    "exhortation": "Chỉ nêu việc tuyên truyền, vận động tham gia, chưa nêu kết quả",
    "continuing": "Chỉ nêu là tiếp tục thực hiện, chưa nêu kết quả cụ thể",
    "plan_wording": "Chỉ nhắc lại lời văn chỉ đạo, kế hoạch (tiếp tục đẩy mạnh, quan tâm chỉ đạo ...), chưa nêu kết quả cụ thể",
    "examples": "Chỉ nhắc đến khi nêu gương điển hình tiên tiến, chưa nêu kết quả của phong trào",
    "pointer": "Chỉ dẫn đến biểu số liệu, phụ lục gửi kèm; báo cáo không có số liệu này",
    REFERRAL: "Chỉ nêu tên rồi dẫn sang báo cáo của cơ quan, đơn vị khác; báo cáo này không nêu kết quả",
    "negative_answer": "Đơn vị trả lời là không có, không thực hiện hoặc chưa thống kê",
    "quoted_speech": "Chỉ nhắc đến trong lời phát biểu, chỉ đạo được trích dẫn, chưa nêu kết quả",
    LISTED: "Chỉ nêu tên trong danh sách các phong trào, chưa nêu kết quả",
    PROMOTION: PROMOTION_NOTE,
    INVENTORY: INVENTORY_NOTE,
    RUN_ON: "Chỉ nêu tên trong đoạn văn kể nhiều phong trào, phần nói về phong trào này chưa nêu kết quả",
    "numbered_title": "Chỉ có đề mục nhắc lại nội dung hướng dẫn, bên dưới không nêu kết quả",
    "no_share": "Chỉ nhắc đến đối tượng, không nêu số liệu hay tỷ lệ (phần lớn, chiếm tỷ lệ nhỏ ...)",
    "others_scope": "Chỉ nêu số liệu chung của toàn huyện, không phải của riêng đơn vị",
    SECTOR: "Chỉ nêu số liệu của cả ngành, không phải của riêng cơ quan",
    "unanswered_row": "Chỉ có nội dung của biểu mẫu; ô kết quả để trống, ghi \"-\" hoặc chỉ dẫn sang mục khác",
    # The directive's own words stay in the rules: the note says what kind of mention it was.
    "not_2022_titles": "Chỉ nêu kết quả thuộc loại khác hoặc tính theo năm học, không phải kết quả năm trước mà "
                       "mục này hỏi",
}
REJECTION_ORDER = ("heading", "bare_none", "plan", "target", "history", "budget", "shortcoming", "proposal", "draft_review",
                   "exhortation", "quoted_speech", "continuing", "plan_wording", "examples", "pointer", REFERRAL, "negative_answer", "not_2022_titles", LISTED, RUN_ON, PROMOTION, INVENTORY, "no_result", "numbered_title", "unanswered_row",
                   "others_scope", SECTOR, "no_share", "section", "exclude")

# --- item results --------------------------------------------------------------------------------

def _evidence(sentences: list[Sentence], extra: list[Evidence] | None = None) -> list[Evidence]:
    out = list(extra or [])
    for s in sorted(sentences, key=lambda x: x.index):
        if len(out) >= MAX_EVIDENCE:
            break
        text = s.text if len(s.text) <= EVIDENCE_CHARS else s.text[:EVIDENCE_CHARS - 1] + "…"
        if all(e.text != text for e in out):
            out.append(Evidence(text, s.where.label()))
    return out[:MAX_EVIDENCE]


def _where(sentences: list[Sentence]) -> str:
    return ", ".join(dict.fromkeys(s.where.label() for s in sorted(sentences, key=lambda x: x.index)[:2]))


def _join(names: list[str]) -> str:
    return ", ".join(names)


def check_item(checker: Checker, rule: ItemRule, figures=None) -> ItemResult:
    values = getattr(figures, "values", None) or {}
    fig_evidence = getattr(figures, "evidence", None) or {}
    fig_notes = getattr(figures, "notes", None) or {}
    extra_note = fig_notes.get(rule.id, "")

    checker.rejected = {}
    checker.found_how = {}
    if rule.figure_required and rule.figure in (getattr(figures, "not_asked", None) or ()):
        rule = dataclasses.replace(rule, figure_required=False)  # the unit's type is not asked for it
    if rule.parts:
        # a title given member by member with no total (figures/member_table.py) is reported, no figure
        per_member = getattr(figures, "per_member", None) or {}
        result = _check_parts(checker, rule, {**dict.fromkeys(per_member, 0), **values}, {**per_member, **fig_evidence},
                              getattr(figures, "pending", None) or ())
    else:
        result = _check_simple(checker, rule, values, fig_evidence)
    figure_used = any(f in values for f in [rule.figure, *(p.figure for p in rule.parts)] if f)
    confidence.apply(checker, rule, result, [checker.seg.sentences[i] for i in sorted(checker.found_how)],
                     figure_used)
    if result.status == "missing" and checker.rejected:
        # A list the ruleset named itself (exclude_contexts) has no note of its own: say its name.
        why = next((w for w in REJECTION_ORDER if w in checker.rejected), next(iter(checker.rejected)))
        s = checker.rejected[why]
        note = REJECTION_NOTES.get(why) or f"Chỉ nhắc đến trong nội dung không được tính ({why})"
        result.note = f"{note} ({s.where.label()})."  # evidence stays empty: nothing reports it
    if extra_note:
        result.note = f"{result.note} {extra_note}".strip()
    return result


def _fig_ev(name: str | None, values: dict, fig_evidence: dict) -> list[Evidence]:
    if name and name in values and name in fig_evidence:
        ev = fig_evidence[name]
        return [ev] if isinstance(ev, Evidence) else []
    return []


def _fmt_number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


def _fmt_figure(value, kind: str) -> str:
    """A figure as its kind is written: 72,5% · 12 · 15.000.000 đồng (never a count with %)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    if kind == "percent":
        return f"{_fmt_number(value)}%"
    if kind == "money":
        return f"{round(value):,}".replace(",", ".") + " đồng"
    return _fmt_number(value)


def _check_simple(checker: Checker, rule: ItemRule, values: dict, fig_evidence: dict) -> ItemResult:
    found = checker.evidence_for(rule, rule.concept) if rule.concept else []
    found += [s for s in checker.section_evidence(rule) if s not in found]
    for take_in in TAKE_IN:  # set_aside.py: an assessment paragraph, a table row under its heading, ...
        found += take_in(checker, rule, found)
    found = _answers_only(checker, rule, _this_period(checker, rule, found))
    figure_known = rule.figure is not None and rule.figure in values
    if figure_known:
        value = values[rule.figure]
        kind = checker.lang.figure_kinds.get(rule.figure, "count")
        note = f"Có số liệu: {_fmt_figure(value, kind)}."
        return ItemResult("present", note, _evidence(found, _fig_ev(rule.figure, values, fig_evidence)))
    if not found:
        return ItemResult("missing", "Không thấy nội dung này trong báo cáo.")
    if rule.figure_required:
        # The figures stage may not have read it, but a count or percentage beside the concept is
        # the figure the directive asks for ("numbers from which it follows").
        # A rough fraction ("chưa đến 1/5") is the share in words (rough_share.py).
        # A table's share column: its heading row names the item, the rows below hold the figures.
        counted = [x for x in found if clause_figure(checker, x, rule.concept) or column_figure(checker, x, rule.concept)]
        if counted:
            return ItemResult("present", f"Có số liệu ({_where(counted)}).", _evidence(counted))
        if rule.words_need is not None:
            # "Khen thưởng đã chú trọng hơn đến người lao động trực tiếp" names the subject, no share of it
            worded = [x for x in found if rule.words_need.hits(checker.unprotected(x), x.words)]
            if not worded:
                checker.rejected.setdefault("no_share", found[0])
                return ItemResult("missing", "Không thấy nội dung này trong báo cáo.")
            found = worded
        return ItemResult("partial", f"Có nêu nhưng {rule.partial_note or 'chưa có số liệu'} ({_where(found)}).",
                          _evidence(found))
    if rule.needs_quantity:
        return worded_or_counted(checker, rule, found)  # "đạt khá" alone is partial (quantity_full.py)
    if rule.full is not None:
        full = _full_sentences(checker, rule, found)
        for later in FULL_LATER:  # set_aside.py: after the capped evidence, in an end note it calls
            if full:
                break
            full = later(checker, rule, found, lambda xs: _full_sentences(
                checker, rule, _answers_only(checker, rule, _this_period(checker, rule, xs))))
        mentions = _mentions(checker, rule)
        if full:
            return ItemResult("present", f"{rule.full_note} ({_where(full)}).{mentions}", _evidence(full + found))
        return ItemResult("partial", f"Có nội dung nhưng {rule.partial_note or 'chưa đầy đủ'} ({_where(found)}).{mentions}",
                          _evidence(found))
    return ItemResult("present", f"Có nội dung ({_where(found)}).", _evidence(found))


def _this_period(checker: Checker, rule: ItemRule, found: list[Sentence]) -> list[Sentence]:
    """For an item that excludes history (or past_openers): without the sentences of a paragraph
    opened as a past year's work ("Trong năm 2022, ... . Trong tổng số cá nhân được khen, ... chiếm
    63,6%"; period.py), or of a sentence dated to a past year's end that tells "the year" ("trong năm,
    ... tổ chức 09 đợt tiêm ...; tính đến ngày 31/12/2022, ..."; past_year_end.py)."""
    if "history" not in rule.exclude_contexts and "past_openers" not in rule.exclude_contexts:
        return found
    kept = []
    for s in found:
        if checker.per_sentence(in_past_paragraph, s) or (
                "history" in rule.exclude_contexts and checker.per_sentence(in_past_year_sentence, s)):
            checker.rejected.setdefault("history", s)
        else:
            kept.append(s)
    return kept


def _answers_only(checker: Checker, rule: ItemRule, found: list[Sentence]) -> list[Sentence]:
    """Without the sentences set_aside.SET_ASIDE sets aside: a form's rows whose answer cell is empty
    or points elsewhere or only restates what was deployed, numbered lines that only restate the
    directive's point, a plan sentence's later clauses, contents handed to another body's report,
    negative answers, a movement's entry in a list or a run-on paragraph, another scope's figures."""
    return set_aside(checker, rule, found)


def _full_sentences(checker: Checker, rule: ItemRule, found: list[Sentence]) -> list[Sentence]:
    """The reporting sentences that meet `full` — in themselves, or (`within: passage`) with a
    content sentence of their passage that does: limitations in one sentence, causes in the next."""
    if rule.full_within != "passage":
        return [s for s in found if rule.full.hits(s.canon, s.words)]
    out: list[Sentence] = []
    for s in found:
        hit = next((t for t in passage_of(checker.seg, s) if rule.full.hits(t.canon, t.words)), None)
        if hit is not None:
            out.extend(x for x in (s, hit) if x not in out)
    return out


def _mentions(checker: Checker, rule: ItemRule) -> str:
    if not rule.mentions:
        return ""
    cited, absent = [], []
    for name, phrases in rule.mentions:
        hit = any(phrases.hits(s.canon, s.words) and (not checker.in_context(s, "plan") or in_called_note(checker, s))
                  for s in checker.sentences_with(phrases))
        (cited if hit else absent).append(name)
    out = ""
    if cited:
        out += f" Có dẫn {_join(cited)}."
    if absent:
        out += f" Chưa dẫn {_join(absent)}."
    return out


def _check_parts(checker: Checker, rule: ItemRule, values: dict, fig_evidence: dict, pending=()) -> ItemResult:
    found_names: list[str] = []
    sentences: list[Sentence] = []
    fig_ev: list[Evidence] = []
    for part in rule.parts:
        if part.figure and part.figure in values:
            found_names.append(part.name)
            fig_ev.extend(_fig_ev(part.figure, values, fig_evidence))
            continue
        if part.figure in pending:
            continue  # named only in proposals the report says are still pending (figures/pending_titles.py)
        hits = own_hits(checker, rule, part, checker.evidence_for(rule, part.concept)) if part.concept else []
        for take_in in PART_TAKE_IN:  # set_aside.py: the unit's own titles of the year before, given to itself
            hits += take_in(checker, rule, part, hits)
        hits = _answers_only(checker, rule, _this_period(checker, rule, hits))
        if hits:
            found_names.append(part.name)
            sentences.extend(h for h in hits[:2] if h not in sentences)
    absent = [p.name for p in rule.parts if p.name not in found_names]
    if not found_names:
        return ItemResult("missing", "Không thấy nội dung này trong báo cáo.")
    required_absent = [r for r in rule.required_parts if r not in found_names]
    ev = _evidence(sentences, fig_ev[:2])
    if len(found_names) >= rule.min_parts and not required_absent:
        note = f"Có nêu: {_join(found_names)}."
        if absent and len(absent) < len(rule.parts):
            note += f" Chưa nêu: {_join(absent)}."
        return ItemResult("present", note, ev)
    return ItemResult("partial", f"Có nêu: {_join(found_names)}. Chưa nêu: {_join(absent)}.", ev)


def _off_topic(checker: Checker) -> str | None:
    """A report about another subject sent by mistake: its words do not report the items.

    `topic:` in the rules names the subject's words and how many body sentences must use them.
    """
    topic = checker.raw.get("topic") or {}
    if not topic.get("any"):
        return None
    if len(checker.seg.sentences) < int(topic.get("min_body", 0)):
        return None  # too short to tell a passing mention from a brief report
    words = checker.canon.phrases(topic["any"])
    needed, count = int(topic.get("min_sentences", 1)), 0
    for s in checker.sentences_with(words):  # on topic as soon as enough sentences say so
        if count >= needed:
            break
        if words.hits(s.canon, s.words):
            count += 1
    if count >= needed:
        return None
    return str(topic.get("note") or "Báo cáo không nói về nội dung mà hướng dẫn yêu cầu.")


def check_items(seg: Segmentation, ruleset, figures=None, canon: Canon | None = None,
                titled_on_subject: bool | None = None, document=None) -> dict[str, ItemResult]:
    """Results for every text item of the ruleset (metadata and deadline items are judge.py's).

    `titled_on_subject`: the report's title names the directive's subject; such a report is never
    taken for one sent by mistake, however short (a hurried one-page report is still the report).
    `document`: the Document segmented, for its form tables' unanswered rows (form_answers.py).
    """
    checker = Checker(seg, ruleset, canon)
    checker.unanswered_rows = unanswered_sentences(document, seg) | restated_sentences(document, seg)
    checker.negative_rows = negative_row_sentences(checker, document, seg)  # form_none.py
    checker.sector = ItemSector(document)
    checker.document = document  # its tables' headings (header_context.py)
    out: dict[str, ItemResult] = {}
    off_topic = None if titled_on_subject else _off_topic(checker)
    for rule in checker.rules:
        if off_topic:
            out[rule.id] = ItemResult("missing", off_topic, confidence=0.8)
            continue
        out[rule.id] = check_item(checker, rule, figures)
    regex_cache.flush()  # patterns first compiled for this report, for the next process
    return out
