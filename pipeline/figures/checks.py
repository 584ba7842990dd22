"""Ratios and plausibility: the K4/K5 percentages and the warnings (extract.py's helper).

Reads a ratio title's statement (a stated percent, a fraction "11/40", or a count over a
denominator "trên tổng số 40") and keeps the ratio computed from counts next to a stated one,
so that a mismatch beyond the rules' tolerance becomes a warning; a total split in two counts,
only one of them titled, gives the other group's ratio too (a figure's `complement`). Checks the final values
against the `plausibility:` rules: the percent range, and the checks a ruleset declares (a
figure, a sum or a ratio of figures, above or below a threshold, for some unit types, with its
own message); a group stated empty before the ratio's title is a stated 0 %;
no figure name of one directive is written here.
Attaching numbers to titles is left to prose.py; choosing values to extract.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.empty_answer import answered_empty
from tdkt.pipeline.figures.mentions import Candidate, Num
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence


def percent_candidate(mention, spec, text, nums, sent, rules, order) -> Candidate | None:
    """A ratio title's value: stated (note "computed:<pct>" when counts give one too) or from counts."""
    low = (text + " " + sent.lead + " " + sent.before).lower()
    if spec.context_any and not spec.context_any.search(low) and not _ratio_lead_total(sent, text):
        return None  # (a "Tỷ lệ ...: 32 lượt." clause earlier in the paragraph names the ratios)
    if rules.ctx.get("plan") and rules.ctx["plan"].search(text.lower()):
        return None
    evidence = Evidence(text[:300], sent.where)
    stated = next((c for c in mention.counts if c.n.kind == "percent"), None)
    if stated is not None and _share_doing(text, stated, mention, sent):
        return None
    computed = None
    fraction = next((c for c in mention.counts if c.n.kind == "fraction"), None)
    if fraction is not None and fraction.n.denominator:
        computed = round(100 * fraction.n.value / fraction.n.denominator, 1)
    else:
        numerator, den = _count_over_total(mention, text, nums, sent, rules)
        if den:
            computed = round(100 * numerator.n.value / den, 1)
    if stated is not None:
        cand = Candidate(spec.name, stated.n.value, 1, order, evidence)
        if computed is not None:
            cand.note = f"computed:{computed}"
        return cand
    if computed is not None:
        return Candidate(spec.name, computed, 0, order, evidence, "from-counts")
    if not mention.counts and _NONE_OF_GROUP.search(text[max(0, mention.start - 50):mention.start].lower()):
        return Candidate(spec.name, 0, 1, order, evidence)  # "không có cá nhân là người lao động trực tiếp"
    if not mention.counts and answered_empty(text, mention.end, rules):
        return Candidate(spec.name, 0, 1, order, evidence)  # "<group>: Không có (...)" (empty_answer.py)
    return None


# The ratio's group stated empty right before its title: "không có cá nhân nào là <group>",
# "chưa có người thuộc <group>" - a stated 0 %, not a missing ratio.
_NONE_OF_GROUP = re.compile(r"\b(?:không|chưa) (?:có )?(?:(?:ai|cá nhân|người|trường hợp|lượt)(?: nào)?)?"
                            r"(?: (?:là|thuộc|được khen là))?\s*$")


def _count_over_total(mention, text, nums, sent, rules: Rules) -> tuple[Num | None, float | None]:
    """The count a ratio title carries and the total it is a share of (None when either is missing)."""
    numerator = next((c for c in mention.counts if c.n.kind == "count"), None)
    if numerator is None:
        return None, None
    den = _denominator(text, nums, numerator, rules) or _denominator_before(sent.before, rules) \
        or _breakdown_before(text, sent.before, rules) or _structure_total(sent, rules) \
        or _ratio_lead_total(sent, text)
    return numerator, den


