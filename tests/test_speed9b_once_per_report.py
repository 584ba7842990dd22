"""Speed pass 9 (B): the sections' tags found in one pass over a report.

segment.tag_sections matches the directive sections' title, veto and content phrase sets through
matching.PhraseGroup (one pass each) instead of testing every set on every title and sentence;
compared here with the set-by-set walk it replaced, on real sample reports and both shipped
rulesets: the same tags on every section, and the same records.
"""

from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.extractors.errors import ExtractionError
from tdkt.pipeline import matching
from tdkt.pipeline import segment as segment_mod
from tdkt.pipeline.judge import judge
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import load_roster, load_ruleset

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "samples" / "inbox"
RULESETS = [None, "year-end-2023.yaml"]


def _ruleset(rules):
    return load_ruleset(None if rules is None else ROOT / "rules" / rules)


def _reports() -> list[Path]:
    # "zz-" files are the inbox's deliberately broken ones (truncated, a spreadsheet named .docx)
    primary = sorted(p for p in INBOX.glob("*.docx") if p.name.count(".") == 1 and not p.name.startswith("zz-"))
    return primary[::5]


def _records(paths, ruleset, roster):
    return [judge(extract(p), ruleset, roster, file=p.name, sha256="0" * 64).to_dict() for p in paths]


def _tag_sections_one_by_one(root, sentences, ruleset, canon):
    """tag_sections as it was before pass 9: each title and sentence tested set by set (with the
    later rule for a title typed without diacritics, ascii_titles, where the titles gave nothing)."""
    from tdkt.pipeline.ascii_titles import ascii_title_tags, is_ascii_title
    from tdkt.pipeline.content_tag_guard import context_winner_blocked
    from tdkt.pipeline.segment import directive_sections

    specs = directive_sections(ruleset)
    title_sets = [(spec["id"], canon.phrases(spec.get("title") or [])) for spec in specs]
    vetoes = {spec["id"]: canon.phrases(spec.get("not_title") or []) for spec in specs}
    content_sets = [(spec["id"], canon.phrases(spec.get("content") or [])) for spec in specs]
    for section in root.walk():
        if section is root or section.demoted:
            continue
        title = canon.text(section.title)
        words = frozenset(title.split())
        section.tags = {sid for sid, ps in title_sets if ps.hits(title, words) and not vetoes[sid].hits(title, words)}
        if not section.tags and is_ascii_title(section.title):  # set 36: a title typed without diacritics
            section.tags = ascii_title_tags(section.title, specs, canon)
        if section.tags:
            continue
        own = [sentences[i] for i in section.sentences[:8]]
        if own and not section.children:
            scores = {sid: sum(1 for c in own if ps.hits(c.canon, c.words)) for sid, ps in content_sets if ps}
            best = max(scores.values(), default=0)
            winners = [sid for sid, v in scores.items() if v == best]
            if best >= 2 and len(winners) == 1 and not context_winner_blocked(section, winners[0], specs):
                section.tags = {winners[0]}


@pytest.mark.parametrize("rules", RULESETS)
def test_sections_tagged_in_one_pass_as_one_by_one(rules):
    """segment.tag_sections (titles, then the untagged sections' content, each in one PhraseGroup
    pass) tags every section of real reports as the set-by-set walk did, content-tagged ones too."""
    ruleset = _ruleset(rules)
    canon = matching.canon_for(ruleset)
    by_content = tagged = 0
    for p in sorted(INBOX.glob("*.docx")):
        try:
            document = extract(p)
        except ExtractionError:  # the samples' broken files
            continue
        seg = segment(document, ruleset, canon)
        once = [(s.title, sorted(s.tags)) for s in seg.root.walk()]
        for s in seg.root.walk():
            s.tags = set()
        _tag_sections_one_by_one(seg.root, seg.sentences, ruleset, canon)
        assert [(s.title, sorted(s.tags)) for s in seg.root.walk()] == once, p.name
        tagged += sum(bool(tags) for _, tags in once)
        by_content += sum(bool(s.tags) and not any(
            ps.hits(canon.text(s.title), frozenset(canon.text(s.title).split()))
            for ps in (canon.phrases(spec.get("title") or []) for spec in segment_mod.directive_sections(ruleset)))
            for s in seg.root.walk() if s is not seg.root)
    # titles tagged sections here, and with the default ruleset content did too
    assert tagged > 100 and (rules is not None or by_content > 5)



@pytest.mark.parametrize("rules", RULESETS)
def test_records_with_one_pass_tags_are_those_of_the_set_by_set_walk(monkeypatch, rules):
    ruleset, roster = _ruleset(rules), load_roster()
    paths = _reports()
    assert len(paths) >= 20
    once = _records(paths, ruleset, roster)
    monkeypatch.setattr(segment_mod, "tag_sections", _tag_sections_one_by_one)
    assert _records(paths, ruleset, roster) == once
