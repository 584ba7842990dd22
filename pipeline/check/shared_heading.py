"""A heading naming two points: a follower that names only the other point reports that one.

Offices merge the directive's points under one heading: "d) Gắn phong trào thi đua với Chỉ thị số
05-CT/TW; phát hiện, nhân rộng điển hình tiên tiến", then "Chi bộ tổ chức học tập chuyên đề ... theo
Chỉ thị số 05-CT/TW ..." and, maybe, a sentence on the examples. The Checker hands a heading's concept
to its first follower with a result, so the sentence on Chỉ thị 05 reported the advanced examples too.
A follower whose sentence (its ";" clauses together) names another item's concept, which the heading
names as well, and not the item's own, answers that other point: the heading's walk passes over it
to the next follower ("Cải cách hành chính, chuyển đổi số": "100% văn bản ... ký số" is the digital
point's, the clause after it, "rút ngắn thời gian xử lý hồ sơ", may still be the reform's).

Only items of one concept and no parts, on either side (an item with parts reads a heading of several
parts in part_hits.py). What it leaves to others: the follower walk (context.py asks `other_points`
of each follower of a heading).
"""

from __future__ import annotations


def _single(rule) -> bool:
    return rule.concept is not None and not rule.parts


def _sentence(checker, t) -> list:
    """`t` with the other ";" clauses of its sentence."""
    sentences = checker.seg.sentences
    head = t.first_clause if t.first_clause is not None else t.index
    out = [sentences[head]]
    for u in sentences[head + 1:]:
        if u.first_clause != head:
            break
        out.append(u)
    return out


def other_points(checker, rule, heading, t) -> bool:
    """`t`, a follower of `heading`, answers another point the heading names, not the item's."""
    if not heading.is_heading or not _single(rule):
        return False
    whole = _sentence(checker, t)
    if any(checker.matches(rule.concept, u) for u in whole):
        return False
    return any(other is not rule and _single(other) and other.concept is not rule.concept
               and checker.matches(other.concept, heading) and any(checker.matches(other.concept, u) for u in whole)
               for other in checker.rules)
