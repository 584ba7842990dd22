"""Statements about other bodies' figures, set aside by their words (extract.py's helper).

A department that keeps the district's emulation records (its office of home affairs) reports
both the district's results ("Kết quả toàn huyện như sau:", "tổng hợp từ báo cáo của các cơ
quan, đơn vị, địa phương") and its own. A sentence, or a table, whose own words or lead-in
(heading, "...:" line) carry one of the ruleset's `context.others_scope` phrases gives no figure
for the reporting unit. Which phrases mark that scope is data; reading the figures is left to
prose.py and tables.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

# A quoted name (an initiative's, a movement's: "... toàn huyện ...") says nothing of scope.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def about_others(rules: Rules, *texts: str) -> bool:
    """True when any of `texts` (lower-case, with tone marks) states another scope's figures."""
    scope = rules.ctx.get("others_scope")
    return bool(scope) and any(scope.search(_QUOTED.sub(" ", t)) for t in texts if t)
