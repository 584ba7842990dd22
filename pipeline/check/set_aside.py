"""The sentences an item check sets aside, and those it takes in, as ordered registries (items.py runs them).

Each class of sentence the check treats apart is one entry of one ordered tuple, written once here;
items.py loops over the tuples and knows none of the classes by name. A new class is one entry
(its module holds the judgement; the entry says when it runs and under which rejection it is noted).

- SET_ASIDE: an item's evidence filters. `SetAside(reason, applies, test)`: `applies(rule)` says
  whether the filter runs for an item at all (most run only for items naming their list in
  `exclude_contexts`); `test(checker, rule, sentence)` says whether the sentence is set aside. The
  first filter that sets a sentence aside names it (`checker.rejected[reason]`, the clerk's note
  when nothing else reports the item); the order is the order of that precedence.
- TAKE_IN: sentences an item's evidence gains after its concept's own sentences and its section's,
  `fn(checker, rule, found) -> list`; each sees what the ones before it added.
- PART_TAKE_IN: the same for one part of an item with parts, `fn(checker, rule, part, hits) -> list`.
- FULL_LATER: where an item with a `full` form finds it when its evidence does not hold it,
  `fn(checker, rule, found, judge_full) -> list` (`judge_full`: items.py's full test over sentences);
  the first that finds any wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tdkt.pipeline.check.aside_plan import aside_rescued
from tdkt.pipeline.check.assessment import opener_evidence
from tdkt.pipeline.check.bracket_entry import bracket_entry
from tdkt.pipeline.check.bold_label import after_bold_label
from tdkt.pipeline.check.continuing_cells import LIST as CONTINUING, in_continuing_row
from tdkt.pipeline.check.done_column import done_rows_rescued
from tdkt.pipeline.check.copied_prompt import is_copied_prompt, is_placeholder_answer, under_plan_prompt
from tdkt.pipeline.check.header_context import header_rows
from tdkt.pipeline.check.label_scope import LIST as LABEL_SCOPE, in_label_scope
from tdkt.pipeline.check.later_full import later_full_sentences
from tdkt.pipeline.check.movement_count import counted_only
from tdkt.pipeline.check.movement_list import REJECTION as LISTED, listed_entry
from tdkt.pipeline.check.negative_answer import LIST as NEGATIVE_ANSWER, after_negative_answer
from tdkt.pipeline.check.note_full import note_full_sentences
from tdkt.pipeline.check.numbered_title import is_numbered_title
from tdkt.pipeline.check.others_scope import NAME as OTHERS_SCOPE, in_others_scope
from tdkt.pipeline.check.own_year_titles import own_year_sentences
from tdkt.pipeline.check.place_names import place_rescued
from tdkt.pipeline.check.plan_clauses import PLAN, in_plan_sentence
from tdkt.pipeline.check.promotion import REJECTION as PROMOTION, promotion_only
from tdkt.pipeline.check.quoted_speech import LIST as QUOTED_SPEECH, in_quoted_speech
from tdkt.pipeline.check.referral import REFERRAL, handed_off
from tdkt.pipeline.check.run_on import REJECTION as RUN_ON, unreported_in_run_on
from tdkt.pipeline.check.sector_scope import REJECTION as SECTOR
from tdkt.pipeline.check.sibling_point import sibling_follower
from tdkt.pipeline.check.target_list import only_in_target_list
from tdkt.pipeline.check.tick_columns import tick_header
from tdkt.pipeline.check.unit_itself import unit_itself_sentences
from tdkt.pipeline.check.worded_label import worded_label_followers


@dataclass(frozen=True)
class SetAside:
    reason: str  # the rejection noted (items.REJECTION_NOTES)
    applies: Callable  # (rule) -> bool: the filter runs for this item
    test: Callable  # (checker, rule, sentence) -> bool: the sentence is set aside


def _always(rule) -> bool:
    return True


def _excludes(name: str) -> Callable:
    """The item names the list `name` in its `exclude_contexts`."""
    return lambda rule: name in rule.exclude_contexts


def _movement(rule) -> bool:
    """A movement item: a single concept that a quoted name alone does not report."""
    return rule.quoted_needs_result and not rule.parts and rule.concept is not None


def _per_sentence(judge: Callable) -> Callable:
    """A judgement of the sentence alone (judge(checker, s)), cached per report by the Checker."""
    return lambda checker, rule, s: checker.per_sentence(judge, s)


def _in(attribute: str) -> Callable:
    """The sentence is among those a report-wide pass put in `checker.<attribute>` (check_items)."""
    return lambda checker, rule, s: s.index in getattr(checker, attribute, ())


def _sector_others(checker, rule, s) -> bool:
    sector = getattr(checker, "sector", None)
    return sector is not None and sector.others(s)


SET_ASIDE: tuple[SetAside, ...] = (
    SetAside("unanswered_row", _always, _in("unanswered_rows")),  # form_answers.py, restated_result.py
    SetAside("numbered_title", _always, _per_sentence(is_numbered_title)),  # numbered_title.py
    SetAside("numbered_title", _always, _per_sentence(is_copied_prompt)),  # the directive's point pasted (copied_prompt.py)
    SetAside("heading", _always, _per_sentence(is_placeholder_answer)),  # "...: ..." left unanswered (copied_prompt.py)
    SetAside("no_result", _always, sibling_follower),  # a heading's follower opening the next point (sibling_point.py)
    SetAside("no_result", _movement, after_bold_label),  # a follower from the next movement's bold label on (bold_label.py)
    SetAside(PLAN, _excludes(PLAN), _per_sentence(in_plan_sentence)),  # a later clause of a plan sentence (plan_clauses.py)
    SetAside(PLAN, _excludes(PLAN), _per_sentence(under_plan_prompt)),  # under the plan's copied prompt (copied_prompt.py)
    SetAside("target", _excludes("target"), only_in_target_list),  # inside a bracketed list of targets (target_list.py)
    SetAside(REFERRAL, _excludes(REFERRAL), _per_sentence(handed_off)),  # handed to another body's report (referral.py)
    SetAside(NEGATIVE_ANSWER, _excludes(NEGATIVE_ANSWER), _per_sentence(after_negative_answer)),  # negative_answer.py
    SetAside(NEGATIVE_ANSWER, _excludes(NEGATIVE_ANSWER), _in("negative_rows")),  # a form's negative answer cell (form_none.py)
    SetAside(CONTINUING, _excludes(CONTINUING), in_continuing_row),  # a form's cell that only goes on (continuing_cells.py)
    SetAside(LISTED, _movement, listed_entry),  # an entry of a list of movements (movement_list.py)
    SetAside("no_result", _movement, bracket_entry),  # a clause cut inside a parenthesis: its entry (bracket_entry.py)
    SetAside(RUN_ON, _movement, unreported_in_run_on),  # run_on.py
    SetAside(LISTED, _movement, counted_only),  # a count of movements, then their names (movement_count.py)
    SetAside(PROMOTION, _movement, promotion_only),  # only banners, news items counted (promotion.py)
    SetAside("no_result", _movement, tick_header),  # a header over a column of ticks only (tick_columns.py)
    SetAside("exclude", _excludes(LABEL_SCOPE), _per_sentence(in_label_scope)),  # read with its paragraph's label (label_scope.py)
    SetAside(QUOTED_SPEECH, _excludes(QUOTED_SPEECH), _per_sentence(in_quoted_speech)),  # inside a leader's quoted words (quoted_speech.py)
    SetAside(OTHERS_SCOPE, _excludes(OTHERS_SCOPE), _per_sentence(in_others_scope)),  # others_scope.py
    SetAside(SECTOR, _excludes(OTHERS_SCOPE), _sector_others),  # the sector's figures, not the office's (sector_scope.py)
)

TAKE_IN: tuple[Callable, ...] = (
    opener_evidence,  # an unheaded assessment paragraph (assessment.py)
    header_rows,  # a table row under a heading naming its numbers (header_context.py)
    place_rescued,  # a deed at a named place is no list of movements (place_names.py)
    aside_rescued,  # a plan word only in a place's parenthesis (aside_plan.py)
    done_rows_rescued,  # a results form's row with its done cell filled, under the plan's heading (done_column.py)
    worded_label_followers,  # a label's later sentences (worded_label.py)
)

PART_TAKE_IN: tuple[Callable, ...] = (
    own_year_sentences,  # the unit's own titles of the year before (own_year_titles.py)
    unit_itself_sentences,  # a title given to the unit itself (unit_itself.py)
)


def _called_note(checker, rule, found, judge_full) -> list:
    return note_full_sentences(checker, rule, found)  # judges the note's own sentences


FULL_LATER: tuple[Callable, ...] = (
    later_full_sentences,  # named after the capped evidence (later_full.py)
    _called_note,  # in a numbered end note the evidence calls (note_full.py)
)


def set_aside(checker, rule, found: list) -> list:
    """`found` without the sentences a SET_ASIDE filter sets aside, each noted under its reason."""
    active = [f for f in SET_ASIDE if f.applies(rule)]
    kept = []
    for s in found:
        for f in active:
            if f.test(checker, rule, s):
                checker.rejected.setdefault(f.reason, s)
                break
        else:
            kept.append(s)
    return kept
