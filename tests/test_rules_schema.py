"""Every mistake a clerk makes in a rules file, figures file or roster is refused in Vietnamese,
naming the file, the line and the key (rules/schema.py through rules/loader.py and diagnose.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tdkt.rules.loader import RulesError, file_problems, load_roster, load_ruleset

RULES = Path(__file__).resolve().parents[1] / "rules"
MAIN, FIGURES = "tay-son-2023-h1.yaml", "tay-son-2023-h1.figures.yaml"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    """Validation markers and regex caches of these tests stay in the test's folder."""
    monkeypatch.setenv("TDKT_CACHE_DIR", str(tmp_path / "cache"))


def _copy(tmp_path, main=None, figures=None) -> Path:
    """The shipped Tây Sơn rules in tmp_path, with one (old, new) replacement in either file."""
    for name, change in ((MAIN, main), (FIGURES, figures)):
        text = (RULES / name).read_text(encoding="utf-8")
        if change:
            assert text.count(change[0]) == 1, change[0]
            text = text.replace(*change)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / MAIN


def _line_of(path: Path, text: str) -> int:
    """1-based line of the first line of `text` in the file."""
    content = path.read_text(encoding="utf-8")
    return content[:content.index(text)].count("\n") + 1


def _refused(path: Path) -> str:
    with pytest.raises(RulesError) as err:
        load_ruleset(path)
    return str(err.value)


def test_the_shipped_rules_files_and_roster_are_valid():
    for name in (MAIN, FIGURES, "year-end-2023.yaml", "abbreviations.yaml", "roster-tay-son.csv"):
        what, problems = file_problems(RULES / name)
        assert problems == [], (name, problems)


def test_unknown_figure_name_in_an_item(tmp_path):
    path = _copy(tmp_path, main=("    figure: sang_kien\n", "    figure: sang_kienn\n"))
    message = _refused(path)
    assert f"{path}, dòng {_line_of(path, '    figure: sang_kienn')}, items[K1].figure:" in message
    assert "số liệu 'sang_kienn' không có trong 'figures'" in message and "sang_kien," in message


def test_unknown_unit_type_under_deadlines(tmp_path):
    path = _copy(tmp_path, main=("    education: 2023-06-12", "    giao_duc: 2023-06-12"))
    message = _refused(path)
    assert f"dòng {_line_of(path, '    giao_duc:')}, deadlines.by_type.giao_duc:" in message
    assert "loại đơn vị 'giao_duc' không có" in message and "education (giáo dục)" in message


