"""matching.PhraseGroup after the seventh speed pass: alternatives filed under their least shared
needed word, raw regexes sharing a needle found with one scan of the report; every set still gets
exactly the sentences its own search finds. Real canonical text (the shipped abbreviations)."""

from tdkt.pipeline import matching


def _by_search(ps, texts):
    return [j for j, (text, _) in enumerate(texts) if ps.regex.search(text)]


def test_sets_sharing_needles_and_words_keep_their_own_answers():
    canon = matching.default_canon()
    raw = [
        "Công tác thi đua khen thưởng được triển khai kịp thời.",              # 0
        "Công nhận 12 sáng kiến cấp cơ sở.",                                   # 1
        "Tặng Giấy khen cho 04 tập thể, đạt 104% kế hoạch.",                   # 2
        "Giấy khen chuyên đề: 02 tập thể.",                                    # 3
        "Công chức, viên chức đạt 95% so với cùng kỳ.",                        # 4
        "Phần lớn là người lao động trực tiếp.",                               # 5
        "Đa số là công chức.",                                                 # 6
    ]
    texts = [(t, frozenset(t.split())) for t in map(canon.text, raw)]
    sets = [
        canon.phrases(["công tác thi đua", "công nhận ... sáng kiến"]),       # "công" shared by many
        canon.phrases(["công chức", "công tác ... khen thưởng"]),
        canon.phrases([r"re:\bgiấy khen\b(?! chuyên đề)", "sáng kiến"]),      # the same needle ...
        canon.phrases([r"re:^giấy khen", r"re:\d+% (?:kế hoạch|so với)"]),    # ... in two sets
        canon.phrases([r"re:(?:phần lớn|đa số) là (?:\S+ ){0,3}trực tiếp"]),
        canon.phrases([r"re:(?:phần lớn|đa số) là công chức"]),
    ]
    found = matching.PhraseGroup(sets).match(texts)
    assert found == [_by_search(ps, texts) for ps in sets]
    assert found == [[0, 1], [0, 4, 6], [1, 2], [2, 3, 4], [5], [6]]


def test_a_headings_context_answer_is_kept_per_heading_and_context():
    """Checker keeps, per (heading sentence, context), whether the heading's cues hit; asked for
    every sentence under it. The kept answers are what a fresh question gives, for every title
    context of both shipped rulesets over real sample reports (read by the real reader)."""
    from pathlib import Path

    from tdkt.extractors import extract
    from tdkt.pipeline.check.context import Checker
    from tdkt.pipeline.segment import segment
    from tdkt.rules.loader import load_ruleset

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "samples" / "inbox").glob("[0-9]*-*.docx"))[::12]
    assert len(files) >= 4, "sample DOCX missing"
    asked = under_titled = headings_kept = 0
    for rules_file in ("tay-son-2023-h1.yaml", "year-end-2023.yaml"):
        ruleset = load_ruleset(root / "rules" / rules_file)
        for path in files:
            seg = segment(extract(path), ruleset)
            checker = Checker(seg, ruleset)
            names = sorted(checker.lang.title_contexts)
            pairs = [(s, name) for s in seg.sentences for name in names]
            kept = [checker._judge_context(s, name, None) for s, name in pairs]  # the answers kept meanwhile
            headings_kept += len(checker._heading_cues)
            for (s, name), answer in zip(pairs, kept):
                checker._heading_cues.clear()
                assert checker._judge_context(s, name, None) == answer, (path.name, s.text, name)
            asked += len(pairs)
            under_titled += sum(answer and not s.is_heading for (s, _), answer in zip(pairs, kept))
    assert asked > 1000 and under_titled > 0 and headings_kept > 0
