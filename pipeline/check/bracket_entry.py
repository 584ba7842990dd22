"""A ";" clause cut inside a parenthesis: the part on the parenthesis' side is an entry of its list.

segment.py judges a long sentence clause by clause at its ";", even inside a parenthesis: "Phòng
có 02 sáng kiến đăng ký (Quy trình phối hợp ...; Giải pháp số hóa hồ sơ cấp phép xây dựng), đang
hoàn thiện để đề nghị ..." gives a clause that opens with the list's last entry, then the closing
bracket. The entry is a name (an initiative's title, a plan's, a field's) in the list the sentence
opened, and a movement's words in it ("số hóa") report no result of the movement. Told by the
clause's unmatched bracket: a clause that closes a parenthesis it did not open, or opens one it
does not close, whose bracketed part holds the movement's concept and no quantity, while the rest
of the clause does not hold the concept.

What it leaves to others: cutting the clauses (segment.py), which items it applies to (set_aside.py:
the movements), their concepts (the rules).
"""

from __future__ import annotations

from tdkt.pipeline.check.language import has_quantity
from tdkt.pipeline.segment import Sentence


def _bracket_part(text: str) -> tuple[str, str] | None:
    """(the bracketed part, the rest) of a clause with an unmatched bracket, else None."""
    close, open_ = text.find(")"), text.rfind("(")
    if close >= 0 and (text.find("(") < 0 or text.find("(") > close):
        return text[:close], text[close + 1:]  # closes a parenthesis opened before the clause
    if open_ >= 0 and text.find(")", open_) < 0:
        return text[open_ + 1:], text[:open_]  # opens one closed after the clause
    return None


def bracket_entry(checker, rule, s: Sentence) -> bool:
    """The movement's concept is only in the clause's unmatched bracketed part, which holds no quantity."""
    if s.is_heading or rule.concept is None or ";" not in _whole(checker, s):
        return False
    parts = _bracket_part(s.text)
    if parts is None:
        return False
    inside, rest = parts
    return (rule.concept.contains(checker.canon.text(inside)) and not has_quantity(inside)
            and not rule.concept.contains(checker.canon.text(rest)))


def _whole(checker, s: Sentence) -> str:
    """The clause's whole sentence as typed: its first clause to its last (one block)."""
    sentences = checker.seg.sentences
    first = s.first_clause if s.first_clause is not None else s.index
    if s.first_clause is None and not (s.index + 1 < len(sentences) and sentences[s.index + 1].first_clause == s.index):
        return s.text
    return ";".join(t.text for t in sentences[first:] if t.index == first or t.first_clause == first)
