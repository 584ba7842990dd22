"""Recipients named one by one instead of counted: each is one ("tặng Bằng khen cho tập thể Phòng
Nội vụ và đồng chí Lê Văn Hòa" is 2), for a figure whose rules say `count_named: true`.

A recipient is a word of the ruleset's `context.named_recipient` list ("tập thể", "đồng chí",
"cho"...) followed by a capitalised name. Words that are the unit of a count ("01 tập thể") are
not recipients. Which clause of a sentence to look at, and when a count already stated wins, is
prose.py's decision; passages.py counts the same recipients in a passage's award statements.
"""

from __future__ import annotations

from tdkt.pipeline.figures.rules import Rules


def named_recipients(text: str, rules: Rules, counted: list[tuple[int, int]] = ()) -> int:
    """How many recipients `text` names one by one (0 without a `named_recipient` list)."""
    words = rules.ctx.get("named_recipient")
    if not words:
        return 0
    found = 0
    for m in words.finditer(text.lower()):
        if any(a <= m.start() < b for a, b in counted):
            continue  # "01 tập thể": the unit word of a count
        rest = text[m.end():m.end() + 3].lstrip(" “\"'(")
        if rest[:1].isupper():  # "tập thể Phòng ...", "đồng chí Lê Văn Hòa", "cho Trạm Y tế ..."
            found += 1
    return found
