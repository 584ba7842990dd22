"""Figures stated in sentences: numbers attached to the titles they count (extract.py's helper).

Per sentence: gives each number to the title it counts (before: "25 cá nhân đạt Lao động tiên
tiến", after: "Giấy khen cho 01 tập thể và 02 cá nhân"), adds collective and individual counts
of one statement, applies absorption ("Khen thưởng đột xuất: Giấy khen ...") and exclusions,
scores the clause (stated totals up, proposals down, plans out) and recognises stated zeros.
Ratio titles are handed to checks.percent_candidate; tables are tables.py's job,
choosing the best candidate per figure is extract.py's.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from tdkt.pipeline.figures.checks import complement_candidates, percent_candidate
from tdkt.pipeline.figures.own_year import names_own_year
from tdkt.pipeline.figures.breakdown_titles import Breakdowns
from tdkt.pipeline.figures.comparisons import compared_count, mask_compared
from tdkt.pipeline.figures.kind_items import kind_label, named_bodies
from tdkt.pipeline.figures.mentions import (Candidate, Mention, Num, find_mentions, lead_figure, sentence_mentions,
                                            title_numbers)
from tdkt.pipeline.figures.money import money_near
from tdkt.pipeline.figures.named import named_recipients
from tdkt.pipeline.figures.named_subject import one_person_subject
from tdkt.pipeline.figures.period_deed import deed_of_period
from tdkt.pipeline.figures.plan_aside import plan_only_in_aside
from tdkt.pipeline.figures.proposed_clauses import without_proposed
from tdkt.pipeline.figures.label_recipient import body_after_colon
from tdkt.pipeline.figures.rules import Rules, Spec
from tdkt.pipeline.figures.walk import Sentence
from tdkt.pipeline.numbering import LABEL_NUMBER
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.regex_literals import required_literals


# A short aside of any kind, a longer one of names only (no digits: "(Tổ Văn thư - Lưu trữ, Bộ phận Tiếp dân)"),
# or a list of members ("(trung đội cơ động, tiểu đội thường trực, khẩu đội cối 60 mm)").
_LEADING_ASIDE = re.compile(r"^\s*\((?:[^()]{1,40}|[^()\d]{1,90}|(?=[^()]*,)[^()]{1,120})\)")
_AGENT = re.compile(r"\bđược\s+(?:[^\s\d;,.()]+\s+){1,9}?(?=(?:tặng|công nhận|khen thưởng|khen)\b)", re.IGNORECASE)
_LINK_VERB = re.compile(r"\b(?:dat|duoc|tang|cong nhan|la)\b")
_GAP_SEPARATOR = re.compile(r"[;,.()]")
_QUOTES_COLON = re.compile(r"[\"“”'‘’:]")
_RATIO_LINK = re.compile(r"\s*(?:là|chiếm|đạt)?\s*")
_CLAUSE_END = re.compile(r",|\svà\s|\scòn\s|;")


def _linky(gap: str, rules: Rules, max_words: int = 4) -> bool:
    """A gap between a number and the title it counts: link words only, no separators.

    A few other words are allowed after a verb of awarding ("02 công chức được Chủ tịch UBND
    huyện tặng Giấy khen", "02 tổ chuyên môn đạt ...").
    """
    # "03 tập thể (đội, tổ) đạt ...": a short aside right after the unit word names its members.
    gap = _LEADING_ASIDE.sub(" ", gap)
    if _GAP_SEPARATOR.search(gap):
        return False
    # "được Chủ tịch UBND huyện công nhận": the awarding authority between "được" and the verb
    # of awarding is no distance between the count and its title.
    gap = _AGENT.sub(" được ", gap)
    rest = rules.link.sub(" ", fold(gap)) if rules.link else fold(gap)
    rest = _QUOTES_COLON.sub(" ", rest)
    if len(rest.split()) <= 1 and len(gap.split()) <= max_words + 3:
        return True
    return bool(_LINK_VERB.search(fold(gap))) and len(rest.split()) <= 5 and len(gap.split()) <= 10


def _unit_list(gap: str, rules: Rules) -> bool:
    """"08 người là công chức, người lao động trực tiếp": people words joined by commas before a
    ratio title are one description of the counted people, not a separator."""
    folded = fold(gap)
    pos = re.match(r"\s*(?:la\s+)?", folded).end()
    seen = False
    while True:
        um = rules.units.match(folded, pos)
        if not um:
            break
        seen = True
        pos = um.end()
        sep = re.match(r"\s*(?:,|va)\s*", folded[pos:])
        if not sep:
            break
        pos += sep.end()
    return seen and not folded[pos:].strip()


_LIST_SEP = re.compile(r"^[\s\"“”'‘’]*(?:,|và|/)[\s\"“”'‘’]*(?:và\s*)?(?:danh hiệu\s*)?[\"“”'‘’]*\s*$")


def _titles_listed_in_parens(text: str, prev: Mention, num: Num, mentions: list[Mention], rules: Rules) -> bool:
    """`prev` is one of several count titles listed in a parenthesis closed before `num`: the
    number after it counts what the parenthesis explains (all those awards), none of them."""
    close = text.rfind(")", prev.end, num.n.start)
    if close < 0:
        return False
    open_ = text.rfind("(", 0, prev.start)
    if open_ < 0 or text.find(")", open_, prev.start) >= 0:
        return False
    inside = {m.figure for m in mentions if open_ < m.start and m.end <= close
              and rules.specs[m.figure].kind == "count"}
    return len(inside) > 1


def _partner_then_title(num: Num, between: list[Num], nxt: Mention, text: str, rules: Rules) -> bool:
    """Only the pair partner stands between `num` and the title after it: "01 tập thể và 02 cá
    nhân được tặng ...", the partner itself linked to that title."""
    if len(between) != 1 or num.n.kind != "count":
        return False
    partner = between[0]
    return num.unit in ("ind", "col") and partner.unit in ("ind", "col") and partner.unit != num.unit \
        and partner.n.kind == "count" and _connected(text[num.end:partner.n.start]) \
        and _linky(text[partner.end:nxt.start], rules)


def _attach(text: str, folded: str, mentions: list[Mention], nums: list[Num], rules: Rules) -> None:
    """Give each number to the title it counts (see module docstring)."""
    verb_re = rules.ctx.get("award_verb")
    low = text.lower()
    joined_to: dict[int, Mention] = {}  # id(partner) -> the title its pair's first count went to
    for k, num in enumerate(nums):
        if id(num) in joined_to:  # "01 tập thể và 02 cá nhân": a pair is never split between titles
            joined_to[id(num)].counts.append(num)
            continue
        prev = next((m for m in reversed(mentions) if m.end <= num.n.start), None)
        nxt = next((m for m in mentions if m.start >= num.end), None)
        before_ok = False
        pair = None
        if nxt is not None:
            aside = _LEADING_ASIDE.match(text[num.end:nxt.start])  # a member list's numbers ("cối 60 mm") count nothing
            between = [x for x in nums if num.end + (aside.end() if aside else 0) <= x.n.start < nxt.start]
            if _partner_then_title(num, between, nxt, text, rules):
                # "... đột xuất: toàn Khối có 04 tập thể và 13 cá nhân được khen thưởng đột xuất":
                # a collective count joined to its individual partner counts with the partner's title.
                pair = between[0]
                between = []
            before_ok = not between and (_linky(text[num.end:nxt.start], rules) or (
                # "58,1% là hội viên nông dân trực tiếp sản xuất": the unit took the link verb,
                # the words qualifying it are left; a ratio title is judged from the number itself.
                num.end > num.n.end and rules.specs[nxt.figure].kind == "percent"
                and (_linky(text[num.n.end:nxt.start], rules) or _unit_list(text[num.end:nxt.start], rules))))
            following = next((m for m in mentions if m.start >= nxt.end), None)
            if before_ok and following is not None and _LIST_SEP.match(text[nxt.end:following.start]) \
                    and num.unit not in ("title",):
                # "38 cá nhân được tặng "LĐTT", "CSTĐCS" và Giấy khen": a total over a list of
                # titles, the count of none of them.
                continue
        after_ok = False
        if prev is not None:
            gap = text[prev.end:num.n.start]
            others = [m for m in mentions if prev.end <= m.start < num.n.start]
            last = prev.counts[-1].end if prev.counts else prev.end
            # A verb of awarding re-anchors a long clause: "Khen chuyên đề ...: nhân kỷ niệm ...,
            # Ban Thường vụ khen thưởng 07 tập thể".
            verbs = [m.end() for m in verb_re.finditer(low, last, num.n.start)] if verb_re else []
            anchor = max([last, *verbs])
            # A parenthesised aside naming who the group is ("người lao động trực tiếp (hội viên,
            # đoàn viên, ...) là 26 lượt") is no distance between the title and its count.
            near = _ASIDE.sub(" ", gap)
            after_ok = not others and ";" not in gap and (len(near.split()) <= 20
                                                          or len(text[anchor:num.n.start].split()) <= 12)
        if after_ok and prev is not None:
            # "... "LĐTT", "CSTĐCS" và Giấy khen: 195 lượt là ...": a number after a list of
            # titles belongs to none of them.
            before_prev = next((m for m in reversed(mentions) if m.end <= prev.start), None)
            if before_prev is not None and rules.specs[prev.figure].kind == "count" \
                    and rules.specs[before_prev.figure].kind == "count" \
                    and _LIST_SEP.match(text[before_prev.end:prev.start]):
                after_ok = False
        if after_ok and _titles_listed_in_parens(text, prev, num, mentions, rules):
            after_ok = False  # "Tổng số cá nhân được khen (CSTĐCS, Giấy khen và khen đột xuất) là 65 lượt"
        if before_ok and after_ok and rules.specs[nxt.figure].kind == "percent" \
                and _RATIO_LINK.fullmatch(text[num.end:nxt.start]):
            after_ok = False  # "195 lượt là người lao động trực tiếp": counted for the ratio
        if before_ok and after_ok:
            # "LĐTT cho 25 cá nhân, 3 cá nhân đạt CSTĐCS": an extra number after a title that
            # already has one, and a link word to the next title, belongs to the next title.
            linked = bool(_LINK_VERB.search(fold(text[num.end:nxt.start])))
            separated = "," in text[(prev.counts[-1].end if prev.counts else prev.end):num.n.start]
            if ((prev.counts or separated) and linked) or (num.unit == "title"  # '02 "CSTĐCS"' too
                                                             and not text[num.end:nxt.start].strip(" \"“‘'«")):
                after_ok = False
            else:
                before_ok = False
        if not before_ok:
            named = _named_in_parens(text, num, mentions, nums, rules)
            if named is not None:
                named.counts.append(num)
                continue
        if before_ok:
            nxt.counts.append(num)
        elif after_ok:
            prev.counts.append(num)
        if pair is not None and (before_ok or after_ok):
            joined_to[id(pair)] = nxt if before_ok else prev


def period_heading(spec, lead: str) -> bool:
    """The nearest heading is one of the figure's period labels alone ("2. Khen thưởng 6 tháng đầu
    năm 2023"): the awards under it are that figure's. A wider heading ("Kết quả thi đua, khen
    thưởng 6 tháng đầu năm 2023", "Khen thưởng năm 2022 và 6 tháng đầu năm 2023") is not."""
    if spec.period_label is None:
        return False
    heading = LABEL_NUMBER.sub("", lead.split("|")[0]).strip()
    return bool(heading) and bool(spec.period_label.match(fold(heading) + ":"))


_ASIDE = re.compile(r"\([^()]*\)")
_DEFINING = re.compile(r"^\s*(?:là|gồm|gồm có)\s")


def _named_in_parens(text: str, num: Num, mentions: list[Mention], nums: list[Num], rules: Rules):
    """"131 người là bác sĩ, y sĩ ... (người lao động trực tiếp)": people described at length, then
    named by a ratio title in parentheses; the count is that title's. Only for ratio titles, only
    within one clause (no ";", no other number in between)."""
    if not _DEFINING.match(text[num.end:num.end + 12].lower()):
        return None
    for m in mentions:
        if m.start < num.end or rules.specs[m.figure].kind != "percent":
            continue
        gap = text[num.end:m.start]
        if ";" in gap or len(gap.split()) > 25 or any(num.end <= x.n.start < m.start for x in nums):
            return None
        if gap.rstrip().endswith("(") and ")" in text[m.end:m.end + 3]:
            return m
    return None


# --- values ------------------------------------------------------------------------------------

# Between a title and two bare numbers of a flattened row: nothing, or a few words of the wrapped title cell.
_FLAT_TITLE_GAP = re.compile(r"[\s:]*(?:[^\W\d_]+\s+){0,3}")
# Up to three words may qualify the first count's unit: "07 tập thể cơ sở Hội và 21 cá nhân".
_CONNECT = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?(?:,|và|va|;|cùng|\+|/)?\s*(?:và|va|cho)?\s*$")  # "05 TT/12 CN"
_PARENS = re.compile(r"\([^()]*\)")


def _connected(text: str) -> bool:
    """Text between "01 tập thể" and "02 cá nhân" that joins them into one statement."""
    return bool(_CONNECT.match(_PARENS.sub(" ", text)))


# On folded text, so that OCR's "tống cộng" still reads as a total.
_TOTAL_BEFORE = re.compile(r"(?:tong\s*cong|tong\s*so|tong\s*:)\s*(?:la|co)?\s*:?\s*$")


def _count_value(mention: Mention, spec: Spec, text: str) -> tuple[int | None, list[Num]]:
    counts = [c for c in mention.counts if c.n.kind == "count"]
    if not counts:
        return None, []
    for c in counts:  # "..., tổng cộng 14 lượt tập thể, cá nhân": the stated total
        if c is not counts[0] and _TOTAL_BEFORE.search(fold(text[max(0, c.n.start - 20):c.n.start])):
            return int(c.n.value), [c]
    if spec.unit == "both":
        first = counts[0]
        if len(counts) > 1 and first.unit is None and counts[1].unit is None \
                and _FLAT_TITLE_GAP.fullmatch(text[mention.end:first.n.start]) \
                and not text[first.end:counts[1].n.start].strip():
            # "Giấy khen 05 07": a flattened table row, collectives and individuals columns; the
            # title cell may wrap around them ("Giấy khen Chủ tịch 05 07 UBND huyện").
            return int(first.n.value) + int(counts[1].n.value), [first, counts[1]]
        if first.unit in ("ind", "col") and len(counts) > 1:
            second = counts[1]
            if second.unit in ("ind", "col") and second.unit != first.unit \
                    and _connected(text[first.end:second.n.start]):
                return int(first.n.value) + int(second.n.value), [first, second]
        return int(first.n.value), [first]
    wanted = {"individuals": ("ind",), "collectives": ("col",)}.get(spec.unit)
    for c in counts:
        if wanted is None or c.unit in wanted or c.unit in (None, "title"):
            return int(c.n.value), [c]
    return None, []


def _joined_before(nums: list[Num], used: Num, text: str) -> Num | None:
    """In "09 công chức và 02 người lao động hợp đồng được công nhận Lao động tiên tiến", 09 is
    counted with 02: a count of the same kind right before, joined by "và" alone."""
    k = nums.index(used)
    if k == 0 or used.unit not in ("ind", "col"):
        return None
    prev = nums[k - 1]
    if prev.n.kind == "count" and prev.unit == used.unit and re.fullmatch(r"\s+và\s+", text[prev.end:used.n.start]) \
            and not _TOTAL_BEFORE.search(fold(text[max(0, prev.n.start - 20):prev.n.start])):
        return prev
    return None


def _pair_before(nums: list[Num], used: Num, text: str) -> Num | None:
    """In "01 tập thể và 02 cá nhân được tặng Giấy khen", the partner of 02 is 01."""
    k = nums.index(used)
    if k == 0 or used.unit not in ("ind", "col"):
        return None
    prev = nums[k - 1]
    if prev.n.kind == "count" and prev.unit in ("ind", "col") and prev.unit != used.unit \
            and _connected(text[prev.end:used.n.start]):
        return prev
    return None


def _money_candidate(mention: Mention, spec: Spec, text: str, mentions: list[Mention], sent: Sentence,
                     rules: Rules, order: int) -> Candidate | None:
    nxt = next((m.start for m in mentions if m.start >= mention.end), len(text))
    found = money_near(text, mention.start, mention.end, nxt)
    if found is None:
        return None
    low = text.lower()
    if spec.exclude and (spec.exclude.search(low) or spec.exclude.search(sent.lead)):
        return None
    score, proposal, plan = _context_score(text, sent.lead, sent.section, rules)
    if plan:
        return None
    value = round(found[0])  # đồng: no fractions
    return Candidate(spec.name, value, score, order, Evidence(text[:300], sent.where), mention.note, proposal)


def _named_clause(text: str, mention: Mention, mentions: list[Mention]) -> str:
    """What follows a title up to the next title or clause end: where its recipients are named."""
    nxt = next((m.start for m in mentions if m.start >= mention.end), len(text))
    tail = text[mention.end:nxt]
    cut = re.search(r"[;.]", tail)
    return tail[:cut.start()] if cut else tail


def _region(text: str, mention: Mention, used: list[Num], mentions: list[Mention], start: int) -> str:
    """The clause a statement reads in: from the previous statement to the end of its own."""
    end = max([mention.end] + [u.end for u in used])
    nxt = next((m.start for m in mentions if m.start >= end), len(text))
    tail = text[end:nxt]
    cut = _CLAUSE_END.search(tail)
    if cut:
        tail = tail[:cut.start()]
    return text[start:end] + tail


_QUOTED = re.compile(r'"[^";]{1,200}"|“[^”;]{1,200}”')  # no clause break inside a name


def _quoted_together(text: str, mention: Mention, used: list[Num]) -> bool:
    """Do a title and its count stand inside one quotation (a programme's or movement's name,
    Chương trình "1 triệu sáng kiến")? A name counts nothing; "danh hiệu “LĐTT” cho 21 cá nhân"
    has its count outside."""
    return any(q.start() < mention.start and mention.end < q.end()
               and all(q.start() < u.n.start < q.end() for u in used) for q in _QUOTED.finditer(text))


# "41 sáng kiến, giải pháp của đoàn viên được đăng ký": counted as registered, a pledge.
# "41 sáng kiến ... được đăng ký", "126 sáng kiến ... đăng ký tham gia" (entries of a movement)
_REGISTERED = re.compile(r"(?<!\w)(?:(?:được|đã|mới)\s+đăng\s+ký|đăng\s+ký\s+tham\s+gia)(?!\w)")


def _registered_after(text: str, end: int, rules: Rules) -> bool:
    """Is the count ending at `end` said to be registered (its clause, up to the next number, a
    semicolon or the sentence's end, says "được đăng ký" before any word of awarding)?"""
    tail = re.split(r"[;.\d]", text[end:end + 120], maxsplit=1)[0].lower()
    m = _REGISTERED.search(tail)
    award = rules.ctx.get("award")
    return bool(m) and not (award and award.search(tail[:m.start()]))


def _in_total_breakdown(region: str, text: str, at: int, rules: Rules) -> bool:
    """Is the count at `at` inside a parenthesis that breaks down another total, the total's phrase
    before it ("Trong tổng số 41 cá nhân được khen (34 cá nhân ... và 07 cá nhân khen chuyên đề)")?
    Then the total is the other count's, and this count one of its parts, no stated total."""
    total = rules.ctx.get("total")
    opened = text.rfind("(", 0, at)
    if not total or opened < 0 or ")" in text[opened:at]:
        return False
    head = text[:opened].lower()
    return bool(total.search(head)) and not total.search(text[opened:at].lower()) \
        and total.search(region.lower()) is not None


# Where a sentence's own words begin: after a bullet or an item's number.
_OPENING = re.compile(r"^\s*(?:[-+•*]\s*|[a-zđ0-9]{1,3}[.)]\s*)?")


# A short label opening a clause ("Về sáng kiến: năm 2022 có 02 ..."): the clause's own words follow it.
_CLAUSE_LABEL = re.compile(r"[^:;.\d]{1,40}:\s*")
# A clause's end inside a sentence the splitter kept whole ("... công nhận. 6 tháng đầu năm 2023 ...").
_CLAUSE_STOP = re.compile(r";|\.(?=\s+[\dA-ZĐÀ-Ỹ])")


def _own_clause(text: str, at: int) -> str:
    """The clause of `text` holding position `at`: from the last ';' (or '. ') before it (one sentence may
    give last year's count and this half year's zero: "năm 2022 có 02 sáng kiến ...; 6 tháng đầu
    năm 2023 chưa tổ chức xét ..."), its opening label skipped when the label is the sentence's."""
    start = 0
    for end in _CLAUSE_STOP.finditer(text, 0, at):
        start = end.end()
    clause = text[start:]
    if start == 0:
        opened = _OPENING.match(clause).end()
        label = _CLAUSE_LABEL.match(clause, opened)
        if label and label.end() <= at:
            clause = clause[label.end():]
    return clause


def opens_with_past(text: str, rules: Rules) -> bool:
    """Does `text` open, after its bullet and a short label, with the year before ("năm 2022 có ...",
    "Khen thưởng: cả năm 2022 ...")? Its awards are that year's, whatever heading it stands under."""
    opened = _OPENING.match(text).end()
    label = _CLAUSE_LABEL.match(text, opened)
    return _dated_opening(text[label.end():] if label else text, rules) < 0


def _dated_opening(text: str, rules: Rules) -> float:
    """A sentence opening with the report's own half year ("Sáu tháng đầu năm 2023, chưa có sáng
    kiến ...") states the period's figure: it outranks one opening with the year before ("Trong
    năm 2022, Hội đồng ... công nhận 01 sáng kiến"), a report drafted over last year's. Either
    alone is still the figure: a small score, never a filter."""
    start = _OPENING.match(text).end()
    low = text[start:start + 60].lower()
    own, past = rules.ctx.get("own_period"), rules.ctx.get("past_period")
    if own and own.match(low):
        return 1.5
    if past and past.match(low):
        return -1.0
    return 0.0


_PAST_OPENED: dict[str, tuple] = {}  # paragraph -> (the rules' past_opener, does it open the paragraph)


def past_paragraph(sent: Sentence, rules: Rules) -> bool:
    """Is `sent` in a paragraph opened as a past year's work ("Trong năm 2022, UBND xã đã khen
    thưởng ... 47 tập thể, 128 cá nhân ... . Trong tổng số cá nhân được khen thưởng, ... chiếm
    18,2%": the rules' `past_opener` at the paragraph's start), with no mark of this period
    (`current_period`: "2023", "6 tháng đầu năm", "cùng kỳ" ...) up to the end of `sent`? Then its
    counts and ratios are that year's, left from last year's report. "Năm 2022, X đạt danh hiệu
    ..." names a title's year and is no such opener (pipeline/check/period.py reads it alike)."""
    opener = rules.ctx.get("past_opener")
    if opener is None:
        return False
    paragraph = sent.paragraph or sent.text
    held = _PAST_OPENED.get(paragraph)  # asked for every clause of a paragraph, and twice
    if held is None or held[0] is not opener:
        if len(_PAST_OPENED) > 512:
            _PAST_OPENED.clear()
        start = _OPENING.match(paragraph).end()
        held = _PAST_OPENED[paragraph] = (opener, bool(opener.match(paragraph[start:start + 40].lower())))
    if not held[1]:
        return False
    at = paragraph.find(sent.text)
    upto = paragraph[:at + len(sent.text)] if at >= 0 else sent.text
    current = rules.ctx.get("current_period")
    return not (current and current.search(upto.lower()))


def _ratio_base(spec: Spec, used: list[Num], pct_mentions: list[Mention], mention: Mention,
                mentions: list[Mention], count_nums: list[Num], rules: Rules, text: str) -> bool:
    """Is this stated total the base of a ratio or of several titles, no count of `spec`'s figure?

    "Trong tổng số 30 cá nhân được tặng Giấy khen ..., có 23 ... (chiếm 76,7%)": in a sentence
    giving the ratios, a total of individuals alone is their base, not a count of a figure that
    counts collectives too. "Tổng số lượt được công nhận LĐTT, CSTĐCS và tặng Giấy khen là 33
    lượt": a total after several titles named together (no count between them) is none of theirs."""
    if spec.unit == "both" and pct_mentions and all(u.unit == "ind" for u in used):
        return True
    if used[0].n.start < mention.end:
        return False
    total = rules.ctx.get("total")
    for other in mentions:
        if other.figure == mention.figure or other.end > mention.start \
                or rules.specs[other.figure].kind != "count":
            continue
        head = total.search(text[:other.start].lower()) if total else None
        if head and not any(other.end <= n.n.start < used[0].n.start for n in count_nums):
            return True
    return False


def _context_score(region: str, lead: str, section: bool, rules: Rules) -> tuple[float, bool, bool]:
    """(score, is_proposal, is_plan)."""
    low = region.lower()
    ctx = rules.ctx
    score = 0.0
    if ctx.get("total") and ctx["total"].search(low):
        score += 4
    if section:
        score += 1
    plan = bool(ctx.get("plan") and ctx["plan"].search(low))
    proposal = bool(ctx.get("proposal") and ctx["proposal"].search(low))
    award = bool(ctx.get("award") and ctx["award"].search(low))
    if proposal and not award:
        score -= 3
    elif proposal:
        score -= 1
    return score, proposal, plan


def sentence_candidates(sent: Sentence, rules: Rules, order: int, folded: str | None = None) -> list[Candidate]:
    """Every figure one sentence states, with its score."""
    text = sent.text
    folded = folded if folded is not None else fold(text)
    if past_paragraph(sent, rules):
        return []  # "Trong năm 2022, ... . Trong tổng số ..., ... chiếm 18,2%": last year's
    labelled = _period_label_candidates(sent, rules, order)
    if labelled is not None:
        return labelled
    mentions = sentence_mentions(sent, folded, rules)
    if not mentions or not any(rules.specs[m.figure].kind == "count" for m in mentions):
        implied = _implied_mention(text, sent.lead, rules)
        if implied is not None:
            mentions = sorted(mentions + [implied], key=lambda m: m.start)
    if not mentions:
        return []
    nums = title_numbers(text, folded, rules, mentions)
    count_mentions = [m for m in mentions if rules.specs[m.figure].kind == "count"]
    pct_mentions = [m for m in mentions if rules.specs[m.figure].kind == "percent"]
    count_nums = [n if n.n.kind == "count" else Num(dataclasses.replace(n.n, kind="count"), n.unit, n.end)
                  for n in nums if n.n.kind == "count" or (n.n.kind == "fraction" and n.unit)]
    # Ratio titles take part as sinks: "..., có 27 cá nhân là người lao động trực tiếp" is no
    # count of the Giấy khen named just before.
    sinks = [Mention(m.figure, m.start, m.end, None) for m in pct_mentions]
    _attach(text, folded, sorted(count_mentions + sinks, key=lambda m: m.start), count_nums, rules)
    _attach(text, folded, pct_mentions, nums, rules)
    out: list[Candidate] = []
    parts: dict[int, str] = {}  # id(candidate) -> the title it was stated under (parts_add figures)
    boundary = 0
    evidence = Evidence(text[:300], sent.where)
    lead = sent.lead
    breakdowns = Breakdowns(rules)  # "khen đột xuất 03 cá nhân (02 ... tặng Giấy khen ...)" (breakdown_titles.py)
    for k, mention in enumerate(mentions):
        spec = rules.specs[mention.figure]
        if breakdowns.spans and breakdowns.holds(mention.figure, mention.start):
            continue
        if spec.kind == "percent":
            cand = percent_candidate(mention, spec, text, nums, sent, rules, order + k)
            if cand:
                out.append(cand)
                out += complement_candidates(cand, mention, mentions, text, nums, sent, rules, order + k)
            continue
        if spec.kind == "money":  # an amount in đồng beside the title (money.py)
            cand = _money_candidate(mention, spec, text, mentions, sent, rules, order + k)
            if cand:
                out.append(cand)
            continue
        value, used = _count_value(mention, spec, text)
        if used and any(compared_count(text, u.n.start) for u in used):
            continue  # "(cùng kỳ năm 2022: 19 sáng kiến)", "tăng 01 người": another period's (comparisons.py)
        if used and (_quoted_together(text, mention, used) or _registered_after(text, used[-1].end, rules)):
            continue  # Chương trình "1 triệu sáng kiến"; "41 sáng kiến ... được đăng ký": no count of awards
        if value is not None and spec.unit == "both" and used and used[0].n.start < mention.start and len(used) == 1:
            partner = _pair_before(count_nums, used[0], text)
            if partner is not None:
                value += int(partner.n.value)
                used = [partner, *used]
        if value is not None and spec.unit in ("individuals", "collectives") and len(used) == 1 \
                and used[0].n.start < mention.start:
            joined = _joined_before(count_nums, used[0], text)
            if joined is not None:
                value += int(joined.n.value)
                used = [joined, *used]
        if value is not None and spec.unit == "both" and len(used) == 1 and used[0].unit == "ind" \
                and _self_partner(text[:used[0].n.start], rules):
            value += 1  # "tặng Giấy khen cho tập thể trường và 03 cá nhân": the unit itself and 3
        region = _region(text, mention, used, mentions, boundary)
        if used:
            boundary = max(u.end for u in used)
        figure, note = mention.figure, mention.note
        low_region, low_lead = region.lower(), lead
        kind_word = None  # the absorbing word in the clause's own words ("đột xuất"), if there
        # Absorption: "Khen thưởng đột xuất: Giấy khen cho 01 tập thể..." is the ad-hoc figure.
        past_clause = _dated_opening(_own_clause(text, mention.start), rules) < 0
        for other in rules.specs.values():
            if figure in other.absorbs and other.absorb_when and (
                    other.absorb_when.search(low_region) or (
                        other.absorb_when.search(low_lead.split("|")[-1]) or other.absorb_when.search(low_lead)
                        or period_heading(other, low_lead)
                        # "... Giấy khen ... cho 03 tập thể có thành tích trong ... năm 2023" (period_deed.py)
                        or deed_of_period(text, mention.start, rules))
                    # "năm 2022 có ..., tặng Giấy khen cho 09 tập thể ..." under a lead naming 2022's titles
                    # and the half year's ad-hoc awards: the clause's own year says it is 2022's
                    and not past_clause):
                figure, note = other.name, None
                spec = other
                # the kind word nearest the title: "Trong 6 tháng đầu năm 2023, ... Giấy khen đột xuất"
                # is of kind "đột xuất", not of the period opening the clause
                own = next(reversed(list(other.absorb_when.finditer(low_region))), None)
                kind_word = fold(own.group(0)) if own else None
                break
        if spec.exclude and (spec.exclude.search(low_region) or (spec.exclude.search(low_lead) and not past_clause
                                                                 and not names_own_year(sent, spec, rules))):
            continue  # (names_own_year: "Cơ quan Phòng năm 2022 được công nhận ..." under a school year, own_year.py)
        score, proposal, plan = _context_score(mask_compared(region), lead, sent.section, rules)
        if plan and not plan_only_in_aside(region, rules):  # "công nhận 04 sáng kiến (đăng ký từ năm 2022)"
            continue
        # "Sáu tháng đầu năm 2023 ..." over "Năm 2022, ...": the clause's own opening, else the sentence's
        score += _dated_opening(_own_clause(text, used[0].n.start if used else mention.start), rules) \
            or _dated_opening(text, rules)
        if score >= 4 and used and _ratio_base(spec, used, pct_mentions, mention, mentions, count_nums, rules, text):
            continue  # "Trong tổng số 30 cá nhân được tặng Giấy khen ..., 23 ... (76,7%)": the ratios' base
        if score >= 4 and used and _in_total_breakdown(region, text, used[0].n.start, rules):
            score -= 4  # "trong tổng số 41 cá nhân (34 ... và 07 cá nhân khen đột xuất)": a part of 41
        if len(used) == 1 and _TOTAL_BEFORE.search(fold(text[max(0, used[0].n.start - 20):used[0].n.start])) \
                and not (rules.ctx.get("total") and rules.ctx["total"].search(region.lower())):
            score += 4  # a stated total the context words missed (OCR: "tống cộng")
        if value is None and pct_mentions and not count_nums:
            # "Tỷ lệ cá nhân được khen là người lao động trực tiếp: 75%" (under the ad-hoc heading, or
            # naming the ad-hoc awards): a sentence stating only a share names no recipient to count
            continue
        if value is None and (spec.unit == "collectives" or spec.unit == "both" and spec.parts_add) \
                and _self_collective(text[boundary:mention.start], rules):
            value = 1  # "Tập thể Phòng đạt danh hiệu TTLĐTT", "... được tặng Bằng khen đột xuất" (a part)
        if value is None and spec.unit == "collectives" and _self_recipient_after(text[mention.end:], rules):
            value = 1  # "công nhận danh hiệu “Tập thể lao động tiên tiến” năm 2022 cho Phòng Tư pháp": the unit
        if value is None and spec.unit == "collectives" and body_after_colon(text[mention.end:], rules):
            value = 1  # "- Danh hiệu “Tập thể lao động tiên tiến”: tập thể Kho bạc ...": one body (label_recipient.py)
        if value is None and spec.unit in ("individuals", "any") and (
                _named_person_subject(text[boundary:mention.start], rules) or _quoted_name_after(text, mention)):
            value = 1  # "đồng chí Phan Văn A được công nhận danh hiệu CSTĐCS", "sáng kiến “Ứng dụng ...”"
        if value is None and spec.unit == "both" and one_person_subject(text[boundary:mention.start], rules):
            value = 1  # "Cô Nguyễn Thị A, giáo viên ..., đạt giải Ba ..., được ... tặng Giấy khen" (named_subject.py)
        if value is None and _labelled_recipient(text[boundary:mention.start], spec, rules):
            value = 1  # "- Đồng chí Lê Văn Hải, Trưởng phòng: danh hiệu CSTĐCS": one recipient, one title
        if value is None and spec.unit == "both" and kind_label(sent.paragraph or text, rules) == "col":
            # "- Tập thể: ...; tổ Văn hóa được tặng Giấy khen": the bodies named in a collectives' item
            value = named_bodies(text[boundary:mention.start], rules) or None
        if value is None and spec.count_named:
            # "tặng danh hiệu ... cho Phòng Nội vụ": recipients named, not counted (`count_named`)
            value = named_recipients(_named_clause(text, mention, mentions), rules) or None
        if value is None:
            zero = _stated_zero(spec, mention, text, folded, rules)
            if zero:
                out.append(Candidate(figure, 0, score - 2, order + k, evidence, note))
            continue
        out.append(Candidate(figure, value, score, order + k, evidence, note, proposal))
        breakdowns.see(figure, used, text)
        if spec.parts_add and figure == mention.figure:
            parts[id(out[-1])] = folded[mention.start:mention.end]
        elif spec.parts_add and kind_word:
            # "Giấy khen đột xuất (01 tập thể) ... và 02 công chức ... Giấy khen chuyên đề": one title
            # absorbed under two different kinds is two parts
            parts[id(out[-1])] = f"{folded[mention.start:mention.end]} {kind_word}"
    if len(parts) > 1:
        out = add_parts(out, parts, text, rules)
    # Zero phrases with no title mention of their own in the sentence are found by zero_scan.
    return out


@functools.lru_cache(maxsize=64)
def _fold_paragraph(paragraph: str) -> str:
    """fold() of a paragraph, once for all of its sentences (each asks for the whole paragraph)."""
    return fold(paragraph)


def folded_sentence(sent: Sentence) -> str:
    """fold(sent.text), cut from its paragraph's folded text when the sentence lies in it: fold
    maps one character to one, so the cut is the same string, and the paragraph is folded anyway."""
    if sent.paragraph:
        at = sent.paragraph.find(sent.text)
        if at >= 0:
            return _fold_paragraph(sent.paragraph)[at:at + len(sent.text)]
    return fold(sent.text)


_LABELS: dict[int, tuple] = {}  # id(rules) -> (rules, the figures that have a period label)


def _labelled_specs(rules: Rules) -> tuple:
    """The specs with a `period_label`, listed once per compiled ruleset (most have none)."""
    held = _LABELS.get(id(rules))
    if held is None or held[0] is not rules:
        held = _LABELS[id(rules)] = (rules, tuple(s for s in rules.specs.values() if s.period_label is not None))
    return held[1]


_NEEDED: dict[int, tuple] = {}  # id(pattern) -> (pattern, its required literals)


def may_state_zero(rules: Rules, folded: str) -> bool:
    """rules.zero_prefilter.search(folded), run only where the strings it needs occur
    ("khong", "chua": most sentences have neither)."""
    pattern = rules.zero_prefilter
    held = _NEEDED.get(id(pattern))
    if held is None or held[0] is not pattern:
        held = _NEEDED[id(pattern)] = (pattern, required_literals(pattern.pattern, pattern.flags))
    for clause in held[1]:
        if not any(map(folded.__contains__, clause)):
            return False
    return pattern.search(folded) is not None


def _period_label_candidates(sent: Sentence, rules: Rules, order: int) -> list[Candidate] | None:
    """"Khen thưởng 6 tháng đầu năm 2023: 01 cá nhân được tặng Bằng khen ...; Giấy khen cho 04 tập
    thể, 06 cá nhân ...": under a label of the period's awards (a figure's `period_label`) opening
    the paragraph, every collective and individual count of the paragraph is one of its awards,
    whatever form it took: they add up (here 11), read once at the paragraph's first clause; no
    title named in it counts for another figure. None when no such label opens the paragraph, or
    it holds plans, proposals or no counts (the paragraph is then read as usual)."""
    paragraph = sent.paragraph or sent.text
    if ":" not in paragraph:
        return None  # every period label ends with a colon (fold makes none): most paragraphs
    folded = _fold_paragraph(paragraph)
    for spec in _labelled_specs(rules):
        m = spec.period_label.match(folded)
        if not m:
            continue
        # The label covers its own sentence; the paragraph's next sentences ("Tỷ lệ ... chiếm
        # 68,4%") are read as usual.
        end = _SENTENCE_END.search(paragraph, m.end())
        if end and paragraph.find(sent.text) >= end.end():
            return None
        paragraph, folded = (paragraph[:end.start() + 1], folded[:end.start() + 1]) if end else (paragraph, folded)
        low = paragraph[m.end():].lower()
        ctx = rules.ctx
        if ctx.get("plan") and ctx["plan"].search(low):
            return None
        proposal = bool(ctx.get("proposal") and ctx["proposal"].search(low))
        if proposal and not (ctx.get("award") and ctx["award"].search(low)):
            return None
        mentions = find_mentions(paragraph, folded, rules)
        # A bare number after a total phrase ("tổng số là 10") is the label's total; a count added
        # to or compared with another report's ("bổ sung 01 tập thể") is none of its awards.
        nums = [n for n in _not_compared(paragraph, title_numbers(paragraph, folded, rules, mentions))
                if n.n.start >= m.end() and n.n.kind == "count"
                and (n.unit in ("ind", "col")
                     or _TOTAL_BEFORE.search(fold(paragraph[max(0, n.n.start - 20):n.n.start])))]
        # "cả năm 2022 ... 09 tập thể, 21 cá nhân. 6 tháng đầu năm 2023 ... 02 tập thể, 05 cá nhân (...: 01
        # tập thể, 03 cá nhân; ...)": last year's clause and a count's breakdown are none of the period's
        nums = _breakdowns_dropped(paragraph, [n for n in nums if _dated_opening(_own_clause(paragraph, n.n.start), rules) >= 0])
        nums = without_proposed(paragraph, nums, rules.ctx)  # "...; đồng thời đề nghị ... cho 01 cá nhân" (proposed_clauses.py)
        if not nums:
            return None
        if sent.before:
            return []  # a later clause: the first one read the whole paragraph
        score, anywhere, _ = _context_score(paragraph, sent.lead, sent.section, rules)
        # Proposals are told where the awards are: before the first count, or in a part's own
        # clause with no verb of awarding ("lập hồ sơ giả" in a recipient's deed is no proposal).
        proposal = bool(ctx.get("proposal") and (
            ctx["proposal"].search(paragraph[m.end():nums[0].n.start].lower())
            or any(ctx["proposal"].search(c) and not (ctx.get("award") and ctx["award"].search(c))
                   for c in (_clause_at(paragraph, n.n.start).lower() for n in nums))))
        if anywhere and not proposal:
            score += 1  # the penalty _context_score gave a proposal beside an award
        evidence = Evidence(paragraph[:300], sent.where)
        # "...; tổng cộng 14 tập thể, cá nhân" or "03 lượt, gồm ...": the stated total wins over the
        # sum of the parts, which is kept beside it (with each part) so that a disagreement is a warning.
        breakdown = rules.ctx.get("breakdown")
        totals = [n for n in nums if _TOTAL_BEFORE.search(fold(paragraph[max(0, n.n.start - 20):n.n.start]))
                  or (breakdown and breakdown.match(paragraph[n.end:].lstrip(" ,:(").lower()))]
        # "cho 04 tập thể và 09 cá nhân, trong đó ...": the pair before the breakdown is the total together
        partner = _pair_before(nums, totals[-1], paragraph) if totals else None
        parts = [n for n in nums if n not in totals and n is not partner]
        value = sum(int(n.n.value) for n in parts)
        if totals and parts:
            stated = int(totals[-1].n.value) + (int(partner.n.value) if partner is not None else 0)
            where = [(int(n.n.value), Evidence(_clause_at(paragraph, n.n.start), sent.where)) for n in parts]
            return [Candidate(spec.name, stated, score + 4, order, evidence, None, proposal),
                    Candidate(spec.name, value, score, order, evidence, None, proposal, parts=where)]
        if totals:
            value = int(totals[-1].n.value) + (int(partner.n.value) if partner is not None else 0)
        return [Candidate(spec.name, value, score + 1, order, evidence, None, proposal)]
    return None


def _breakdowns_dropped(text: str, nums: list[Num]) -> list[Num]:
    """`nums` without those in a parenthesis opening right after another count ("02 tập thể, 05 cá
    nhân (tuyển quân: 01 tập thể, 03 cá nhân; ...)"): they break that count down, adding nothing."""
    out = []
    for n in nums:
        opened = text.rfind("(", 0, n.n.start)
        inside = opened >= 0 and ")" not in text[opened:n.n.start]
        if inside and any(m is not n and m.end <= opened and not text[m.end:opened].strip() for m in nums):
            continue
        out.append(n)
    return out


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])")
_JOINED = re.compile(r"^\s*(?:,|và)\s*$")


