"""What a draft of a directive's rules holds, before it is written as YAML: plain dataclasses.

Every drafted piece keeps `source`, the directive's sentence it came from, so the clerk can see
why it is there (render.py writes it as a YAML comment). Reading the directive is the other
modules' job; writing the file render.py's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class DraftSection:
    id: str                       # the directive's own numbering: "I.2", "I.4.1"
    label: str
    title: list[str]              # phrases recognising the report's heading of this section
    source: str
    context: str | None = None    # "plan" | "proposal" | None


@dataclass
class DraftPart:
    name: str
    any: list[str] = field(default_factory=list)
    figure: str | None = None


@dataclass
class DraftItem:
    id: str
    label: str
    section: str
    source: str
    kind: str = "point"           # point | movement | document | figure | plan | form
    any: list[str] = field(default_factory=list)
    parts: list[DraftPart] = field(default_factory=list)
    figure: str | None = None
    figure_required: bool = False
    quoted: bool = False          # a movement named in quotes: its words alone are no result
    documents: list[tuple[str, str]] = field(default_factory=list)  # (shown name, regex) cited
    metadata_key: str | None = None   # F1-F6 for form items; "deadline" for T1


@dataclass
class DraftFigure:
    name: str                     # slug, e.g. "lao_dong_tien_tien"
    label: str
    kind: str                     # count | percent
    titles: list[str]
    source: str
    item: str | None = None
    unit: str = "any"


@dataclass
class DraftDeadline:
    date: dt.date
    types: list[str]              # unit types (schema.UNIT_TYPES) the sentence addresses
    addressee: str                # the words naming them
    source: str


@dataclass
class Addressee:
    text: str                     # as the directive writes it ("UBND các xã, thị trấn")
    types: list[str]


@dataclass
class Draft:
    title: str | None
    kind: str | None              # "sơ kết" | "tổng kết"
    year: int | None
    half: int | None              # 1 | 2 | None (the whole year)
    place: str | None             # the issuer's district/province name, e.g. "Tây Sơn"
    issuer: str | None
    title_source: str | None = None
    addressees: list[Addressee] = field(default_factory=list)
    sections: list[DraftSection] = field(default_factory=list)
    items: list[DraftItem] = field(default_factory=list)
    figures: list[DraftFigure] = field(default_factory=list)
    deadlines: list[DraftDeadline] = field(default_factory=list)
    movement_names: list[str] = field(default_factory=list)   # protected official names

    @property
    def movements(self) -> list[DraftItem]:
        return [i for i in self.items if i.kind == "movement"]

    def deadline_for_type(self) -> dict[str, DraftDeadline]:
        """The deadline each unit type gets: of the sentences naming it, the one naming fewest
        types ("Riêng các cụm, khối ..." beats "Các cơ quan, đơn vị ..."), the first on a tie."""
        chosen: dict[str, DraftDeadline] = {}
        for d in sorted(self.deadlines, key=lambda d: len(d.types)):
            for t in d.types:
                chosen.setdefault(t, d)
        return chosen

    def deadline_by_type(self) -> tuple[dt.date | None, dict[str, dt.date]]:
        """(default, by_type): the default is the date that covers most unit types; each other
        type named with another date gets its own."""
        chosen = self.deadline_for_type()
        # In the order the directive's deadlines name the types, not the order they were chosen in.
        order = list(dict.fromkeys(t for d in self.deadlines for t in d.types))
        dated = {t: chosen[t].date for t in order}
        if not dated:
            return None, {}
        counts: dict[dt.date, int] = {}
        for date in dated.values():
            counts[date] = counts.get(date, 0) + 1
        default = max(counts, key=lambda d: (counts[d], -d.toordinal()))
        return default, {t: d for t, d in dated.items() if d != default}
