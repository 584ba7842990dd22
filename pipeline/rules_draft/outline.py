"""The directive's outline: its numbered parts ("I.", "1.", "a)"), their headings and the
paragraphs and bullets under them, from the directive's lines.

A numbered line is a heading when it is short (or its words before a colon are, the rest being
its first paragraph); a long numbered line is a point of its own. The header (before the first
part) and the closing ("Nơi nhận:" and after) are left out; header.py reads the former.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "I.", "Phần I.", "PHẦN II -", not "V/v ..."
_ROMAN = re.compile(r"^(?:(?i:phần|mục)\s+)?(?P<num>[IVX]{1,4})(?:\.|\s+[-–:])\s*(?P<text>\S.*)$")
_UPPER = re.compile(r"^(?:(?i:phần|mục)\s+)?(?P<num>[A-ZĐ])\.\s+(?P<text>\S.*)$")  # "A. NỘI DUNG ..."
_NUMBER = re.compile(r"^(?P<num>\d{1,2})[.)]\s*(?P<text>\D.*)$")
_LETTER = re.compile(r"^(?P<num>[a-zđ])\)\s*(?P<text>\S.*)$")
_BULLET = re.compile(r"^[-–•+*]\s*(?P<text>\S.*)$")
_CLOSING = re.compile(r"^(?:nơi nhận|tm\.|kt\.|tl\.|q\.)", re.IGNORECASE)
# The usual depth of each numbering scheme, for a directive that starts at "I." (Node.level);
# nesting itself follows the order the schemes first appear in (parse_outline).
_LEVELS = {"upper": 0, "roman": 1, "number": 2, "letter": 3}
PART_KINDS = ("upper", "roman")  # the schemes of the directive's parts, not of the report's sections
HEADING_WORDS = 25
SHORT_HEADING = 10  # a line this short is a heading even with a full stop


@dataclass
class Node:
    kind: str                     # upper | roman | number | letter | root
    num: str
    heading: str                  # the heading's words ("" for a point without a heading)
    line: str                     # the line as written
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (paragraph | bullet, text)
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)

    @property
    def level(self) -> int:
        return _LEVELS.get(self.kind, 0)

    @property
    def id(self) -> str:
        """The path of numbers from the top: "I.2", "II.1.a", "A.I.1" — unique however the
        directive's numbering restarts under each part."""
        chain, node = [], self
        while node is not None and node.kind != "root":
            chain.append(node.num)
            node = node.parent
        return ".".join(reversed(chain))

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def _numbered(line: str) -> tuple[str, str, str] | None:
    for kind, pattern in (("roman", _ROMAN), ("upper", _UPPER), ("number", _NUMBER), ("letter", _LETTER)):
        m = pattern.match(line)
        if m:
            num = m["num"].upper() if kind in PART_KINDS else m["num"]
            return kind, num, m["text"].strip()
    return None


def _parent_for(current: Node, kind: str) -> Node:
    """Where a new numbered line goes: beside the nearest open node of the same scheme (the
    numbering goes on or restarts there), else under the innermost open node (a scheme not
    seen on the way up opens a deeper level) — whatever order the schemes nest in."""
    node = current
    while node.kind != "root":
        if node.kind == kind:
            return node.parent
        node = node.parent
    # A scheme not open on the way up: nest under current, unless current is deeper by the
    # usual depths ("1." closing an "a)" list without an open "1.")
    node = current
    while node.kind != "root" and _LEVELS[node.kind] >= _LEVELS[kind] and node.kind not in PART_KINDS:
        node = node.parent
    return node


_OPTIONAL = re.compile(r"\s*\(nếu có\)", re.IGNORECASE)


def _heading_and_rest(text: str) -> tuple[str, str]:
    """(heading, paragraph after it): "Công tác khen thưởng: nêu số ..." -> both parts."""
    text = _OPTIONAL.sub("", text)
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= HEADING_WORDS:
        return head.strip(), rest.strip()
    if len(text.split()) <= HEADING_WORDS and not text.rstrip().endswith((".", ";", "./.")):
        return text.strip().rstrip(":"), ""
    if len(text.split()) <= SHORT_HEADING and text.rstrip().endswith(".") and "," not in text.rstrip(".")[-3:]:
        return text.strip().rstrip("."), ""  # "3. Phương hướng, nhiệm vụ năm 2025."
    return "", text.strip()


def parse_outline(lines: list[str]) -> tuple[list[str], Node]:
    """(header lines before the first part, the outline's root)."""
    root = Node("root", "", "", "")
    header: list[str] = []
    current = root
    started = False
    for line in lines:
        if _CLOSING.match(line):
            if started:
                break
        found = _numbered(line)
        if found and (found[0] in PART_KINDS or started):
            kind, num, text = found
            started = True
            parent = _parent_for(current, kind)
            heading, rest = _heading_and_rest(text)
            node = Node(kind, num, heading, line, parent=parent)
            if rest:
                node.paragraphs.append(("paragraph", rest))
            parent.children.append(node)
            current = node
            continue
        if not started:
            header.append(line)
            continue
        bullet = _BULLET.match(line)
        current.paragraphs.append(("bullet", bullet["text"]) if bullet else ("paragraph", line))
    if not started:  # no roman part: numbered sections straight under the header
        return _without_parts(lines)
    return header, root


def _without_parts(lines: list[str]) -> tuple[list[str], Node]:
    """A directive numbered "1.", "2." from the top: the numbered lines are its sections."""
    root = Node("root", "", "", "")
    header, current, started = [], root, False
    for line in lines:
        if started and _CLOSING.match(line):
            break
        found = _numbered(line)
        if found and found[0] in ("number", "letter") and (started or found[0] == "number"):
            kind, num, text = found
            started = True
            parent = current
            while parent.kind != "root" and parent.level >= _LEVELS[kind]:
                parent = parent.parent
            heading, rest = _heading_and_rest(text)
            node = Node(kind, num, heading, line, parent=parent)
            if rest:
                node.paragraphs.append(("paragraph", rest))
            parent.children.append(node)
            current = node
        elif not started:
            header.append(line)
        else:
            bullet = _BULLET.match(line)
            current.paragraphs.append(("bullet", bullet["text"]) if bullet else ("paragraph", line))
    return header, root
