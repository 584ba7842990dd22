"""Checker: judges the sentences of one segmented report against one compiled item rule.

The context machinery: where a sentence sits (plan, proposal, a section titled both as an
assessment and the plan), whether a mention is excluded, whether the sentence carries the
context or quantity the item needs (with negation and official names taken into account), how a
heading or a lead-in ("...:") hands its concept to the content under it, and why a mention did
not count. Turning the evidence into an item's status and note is items.py's job.
"""

from __future__ import annotations

from tdkt.pipeline.check.inventory import LIST as INVENTORY, inventory_only
from tdkt.pipeline.check.labels import label_of, paragraph_followers
from tdkt.pipeline.check.language import has_quantity, without_quotes
from tdkt.pipeline.check.shared_heading import other_points
from tdkt.pipeline.check.source_note import NAME as OTHER_BODY, only_in_source_note
from tdkt.pipeline.check.rules import ItemRule, compiled_rules
from tdkt.pipeline.matching import Canon, PhraseSet, canon_for, phrase_group
from tdkt.pipeline.segment import Segmentation, Sentence

MAX_EVIDENCE = 3
FOLLOW_LEAD_IN = 4  # sentences after "...:" that may carry what the lead-in names
FOLLOW_HEADING = 8  # content sentences under a heading that may carry what it names
NEGATION_WINDOW = 5  # words before a result word in which "chưa", "không" negate it


def _blank_names(names: PhraseSet, text: str, words: frozenset[str] | None = None) -> str:
    """names.regex.sub(" ", text), through the alternation cut to the names that can occur in the
    text (PhraseSet.narrowed): most sentences that hold a name's words hold no name at all.
    `words`: the text's words when the caller has them (a sentence's own canonical text)."""
    regex = names.narrowed(text, words)
    return regex.sub(" ", text) if regex is not None else text