def _not_compared(text: str, nums: list[Num]) -> list[Num]:
    """`nums` without the counts of another period or report: "bổ sung 01 tập thể, 02 cá nhân"
    adds both to the replaced report's count (a count joined by "," or "và" to one is one too)."""
    out, prev_compared, prev_end = [], False, 0
    for n in nums:
        joined = prev_compared and _JOINED.match(text[prev_end:n.n.start])
        prev_compared = bool(joined) or compared_count(text, n.n.start)
        prev_end = n.end
        if not prev_compared:
            out.append(n)
    return out


def _clause_at(text: str, pos: int) -> str:
    """The clause of `text` around `pos` (between ";" or sentence ends): a part's own words."""
    start = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos), text.rfind(". ", 0, pos)) + 1
    ends = [e for e in (text.find(";", pos), text.find(". ", pos)) if e >= 0]
    return text[start:min(ends) if ends else len(text)].strip()


def _counted_then_colon(folded: str, title: str) -> bool:
    """"04 luot tap the, ca nhan duoc khen thuong chuyen de: ...": a count before the title in
    its clause, a colon right after it: the statement's total, the awards after the colon its parts."""
    return bool(re.search(r"\d+\s+[^:;.\d]{0,60}?" + re.escape(title) + r"\s*:", folded))


