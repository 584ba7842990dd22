"""A province office's `[[districts]]`: one rules file and roster per district, one store, outputs
per district and the province sheet read back with openpyxl."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from test_flow_helpers import settle, write_report
from tdkt.flows.config import ConfigError, load_config
from tdkt.flows.districts import PROVINCE_SHEET, run_districts, slug

RULES = Path(__file__).resolve().parents[1] / "rules"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"


def _year_end_report(path: Path, commune: str, day: int) -> None:
    import docx

    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", f"XÃ {commune.upper()}", "Số: 80/BC-UBND", f"{commune}, ngày {day} tháng 12 năm 2023",
                 "BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2023",
                 "I. KẾT QUẢ THỰC HIỆN", "Năm 2023 xã đã tổ chức phát động thi đua và khen thưởng 15 tập thể."):
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    settle(path)


def _config(tmp_path: Path, missing_inbox: bool = False) -> Path:
    (tmp_path / "an-lao.csv").write_text(
        "id,name,type,cluster,aliases\n"
        "xa-an-hoa,UBND xã An Hòa,commune,Cụm 1,Ủy ban nhân dân xã An Hòa\n"
        "xa-an-tan,UBND xã An Tân,commune,Cụm 1,Ủy ban nhân dân xã An Tân\n"
        "xa-an-trung,UBND xã An Trung,commune,Cụm 1,Ủy ban nhân dân xã An Trung\n", "utf-8")
    text = ('[paths]\noutput = "tinh"\n'
            '[[districts]]\nname = "Tây Sơn"\ninbox = "hop-thu/tay-son"\n'
            f'rules = "{RULES / "tay-son-2023-h1.yaml"}"\nroster = "{RULES / "roster-tay-son.csv"}"\n'
            '[[districts]]\nname = "An Lão"\ninbox = "hop-thu/an-lao"\n'
            f'rules = "{RULES / "year-end-2023.yaml"}"\nroster = "an-lao.csv"\noutput = "huyen-an-lao"\n')
    if missing_inbox:
        text += '[[districts]]\nname = "Hoài Ân"\ninbox = "hop-thu/khong-co"\n'
    conf = tmp_path / "tinh.toml"
    conf.write_text(text, "utf-8")
    return conf


def test_each_district_judged_by_its_own_directive_in_one_store(tmp_path):
    inbox_ts, inbox_al = tmp_path / "hop-thu" / "tay-son", tmp_path / "hop-thu" / "an-lao"
    inbox_ts.mkdir(parents=True)
    shutil.copyfile(SAMPLES / "01-xa-tay-vinh.docx", inbox_ts / "tay-vinh.docx")  # every item, on time
    settle(inbox_ts / "tay-vinh.docx")
    write_report(inbox_ts / "tay-binh.docx", commune="Tây Bình", number="7/BC-UBND", day=28)  # after 23/6: late
    _year_end_report(inbox_al / "an-hoa.docx", "An Hòa", day=10)
    cfg = load_config(str(_config(tmp_path)))
    assert [d["output"] for d in cfg.districts] == ["tay-son", "huyen-an-lao"]

    result = run_districts(cfg)
    out = tmp_path / "tinh"
    ts = {Path(r["file"]).name: r for r in json.loads((out / "tay-son" / "reports.json").read_text("utf-8"))}
    al = {Path(r["file"]).name: r for r in json.loads((out / "huyen-an-lao" / "reports.json").read_text("utf-8"))}
    assert set(ts) == {"tay-vinh.docx", "tay-binh.docx"} and set(al) == {"an-hoa.docx"}
    assert {r["rules"] for r in ts.values()} == {"tay-son-2023-h1"} and al["an-hoa.docx"]["rules"] == "year-end-2023"
    assert (out / "tay-son" / "compliance.xlsx").exists() and (out / "huyen-an-lao" / "compliance.xlsx").exists()

    # One store for the province, holding both districts' results.
    with sqlite3.connect(out / ".tdkt" / "tdkt-state.sqlite") as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 3
    assert not (out / "tay-son" / ".tdkt").exists()

    book = openpyxl.load_workbook(out / PROVINCE_SHEET)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:6] == ("Huyện", "Số đơn vị phải nộp", "Đã nộp", "Đúng hạn", "Đủ nội dung", "Tỷ lệ đã nộp")
    by_name = {r[0]: r for r in rows[1:]}
    roster_ts = len((RULES / "roster-tay-son.csv").read_text("utf-8").strip().splitlines()) - 1
    assert by_name["Tây Sơn"][1:4] == (roster_ts, 2, 1)  # Tây Bình's report came after the deadline
    assert by_name["An Lão"][1:4] == (3, 1, 1)
    assert by_name["Toàn tỉnh"][1:3] == (roster_ts + 3, 3)
    assert by_name["Tây Sơn"][5] == pytest.approx(2 / roster_ts)
    # Complete: Tây Vinh's full sample report; Tây Bình's and An Hòa's short ones lack items.
    assert (by_name["Tây Sơn"][4], by_name["An Lão"][4]) == (1, 0)
    assert [r["complete"] for r in result["rows"]] == [1, 0]

    # An unchanged second run judges nothing and gives the same sheet.
    again = run_districts(cfg)
    assert all(s["judged"] == 0 for s in again["districts"].values())
    assert list(openpyxl.load_workbook(out / PROVINCE_SHEET).active.iter_rows(values_only=True)) == rows


def test_a_district_whose_inbox_is_gone_gets_its_row_and_exit_3(tmp_path):
    write_report(tmp_path / "hop-thu" / "tay-son" / "tay-vinh.docx", commune="Tây Vinh")
    (tmp_path / "hop-thu" / "an-lao").mkdir(parents=True)
    from tdkt.cli import main

    assert main(["run", "--config", str(_config(tmp_path, missing_inbox=True))]) == 3
    rows = list(openpyxl.load_workbook(tmp_path / "tinh" / PROVINCE_SHEET).active.iter_rows(values_only=True))
    hoai_an = next(r for r in rows if r[0] == "Hoài Ân")
    assert "khong-co" in hoai_an[7] and hoai_an[2] == 0
    assert next(r for r in rows if r[0] == "Tây Sơn")[2] == 1
    assert (tmp_path / "tinh" / slug("Hoài Ân")).name == "hoai-an"


def test_districts_config_errors_are_vietnamese(tmp_path):
    conf = tmp_path / "x.toml"
    conf.write_text('[[districts]]\nname = "A"\ninbox = "a"\noutput = "../ngoai"\n', "utf-8")
    with pytest.raises(ConfigError, match="thư mục con"):
        load_config(str(conf))
    conf.write_text('[[districts]]\nname = "A"\ninbox = "a"\n[[districts]]\nname = "A"\ninbox = "b"\n', "utf-8")
    with pytest.raises(ConfigError, match="trùng tên"):
        load_config(str(conf))
    conf.write_text('[[districts]]\ninbox = "a"\n', "utf-8")
    with pytest.raises(ConfigError, match="cần có name và inbox"):
        load_config(str(conf))
