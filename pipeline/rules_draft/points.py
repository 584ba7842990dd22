"""The report's outline and required points from the directive's outline: which part describes
the report (its "NỘI DUNG" part), its numbered sections, a section split in two when it asks for
an assessment and a plan, and one item per required point — a bullet, a paragraph, a clause of
a ";" list — with movements, cited documents and figures recognised in it."""

from __future__ import annotations

import re

from tdkt.pipeline.rules_draft import figures as figure_words
from tdkt.pipeline.rules_draft.deadlines import DEADLINE
from tdkt.pipeline.rules_draft.model import DraftFigure, DraftItem, DraftPart, DraftSection
from tdkt.pipeline.rules_draft.movements import (list_element, listed_movements, movement_phrases,
                                                 movement_segments, quoted_movements)
from tdkt.pipeline.rules_draft.outline import PART_KINDS, Node
from tdkt.pipeline.rules_draft.phrases import (GENERIC_ONLY, chunks, document_refs, point_phrases, protect,
                                               strip_lead, unprotect, useful)
from tdkt.pipeline.rules_draft.text import phrase, sentences, shorten, split_outside, upper_first

_CONTENT_PART = re.compile(r"nội dung|đề cương|yêu cầu báo cáo|báo cáo gồm", re.IGNORECASE)
_NOT_CONTENT = re.compile(r"tổ chức thực hiện|mục đích|thời gian|hồ sơ|trách nhiệm", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:phương hướng|nhiệm vụ(?: và giải pháp)?(?: trọng tâm)? (?:6|sáu) tháng cuối|"
                   r"nhiệm vụ(?:,)? giải pháp|thời gian tới|kế hoạch năm)\b|^nhiệm vụ\b", re.IGNORECASE)
_PROPOSAL = re.compile(r"\bkiến nghị\b|\bđề xuất\b", re.IGNORECASE)
_ASSESS = re.compile(r"^(?:đánh giá|nhận xét)\b|\bưu điểm\b|\bhạn chế\b|\bkhuyết điểm\b", re.IGNORECASE)
_ISSUING = re.compile(r"\b(?:ban hành|văn bản|xây dựng kế hoạch|chỉ đạo)\b", re.IGNORECASE)
_OPTIONAL = re.compile(r"\(nếu có\)", re.IGNORECASE)
_PROHIBITION = re.compile(r"^(?:không|tránh|nghiêm cấm)\s+(?!có\b)", re.IGNORECASE)
_DOC_START = re.compile(r"^(?:và\s+)?(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Quyết định|Công văn|Hướng dẫn|"
                        r"Thông tư|Nghị định|Luật)\s+số\b", re.IGNORECASE)


def content_parts(root: Node) -> list[Node]:
    """The parts that describe the report: "I. NỘI DUNG SƠ KẾT"; failing a title that says so,
    every part but the organisational ones; a directive without parts is all content. A content
    part made of parts itself ("A. NỘI DUNG BÁO CÁO" holding "Phần I.", "Phần II.") gives those."""
    parts = [n for n in root.children if n.kind in PART_KINDS]
    if not parts:
        return [root]
    named = [p for p in parts if _CONTENT_PART.search(p.heading or p.line)]
    chosen = named or [p for p in parts if not _NOT_CONTENT.search(p.heading or p.line)] or parts
    result = []
    for part in chosen:
        inner = [c for c in part.children if c.kind in PART_KINDS]
        result += content_parts(part) if inner else [part]
    return result


def plan_period(year: int | None, half: int | None) -> str:
    """What the report's plan is for: "6 tháng cuối năm" after a first half, else next year."""
    if half == 1:
        return "6 tháng cuối năm"
    return f"năm {year + 1}" if year else "năm tới"


