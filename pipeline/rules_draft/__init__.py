"""A draft rules file and roster made from a directive's own text (`tdkt rules draft`).

`draft_from_text(text)` reads the directive's header (issuer, title -> report kind and period,
"Kính gửi" -> addressee types), its outline (the report's sections), its required points (one
item each; the movements it lists; the documents it cites), the figures it names and the
deadlines per addressee, and returns a `Draft` whose every piece keeps the sentence it came
from. render.py writes it as YAML and CSV. Pure functions over text: reading the file is the
caller's (tdkt/cli_rules.py uses tdkt.extractors), judging reports the engine's.
"""

from __future__ import annotations

from tdkt.pipeline.rules_draft.deadlines import find_deadlines
from tdkt.pipeline.rules_draft.header import addressees, issuer_and_place, kind_and_period, title_line
from tdkt.pipeline.rules_draft.model import Draft, DraftItem
from tdkt.pipeline.rules_draft.outline import parse_outline
from tdkt.pipeline.rules_draft.points import Drafter
from tdkt.pipeline.rules_draft.text import clean_lines

__all__ = ["draft_from_text", "Draft"]

# The document items every report is judged on (Decree 30/2020 form; pipeline.metadata reads
# them, pipeline.deadline judges the date): the same for every directive.
FORM_ITEMS = [("F1", "Cơ quan ban hành"), ("F2", "Số, ký hiệu"), ("F3", "Địa danh, ngày tháng"),
              ("F4", "Tên loại, trích yếu"), ("F5", "Người ký"), ("F6", "Nơi nhận")]


def draft_from_text(text: str) -> Draft:
    lines = clean_lines(text)
    header, root = parse_outline(lines)
    issuer, place = issuer_and_place(header)
    title = title_line(header)
    kind, year, half = kind_and_period(title or " ".join(header))
    if kind is None or year is None:  # the title did not say: the opening paragraph does
        k2, y2, h2 = kind_and_period(" ".join(header))
        kind, year, half = kind or k2, year or y2, half if half is not None else h2
    draft = Draft(title=title, kind=kind, year=year, half=half, place=place, issuer=issuer,
                  title_source=title, addressees=addressees(header))
    drafter = Drafter(year, half, place)
    drafter.run(root)
    draft.sections, draft.items = drafter.sections, drafter.items
    draft.figures = list(drafter.figures.values())
    draft.movement_names = drafter.movement_names
    all_types = list(dict.fromkeys(t for a in draft.addressees for t in a.types))
    paragraphs = [t for n in root.walk() for _, t in n.paragraphs]
    draft.deadlines = find_deadlines(paragraphs, all_types, year)
    for key, label in FORM_ITEMS:
        draft.items.append(DraftItem(key, label, "form", "", kind="form", metadata_key=key))
    if draft.deadlines:
        first = draft.deadlines[0]
        draft.items.append(DraftItem("T1", "Đúng hạn", "form", first.source, kind="form", metadata_key="deadline"))
    return draft
