"""`tdkt eval`: the metrics are computed right, and the engine meets its targets on the labelled samples."""

import shutil
from pathlib import Path

import docx
import pytest
import yaml

from tdkt.cli import main
from tdkt.pipeline.evaluate import Counts, evaluate

SAMPLES = Path(__file__).parents[1] / "samples"


def _write_report(path: Path) -> None:
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 45/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Tây Vinh, ngày 20 tháng 6 năm 2023", "BÁO CÁO",
                 "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                 "I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                 "Xã tổ chức phong trào thi đua; chuyển đổi số: 85% hồ sơ được tiếp nhận trực tuyến.",
                 "Công tác thi đua, khen thưởng được quan tâm; Hội đồng công nhận 4 sáng kiến cấp cơ sở.",
                 "Thi đua sôi nổi, khen thưởng kịp thời.",
                 "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]:
        d.add_paragraph(line)
    d.save(path)


@pytest.fixture()
def tiny_samples(tmp_path):
    root = tmp_path / "samples"
    for sub in ("sources", "labels", "inbox"):
        (root / sub).mkdir(parents=True)
    (root / "sources" / "01-tay-vinh.txt").write_text(
        "---\nformats: [docx, vni]\nreceived: 2023-06-21T08:30:00\n---\n::body\n", encoding="utf-8")
    _write_report(root / "inbox" / "01-tay-vinh.docx")
    shutil.copy(root / "inbox" / "01-tay-vinh.docx", root / "inbox" / "01-tay-vinh.vni.docx")
    items = {"M9": "present", "K1": "present", "M8": "present", "M7": "missing"}
    labels = {"unit": {"roster_id": "xa-tay-vinh", "type": "commune"},
              "document": {"number": "45/BC-UBND", "date": "2023-06-20", "signer": "Nguyễn Văn An"},
              "items": items, "figures": {"sang_kien": 4, "giay_khen": 7}}
    (root / "labels" / "01-tay-vinh.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True), encoding="utf-8")
    return root


def test_counts_precision_recall_f1():
    c = Counts()
    for truth, pred in [(True, True), (True, True), (True, False), (False, True), (False, False)]:
        c.add(truth, pred)
    assert (c.tp, c.fp, c.fn, c.tn) == (2, 1, 1, 1)
    assert c.precision == pytest.approx(2 / 3) and c.recall == pytest.approx(2 / 3) and c.f1 == pytest.approx(2 / 3)


def test_metrics_on_a_tiny_labelled_set(tiny_samples):
    r = evaluate(tiny_samples, all_variants=True)
    assert r.samples == ["01-tay-vinh.docx"] and not r.missing_files
    # M9 and K1 present as labelled; M8 labelled present but missing (a false "missing" flag);
    # M7 missing as labelled (a true "missing" flag).
    assert (r.overall.tp, r.overall.fp, r.overall.fn, r.overall.tn) == (1, 1, 0, 2)
    assert r.per_item["M8"].fp == 1 and r.per_item["M7"].tp == 1
    assert r.status_correct == 3 and r.status_total == 4
    # sang_kien right, giay_khen labelled but not stated in the report.
    assert (r.figures_correct, r.figures_total) == (1, 2)
    assert (r.metadata_correct, r.metadata_total) == (4, 4)
    assert r.consistency == [("01-tay-vinh.vni.docx", 30, 30)]
    assert {m.what for m in r.mismatches} == {"M8", "số liệu giay_khen"}


def test_cli_eval_prints_the_tables_and_exits_zero(tiny_samples, capsys):
    assert main(["eval", str(tiny_samples), "--all-variants", "--details"]) == 0
    out = capsys.readouterr().out
    assert "Cờ 'thiếu' theo mục" in out and "Đúng số liệu:  50.0% (1/2)" in out
    assert "01-tay-vinh.vni.docx" in out and "M8: nhãn 'present', máy 'missing'" in out
    assert main(["eval", str(tiny_samples / "khong-co")]) == 2


def _held_out() -> set[str]:
    """Blind sets measured at first contact and not yet worked on (samples/held-out.txt)."""
    lines = (SAMPLES / "held-out.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_engine_meets_its_targets_on_the_labelled_samples():
    held_out = _held_out()
    labels = [p for p in sorted((SAMPLES / "labels").glob("*.yaml")) if p.stem.split("-", 1)[0] not in held_out]
    assert len(labels) >= 17, "the labelled samples are part of the repository"
    r = evaluate(SAMPLES, only=[p.stem for p in labels])
    assert not r.missing_files, f"primary renderings missing from samples/inbox: {r.missing_files}"
    assert len(r.samples) == len(labels)
    assert r.overall.f1 >= 0.95, r.mismatches
    assert r.figure_accuracy >= 0.95, [m for m in r.mismatches if m.what.startswith("số liệu")]
    assert r.metadata_accuracy >= 0.98, [m for m in r.mismatches if m.what in ("đơn vị", "số", "ngày", "người ký")]
    assert r.status_accuracy >= 0.95


def test_held_out_samples_are_real_labelled_samples():
    held_out = _held_out()
    stems = {p.stem.split("-", 1)[0] for p in (SAMPLES / "labels").glob("*.yaml")}
    assert held_out <= stems, held_out - stems  # the list names samples that exist
    assert len(held_out) <= 12  # a held-out set is a set or two, not a way to hide the samples