def add_parts(cands: list[Candidate], parts: dict[int, str], text: str, rules: Rules) -> list[Candidate]:
    """One statement of a figure made of parts: "khen chuyên đề 02 tập thể, 04 cá nhân và khen
    đột xuất 01 cá nhân" is 7. Counts under the same title, a breakdown ("trong đó", "gồm") and a
    stated total among them (one value the sum of the others: it wins) are not added."""
    breakdown = rules.ctx.get("breakdown")
    if breakdown and breakdown.search(text.lower()):
        return cands
    out: list[Candidate] = []
    by_figure: dict[str, list[Candidate]] = {}
    for c in cands:
        (by_figure.setdefault(c.figure, []) if id(c) in parts else out).append(c)
    for group in by_figure.values():
        titles = [parts[id(c)] for c in group]
        values = [c.value for c in group]
        if len(group) < 2 or len(set(titles)) < len(titles) or any(c.proposal for c in group) \
                or len({c.score for c in group}) > 1:  # a stated total ("tổng cộng 06") scores higher: it wins
            out.extend(group)
            continue
        total = next((c for c in group if 2 * c.value == sum(values)), None)
        if total is not None:
            out.append(total)
            continue
        opening = next((c for c in group if _counted_then_colon(fold(text), parts[id(c)])), None)
        if opening is not None:  # "có 04 lượt ... được khen thưởng chuyên đề: <the awards>": its total
            out.append(dataclasses.replace(opening, score=opening.score + 4))
            continue
        first = group[0]
        out.append(dataclasses.replace(first, value=sum(values), score=max(c.score for c in group)))
    return sorted(out, key=lambda c: c.order)


