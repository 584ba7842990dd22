"""The table stage and the sector reading are made once per document, however many stages ask
(figures, the form rows, the restated results, the sector scope of the items): judging a report
with tables resolves its tables once and reads its sector scope once."""

from figure_helpers import table_docx

from tdkt.pipeline import table_stage
from tdkt.pipeline.figures import sector
from tdkt.pipeline.judge import judge
from tdkt.rules.loader import load_roster, load_ruleset

_REPORT = [
    "UBND HUYỆN HOÀI ÂN", "PHÒNG Y TẾ", "Số: 21/BC-PYT", "BÁO CÁO",
    "Sơ kết công tác thi đua, khen thưởng ngành Y tế 6 tháng đầu năm 2023",
    "I. KẾT QUẢ PHONG TRÀO THI ĐUA",
    ([["STT", "Nội dung", "Kết quả thực hiện", "Ghi chú"],
      ["1", "Phong trào chung sức xây dựng nông thôn mới", "Vận động 120 ngày công làm đường", ""],
      ["2", "Phong trào văn hóa công sở", "-", ""]], 1),
    "II. KHEN THƯỞNG",
    ([["Danh hiệu", "Tập thể", "Cá nhân"], ["Lao động tiên tiến", "-", "41"]], 1),
    "Riêng Phòng Y tế: 05/05 công chức đạt danh hiệu “Lao động tiên tiến”.",
]


def test_tables_and_sector_scope_are_made_once(tmp_path, monkeypatch):
    calls = {"tables": 0, "sector": 0}
    real_tables, real_sector = table_stage.resolve_tables, sector.SectorScope

    def counting_tables(*args, **kwargs):
        calls["tables"] += 1
        return real_tables(*args, **kwargs)

    class CountingSector(real_sector):
        def __init__(self, document):
            calls["sector"] += 1
            super().__init__(document)

    monkeypatch.setattr(table_stage, "resolve_tables", counting_tables)
    monkeypatch.setattr(sector, "SectorScope", CountingSector)
    document = table_docx(tmp_path, _REPORT)  # written with python-docx, read back by tdkt
    record = judge(document, load_ruleset(), load_roster(), file="x.docx", sha256="0" * 64)
    assert record.figures.get("lao_dong_tien_tien") == 5  # the sector scope was read and used
    assert calls == {"tables": 1, "sector": 1}
