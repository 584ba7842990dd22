"""A stated total that adds the annual figure and the ad-hoc awards absorbing it is neither (extract.py's helper).

"Khen thưởng năm 2022: ... tặng Giấy khen cho 05 tập thể và 14 cá nhân. Khen thưởng đột xuất: ...
Giấy khen đột xuất cho 01 tập thể và 03 cá nhân. Như vậy, từ đầu năm đến nay tổng số tập thể, cá
nhân được tặng Giấy khen là 23.": the closing total counts every Giấy khen handed out this year,
the 2022 annual ones (19) and the ad-hoc ones (4) together. The checklist never adds the two
(K2 and K3 are different figures), so such a total is no statement of the annual figure: a total
of a figure that another `absorbs` (rules) is set aside when it equals the figure's own best
statement plus the absorbing figure's, and differs from the former. A total matching the
figure's own statements, or adding up to anything else, stays and wins as before. So does a total
naming the year before (`context.past_period`) and not this period (`context.current_period`):
"Như vậy, tính chung trong năm 2022, ... 01 tập thể và 03 cá nhân được tặng Giấy khen" is last
year's alone, whatever the half year's ad-hoc awards add up to.
"""

from __future__ import annotations

TOTAL_SCORE = 4  # the score a stated total is given (prose.py _context_score)


def _best(candidates, figure: str, totals: bool):
    """The candidate of `figure` extract.py would choose among the totals or among the rest."""
    best = None
    for c in candidates:
        if c.figure != figure or c.proposal or (c.score >= TOTAL_SCORE) != totals or (totals and c.parts):
            continue
        if best is None or c.score > best.score:
            best = c
    return best


def without_mixed_totals(candidates: list, rules) -> list:
    """`candidates` without a figure's totals that add the figure absorbing it."""
    drop: set[int] = set()
    past, current = rules.ctx.get("past_period"), rules.ctx.get("current_period")
    for spec in rules.specs.values():
        for figure in spec.absorbs:
            total = _best(candidates, figure, totals=True)
            if total is None:
                continue
            own = _best(candidates, figure, totals=False)
            absorbing = _best(candidates, spec.name, totals=False) or _best(candidates, spec.name, totals=True)
            if own is None or absorbing is None or not own.value or not absorbing.value:
                continue
            low = total.evidence.text.lower()
            if past is not None and past.search(low) and not (current is not None and current.search(low)):
                continue  # dated to last year alone: no ad-hoc award of this half year in it
            if total.value != own.value and total.value == own.value + absorbing.value:
                drop.update(id(c) for c in candidates if c.figure == figure and c.value == total.value
                            and c.score >= TOTAL_SCORE and not c.parts)
    return [c for c in candidates if id(c) not in drop] if drop else candidates
