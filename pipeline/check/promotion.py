"""A movement's line that counts only the unit's promotion of it: banners, panels, news items, broadcasts.

An office whose work is spreading the word writes each movement's line as what it put up or
broadcast: "- Phong trào “...”: treo 120 băng rôn, 18 pa-nô ...; Đài Truyền thanh phát 46 tin, bài".
The counts are of promotion material, not of anything the movement achieved (no contribution, no
household out of poverty, no criterion met, no business helped): the movement is named, not
reported. The rules' `promotion` list names such material ("băng rôn", "tin bài", "chuyên mục"; a
banner's message after "vận động", "kêu gọi" is the banner's). The propaganda events a unit organises
("tổ chức 12 đợt tuyên truyền lưu động") are not in it: counted, they are work done.

The sentence (after its label, "Phong trào ...: ") is cut into clauses at ";" and ", " (a decimal
comma, "2,5 km", stays). A clause with promotion words may count anything — its numbers are the
material's — and reports the movement only by a strong result word left once the promotion words
are blanked ("treo 20 băng rôn và vận động 85 hộ hiến 1.200 m2 đất" still reports); a clause without them
reports by a quantity or a strong result word, as the Checker reads a sentence naming a movement.
A sentence with a promotion clause and no reporting clause reports nothing. Which items are
movements is the rules' (`quoted_needs_result`, no parts); without the `promotion` list this check
never fires; dropping the sentence is items.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.context import Checker, _blank_names
from tdkt.pipeline.check.labels import label_of
from tdkt.pipeline.check.language import has_quantity, without_quotes
from tdkt.pipeline.segment import Sentence

LIST = "promotion"  # the rules' words of promotion material and acts
REJECTION = "promotion"
NOTE = "Chỉ nêu việc tuyên truyền, cổ động (băng rôn, pa-nô, tin, bài ...), chưa nêu kết quả của phong trào"

_CLAUSE = re.compile(r";|,\s")  # not the decimal comma of "2,5 km"


def _strong(checker: Checker, text: str) -> bool:
    """A strong result word in canonical text, the directive's names blanked, not negated."""
    for names in (checker.lang.names, checker.lang.protected):
        if names and names.regex:
            text = _blank_names(names, text)
    regex = checker.lang.strong.narrowed(text)
    return regex is not None and any(not checker.negated(text, m.start()) for m in regex.finditer(text))


def promotion_only(checker: Checker, rule, s: Sentence) -> bool:
    """`s` counts only promotion material or acts for what it names, and no result besides."""
    cues = checker.lang.lists.get(LIST)
    if cues is None or s.is_heading:
        return False
    text = s.text.partition(":")[2] if label_of(s) is not None else s.text
    # Which clauses name promotion material, first: a sentence with none is no promotion line
    # whatever its quantities and results say (most movements' sentences), and these are then
    # never read.
    read = []
    for clause in _CLAUSE.split(without_quotes(text)):
        canon = checker.canon.text(clause)
        if not canon.strip():
            continue
        regex = cues.narrowed(canon, frozenset(canon.split()))
        read.append((clause, canon, regex if regex is not None and regex.search(canon) else None))
    if all(regex is None for _, _, regex in read):
        return False
    for clause, canon, regex in read:
        if regex is not None:
            if _strong(checker, regex.sub(" ", canon)):
                return False
        elif has_quantity(clause) or _strong(checker, canon):
            return False
    return True