def _implied_mention(text: str, lead: str, rules: Rules) -> Mention | None:
    """Under "3. Khen thưởng chuyên đề", "Ban Thường vụ khen thưởng 06 tập thể..." counts for it."""
    verb_re = rules.ctx.get("award_verb")
    if not verb_re or not lead.strip(" |"):
        return None
    figure = lead_figure(lead, rules)
    if figure is None:
        return None
    m = verb_re.search(text.lower())
    if not m:
        return None
    return Mention(figure, m.start(), m.end(), None)


# "Tập thể Phòng được Chủ tịch UBND tỉnh tặng Bằng khen ...": the grantor may stand inside "được ... tặng".
_SELF_VERB = re.compile(r"\b(?:đạt|được công nhận|được tặng|công nhận|được(?: [^\s,;:.\d]+){1,6}? (?:tặng|công nhận))\b")


# "Thanh tra huyện được công nhận ...", "Kho bạc Nhà nước Tây Sơn đạt ...": one body by its own
# name, the clause's subject: capitalised, no number, no plural or list word before the verb.
_NAMED_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:(?:[Tt]rong\s+)?[Nn]ăm\s+\d{4}\s*,?\s*)?(?P<s>[A-ZĐÀ-Ỹ][^,;:\d]{1,60}?)\s+(?:đã\s+|cũng\s+)?"
                            r"(?:đạt|được công nhận|được tặng|được"
                            # "Hội Nông dân xã được Chủ tịch UBND huyện tặng Giấy khen": the grantor between
                            r"|được(?:\s+[^\s,;:.\d]+){1,6}?\s+(?:tặng|công nhận))\s+(?:danh hiệu\s+)?[\"“]?\s*$")
