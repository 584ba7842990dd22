"""A cluster named in the body is context, not the sender; named in the title, it is the sender."""

from tdkt.pipeline.document import Block, Document
from tdkt.pipeline.units import match_unit
from tdkt.rules.loader import load_roster


def _doc(*lines: str) -> Document:
    return Document([Block("paragraph", t) for t in lines])


HEADER = ("UBND HUYỆN TÂY SƠN", "PHÒNG TƯ PHÁP", "Số: 12/BC-PTP", "BÁO CÁO",
          "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


def test_cluster_mentioned_in_a_numbered_body_line_does_not_become_the_sender():
    doc = _doc(*HEADER, "1. Cử công chức dự hội nghị sơ kết của Khối thi đua Nội chính ngày 10/6.")
    unit = match_unit("Phòng Tư pháp", load_roster(), doc)
    assert unit.roster_id == "phong-tu-phap"


def test_cluster_mentioned_in_an_opening_sentence_does_not_become_the_sender():
    doc = _doc(*HEADER, "Thực hiện hướng dẫn của Khối thi đua Nội chính, Phòng báo cáo như sau:")
    assert match_unit("Phòng Tư pháp", load_roster(), doc).roster_id == "phong-tu-phap"


def test_cluster_named_in_the_title_is_the_sender():
    doc = _doc("UBND HUYỆN TÂY SƠN", "PHÒNG TƯ PHÁP", "Số: 12/BC-KNC", "BÁO CÁO",
               "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Khối thi đua Nội chính",
               "1. Các thành viên của Khối đã ban hành kế hoạch.")
    unit = match_unit("Phòng Tư pháp", load_roster(), doc)
    assert unit.roster_id == "khoi-noi-chinh" and unit.type == "cluster"
