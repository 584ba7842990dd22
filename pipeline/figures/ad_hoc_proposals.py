"""A Giấy khen the report still proposes for a deed of the half year is no annual Giấy khen
(extract.py's helper).

A title of two meanings (Giấy khen: the 2022 annual award of K2, or an ad-hoc award of the half year
that the rules' K3 figure `absorbs`) may still be proposed in the half-year report. A proposal with
no reason stays the fallback it always was (`tdkt` keeps awards before proposals, the note says
"số liệu là số đề nghị khen thưởng"). A proposal giving its deed (the rules' `context.deed`: "có
thành tích ... trong", "về thành tích") and no word of last year (`context.past_period`: "năm
2022") asks for an award of this half year's work ("Khối thống nhất đề nghị Chủ tịch UBND huyện
tặng Giấy khen cho 01 tập thể và 03 cá nhân có thành tích xuất sắc trong xây dựng hồ sơ đề nghị
công nhận huyện đạt chuẩn nông thôn mới"): never a count of the year before's annual titles, so it
is set aside for the absorbed figure. "... hoàn thành xuất sắc nhiệm vụ năm 2022" keeps it. Whether
such a request counts for the ad-hoc figure is not decided here (a request is no award there either).
"""

from __future__ import annotations


def without_ad_hoc_proposals(candidates: list, rules) -> list:
    """`candidates` without the proposals of an absorbed figure for a deed of this half year."""
    deed, past = rules.ctx.get("deed"), rules.ctx.get("past_period")
    absorbed = {f for spec in rules.specs.values() for f in spec.absorbs}
    if deed is None or not absorbed:
        return candidates

    def this_half_years(c) -> bool:
        low = c.evidence.text.lower()
        return bool(deed.search(low)) and not (past and past.search(low))

    keep = [c for c in candidates if not (c.proposal and c.figure in absorbed and this_half_years(c))]
    return keep if len(keep) != len(candidates) else candidates