_PLURAL = re.compile(r"\b(?:các|những|mọi|nhiều|một số|và|cùng|hai|ba|bốn)\b", re.IGNORECASE)


_AND_BEFORE = re.compile(r"([^,;:()\d]{2,60}?)\s+(?:và|cùng)\s*$")


_AND_CAPITAL = re.compile(r"\b(?:và|cùng)\s+(?=[A-ZĐÀ-Ỹ])")


def _name_inner_and(text: str, subject: re.Pattern) -> str:
    """"và" between capitalised words of one name ("Phòng Văn hóa và Thông tin") blanked; one
    before another collective word ("Phòng A và Phòng B") kept: two bodies."""
    return _AND_CAPITAL.sub(lambda m: m.group(0) if subject.match(text.lower(), m.end()) else " ", text)


def _self_partner(before: str, rules: Rules) -> bool:
    """"tập thể Phòng và 04 cá nhân", "cho cơ quan và 02 công chức": a collective named without a
    numeral (the unit itself, or one named body) joined by "và" to a count of individuals."""
    m = _AND_BEFORE.search(before[-80:])
    subject = rules.ctx.get("self_collective")
    if not m or not subject:
        return False
    part = m.group(1)
    word = None
    for word in subject.finditer(part.lower()):
        pass  # the last collective word of the part names the partner
    if word is None:
        return False
    near = " ".join(part[:word.start()].split()[-2:]) + " " + part[word.start():]  # "các phòng ...": several
    near = _name_inner_and(near, subject)  # "tập thể Phòng Văn hóa và Thông tin": one body's name
    return not _PLURAL.search(near) and not (
        (neg := rules.ctx.get("negation")) and neg.search(part.lower()))


