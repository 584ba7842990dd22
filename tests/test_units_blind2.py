"""A report signed by a standing board (Ban Thường trực) of a mass organisation: the board is
an organ of its parent line, so the header names the parent and the roster finds it.
Found by blind sample 32; the wording here is our own."""

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata
from tdkt.pipeline.units import match_unit
from tdkt.rules.loader import load_roster


@pytest.fixture(scope="module")
def roster(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    path.write_text(
        "id,name,type,cluster,aliases\n"
        "hoi-chu-thap-do,Hội Chữ thập đỏ huyện,mass_org,Khối Đảng,Hội Chữ thập đỏ huyện Tây Sơn\n"
        "mttq,Ủy ban MTTQ Việt Nam huyện,mass_org,Khối Đảng,\n"
        "phong-noi-vu,Phòng Nội vụ huyện,department,Khối Nội chính,\n",
        encoding="utf-8")
    return load_roster(path)


def header_doc(*header):
    lines = [*header, "Số: 12/BC-BTT", "BÁO CÁO", "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023",
             "Ban Thường trực đã ban hành Kế hoạch số 3/KH-BTT về thi đua."]
    return Document(blocks=[Block(kind="paragraph", text=t, where=Where(paragraph=i + 1))
                            for i, t in enumerate(lines)])


@pytest.mark.parametrize("header,roster_id", [
    (["HỘI CHỮ THẬP ĐỎ", "HUYỆN TÂY SƠN", "BAN THƯỜNG TRỰC"], "hoi-chu-thap-do"),
    (["ỦY BAN MTTQ VIỆT NAM", "HUYỆN TÂY SƠN", "THƯỜNG TRỰC"], "mttq"),
])
def test_standing_board_line_names_its_parent(roster, header, roster_id):
    document = header_doc(*header)
    meta = read_metadata(document)
    assert "thường trực" in meta.header_name.lower()
    assert match_unit(meta.header_name, roster, document).roster_id == roster_id