class Checker:
    """Judges sentences of one segmented report; caches per-sentence work across items."""

    def __init__(self, seg: Segmentation, ruleset, canon: Canon | None = None):
        self.seg = seg
        self.canon = canon or canon_for(ruleset)
        self.raw = ruleset.raw if hasattr(ruleset, "raw") else ruleset
        self.lang, self.rules = compiled_rules(ruleset, self.canon)
        self._unquoted: dict[int, str] = {}
        self._context_text: dict[tuple[int, bool], str] = {}
        self._quantity: dict[tuple[int, bool], bool] = {}
        self._unprotected: dict[int, str] = {}
        self._in_context: dict[tuple, bool] = {}
        self._under: dict[tuple[int, str], bool] = {}  # (section, plan/proposal) -> under such a heading
        self._heading_cues: dict[tuple[int, str], bool] = {}  # (heading sentence, context) -> its cues hit
        self.rejected: dict[str, Sentence] = {}  # why a mention did not count -> first such sentence
        # How each sentence found for the current item was found: "direct", "follower" (under a
        # heading or lead-in naming the concept) or "section" (content of the item's section).
        self.found_how: dict[int, str] = {}
        self._listed: dict[int, bool] = {}
        self._matching: dict[int, tuple[list[Sentence], frozenset[int]]] = {}
        self._grouped = False  # the concepts' matches found (_match_concepts)
        self._concept_group = None  # _concepts()
        # Verdicts that depend on a rule only through a few of its fields, kept per sentence and
        # those fields (_signatures): items that share them (most share their exclusions and
        # context) and the several asks of one item's walk get the first answer.
        self._rule_signatures: dict[int, tuple] = {}  # id(rule) -> (rule, excluded's, context_ok's)
        self._signatures: dict[tuple, int] = {}
        self._excluded: dict[tuple[int, int], str | None] = {}
        self._context_ok: dict[tuple[int, int, bool], bool] = {}
        self._list_blanked: dict[str, str] = {}
        self._per_sentence: dict[tuple, bool] = {}  # per_sentence's answers

    def per_sentence(self, judge, s: Sentence) -> bool:
        """judge(self, s), kept per report: for the checks of a sentence that no rule changes (its
        paragraph opened as a past year's, its answer negative ...), which every item that drops
        such sentences asks about the same sentences in turn."""
        key = (judge, s.index)
        found = self._per_sentence.get(key)
        if found is None:
            found = self._per_sentence[key] = judge(self, s)
        return found

    def sentences_with(self, phrases: PhraseSet) -> list[Sentence]:
        """The sentences, in order, that hold one of the phrase set's key words: the only ones its
        search_words can match. The items' concepts go through `matching` (one pass for all);
        the few other sets asked per report test each sentence's words (C set test)."""
        keys = phrases.key_words
        sentences = self.seg.sentences
        if keys is None:
            return sentences
        folded = phrases.folded_key_words  # a line typed without diacritics: the folded phrases' words
        if folded is None:
            return [s for s in sentences if not keys.isdisjoint(s.words)]
        return [s for s in sentences if not keys.isdisjoint(s.words) or (
            not folded.isdisjoint(s.words) and s.canon.isascii())]

    def matching(self, phrases: PhraseSet) -> list[Sentence]:
        """The sentences, in order, that the phrase set matches. Each (phrase set, sentence) pair is
        tried once per report, however many items, parts and list tests ask about it."""
        found = self._matching.get(id(phrases))  # phrase sets live as long as their ruleset
        if found is None:
            if not self._grouped and id(phrases) in self._concepts().slots:
                self._match_concepts()
                return self._matching[id(phrases)][0]
            hits = [s for s in self.sentences_with(phrases) if phrases.hits(s.canon, s.words)]
            found = self._matching[id(phrases)] = (hits, frozenset(s.index for s in hits))
        return found[0]

    def _concepts(self):
        """The items' concepts (and parts' concepts) as one PhraseGroup, built once per ruleset
        (and looked up once per report: `matching` asks for it for every new phrase set)."""
        if self._concept_group is not None:
            return self._concept_group
        sets = {}
        for rule in self.rules:
            for concept in (rule.concept, *(part.concept for part in rule.parts)):
                if concept is not None:
                    sets.setdefault(id(concept), concept)
        self._concept_group = phrase_group(sets.values())
        return self._concept_group

    def _match_concepts(self) -> None:
        """`matching` of every concept in one pass over the sentences: most items ask for theirs."""
        self._grouped = True
        sentences = self.seg.sentences
        group = self._concepts()
        for phrases, found in zip(group.sets, group.match([(s.canon, s.words) for s in sentences])):
            if id(phrases) not in self._matching:
                self._matching[id(phrases)] = ([sentences[i] for i in found], frozenset(found))

    def matches(self, phrases: PhraseSet, s: Sentence) -> bool:
        """phrases.search_words(s.canon, s.words), answered from `matching`."""
        found = self._matching.get(id(phrases))
        if found is None:
            self.matching(phrases)
            found = self._matching[id(phrases)]
        return s.index in found[1]

    # where a sentence sits
    def tags(self, s: Sentence) -> set[str]:
        return s.section.effective_tags()

    def mixed_plan(self, s: Sentence) -> bool:
        """The sentence's section is titled both as an assessment and as the plan."""
        tags = s.section.effective_tags()
        return bool(tags & self.lang.plan_sections) and bool(tags & self.lang.assessment_sections)

    def before_plan(self, s: Sentence, cues, concept) -> bool:
        """The concept sits in a ";" clause before the first clause that turns to the plan
        ("... có nhiều chuyển biến; tuy nhiên còn hạn chế ...; trong 6 tháng cuối năm, ...")."""
        clauses = [self.canon.text(c) for c in s.text.split(";")]
        if len(clauses) < 2:
            return False
        first_plan = next((i for i, c in enumerate(clauses) if cues.contains(c)), 0)
        return any(concept.contains(c) for c in clauses[:first_plan])

    def in_context(self, s: Sentence, name: str, concept=None) -> bool:
        """Whether the sentence sits in the named context (plan, proposal, a ruleset's list);
        asked again for each item that excludes it, so the answer is kept per sentence."""
        key = (s.index, name, id(concept) if name == "plan" and concept is not None else None)
        found = self._in_context.get(key)
        if found is None:
            found = self._in_context[key] = self._judge_context(s, name, concept)
        return found

    def _judge_context(self, s: Sentence, name: str, concept) -> bool:
        if name in ("plan", "proposal"):
            # Under a plan heading everything is plan, whatever its own sub-heading says
            # ("III. Nhiệm vụ 6 tháng cuối năm / 1. Đẩy mạnh phong trào ...").
            key = (id(s.section), name)  # the section's answer, kept: its sentences ask in turn
            under = self._under.get(key)
            if under is None:
                kind = self.lang.plan_sections if name == "plan" else self.lang.proposal_sections
                under = self._under[key] = any(tags <= kind for tags in s.section.tag_chain())
            if under:
                return True
            if name == "proposal":
                return False
        if name == INVENTORY:  # a count of what exists, no result beside it (inventory.py)
            return inventory_only(self, s)
        cues = self.lang.lists.get(name)
        if not cues:
            return False
        if cues.hits(self.unprotected(s), s.words):
            if name == OTHER_BODY and only_in_source_note(self, s, cues):
                return False  # "(theo thống kê của ...)" cites one figure's source (source_note.py)
            return not (name == "plan" and concept is not None and self.before_plan(s, cues, concept))
        if name == "plan" and self.mixed_plan(s):
            # The sentence itself decides: its own cues (checked above), or an earlier ";" clause
            # of the same sentence that turned to the plan ("...; thời gian tới, ...; đẩy mạnh X").
            return s.first_clause is not None and any(
                cues.hits(self.unprotected(c), c.words) for c in self.seg.sentences[s.first_clause:s.index])
        if name in self.lang.title_contexts and not s.is_heading:
            # The section's own heading; for the lists said to cover sub-sections
            # (`nested_title_contexts`) every heading above it too: "1. Bình xét, đề nghị khen thưởng
            # năm học ..." over "a) Cấp học mầm non" and its table.
            section, nested = s.section, name in self.lang.nested_title_contexts
            while section is not None:
                if section.heading_sentence is not None:
                    key = (section.heading_sentence, name)  # the heading's answer, kept: its sentences ask in turn
                    found = self._heading_cues.get(key)
                    if found is None:
                        head = self.seg.sentences[section.heading_sentence]
                        found = self._heading_cues[key] = bool(cues.hits(self.unprotected(head), head.words))
                    if found:
                        return True
                if not nested:
                    return False
                section = section.parent
        return False

    def _signatures_of(self, rule: ItemRule) -> tuple:
        """(rule, excluded's signature, context_ok's signature): small numbers standing for the
        fields each verdict reads. The rule is kept with them, so its id is not reused meanwhile
        (check_item may pass a modified copy of a rule)."""
        found = self._rule_signatures.get(id(rule))
        if found is None or found[0] is not rule:
            concept = rule.concept if rule.context is None else None
            excluded = ("excluded", id(rule.exclude), frozenset(rule.exclude_sections), tuple(rule.exclude_contexts),
                        id(concept))
            context = ("context_ok", rule.negative_ok, rule.numbers, rule.require_number, id(rule.context))
            signatures = self._signatures
            found = self._rule_signatures[id(rule)] = (
                rule, signatures.setdefault(excluded, len(signatures)), signatures.setdefault(context, len(signatures)))
        return found

    def excluded(self, s: Sentence, rule: ItemRule) -> str | None:
        """Why a mention in this sentence does not count (None: it may count); kept per sentence
        and the rule's exclusions."""
        key = (s.index, self._signatures_of(rule)[1])
        try:
            return self._excluded[key]
        except KeyError:
            found = self._excluded[key] = self._judge_excluded(s, rule)
            return found

    def _judge_excluded(self, s: Sentence, rule: ItemRule) -> str | None:
        if rule.exclude and rule.exclude.hits(s.canon, s.words):
            return "exclude"
        tags = self.tags(s)
        if rule.exclude_sections and tags and tags <= rule.exclude_sections:
            return "section"
        # Only items judged by their words alone (assessments, context: none) may take a clause
        # before the turn to the plan: a result's context could come from another clause.
        concept = rule.concept if rule.context is None else None
        for name in rule.exclude_contexts:
            if self.in_context(s, name, concept):
                return name
        return None

    def unprotected(self, s: Sentence) -> str:
        """Canonical text with the ruleset's protected names blanked (`protected_names:`)."""
        text = self._unprotected.get(s.index)
        if text is None:
            protected = self.lang.protected
            if protected is None or not protected.regex or not protected.may_match(s.words):
                text = s.canon
            else:
                text = _blank_names(protected, s.canon, s.words)
            self._unprotected[s.index] = text
        return text

    def unquoted(self, s: Sentence) -> str:
        if s.index not in self._unquoted:
            self._unquoted[s.index] = self.canon.text(without_quotes(s.text))
        return self._unquoted[s.index]

    def context_text(self, s: Sentence, unquoted: bool) -> str:
        """Canonical text with official names blanked: "... đạt chuẩn ..." inside a name is no result."""
        key = (s.index, unquoted)
        text = self._context_text.get(key)
        if text is None:
            text = self.unquoted(s) if unquoted else s.canon
            for names in (self.lang.names, self.lang.protected):
                if names and names.regex and names.may_match(s.words):
                    text = _blank_names(names, text, s.words if text is s.canon else None)
            self._context_text[key] = text
        return text

    def quantity(self, s: Sentence, unquoted: bool, raw: str | None = None) -> bool:
        """has_quantity of the sentence's raw text (quoted names blanked with `unquoted`), kept."""
        key = (s.index, unquoted)
        found = self._quantity.get(key)
        if found is None:
            if raw is None:
                raw = without_quotes(s.text) if unquoted else s.text
            found = self._quantity[key] = has_quantity(raw)
        return found

    def clause_quantity(self, s: Sentence, concept: PhraseSet) -> bool:
        """A quantity in the same ";" clause as the concept.

        "... trực tiếp đạt 75,9%; gần một phần tư còn lại là lãnh đạo" gives the first ratio a
        figure, not the second: a number across a ";" belongs to another statement.
        """
        if ";" not in s.text:
            return self.quantity(s, False, s.text)
        clauses = [c for c in s.text.split(";") if concept.contains(self.canon.text(c))]
        if not clauses:  # the concept spans the ";" (a list of names): judge the sentence
            return self.quantity(s, False, s.text)
        return any(has_quantity(c) for c in clauses)

    def negated(self, canon_text: str, start: int) -> bool:
        """A negation cue within the few words before a match ("không có doanh nghiệp tham gia")."""
        before = " ".join(canon_text[:start].split()[-NEGATION_WINDOW:])
        if not before or not self.lang.negation.contains(before):
            return False
        affirm = self.lang.lists.get("not_negation")  # "không chỉ", "không ngừng" affirm
        return not (affirm and affirm.contains(before))

    def context_ok(self, s: Sentence, rule: ItemRule, unquoted: bool = False) -> bool:
        """The sentence shows the item is reported, not only named.

        With `unquoted`, only what lies outside quoted names counts, and only strong results:
        "phát động phong trào “Lao động giỏi”" names a movement, it reports nothing. Kept per
        sentence and the rule's context fields.
        """
        key = (s.index, self._signatures_of(rule)[2], unquoted)
        found = self._context_ok.get(key)
        if found is None:
            found = self._context_ok[key] = self._judge_context_ok(s, rule, unquoted)
        return found

    def _judge_context_ok(self, s: Sentence, rule: ItemRule, unquoted: bool) -> bool:
        if rule.negative_ok:
            text, words = self._context_words(s, unquoted)
            if words is None:
                words = frozenset(text.split())
            if self.lang.negation.hits(text, words):
                return True  # a substantive negative: "chưa có sáng kiến được công nhận"
        if rule.require_number:
            return rule.numbers and self.quantity(s, unquoted)
        if rule.context is None and not unquoted:
            return True
        # A quantity or a cue: either does. The cue first, as it is cheaper than has_quantity and
        # most reporting sentences carry one (the quantity is then not read).
        text, words = self._context_words(s, unquoted)
        cues = self.lang.strong if unquoted else rule.context
        regex = cues.narrowed(text, words)  # only the cues that can occur in this sentence
        for m in regex.finditer(text) if regex is not None else ():
            if not self.negated(text, m.start()):
                return True
        return rule.numbers and self.quantity(s, unquoted)

    def _context_words(self, s: Sentence, unquoted: bool) -> tuple[str, frozenset[str] | None]:
        """The text context_ok reads (names blanked, a list of movements blanked with `unquoted`),
        with its words when they are the sentence's own (no name blanked), else None: canonical
        text's words are its space-separated tokens, split when asked for."""
        text = self.context_text(s, unquoted)
        if unquoted and self.listed(s):
            text = self.list_blanked(text)
        return text, s.words if text is s.canon else None

    def list_blanked(self, text: str) -> str:
        """A sentence that lists movements: the words from the first named movement to the last are
        their names, not results ("các phong trào A, B, xây dựng huyện đạt chuẩn ... và đạt chuẩn đô
        thị ... được phổ biến, quán triệt": "đạt" names a goal). Results said of the whole list come
        before or after it ("... đều đạt kết quả tốt"). Kept per text."""
        found = self._list_blanked.get(text)
        if found is None:
            found = self._list_blanked[text] = self._blank_list(text)
        return found

    def _blank_list(self, text: str) -> str:
        spans = []
        for other in self.rules:
            if other.quoted_needs_result and not other.parts:
                regex = other.concept.narrowed(text)  # None: the concept cannot occur in the text
                if regex is not None:
                    spans.extend(m.span() for m in regex.finditer(text))
        if len(spans) < 2:
            return text
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        return text[:start] + " " + text[end:]

    def listed(self, s: Sentence) -> bool:
        """The sentence names two or more of the named movements (items with quoted_needs_result):
        "tiếp tục hưởng ứng các phong trào: A, B và C" lists them; only a strong result or a
        quantity in it reports any of them."""
        found = self._listed.get(s.index)
        if found is None:
            named = 0
            for other in self.rules:
                if other.quoted_needs_result and not other.parts and self.matches(other.concept, s):
                    named += 1
                    if named >= 2:
                        break
            found = self._listed[s.index] = named >= 2
        return found

    def reports(self, s: Sentence, rule: ItemRule, concept: PhraseSet) -> bool:
        """The concept is in this content sentence with the context it needs."""
        if s.is_heading or not self.matches(concept, s) or self.excluded(s, rule):
            return False
        if rule.quoted_needs_result and (not concept.contains(self.unquoted(s)) or self.listed(s)):
            return self.context_ok(s, rule, unquoted=True)
        return self.context_ok(s, rule)

    def followers(self, s: Sentence) -> list[Sentence]:
        """Content that a heading or a lead-in ("...:") introduces."""
        sentences = self.seg.sentences
        if s.is_heading:
            return [sentences[i] for i in s.section.sentences[:FOLLOW_HEADING]]
        if not s.lead_in:
            return []
        out: list[Sentence] = []
        for t in sentences[s.index + 1:s.index + 1 + FOLLOW_LEAD_IN]:
            if t.section is not s.section or t.is_heading or t.lead_in:
                break
            out.append(t)
        return out

    def evidence_for(self, rule: ItemRule, concept: PhraseSet) -> list[Sentence]:
        """Sentences that report the concept; why the other mentions did not go to `self.rejected`."""
        found: list[Sentence] = []
        seen: set[int] = set()
        for s in self.matching(concept):
            if self.reports(s, rule, concept):
                if s.index not in seen:
                    found.append(s)
                    seen.add(s.index)
                    self.found_how.setdefault(s.index, "direct")
            elif (s.is_heading or s.lead_in or self.labels(s, concept)) and not (
                    rule.exclude and rule.exclude.hits(s.canon, s.words)):
                why = None if s.is_heading else self.excluded(s, rule)
                if why:
                    self._reject(why, s)
                    continue
                # A heading, lead-in or paragraph label names the concept; what follows must carry the context.
                followers = self.followers(s) or (paragraph_followers(self.seg, s) if self.labels(s, concept) else [])
                for t in followers:
                    if other_points(self, rule, s, t):
                        continue  # it answers another point the heading names (shared_heading.py)
                    if t.index not in seen and not self.excluded(t, rule) and self.context_ok(t, rule):
                        found.append(t)
                        seen.add(t.index)
                        self.found_how.setdefault(t.index, "follower")
                        break
                else:
                    self._reject(self.excluded(followers[0], rule) or "no_result" if followers
                                 else "heading" if s.is_heading or s.lead_in else "no_result", s)
            elif not s.is_heading:
                self._reject(self.excluded(s, rule) or "no_result", s)
            if len(found) >= MAX_EVIDENCE * 2:
                break
        return found

    def labels(self, s: Sentence, concept: PhraseSet) -> bool:
        """The sentence opens with a label naming the concept ("Phong trào “...”: ..."), not a list of
        movements: the rest of its paragraph may report it (labels.py)."""
        label = label_of(s)
        return label is not None and concept.contains(self.canon.text(label)) and not self.listed(s)

    def _reject(self, why: str, s: Sentence) -> None:
        self.rejected.setdefault(why, s)

    def section_evidence(self, rule: ItemRule) -> list[Sentence]:
        """Content sentences of the item's sections that report it by what they do: with
        `section_needs` / `section_unless` (a paragraph under "Đánh giá chung" with no label judges
        the period well or badly), a sentence carrying the one list's cue and none of the other's,
        outside the item's excluded contexts (a plan sentence in a mixed section)."""
        if not rule.section_content:
            return []
        needs, unless = rule.section_needs, rule.section_unless
        out = []
        in_content: dict[int, bool] = {}  # section -> one of its tags (or an ancestor's) is the item's
        for s in self.seg.sentences:
            if s.is_heading:
                continue
            inside = in_content.get(id(s.section))
            if inside is None:
                inside = in_content[id(s.section)] = any(t & rule.section_content for t in s.section.tag_chain())
            if not inside or (rule.exclude and rule.exclude.hits(s.canon, s.words)):
                continue
            if needs is not None or unless is not None:
                if (needs is not None and not needs.hits(s.canon, s.words)) or (
                        unless is not None and unless.hits(s.canon, s.words)) or self.excluded(s, rule):
                    continue
            out.append(s)
            self.found_how.setdefault(s.index, "section")
            if len(out) >= MAX_EVIDENCE:
                break
        return out