_QUOTED_NAME = re.compile(r"\s+[“\"«]\s*[A-ZĐÀ-Ỹ]")
_RECOGNISED = re.compile(r"\bcông nhận\b")  # "đạt giải", "được áp dụng" are no recognition of an initiative


def _quoted_name_after(text: str, mention: Mention) -> bool:
    """"sáng kiến “Ứng dụng bản đồ số ...” ... được công nhận là sáng kiến cấp cơ sở": a title followed
    by one quoted name, recognised in the same sentence, is one."""
    return bool(_QUOTED_NAME.match(text, mention.end)) and bool(_RECOGNISED.search(text.lower(), mention.end))


def _named_person_subject(before: str, rules: Rules) -> bool:
    """"đồng chí Phan Thị Thu Hà, Phó Trưởng phòng, được ... công nhận danh hiệu": one person named as
    the subject (a word of `context.named_recipient` that is no collective unit, then a capitalised
    name), a verb of recognition after, no numeral and no second person before the title."""
    words = rules.ctx.get("named_recipient")
    if not words:
        return False
    low = before.lower()
    people = [m for m in words.finditer(low) if rules.unit_kind.get(fold(m.group(0))) != "col"
              and before[m.end():m.end() + 3].lstrip()[:1].isupper()]
    if len(people) != 1 or not _SELF_VERB.search(low, people[0].end()):
        return False
    neg = rules.ctx.get("negation")
    rest = low[people[0].start():]
    return not re.search(r"\d", rest) and not _PLURAL.search(rest) and not (neg and neg.search(rest))


