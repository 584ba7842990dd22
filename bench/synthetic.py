"""Synthetic rules, roster and judged records for the writer tests and the workbook benchmark.

Independent of rules/*.yaml and of the judging engine (both change under other hands): the
item IDs and labels are those of the 2023 half-year directive. Deterministic (seeded).
"""

from __future__ import annotations

import random
from pathlib import Path

from tdkt.pipeline.record import DocumentInfo, Evidence, ItemResult, ReportRecord, UnitInfo
from tdkt.rules.loader import Roster, RosterUnit, Ruleset

ITEMS = [
    ("L1", "Văn bản lãnh đạo, chỉ đạo"), ("P1", "Tổng kết 2022, phát động, đăng ký thi đua 2023"),
    ("P2", "Kết quả nhiệm vụ chính trị"), ("P3", "Thi đua trên các lĩnh vực"),
    ("M1", "Chung sức xây dựng nông thôn mới"), ("M2", "Vì người nghèo"),
    ("M3", "Doanh nghiệp hội nhập và phát triển"), ("M4", "Văn hóa công sở"),
    ("M5", "Cải cách hành chính 2021-2025"), ("M6", "Huyện đạt chuẩn nông thôn mới 2023"),
    ("M7", "Đô thị loại IV năm 2024"), ("M8", "Phòng, chống Covid-19"), ("M9", "Chuyển đổi số"),
    ("P4", "Gắn với Chỉ thị 05-CT/TW"), ("P5", "Điển hình tiên tiến"), ("K1", "Sáng kiến cấp cơ sở"),
    ("K2", "Danh hiệu, Giấy khen năm 2022"), ("K3", "Khen chuyên đề, đột xuất"),
    ("K4", "Tỷ lệ người lao động trực tiếp"), ("K5", "Tỷ lệ lãnh đạo, quản lý"), ("D1", "Ưu điểm"),
    ("D2", "Hạn chế, tồn tại"), ("D3", "Nhiệm vụ 6 tháng cuối năm"), ("F1", "Cơ quan ban hành"),
    ("F2", "Số, ký hiệu"), ("F3", "Địa danh, ngày tháng"), ("F4", "Tên loại, trích yếu"), ("F5", "Người ký"),
    ("F6", "Nơi nhận"), ("T1", "Đúng hạn"),
]
SENTENCE = ("Trong 6 tháng đầu năm 2023, đơn vị đã ban hành Kế hoạch số 15/KH-UBND về tổ chức phong trào "
            "thi đua, đạt {n}% chỉ tiêu; xét công nhận {n} sáng kiến cấp cơ sở, khen thưởng đột xuất cho các "
            "tập thể và cá nhân có thành tích xuất sắc trong công tác chuyển đổi số.")


# The Tây Sơn figures as the rules declare them (sheet order, label, kind: what decides the display).
FIGURES = {
    "sang_kien": {"label": "Sáng kiến cấp cơ sở", "kind": "count"},
    "lao_dong_tien_tien": {"label": "Lao động tiên tiến", "kind": "count"},
    "tap_the_lao_dong_tien_tien": {"label": "Tập thể lao động tiên tiến", "kind": "count"},
    "chien_si_thi_dua_co_so": {"label": "Chiến sĩ thi đua cơ sở", "kind": "count"},
    "giay_khen": {"label": "Giấy khen", "kind": "count"},
    "khen_chuyen_de_dot_xuat": {"label": "Khen chuyên đề, đột xuất", "kind": "count"},
    "ty_le_lao_dong_truc_tiep": {"label": "Tỷ lệ người lao động trực tiếp", "kind": "percent"},
    "ty_le_lanh_dao_quan_ly": {"label": "Tỷ lệ lãnh đạo, quản lý", "kind": "percent"},
}


def demo_ruleset() -> Ruleset:
    raw = {"id": "tay-son-2023-h1", "items": [{"id": i, "label": lab} for i, lab in ITEMS],
           "figures": {k: dict(v) for k, v in FIGURES.items()},
           "deadlines": {"default": "2023-06-23", "by_type": {"cluster": "2023-06-30", "education": "2023-06-12"}}}
    return Ruleset(id=raw["id"], title="Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 — UBND huyện Tây Sơn",
                   path=Path("tay-son-2023-h1.yaml"), raw=raw, fingerprint="demo")


def demo_roster(n: int = 12) -> Roster:
    """`n` units in clusters of five communes, every sixth entry the cluster itself."""
    units = []
    for k in range(n):
        cluster = f"Cụm thi đua số {k // 6 + 1}"
        if k % 6 == 5:
            units.append(RosterUnit(id=f"cum-{k // 6 + 1}", name=cluster, type="cluster", cluster=cluster))
        else:
            units.append(RosterUnit(id=f"xa-{k}", name=f"UBND xã Tây Số {k}", type="commune", cluster=cluster))
    return Roster(units=units)