def test_empty_items(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("id: thu\ntitle: Thử\nitems: []\n", encoding="utf-8")
    message = _refused(path)
    assert f"{path}, dòng 3, items: items không được để trống" in message


def test_a_boolean_that_is_not_a_boolean(tmp_path):
    path = _copy(tmp_path, main=("    figure_required: true\n    # \"khen\" of the field's name",
                                 "    figure_required: yes please\n    # \"khen\" of the field's name"))
    message = _refused(path)
    assert f"dòng {_line_of(path, '    figure_required: yes please')}, items[K4].figure_required:" in message
    assert "phải là true hoặc false, không phải 'yes please'" in message


def test_misspelt_titles_in_the_figures_file(tmp_path):
    path = _copy(tmp_path, figures=('    titles: ["giấy khen"', '    titels: ["giấy khen"'))
    message = _refused(path)
    fig = tmp_path / FIGURES
    assert f"{fig}, dòng {_line_of(fig, '    titels:')}, figures.giay_khen.titels: khóa không rõ: titels" in message
    assert "có phải 'titles'?" in message
    assert "figures.giay_khen.titles: thiếu khóa bắt buộc 'titles'" in message


def test_unknown_figure_kind(tmp_path):
    path = _copy(tmp_path, figures=("    kind: percent\n    titles: [\"người", "    kind: percentage\n    titles: [\"người"))
    fig = tmp_path / FIGURES
    message = _refused(path)
    assert f"{fig}, dòng {_line_of(fig, '    kind: percentage')}, figures.ty_le_lao_dong_truc_tiep.kind:" in message
    assert "kind 'percentage' không hợp lệ (chọn: count, percent, money)" in message


def test_figure_of_an_item_that_does_not_exist(tmp_path):
    path = _copy(tmp_path, figures=("    item: K3", "    item: K9"))
    fig = tmp_path / FIGURES
    message = _refused(path)
    assert f"dòng {_line_of(fig, '    item: K9')}, figures.khen_chuyen_de_dot_xuat.item: mục 'K9' không có" in message


def test_invented_plausibility_key(tmp_path):
    path = _copy(tmp_path, figures=("  percent_max: 100", "  percent_max: 100\n  min_awards: 3"))
    fig = tmp_path / FIGURES
    message = _refused(path)
    assert f"dòng {_line_of(fig, '  min_awards')}, plausibility.min_awards: khóa không rõ: min_awards" in message
    assert "ratio_tolerance" in message  # what is allowed


def test_yaml_indentation_error_is_translated(tmp_path):
    path = _copy(tmp_path, main=("  - id: I.1\n    label:", "  - id: I.1\n   label:"))
    message = _refused(path)
    assert f"{path}, dòng {_line_of(path, '   label:')}, cột 4: thụt lề không đúng" in message
    assert "expected" not in message  # no PyYAML English


def test_yaml_errors_in_the_included_file_name_that_file(tmp_path):
    path = _copy(tmp_path, figures=("  sang_kien:\n", "  sang_kien:\n\t"))
    message = _refused(path)
    assert f"{tmp_path / FIGURES}, dòng" in message and "Tab" in message


@pytest.mark.parametrize("change, expected", [
    (("      - name: tổng kết năm 2022", "      - name: tổng kết năm 2022\n        figure: so_lieu_la"),
     "items[P1].parts[tổng kết năm 2022].figure: số liệu 'so_lieu_la' không có"),
    (("    required_parts: ['đăng ký, giao ước thi đua']", "    required_parts: ['đăng ký']"),
     "items[P1].required_parts: 'đăng ký' không phải tên phần con nào"),
    (("  - id: P2\n", "  - id: P1\n"), "items[P1].id: mã mục 'P1' bị lặp"),
    (("    exclude_sections: [I.3]", "    exclude_sections: [I.9]"), "phần 'I.9' không có trong 'sections'"),
    (("    section: I.3\n    any: [sáng kiến]", "    section: III\n    any: [sáng kiến]"),
     "items[K1].section: phần 'III' không có trong 'sections'"),
    (("    min_parts: 4", "    min_parts: 5"), "min_parts phải là số nguyên từ 1 đến 4"),
    (("  - {id: F5, label: \"Người ký\", section: form, source: metadata}",
      "  - {id: F5, label: \"Người ký\", section: form, source: metadat}"),
     "items[F5].source: source 'metadat' không hợp lệ (chọn: text, metadata, deadline)"),
    (("    context: result\n    # background: the unit's description",
      "    context: ket_qua\n    # background: the unit's description"),
     "items[P3].context: danh sách 'ket_qua' không có trong 'language'"),
    (("  default: 2023-06-23", "  default: 23/06/2023"), "deadlines.default: không phải ngày hợp lệ: '23/06/2023'"),
    (("  title_contexts: [plan, ", "  title_contexts: [plan, hạn_chế, "),
     "language.title_contexts: danh sách 'hạn_chế' không có trong 'language'"),
    (("    label: Sáng kiến cấp cơ sở\n", "    label: Sáng kiến cấp cơ sở\n    lable: x\n"),
     "items[K1].lable: khóa không rõ: lable — có phải 'label'?"),
])
def test_more_rules_mistakes_name_line_and_key(tmp_path, change, expected):
    path = _copy(tmp_path, main=change)
    message = _refused(path)
    assert expected in message
    assert f"{path}, dòng " in message


def test_several_problems_are_listed_together(tmp_path):
    path = _copy(tmp_path, main=("    figure: sang_kien\n", "    figure: x\n    require_number: có\n"))
    message = _refused(path)
    assert message.startswith("Có 2 lỗi:") and "items[K1].figure" in message and "items[K1].require_number" in message


def test_a_key_written_twice_is_a_problem(tmp_path):
    path = _copy(tmp_path, main=("    label: Sáng kiến cấp cơ sở\n", "    label: Sáng kiến cấp cơ sở\n    label: Khác\n"))
    message = _refused(path)
    assert f"dòng {_line_of(path, '    label: Khác')}, items[K1].label: khóa 'label' viết hai lần" in message


def test_roster_mistakes_name_the_line_and_column(tmp_path):
    roster = tmp_path / "don-vi.csv"
    roster.write_text("id,name,type,cluster,aliases\nxa-a,UBND xã A,xa,Cụm 1,\nxa-b,,commune,,\n"
                      "xa-c,UBND xã C,commune,,\nxa-c,UBND xã C2,town,,\n", encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_roster(roster)
    message = str(err.value)
    assert f"{roster}, dòng 2, cột type: loại đơn vị 'xa' không có (chọn: commune (xã)" in message
    assert f"{roster}, dòng 3, cột name: để trống" in message
    assert f"{roster}, dòng 5, cột id: mã 'xa-c' bị lặp (đã có ở dòng 4)" in message
    roster.write_text("id,name,type,cluster,alias\nxa-a,UBND xã A,commune,,\n", encoding="utf-8")
    with pytest.raises(RulesError, match="dòng 1: cột không rõ: alias"):
        load_roster(roster)


def test_a_roster_saved_from_excel_with_bom_and_quoted_line_breaks(tmp_path):
    roster = tmp_path / "don-vi.csv"
    roster.write_bytes("id,name,type,cluster,aliases\r\nxa-a,\"UBND xã A\",commune,,\"Xã A;\r\nUB xã A\"\r\n"
                       "xa-b,UBND xã B,nope,,\r\n".encode("utf-8-sig"))
    with pytest.raises(RulesError) as err:
        load_roster(roster)
    assert f"{roster}, dòng 4, cột type" in str(err.value)  # the physical line of the bad row


def test_validation_runs_again_when_the_rules_change_and_not_when_they_did_not(tmp_path):
    """A valid ruleset leaves a marker (its bytes + the schema): a later process loads it without
    importing pydantic; an edit makes new bytes, validated again. Real processes."""
    path = _copy(tmp_path)
    env = dict(os.environ, TDKT_CACHE_DIR=str(tmp_path / "cache"))
    code = ("import sys; from tdkt.rules.loader import load_ruleset; load_ruleset(sys.argv[1]); "
            "print('pydantic' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]
    _copy(tmp_path, main=("    figure: sang_kien\n", "    figure: sang_kienn\n"))
    bad = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True)
    assert bad.returncode != 0 and "sang_kienn" in bad.stderr


def test_figures_file_checked_alone_without_its_rules(tmp_path):
    fig = tmp_path / "so-lieu.yaml"
    shutil.copy(RULES / FIGURES, fig)
    what, problems = file_problems(fig)
    assert problems == [] and "tệp số liệu" in what
    fig.write_text(fig.read_text(encoding="utf-8").replace("    unit: both\n", "    unit: all\n", 1), encoding="utf-8")
    what, problems = file_problems(fig)
    assert len(problems) == 1 and "unit 'all' không hợp lệ (chọn: individuals, collectives, any, both)" in str(problems[0])


def test_a_context_list_of_the_rulesets_own_naming_is_valid_and_judged(tmp_path):
    """The docs let a clerk name their own `language` list for exclude_contexts: it validates, and a
    mention excluded only by it is 'missing' with a note naming the list (it used to crash)."""
    from tdkt.pipeline.check.items import check_items
    from tdkt.pipeline.document import Block, Document
    from tdkt.pipeline.segment import segment

    path = tmp_path / "r.yaml"
    path.write_text("id: thu\nlanguage:\n  ngoai_huyen: [cấp tỉnh]\nitems:\n"
                    "  - {id: A1, label: Sáng kiến, any: [sáng kiến], context: none, exclude_contexts: [ngoai_huyen]}\n",
                    encoding="utf-8")
    rules = load_ruleset(path)
    doc = Document(blocks=[Block("paragraph", "Đơn vị có 3 sáng kiến cấp tỉnh được công nhận trong năm.")])
    result = check_items(segment(doc, rules), rules)["A1"]
    assert result.status == "missing"
    assert result.note.startswith("Chỉ nhắc đến trong nội dung không được tính (ngoai_huyen)")