# "- Đồng chí Lê Văn Hải, Trưởng phòng: danh hiệu “...”", "Tập thể Phòng Tư pháp: Giấy khen ...": a line
# naming one recipient, a colon, then the title (no verb, no number): the clause's subject is the label.
_LABELLED = re.compile(r"^[\s\-–+•*]*(?P<s>[^:;\d]{2,90}?)\s*:\s*(?:danh hiệu\s*|được tặng\s*|tặng\s*)?[\"“]?\s*$")


def _labelled_recipient(before: str, spec: Spec, rules: Rules) -> bool:
    """"Đồng chí Đặng Văn A, Phó Giám đốc: Chiến sĩ thi đua cơ sở" (one person, for a title of
    individuals) or "Tập thể Phòng: Tập thể lao động tiên tiến" (the unit or one named body, for a
    title of collectives); either for a title of both (Giấy khen). One recipient named before the
    colon, no plural word, no negation: a count of one."""
    m = _LABELLED.match(before)
    if not m:
        return False
    subject = m.group("s")
    low = subject.lower()
    neg = rules.ctx.get("negation")
    if _PLURAL.search(subject) or (neg and neg.search(low)):
        return False
    people, bodies = rules.ctx.get("named_recipient"), rules.ctx.get("self_collective")
    person = people.match(low) if people else None
    if person and rules.unit_kind.get(fold(person.group(0))) != "col" \
            and subject[person.end():person.end() + 3].lstrip()[:1].isupper():
        return spec.unit in ("individuals", "any", "both")
    body = bodies.match(low) if bodies else None
    return bool(body) and spec.unit in ("collectives", "both")


