"""`tdkt rules check` and `tdkt rules test`: what the clerk sees, and the exit codes."""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
import yaml

from tdkt.cli import main

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
SAMPLES = ROOT / "samples"
SAMPLE = "01-xa-tay-vinh"  # a commune's DOCX report on which the engine agrees with its labels


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TDKT_CACHE_DIR", str(tmp_path / "cache"))


def test_check_says_valid_for_the_shipped_files(capsys):
    files = [RULES / n for n in ("tay-son-2023-h1.yaml", "tay-son-2023-h1.figures.yaml", "year-end-2023.yaml",
                                 "roster-tay-son.csv")]
    assert main(["rules", "check", *map(str, files)]) == 0
    out = capsys.readouterr().out
    assert out.count("Hợp lệ:") == 4 and "50 đơn vị" in out and "30 mục, 8 số liệu" in out


def test_check_lists_the_problems_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "huong-dan.yaml"
    bad.write_text("id: thu\nitems:\n  - id: A1\n    label: Thử\n    any: [x]\n    figure_required: yes please\n"
                   "deadlines:\n  by_type: {xa: 2023-06-01}\n", encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"Không hợp lệ: {bad}" in out and "2 lỗi" in out
    assert f"{bad}, dòng 6, items[A1].figure_required: figure_required phải là true hoặc false" in out
    assert "items[A1].figure_required: figure_required: true cần 'figure'" not in out  # a type error first
    assert f"{bad}, dòng 8, deadlines.by_type.xa: loại đơn vị 'xa' không có" in out


def test_check_translates_a_yaml_syntax_error(tmp_path, capsys):
    bad = tmp_path / "huong-dan.yaml"
    bad.write_text("id: thu\nitems:\n  - id: A1\n   label: Thử\n", encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 1
    assert f"{bad}, dòng 4, cột 4: thụt lề không đúng" in capsys.readouterr().out


def _clerk_folder(tmp_path, flip: dict[str, str] | None = None) -> Path:
    """A clerk's test folder: one real report and the clerk's labels (optionally changed)."""
    folder = tmp_path / "thu"
    (folder / "inbox").mkdir(parents=True)
    (folder / "labels").mkdir()
    report = folder / "inbox" / f"{SAMPLE}.docx"
    shutil.copy(SAMPLES / "inbox" / f"{SAMPLE}.docx", report)
    sent = dt.datetime(2023, 6, 20, 15, 10).timestamp()  # the day the commune sent it (T1)
    os.utime(report, (sent, sent))
    labels = yaml.safe_load((SAMPLES / "labels" / f"{SAMPLE}.yaml").read_text(encoding="utf-8"))
    labels["items"].update(flip or {})
    (folder / "labels" / f"{SAMPLE}.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True), encoding="utf-8")
    return folder


def test_rules_test_agrees_with_the_clerk(tmp_path, capsys):
    folder = _clerk_folder(tmp_path)
    code = main(["rules", "test", str(RULES / "tay-son-2023-h1.yaml"), "--samples", str(folder)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "✓ L1 Văn bản lãnh đạo, chỉ đạo: khớp 1/1" in out and "✗" not in out
    assert "khớp 30/30 mục ở 1 báo cáo" in out


def test_rules_test_shows_each_disagreement_with_the_evidence(tmp_path, capsys):
    folder = _clerk_folder(tmp_path, flip={"L1": "partial", "M3": "missing"})
    code = main(["rules", "test", str(RULES / "tay-son-2023-h1.yaml"), "--samples", str(folder)])
    out = capsys.readouterr().out
    assert code == 1
    assert "✗ L1 Văn bản lãnh đạo, chỉ đạo: khớp 0/1" in out
    assert f"{SAMPLE} ({SAMPLE}.docx): cán bộ ghi «Chưa đầy đủ», máy chấm «Có»." in out
    assert "Ghi chú của máy: Có nêu văn bản cụ thể (" in out  # the rules' own note for L1
    assert "Bằng chứng (đoạn " in out
    assert "✗ M3" in out and "cán bộ ghi «Không có», máy chấm «Có»" in out
    assert "khớp 28/30 mục" in out


def test_rules_test_refuses_broken_rules_and_an_empty_folder(tmp_path, capsys):
    bad = tmp_path / "r.yaml"
    bad.write_text("id: x\nitems: []\n", encoding="utf-8")
    assert main(["rules", "test", str(bad), "--samples", str(tmp_path)]) == 2
    assert "items không được để trống" in capsys.readouterr().err
    assert main(["rules", "test", str(RULES / "year-end-2023.yaml"), "--samples", str(tmp_path)]) == 2
    assert "Không thấy tệp nhãn" in capsys.readouterr().err