class Drafter:
    """Walks the content parts and collects sections, items and figures in outline order."""

    def __init__(self, year: int | None, half: int | None, place: str | None):
        self.year, self.half, self.place = year, half, place
        self.period = plan_period(year, half)
        self.sections: list[DraftSection] = []
        self.items: list[DraftItem] = []
        self.figures: dict[str, DraftFigure] = {}
        self.movement_names: list[str] = []
        self.movement_quoted: list[bool] = []
        self.inherited: str | None = None  # "plan" under a plan part
        self.listed: dict[str, list[tuple[str, bool]]] = {}  # a point -> the movements it lists

    # --- sections ---------------------------------------------------------------------------

    def run(self, root: Node) -> None:
        parts = content_parts(root)
        for part in parts:
            nodes = [c for c in part.children if c.kind in ("number", "letter")] or [part]
            self.inherited = None
            if part.parent is not None and part.parent.kind in PART_KINDS and nodes != [part]:
                self._part_section(part)
            for node in nodes:
                self._section(node)
            self.inherited = None
        if not any(s.context == "proposal" for s in self.sections):
            last = parts[-1]
            self.sections.append(DraftSection(
                id=_next_id_after(last),
                label="Kiến nghị, đề xuất", title=["kiến nghị", "đề xuất", "tổ chức thực hiện"],
                source="", context="proposal"))

    def _section(self, node: Node) -> None:
        heading = node.heading or shorten(node.paragraphs[0][1] if node.paragraphs else node.line, 60)
        points = self._points(node)
        kinds = {"plan" if _PLAN.search(p) else "other" for p in points}
        if _PLAN.search(heading) and "other" in kinds and "plan" in kinds:
            self._split_section(node, heading, points)
            return
        context = "plan" if _PLAN.search(heading) and not heading.lower().startswith("kết quả") \
            else "proposal" if _PROPOSAL.search(heading) else self.inherited
        # Under a plan part, a heading that is no plan itself ("Đăng ký thi đua năm 2024") keeps
        # its own words as its title, not the plan's.
        title_context = None if context == "plan" and not _PLAN.search(heading) else context
        section = DraftSection(self._unique(node.id), upper_first(heading), self._title(heading, title_context),
                               node.line, context)
        self.sections.append(section)
        if context == "proposal":
            return
        for point in points:
            self._point(point, section)

    def _part_section(self, part: Node) -> None:
        """A part inside the content part ("A. NỘI DUNG BÁO CÁO" > "Phần II. ĐÁNH GIÁ CHUNG") is a
        part of the report itself: a section of its own, its heading a heading the report
        repeats, and a plan part ("Phần III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024") makes every
        section under it a plan."""
        heading = part.heading or shorten(part.line, 60)
        context = "plan" if _PLAN.search(heading) and not heading.lower().startswith("kết quả") \
            else "proposal" if _PROPOSAL.search(heading) else None
        self.sections.append(DraftSection(self._unique(part.id), upper_first(heading.capitalize()),
                                          self._title(heading, context), part.line, context))
        self.inherited = context

    def _unique(self, section_id: str) -> str:
        """A section id not used yet: a directive that numbers two parts alike ("1." twice
        by mistake) still gives ids the schema takes ("1", "1-2")."""
        used = {s.id for s in self.sections}
        candidate, n = section_id, 1
        while candidate in used:
            n += 1
            candidate = f"{section_id}-{n}"
        return candidate

    def _split_section(self, node: Node, heading: str, points: list[str]) -> None:
        """"Đánh giá chung và đề ra phương hướng ..." with an assessment bullet and a plan bullet:
        two sections, the second a plan."""
        head_parts = [unprotect(p).strip() for p in re.split(r"\s+và\s+", protect(heading))]
        for n, want_plan in ((1, False), (2, True)):
            mine = [p for p in points if bool(_PLAN.search(p)) == want_plan]
            head = [re.sub(r"^(?:đề ra|nêu)\s+", "", p) for p in head_parts if bool(_PLAN.search(p)) == want_plan]
            label = upper_first(", ".join(head) or shorten(mine[0], 50))
            context = "plan" if want_plan else None
            title = self._title(", ".join(head), context)
            for p in mine:
                title += [c for c in useful(chunks(p, keep_time=want_plan), max_words=4)[:3] if c not in title]
            section = DraftSection(self._unique(f"{node.id}.{n}"), label, title, mine[0] if mine else node.line, context)
            self.sections.append(section)
            for point in mine:
                self._point(point, section)

    def _title(self, heading: str, context: str | None) -> list[str]:
        """Phrases for the report's heading of a section: the heading itself when short, its noun
        phrases, a one-word one anchored at the start ("^khen thưởng")."""
        titles = []
        for part in re.split(r"\s+và\s+|,\s+(?=đề ra|nêu)", protect(heading)):
            whole = phrase(unprotect(part))
            if len(whole.split()) <= 6:
                titles.append(whole)
        found = chunks(heading, keep_time=context == "plan")
        titles += useful(found, min_words=2, max_words=6)
        titles += ["^" + c for c in found if len(c.split()) == 1 and len(c) > 3]
        if context == "plan":
            titles = ["phương hướng", f"nhiệm vụ ... {self.period}", self.period] + titles
        titles = [t for t in titles if t.lstrip("^") not in GENERIC_ONLY]
        return list(dict.fromkeys(titles)) or [phrase(heading)]

    # --- points -----------------------------------------------------------------------------

    def _points(self, node: Node) -> list[str]:
        """Each bullet or paragraph under a section, and the letter-numbered points under it. A
        list of movements under a heading about movements (the section's or a point's) is kept
        apart in self.listed, keyed by the point standing for it."""
        points = []
        listed = self._movement_list(node.heading, node.paragraphs)
        if listed:
            points.append(self._listed_point(listed, node.paragraphs))
        else:
            points += [text for _, text in node.paragraphs]
        for child in node.children:
            lead = child.heading
            listed = self._movement_list(lead or child.line, child.paragraphs)
            if listed:
                points.append(self._listed_point(listed, child.paragraphs))
                continue
            body = " ".join(text for _, text in child.paragraphs)
            points.append(f"{lead}: {body}" if lead and body else lead or body)
        # A paragraph with a deadline ("Báo cáo gửi về ... trước ngày ...") organises, it asks nothing.
        return [p for p in points if p and (p in self.listed or not _OPTIONAL.search(p) and not DEADLINE.search(p))]

    @staticmethod
    def _movement_list(heading: str, paragraphs: list[tuple[str, str]]) -> list[tuple[str, bool]]:
        elements = [e for e in (list_element(t) if kind == "paragraph" else t for kind, t in paragraphs) if e]
        return listed_movements(heading or "", elements)

    def _listed_point(self, listed: list[tuple[str, bool]], paragraphs: list[tuple[str, str]]) -> str:
        """The movements of a list, under the list's own lines as their source."""
        source = " ".join(t for kind, t in paragraphs if kind == "bullet" or list_element(t))
        self.listed[source] = listed
        return source

    def _point(self, point: str, section: DraftSection) -> None:
        if point in self.listed:
            self._movements(self.listed[point], point, section)
            return
        for sentence in sentences(point):
            listed = movement_segments(sentence) or quoted_movements(sentence)
            if listed:
                self._movements(listed, sentence, section)
                continue
            for clause in self._clauses(sentence):
                self._item(clause, sentence, section)

    @staticmethod
    def _clauses(sentence: str) -> list[str]:
        """A sentence's ";" clauses. A clause that only names another document goes with the one
        before, and so does one that goes on with the title of a document cited before it
        ("... Kết luận số 21-KL/TW ... về tăng cường ...; ngăn chặn, đẩy lùi ...")."""
        clauses: list[str] = []
        for clause in split_outside(sentence, ";"):
            clause = clause.rstrip(".").strip()
            if clauses and (_DOC_START.match(clause) or _continues_title(clauses[-1], clause)):
                clauses[-1] += "; " + clause
            elif clause:
                clauses.append(clause)
        return clauses

    def _next_id(self, prefix: str) -> str:
        n = sum(1 for i in self.items if i.id.startswith(prefix) and i.id[len(prefix):].isdigit()) + 1
        return f"{prefix}{n}"

    def _movements(self, listed: list[tuple[str, bool]], sentence: str, section: DraftSection) -> None:
        names = [n for n, _ in listed]
        all_names = self.movement_names + names
        self.movement_quoted += [q for _, q in listed]
        phrases = movement_phrases(all_names, self.place, self.movement_quoted)[len(self.movement_names):]
        self.movement_names = all_names
        for (name, quoted), anys in zip(listed, phrases):
            self.items.append(DraftItem(
                id=self._next_id("PT"), label=shorten(upper_first(name), 60), section=section.id,
                source=sentence, kind="movement", any=anys, quoted=quoted))

    def _item(self, clause: str, sentence: str, section: DraftSection) -> None:
        if _PROHIBITION.match(clause):  # "không gộp chung với ...": how to report, not what
            return
        counts, percents = figure_words.figures_of_clause(clause)
        for fig in percents:  # one item per ratio: each is reported (or not) on its own
            fig = self._keep_figure(fig)
            item = DraftItem(id=self._next_id("ND"), label=fig.label, section=section.id, source=clause,
                             kind="figure", any=list(dict.fromkeys(fig.titles[1:] or fig.titles)),
                             figure=fig.name, figure_required=True)
            fig.item = fig.item or item.id
            self.items.append(item)
        if percents:
            return
        plan = section.context == "plan"
        anys = point_phrases(clause)
        documents = document_refs(clause)
        if documents and not anys:
            anys = [phrase(name) for name, _ in documents]
        topic = _document_topic(clause) if documents else []
        anys = list(dict.fromkeys(anys + topic))
        if plan:
            anys = list(dict.fromkeys([f"{w} ... {self.period}" for w in ("nhiệm vụ", "giải pháp")]
                                      + [self.period, "phương hướng"] + anys))
        # A point about issuing documents ("ban hành văn bản ... theo Kế hoạch số 15") is fully
        # reported with a document's number; a point tied to documents ("Gắn ... với Chỉ thị số
        # 05-CT/TW") is reported by naming them.
        issuing = bool(documents) and bool(_ISSUING.search(clause.split(documents[0][0].split()[0])[0]))
        kind = "plan" if plan else "document" if issuing else "cites" if documents else "point"
        if kind == "cites":  # "Chỉ thị 5", "5-CT/TW" as reports cite them
            anys = list(dict.fromkeys(anys + [regex for _, regex in documents]))
        item = DraftItem(id=self._next_id("ND"), label=_label(clause), section=section.id, source=clause,
                         kind=kind, any=anys, documents=documents)
        kept = [self._keep_figure(f) for f in counts]
        if len(kept) == 1:
            item.figure = kept[0].name
            item.kind = "figure"
            item.any = list(dict.fromkeys(item.any + [phrase(t) for t in kept[0].titles]))
        elif len(kept) > 1:
            item.kind = "figure"
            item.parts = [DraftPart(f.label, [f.titles[0]], f.name) for f in kept]
        for f in kept:
            f.item = f.item or item.id
        if not (item.any or item.parts):
            item.any = [phrase(shorten(clause, 40)).rstrip("…")]
        if _ASSESS.search(clause) and not plan:
            item.kind = "assessment"
        self.items.append(item)

    def _keep_figure(self, fig: DraftFigure) -> DraftFigure:
        return self.figures.setdefault(fig.name, fig)


