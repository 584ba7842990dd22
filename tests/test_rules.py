"""The rules file as data: the default ruleset is complete, and a broken one is refused in Vietnamese."""

import textwrap

import pytest

from tdkt.rules.loader import RulesError, load_ruleset

CHECKLIST_IDS = (["L1", "P1", "P2", "P3"] + [f"M{i}" for i in range(1, 10)] + ["P4", "P5"]
                 + [f"K{i}" for i in range(1, 6)] + ["D1", "D2", "D3"] + [f"F{i}" for i in range(1, 7)] + ["T1"])


def test_default_ruleset_has_every_checklist_item_with_label_and_section():
    rules = load_ruleset()
    assert rules.item_ids == CHECKLIST_IDS
    for item in rules.items:
        assert item.get("label") and item.get("section"), item["id"]
    assert rules.deadline_for("commune").isoformat() == "2023-06-23"
    assert rules.deadline_for("cluster").isoformat() == "2023-06-30"
    assert rules.deadline_for("education").isoformat() == "2023-06-12"
    assert {s["id"] for s in rules.raw["sections"]} >= {"I.1", "I.2", "I.3", "I.4.1", "I.4.2", "II"}
    assert {k: rules.raw["period"][k] for k in ("year", "half", "kind")} == {"year": 2023, "half": 1, "kind": "so_ket"}
    assert rules.labels["K2"] == "Danh hiệu, Giấy khen năm 2022"


def test_every_rule_phrase_compiles():
    from tdkt.pipeline.check import compile_item, compile_language, text_items
    from tdkt.pipeline.matching import Canon

    rules = load_ruleset()
    canon = Canon()
    lang = compile_language(rules.raw, canon)
    compiled = [compile_item(item, lang, canon) for item in text_items(rules)]
    assert len(compiled) == 23
    assert all(rule.concept for rule in compiled)


BASE = """\
id: thu
title: Thử
deadlines: {default: 2023-06-23}
language:
  result: [đạt]
sections:
  - {id: A, title: [kết quả]}
items:
"""


def _load(tmp_path, items: str):
    path = tmp_path / "rules.yaml"
    path.write_text(BASE + textwrap.indent(textwrap.dedent(items), "  "), encoding="utf-8")
    return load_ruleset(path)


@pytest.mark.parametrize("items, message", [
    ("- {id: X1, label: x, section: A, anyy: [a]}\n", "khóa không rõ: anyy"),
    ("- {id: X1, label: x, section: A}\n", "cần 'any', 'parts' hoặc 'section_content'"),
    ("- {id: X1, label: x, section: A, any: ['re:(abc']}\n", "biểu thức chính quy sai"),
    ("- {id: X1, label: x, section: A, any: [a], context: kết_quả}\n", "items[X1].context: danh sách 'kết_quả' không có trong 'language'"),
    ("- {id: X1, label: x, section: A, any: [a], exclude_contexts: [quá_khứ]}\n", "exclude_contexts: ngữ cảnh 'quá_khứ' không có"),
    ("- {id: X1, label: x, section: A, any: [a], section_content: [Z]}\n", "phần 'Z' không có trong 'sections'"),
    ("- {id: X1, label: x, section: A, source: email}\n", "source 'email' không hợp lệ"),
    ("- {id: X1, label: x, section: A, parts: [{name: p, any: [a]}], required_parts: [q]}\n",
     "required_parts: 'q' không phải tên phần con"),
    ("- {id: X1, label: x, section: A, parts: [{name: p, any: [a]}], min_parts: 3}\n", "min_parts phải là số nguyên"),
    ("- {id: X1, label: x, section: A, parts: [{any: [a]}]}\n", "parts[thứ 1].name: thiếu khóa bắt buộc 'name'"),
    ("- {id: X1, label: x, section: A, any: [a], full: {}}\n", "full.any: thiếu khóa bắt buộc 'any'"),
    ("- {id: X1, label: x, section: A, any: a}\n", "any phải là danh sách cụm từ"),
    ("- {id: X1, label: x, section: A, any: [a]}\n- {id: X1, label: y, section: A, any: [b]}\n", "bị lặp"),
])
def test_broken_rules_are_refused_with_a_vietnamese_reason(tmp_path, items, message):
    with pytest.raises(RulesError) as err:
        _load(tmp_path, items)
    assert message in str(err.value)
    assert "rules.yaml" in str(err.value) or "X1" in str(err.value)


def test_bad_section_context_and_missing_deadline_date(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(BASE.replace("{id: A, title: [kết quả]}", "{id: A, title: [kết quả], context: tương_lai}")
                    + "  - {id: X1, label: x, section: A, any: [a]}\n", encoding="utf-8")
    with pytest.raises(RulesError, match="context 'tương_lai' không hợp lệ"):
        load_ruleset(path)
    path.write_text(BASE.replace("2023-06-23", "23/06/2023") + "  - {id: X1, label: x, section: A, any: [a]}\n",
                    encoding="utf-8")
    with pytest.raises(RulesError, match="không phải ngày hợp lệ"):
        load_ruleset(path)


def test_a_valid_minimal_ruleset_loads(tmp_path):
    rules = _load(tmp_path, "- {id: X1, label: x, section: A, any: [a], context: none}\n"
                            "- {id: X2, label: y, section: form, source: metadata, key: F2}\n")
    assert rules.item_ids == ["X1", "X2"]