# After a collective title: its closing quote, the year, "cho" and one body ("cho Phòng Tư pháp huyện",
# "cho tập thể Trạm Y tế xã"), no list or count word between.
_FOR_ONE_BODY = re.compile(r"^[\"”’»]?(?:\s+năm\s+\d{4})?\s+cho\s+(?:tập thể\s+)?(?P<rest>[^,;:()\d]{0,60})")


def _self_recipient_after(after: str, rules: Rules) -> bool:
    """A collective title conferred on one body named by its kind and a capitalised name right after
    it: a count of one (the unit itself, or one of its bodies), the title's recipient."""
    m = _FOR_ONE_BODY.match(after)
    bodies = rules.ctx.get("self_collective")
    if not m or not bodies:
        return False
    rest = m.group("rest")
    body = bodies.match(rest.lower())
    if not body or _PLURAL.search(rest[:body.end()]):
        return False
    name = rest[body.end():].lstrip()
    return name[:1].isupper() and not re.match(r"[^.;]*?\b(?:và|cùng)\s+(?:tập thể|các|\d)", name)


def _self_collective(before: str, rules: Rules) -> bool:
    subject = rules.ctx.get("self_collective")
    low = before.lower()
    neg = rules.ctx.get("negation")
    m = subject.search(low) if subject else None
    if m and re.search(r"\d\s*$", low[:m.start()]):
        return False  # "03 đơn vị ... đạt": a count whose title the reader could not reach, not the unit itself
    if m and _SELF_VERB.search(low, m.end()):
        return not (neg and neg.search(low[m.start():]))
    named = _NAMED_SUBJECT.search(before)
    return bool(named) and not _PLURAL.search(named.group("s")) and not (neg and neg.search(named.group(0).lower()))


# "Khen CĐ, ĐX 6 tháng 2023 của Phòng: không": the period and whose awards may stand before it.
# A quoted title closes its quote first: "Danh hiệu “Chiến sĩ thi đua cơ sở”: Không có".
# "Khen thưởng đột xuất trong 6 tháng: chưa có": the period may open with "trong".
_ZERO_AFTER = re.compile(r"^[\"”’»)]?\s*(?:trong )?(?:(?:6|sáu) tháng(?: đầu| qua)?(?: năm)?(?: ?\d{4})?|năm \d{4})?"
                         r"(?:\s*của [^:;,.\d]{1,30})?\s*[:\-–]?\s*(?:không có|chưa có|không|chưa)\b"
                         # "số sáng kiến ... chưa đều giữa các đơn vị": a judgement of degree, no zero
                         r"(?!\s+(?:đều|đồng đều|nhiều|cao|tương xứng|thật sự|thực sự)\b)"
                         # "... chưa được các xã quan tâm đúng mức": attention judged, no zero
                         r"(?!\s+được(?:\s+[^\s,;.]+){0,3}?\s+(?:quan tâm|chú trọng|coi trọng)\b)")


def _stated_zero(spec: Spec, mention: Mention, text: str, folded: str, rules: Rules) -> bool:
    if spec.zero and spec.zero.search(folded):
        return True
    if _ZERO_AFTER.match(text[mention.end:mention.end + 60].lower()):
        return True  # "Sáng kiến cấp cơ sở: không có."
    neg = rules.ctx.get("negation")
    before = text[max(0, mention.start - 60):mention.start].lower()
    filler = rules.ctx.get("zero_filler")
    if filler:
        # "chưa có trường hợp đề nghị <title>": words naming the case, not the award, sit between
        before = filler.sub(" ", before)
    words = before.split()[-4:]
    return bool(neg and neg.search(" ".join(words)))


def zero_scan(sent: Sentence, rules: Rules, order: int, folded: str) -> list[Candidate]:
    """Zero phrases ("không có sáng kiến") in a sentence that names no title."""
    out = []
    if past_paragraph(sent, rules):
        return out  # "Trong năm 2022, ... chưa có sáng kiến": last year's zero
    for spec in rules.specs.values():
        if spec.zero and spec.zero.search(folded):
            out.append(Candidate(spec.name, 0, -2, order, Evidence(sent.text[:300], sent.where)))
    return out