def make_record(file: str, unit: RosterUnit | None = None, *, statuses: dict[str, str] | None = None,
                default: str = "present", date: str = "2023-06-20", received: str = "2023-06-20T09:00:00",
                days_late: int = 0, figures: dict | None = None, warnings: list[str] | None = None,
                error: str | None = None, name: str | None = None) -> ReportRecord:
    """One judged record; every item `default` unless `statuses` says otherwise."""
    if error:
        return ReportRecord(file=file, sha256="0" * 64, format="pdf", error=error, error_code="encrypted",
                            received_at=received, quarantined_to=f"quarantine/{Path(file).name}")
    info = (UnitInfo(name=unit.name, type=unit.type, roster_id=unit.id, cluster=unit.cluster) if unit
            else UnitInfo(name=name, type="unknown", header_name=(name or "").upper() or None))
    items = {}
    for item_id, _ in ITEMS:
        status = (statuses or {}).get(item_id, default)
        evidence = [Evidence(f"Câu bằng chứng của mục {item_id}.", "đoạn 3")] if status != "missing" else []
        items[item_id] = ItemResult(status, f"Ghi chú {item_id}" if status == "partial" else "", evidence)
    return ReportRecord(file=file, sha256="1" * 64, format="docx", unit=info,
                        document=DocumentInfo(number="45/BC-UBND", date=date), items=items,
                        figures=figures or {}, warnings=warnings or [], received_at=received,
                        deadline="2023-06-23", days_late=days_late, rules="tay-son-2023-h1")


def synthetic_records(n: int, ruleset: Ruleset | None = None, roster: Roster | None = None,
                      seed: int = 7) -> list[ReportRecord]:
    """`n` records: ~15% late, ~10% missing and ~10% partial items, every 50th file unreadable,
    every 40th a re-sent version, units beyond the roster unknown senders."""
    ruleset = ruleset or demo_ruleset()
    rnd = random.Random(seed)
    units = list(roster.units) if roster is not None else []
    records = []
    for k in range(n):
        if k % 50 == 49:
            records.append(ReportRecord(file=f"inbox/hong-{k}.pdf", sha256=f"{k:064x}", format="pdf",
                                        error="Tệp PDF bị mã hóa, không mở được.", error_code="encrypted",
                                        received_at="2023-06-21T08:00:00",
                                        quarantined_to=f"quarantine/hong-{k}.pdf"))
            continue
        resent = k % 40 == 39 and k > 0
        base = k - 1 if resent else k
        roster_unit = units[base] if base < len(units) else None
        unit = (UnitInfo(name=roster_unit.name, type=roster_unit.type, roster_id=roster_unit.id,
                         cluster=roster_unit.cluster, header_name=roster_unit.name.upper()) if roster_unit else
                UnitInfo(name=f"Đơn vị số {base}", type=rnd.choice(["commune", "department", "mass_org"]),
                         cluster=f"Cụm thi đua số {base % 7 + 1}", header_name=f"ĐƠN VỊ SỐ {base}"))
        late = rnd.random() < 0.15
        items = {}
        for item_id in ruleset.item_ids:
            roll = rnd.random()
            status = "present" if roll < 0.8 else ("partial" if roll < 0.9 else "missing")
            if item_id == "T1":
                status = "missing" if late else "present"
            evidence = ([Evidence(SENTENCE.format(n=rnd.randint(1, 99)), f"đoạn {rnd.randint(1, 120)}")]
                        if status != "missing" else [])
            items[item_id] = ItemResult(status, "Chưa nêu số liệu cụ thể." if status == "partial" else "", evidence)
        day = 26 if late else rnd.randint(10, 22) + (1 if resent else 0)
        figures = {"sang_kien": rnd.randint(0, 20), "lao_dong_tien_tien": rnd.randint(10, 90),
                   "chien_si_thi_dua_co_so": rnd.randint(0, 12), "giay_khen": rnd.randint(0, 30),
                   "ty_le_lao_dong_truc_tiep": round(rnd.uniform(20, 80), 1)}
        records.append(ReportRecord(
            file=f"inbox/bao-cao-{k}.docx", sha256=f"{k:064x}", format="docx", unit=unit,
            document=DocumentInfo(number=f"{k}/BC-UBND", date=f"2023-06-{min(day, 23) if resent else day:02d}",
                                  title="Báo cáo sơ kết", signer="Nguyễn Văn A"),
            items=items, figures=figures,
            warnings=["Tỷ lệ chiến sĩ thi đua cơ sở vượt 15% số lao động tiên tiến."] if rnd.random() < 0.1 else [],
            received_at=f"2023-06-{day:02d}T09:30:00", deadline="2023-06-23", days_late=3 if late else 0,
            pages=rnd.randint(3, 12), rules=ruleset.id))
    return records


def main(argv: list[str]) -> None:
    """`python bench/synthetic.py OUT_DIR [N]`: write all outputs for N synthetic reports
    (default 60) against a 50-unit roster, to look at or render without real reports."""
    import datetime as dt

    from tdkt.pipeline.output.outputs import write_outputs

    out = Path(argv[0]) if argv else Path("out-demo")
    n = int(argv[1]) if len(argv) > 1 else 60
    ruleset, roster = demo_ruleset(), demo_roster(50)
    records = synthetic_records(n, ruleset, roster)
    run_info = {"run_time": dt.datetime(2023, 6, 28, 16, 30), "rules_file": "tay-son-2023-h1.yaml"}
    for fmt, path in write_outputs(records, ruleset, roster, out, run_info=run_info).items():
        print(f"{fmt}: {path}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