def complement_candidates(found: Candidate, mention, mentions, text, nums, sent, rules: Rules,
                          order: int) -> list[Candidate]:
    """"Trong tổng số 35 lượt ..., có 09 lượt là cán bộ chỉ huy ..., 26 lượt là trợ lý, nhân viên,
    chiến sĩ": a stated total split in exactly two counts of people, one named by a ratio title
    (the leaders), the other by no title: that other count is the share of the figure whose
    `complement` is the named one (the direct workers, 26/35). Only when the two add up to the
    total and the sentence gives that figure's title no count of its own (then it is read as usual)."""
    partners = [s for s in rules.specs.values() if s.complement == mention.figure and s.kind == "percent"]
    # The other group named by its own title with no count or percent of its own ("18 cá nhân là
    # hội viên, ... trực tiếp lao động": the count stands too far from the title) is the same case.
    if not partners or any(m.figure == partners[0].name and m.counts for m in mentions):
        return []
    numerator, den = _count_over_total(mention, text, nums, sent, rules)
    if numerator is None or not den:
        return []
    rest = [n for n in nums if n is not numerator and n.n.kind == "count" and n.n.value
            and n.unit in ("ind", None) and float(n.n.value) != den]
    if len(rest) != 1 or numerator.n.value + rest[0].n.value != den:
        return []
    return [Candidate(partners[0].name, round(100 * rest[0].n.value / den, 1), min(found.score, 0), order,
                      Evidence(text[:300], sent.where), "from-counts")]


# Words of awarding: a ratio of awarded people names them in its clause or heading.
_AWARDED = re.compile(r"khen|tặng|danh hiệu|công nhận|lượt")


def _share_doing(text: str, stated, mention, sent) -> bool:
    """"100% lãnh đạo các đơn vị sử dụng chữ ký số": a percent standing right before the title,
    in a clause with no word of awarding (and not under the commendation heading), is the share
    of a group doing something, not the ratio of awarded people."""
    if stated.n.start > mention.start or text[stated.n.end:mention.start].strip(" %") not in ("", "cán bộ"):
        return False
    return not sent.section and not _AWARDED.search((text + " " + sent.lead).lower())


def _denominator(text: str, nums: list[Num], numerator: Num, rules: Rules) -> float | None:
    den_re = rules.ctx.get("denominator")
    low = text.lower()
    for num in nums:
        if num is numerator or num.n.kind != "count" or not num.n.value:
            continue
        before = low[max(0, num.n.start - 20):num.n.start].rstrip()
        if den_re and any(m.end() == len(before) for m in den_re.finditer(before)):
            return float(num.n.value)
        if num.n.start < numerator.n.start and _stated_total(low, num.n.start, nums, rules):
            return float(num.n.value)
    return _breakdown_total(low, nums, numerator, rules)


def _breakdown_total(low: str, nums: list[Num], numerator: Num, rules: Rules) -> float | None:
    """"29 cá nhân được khen thưởng, trong đó có 17 người là ...": the count of awarded people
    that a breakdown ("trong đó", "gồm") opens with is the denominator of the counts inside it.
    The number must count people (or carry no unit) and an awarding verb must stand in its clause
    before the breakdown word, so that "xã có 29 công chức, trong đó ..." is no ratio."""
    breakdown, verb = rules.ctx.get("breakdown"), rules.ctx.get("award_verb")
    if not (breakdown and verb):
        return None
    opener = None
    for m in breakdown.finditer(low, 0, numerator.n.start):
        opener = m
    # "Khen thưởng 40 cá nhân (12 người lao động trực tiếp, ...)": an aside right after the total.
    paren = low.rfind("(", 0, numerator.n.start)
    if paren >= 0 and ")" not in low[paren:numerator.n.start] and (opener is None or paren > opener.start()):
        before = [n for n in nums if n.n.start < paren and n.n.kind == "count" and n.n.value]
        if before and len(low[before[-1].end:paren].split()) <= 2:
            opener = re.compile(r"\(").match(low, paren)
    if opener is None:
        return None
    before = [n for n in nums if n.n.start < opener.start() and n.n.kind == "count" and n.n.value]
    if not before:
        return None
    total = before[-1]
    if total.unit not in ("ind", None) or total.n.value <= numerator.n.value:
        return None
    clause_start = max(low.rfind(";", 0, total.n.start), low.rfind(". ", 0, total.n.start)) + 1
    if not verb.search(low, clause_start, opener.start()):  # "đã khen 40 ..." or "40 ... được khen"
        return None
    return float(total.n.value)


def _stated_total(low: str, start: int, nums, rules: Rules) -> bool:
    """"Tổng số cá nhân được khen trong năm là 50, trong đó 35 ...": a total phrase, then a
    copula ("là") right before the number, with no other count between them."""
    total_re, verb_re = rules.ctx.get("total"), rules.ctx.get("denominator_verb")
    if not (total_re and verb_re):
        return False
    head = low[:start].rstrip()
    tail = head[-12:]
    if not (tail.endswith(":") or any(m.end() == len(tail) for m in verb_re.finditer(tail))):
        return False  # "... là 50", "...: 50"
    opener = total_re.search(head)
    if opener is None:
        return False
    return not any(opener.end() <= (n.n.start if isinstance(n, Num) else n.start) < start
                   and (n.n.kind if isinstance(n, Num) else n.kind) == "count" for n in nums)


