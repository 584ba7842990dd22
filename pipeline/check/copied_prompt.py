"""A point of the directive copied as a prompt, and a labelled line left unanswered: no report.

Some offices paste the directive's required contents into their report, each point as a (bold)
prompt, and type their answer under it: "- Kết quả phát động thi đua trên các lĩnh vực: Cải cách
hành chính, lao động giỏi, ...", "Kết quả xét, công nhận sáng kiến cấp cơ sở; ...; tỷ lệ cá nhân là
người lao động trực tiếp ...". Every keyword of the checklist is in those prompts, so read as
content they report every field, ratio and document the directive names. A prompt is told by its
words: nearly all of its word trigrams are the directive's own, in the directive's order (the
rules' `directive_points`, the directive's text as data), it opens as one of them (a document the
directive names, listed by a unit among those it issued, is the unit's report), and it is long enough that a unit's own
sentence could not be one by chance. The answer under it is judged by itself.

The same offices leave some answers as a placeholder: "- Tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý
được khen: ..." — a label, a colon and only dots or underscores. The label restates the point; the
line reports nothing.

What it leaves to others: the directive's text (the rules' `directive_points` list), dropping the
sentences from an item's evidence (set_aside.py's SET_ASIDE), the answers under a prompt (judged
as any sentence).
"""

from __future__ import annotations

import re

from tdkt.pipeline.segment import Sentence

LIST = "directive_points"
MIN_WORDS = 10  # a shorter line may well be the unit's own words that happen to match
MIN_SHARE = 0.9  # of the sentence's word trigrams found in the directive's points
# "...: ...", "...: …", "...: ____", "...:" then only dots or dashes
_PLACEHOLDER = re.compile(r":\s*(?:[.…_]\s*){2,}$|:\s*…\s*$|:\s*[-–—]+\s*$")

_points_of: dict[int, tuple[frozenset, frozenset]] = {}  # id(ruleset raw) -> (trigrams, opening trigrams)


def _trigrams(words: list[str]) -> list[tuple]:
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]


def _directive(checker) -> tuple[frozenset, frozenset]:
    """The directive points' word trigrams, and the trigrams each point opens with."""
    key = id(checker.raw)
    found = _points_of.get(key)
    if found is None:
        points = (checker.raw.get("language") or {}).get(LIST) or []
        grams: set[tuple] = set()
        openings: set[tuple] = set()
        for point in points:
            if isinstance(point, str) and (tri := _trigrams(checker.canon.text(point).split())):
                grams.update(tri)
                openings.add(tri[0])
        found = _points_of[key] = (frozenset(grams), frozenset(openings))
    return found


def is_placeholder_answer(checker, s: Sentence) -> bool:
    """A label whose answer after its colon is only a placeholder ("...", "…", "___")."""
    return bool(_PLACEHOLDER.search(s.text.rstrip()))


def _covered(grams: list[tuple], directive: frozenset) -> bool:
    return bool(grams) and sum(g in directive for g in grams) >= MIN_SHARE * len(grams)


def is_copied_prompt(checker, s: Sentence) -> bool:
    """The sentence opens as one of the directive's points and nearly all its word trigrams are the
    directive's. Opening as a point matters: a document the directive names ("Chỉ thị số 01/CT-UBND
    ... về việc phát động ...") listed among those the unit issued or drafted is the unit's report,
    though its words are the directive's too. A later ";" clause goes with its sentence's opening."""
    directive, openings = _directive(checker)
    if not directive:
        return False
    # The cheap tests first (the opening clause's kept verdict; the length and the first trigram),
    # the sentence's trigrams only for the few that pass them.
    words = s.canon.split()
    if s.first_clause is not None:
        first = checker.seg.sentences[s.first_clause]
        return checker.per_sentence(is_copied_prompt, first) and _covered(_trigrams(words), directive)
    return len(words) >= MIN_WORDS and tuple(words[:3]) in openings and _covered(_trigrams(words), directive)


def under_plan_prompt(checker, s: Sentence) -> bool:
    """The sentence answers a copied prompt of the plan ("- Nhiệm vụ và giải pháp 6 tháng cuối năm, chú ý
    rà soát ..."): the nearest copied prompt before it in its section says the plan's words (the rules'
    `plan` list). The prompt is the plan's heading in all but form: too long for one, it leaves its
    answers in a section titled both as the assessment and the plan, where each sentence would
    otherwise be judged by its own words alone ("- Tập trung hoàn thành 04 tiêu chí ...")."""
    cues = checker.lang.lists.get("plan")
    if cues is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    for t in reversed(sentences[s.section.sentences[0] if s.section.sentences else s.index:s.index]):
        if t.section is not s.section:
            continue
        if checker.per_sentence(is_copied_prompt, t):
            return bool(cues.hits(checker.unprotected(t), t.words))
    return False
