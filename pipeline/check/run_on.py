"""A run-on paragraph: one sentence telling several movements in turn, each in its own comma stretch.

Some offices write a whole section as one paragraph of clauses joined by commas ("..., phong trào A
được nhân dân hưởng ứng, đã hiến 900 m2 đất ..., phong trào B ..., vận động được 31 triệu đồng, ...,
các phong trào còn lại như C, D tiếp tục được duy trì thực hiện, việc ..."). segment.py cuts only at
"." and ";", so one "sentence" of a thousand characters names several movements and holds all their
figures: a movement only named in passing borrowed the others' results. A careful reader gives a
figure to the movement whose stretch holds it: from a comma piece naming the movement to the next
piece that names another movement or opens a new topic ("về ...", "đối với ...", "việc ...":
`language: run_on_openers`). A piece that credits the work told before it to the movement it names
("..., trồng 320 cây xanh, góp phần thực hiện phong trào ...": `language: run_on_closers`) takes that
work into the movement's stretch, back to the piece where its topic opened. Such a sentence (two or
more movements named in different pieces, many pieces) reports a movement only when one of its
stretches carries a quantity or a strong result word outside official names. A piece the item
excludes itself ("..., góp phần cùng huyện đạt chuẩn nông thôn mới năm 2023": the goal the work
served, M6's `exclude`) names it without opening a stretch.

Which items are movements is the rules' (`quoted_needs_result`, no parts); dropping the sentence
from an item's evidence is items.py's; how a shorter sentence listing movements is read is
context.py's (`Checker.listed`).
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker, _blank_names
from tdkt.pipeline.check.language import has_quantity, without_quotes
from tdkt.pipeline.segment import Sentence

REJECTION = "run_on"
OPENERS = "run_on_openers"
CLOSERS = "run_on_closers"
MIN_PIECES = 8  # a sentence of fewer comma pieces is a list or an ordinary sentence (context.py)

_OPEN = "(["
_CLOSE = ")]"
_QUOTES = "\"“”"


def pieces(raw: str) -> list[str]:
    """The text cut at ", " outside brackets and quoted names (a name holds commas of its own:
    "Cán bộ, công chức ... văn hóa công sở"); a bracket closed that opened before the text is ignored."""
    out, start, depth, quoted = [], 0, 0, False
    for i, ch in enumerate(raw):
        if ch in _QUOTES:
            quoted = not quoted if ch == '"' else ch == "“"
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and not quoted and raw[i + 1:i + 2] == " ":
            out.append(raw[start:i])
            start = i + 1
    out.append(raw[start:])
    return [p.strip() for p in out if p.strip()]


def _movements(checker: Checker):
    return [r for r in checker.rules if r.quoted_needs_result and not r.parts and r.concept is not None]


def _reports(checker: Checker, raw: str) -> bool:
    """A quantity or an unnegated strong result word in the stretch, official names set aside."""
    if has_quantity(without_quotes(raw)):
        return True
    text = checker.canon.text(without_quotes(raw))
    if checker.lang.names is not None:
        text = _blank_names(checker.lang.names, text)
    regex = checker.lang.strong.narrowed(text)
    return any(not checker.negated(text, m.start()) for m in (regex.finditer(text) if regex is not None else ()))


def unreported_in_run_on(checker: Checker, rule, s: Sentence) -> bool:
    """`s` is a run-on sentence naming `rule`'s movement and other movements in different comma
    pieces, and no stretch of `rule`'s movement carries a result."""
    if s.is_heading or s.text.count(", ") < MIN_PIECES - 1 or not checker.listed(s):
        return False
    parts = pieces(s.text)
    if len(parts) < MIN_PIECES:
        return False
    canon = [checker.canon.text(p) for p in parts]
    movements = _movements(checker)
    named = [{r.id for r in movements if r.concept.contains(c)} for c in canon]
    own = [i for i, ids in enumerate(named) if rule.id in ids]
    if not own or len(set().union(*named) - {rule.id}) < 1:
        return False
    openers = checker.lang.lists.get(OPENERS)
    closers = checker.lang.lists.get(CLOSERS)
    stretch: list[str] = []
    topic: list[str] = []  # the pieces since the last one naming another movement or opening a topic
    for i, (part, ids) in enumerate(zip(parts, named)):
        opens = openers is not None and openers.contains(canon[i])
        if rule.id in ids and rule.exclude is not None and rule.exclude.contains(canon[i]):
            ids = ids | {""}  # a mention the item excludes: a boundary, no stretch of its own
        elif rule.id in ids:
            if not stretch and closers is not None and closers.contains(canon[i]):
                stretch = topic[:]  # the work the closing credits to the movement
            stretch.append(part)
            topic.append(part)
            continue
        if ids or opens:
            if stretch and _reports(checker, ", ".join(stretch)):
                return False
            stretch = []
            topic = [part] if opens and not ids else []
            continue
        topic.append(part)
        if stretch:
            stretch.append(part)
    return not (stretch and _reports(checker, ", ".join(stretch)))