def _denominator_before(before: str, rules: Rules) -> float | None:
    """"Trong tổng số 71 cá nhân được khen, có 49 ... chiếm 69%; 12 cá nhân là lãnh đạo": the
    clause after a ";" counts against the total its sentence opened with."""
    if not before:
        return None
    den_re = rules.ctx.get("denominator")
    low = before.lower()
    numbers = find_numbers(before)
    for n in numbers:
        if n.kind != "count" or not n.value:
            continue
        head = low[max(0, n.start - 20):n.start].rstrip()
        if den_re and any(m.end() == len(head) for m in den_re.finditer(head)):
            return float(n.value)
        if _stated_total(low, n.start, numbers, rules):
            return float(n.value)
    return None


# "Tỷ lệ CN được tặng LĐTT, GK: 32 lượt." — a clause naming the ratios and giving one count of
# people after its colon states their base.
_RATIO_LEAD_TOTAL = re.compile(r"(?:^|[.;]\s*)(?:[-+–•]\s*)?t[ỷỉ] lệ[^:;.]*:\s*(\d{1,5})\s*"
                               r"(?:lượt|cá nhân|người|đồng chí|đ/c)?\s*(?:[.;]|$)", re.IGNORECASE)


def _ratio_lead_total(sent, text: str) -> float | None:
    """A telegraphic "Tỷ lệ ...: 32 lượt. NLĐ trực tiếp: 19 (59,4%); LĐ, QL: 13": the count the
    ratio clause earlier in the same paragraph gives is the denominator of the bare counts after it."""
    paragraph = sent.paragraph or ""
    at = paragraph.find(text)
    if at <= 0:
        return None
    m = None
    for m in _RATIO_LEAD_TOTAL.finditer(paragraph, 0, at):
        pass
    return float(m.group(1)) if m and int(m.group(1)) else None


def _breakdown_before(text: str, before: str, rules: Rules) -> float | None:
    """"Đã khen thưởng 40 cá nhân; trong đó 12 người là ...": a clause opening with a breakdown
    word counts against the awarded total that closes the clause before it."""
    breakdown = rules.ctx.get("breakdown")
    if not (before and breakdown) or not breakdown.match(text.lower().lstrip(" :-–")):
        return None
    from tdkt.pipeline.figures.mentions import Num as _Num

    low = before.lower()
    nums = [_Num(n, None, n.end) for n in find_numbers(before) if n.kind == "count" and n.value]
    if not nums:
        return None
    # The last count, if it counts people: "... cho 40 cá nhân" (no unit word also accepted).
    last = nums[-1]
    um = rules.units.match(fold(before), last.n.end)
    if um and rules.unit_kind.get(re.sub(r"\s+", " ", um.group("u"))) == "col":
        return None  # "... cho 05 tập thể; trong đó": collectives are no denominator of people
    verb = rules.ctx.get("award_verb")
    clause_start = max(low.rfind(";", 0, last.n.start), low.rfind(". ", 0, last.n.start)) + 1
    if not (verb and verb.search(low, clause_start)):
        return None
    return float(last.n.value)


def _structure_total(sent, rules: Rules) -> float | None:
    """"Cơ cấu cá nhân đạt LĐTT: lao động trực tiếp 21 người; cán bộ quản lý 04 người": a paragraph
    opening with a `structure` word lists a group's parts, one ratio title and one count of people
    per clause, with no total: their sum (25) is the denominator. None unless every clause after
    the colon is such a part and there are at least two."""
    from tdkt.pipeline.figures.mentions import find_mentions, title_numbers

    structure = rules.ctx.get("structure")
    paragraph = sent.paragraph or ""
    colon = paragraph.find(":")
    if not structure or colon < 0 or not structure.search(paragraph[:colon].lower()):
        return None
    parts = []
    for clause in re.split(r";", paragraph[colon + 1:]):
        clause = clause.strip(" .")
        folded = fold(clause)
        mentions = [m for m in find_mentions(clause, folded, rules) if rules.specs[m.figure].kind == "percent"]
        counts = [n for n in title_numbers(clause, folded, rules, mentions) if n.n.kind == "count" and n.unit == "ind"]
        if len(mentions) < 1 or len(counts) != 1:
            return None
        parts.append(counts[0].n.value)
    return float(sum(parts)) if len(parts) >= 2 else None