def _continues_title(before: str, clause: str) -> bool:
    if not clause[:1].islower():
        return False
    refs = list(_DOC_ANY.finditer(before))
    return bool(refs) and " về " in before[refs[-1].end():]


_DOC_ANY = re.compile(r"\b(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Quyết định|Công văn|Hướng dẫn|Thông tư|"
                      r"Nghị định|Luật)\s+số\b", re.IGNORECASE)


def _document_topic(clause: str) -> list[str]:
    """What a cited document is about ("... về đẩy mạnh học tập và làm theo tư tưởng ...")."""
    m = re.search(r"\bvề\s+(?:việc\s+)?(.+?)(?:;|$)", clause)
    if not m:
        return []
    topic = phrase(unprotect(protect(m.group(1))))
    words = strip_lead(topic).split()
    whole = " ".join(words[:10])
    return [whole] + [c for c in useful(chunks(m.group(1)), min_words=3) if c != whole][:3]


def _label(clause: str) -> str:
    text = re.sub(r"^(?:việc|nêu rõ|nêu)\s+", "", clause.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return shorten(upper_first(text), 60)


_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _next_roman(num: str) -> str:
    return _ROMANS[_ROMANS.index(num) + 1] if num in _ROMANS[:-1] else "KN"


def _next_id_after(part: Node) -> str:
    """The id of a proposal section added after the last content part: the next part's number
    on the same path ("II" after "I", "A.IV" after "A.III")."""
    if part.kind != "roman":
        return "KN"
    prefix = part.id[: -len(part.num)]
    return prefix + _next_roman(part.num) if part.num in _ROMANS[:-1] else "KN"