def fmt_number(value) -> str:
    """A value as the district writes it: one decimal at most, decimal comma."""
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def plausibility_warnings(values: dict, rules: Rules, unit_type: str | None = None) -> list[str]:
    """Vietnamese warnings for final values the `plausibility:` rules find implausible: the
    percent range of every percent figure, then each declared check (`checks:`) in its order."""
    p = rules.plausibility
    out: list[str] = []
    lo, hi = float(p.get("percent_min", 0)), float(p.get("percent_max", 100))
    for name, value in values.items():
        spec = rules.specs.get(name)
        if spec and spec.kind == "percent" and not lo <= float(value) <= hi:
            out.append(f"{spec.label} là {fmt_number(value)}%, nằm ngoài khoảng {fmt_number(lo)}-{fmt_number(hi)}%.")
    for check in declared_checks(p):
        warning = check_warning(check, values, unit_type)
        if warning:
            out.append(warning)
    return out


def declared_checks(plausibility: dict) -> list[dict]:
    """The `checks:` list, after the two older fixed keys written as checks (same messages)."""
    checks: list[dict] = []
    share = plausibility.get("max_cstdcs_share_of_lđtt")
    if share is not None:
        checks.append({"figure": "chien_si_thi_dua_co_so", "per": "lao_dong_tien_tien", "above": share,
                       "message": f"Số Chiến sĩ thi đua cơ sở ({{chien_si_thi_dua_co_so}}) vượt "
                                  f"{fmt_number(float(share) * 100)}% số Lao động tiên tiến ({{lao_dong_tien_tien}})."})
    limit = plausibility.get("max_ratio_sum")
    if limit is not None:
        checks.append({"sum": ["ty_le_lao_dong_truc_tiep", "ty_le_lanh_dao_quan_ly"], "above": limit,
                       "message": "Tổng tỷ lệ người lao động trực tiếp ({ty_le_lao_dong_truc_tiep}%) và lãnh đạo, "
                                  f"quản lý ({{ty_le_lanh_dao_quan_ly}}%) vượt {fmt_number(float(limit))}%."})
    return checks + list(plausibility.get("checks") or [])


def out_of_scope(ruleset, unit_type: str | None) -> set[str]:
    """Figures a report of this unit type is not asked for (their `unit_types` leave it out): not
    read from it. An unknown sender is asked for everything."""
    raw = getattr(ruleset, "raw", None) or {}
    figures = raw.get("figures") if isinstance(raw.get("figures"), dict) else {}
    if not unit_type or unit_type == "unknown":
        return set()
    return {str(name) for name, spec in figures.items()
            if isinstance(spec, dict) and spec.get("unit_types") and unit_type not in spec["unit_types"]}


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def check_warning(check: dict, values: dict, unit_type: str | None = None) -> str | None:
    """One declared check: the figure (or the sum of `sum:`), against `above`/`below` — times the
    figure `per` when the check is on a ratio of two figures. None when it holds, when a figure
    it names was not read, or when the unit's type is not among its `unit_types`."""
    types = check.get("unit_types")
    if types and unit_type not in types:
        return None
    names = list(check.get("sum") or [check.get("figure")])
    per = check.get("per")
    needed = names + ([per] if per else [])
    if any(values.get(n) is None for n in needed):
        return None
    value = sum(float(values[n]) for n in names)
    scale = float(values[per]) if per else 1.0
    above, below = check.get("above"), check.get("below")
    if not ((above is not None and value > float(above) * scale)
            or (below is not None and value < float(below) * scale)):
        return None
    shown = {n: fmt_number(values[n]) for n in needed}
    shown["value"] = fmt_number(value if not per else round(100 * value / scale, 1) if scale else value)
    return _PLACEHOLDER.sub(lambda m: shown.get(m.group(1), m.group(0)), str(check["message"]))


def ratio_mismatch(spec, value, note: str | None, rules: Rules) -> str | None:
    """The warning for a stated ratio that its own counts contradict (note "computed:<pct>")."""
    if not (note and note.startswith("computed:")):
        return None
    computed = float(note.split(":", 1)[1])
    tol = float(rules.plausibility.get("ratio_tolerance", 1.0))
    if abs(computed - float(value)) > tol:
        return f"{spec.label} ghi {fmt_number(value)}% nhưng tính từ số liệu kèm theo được {fmt_number(computed)}%."
    return None
