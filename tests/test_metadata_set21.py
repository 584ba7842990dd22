"""Metadata classes blind set 21 (147-152) showed at first contact, in other words than the samples'.

- A military unit's report signed by its political officer: "CHÍNH TRỊ VIÊN" (or "PHÓ CHÍNH TRỊ
  VIÊN") above a name line with the rank ("Trung tá Phan Quốc Dũng") is the authority line (F5
  present), like "CHÍNH ỦY" and "CHỈ HUY TRƯỞNG".
"""

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata

HEAD = ["BAN CHỈ HUY QUÂN SỰ", "THỊ TRẤN PHÚ PHONG", "Số: 57/BC-BCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Phú Phong, ngày 19 tháng 6 năm 2023", "BÁO CÁO",
        "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023"]
BODY = ["I. KẾT QUẢ CÔNG TÁC THI ĐUA", "Ban Chỉ huy đã ban hành Kế hoạch số 09/KH-BCH về thi đua quyết thắng.",
        "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023./."]


def _closing_doc(authority: str, name: str) -> Document:
    lines = [*HEAD, *BODY, "Nơi nhận:", "- Ban CHQS huyện;", "- Lưu: VT.", authority, name]
    n = len(lines)
    regions = {0: "header-left", 1: "header-left", 2: "header-left", 3: "header-right", 4: "header-right",
               5: "header-right", n - 5: "closing-left", n - 4: "closing-left", n - 3: "closing-left",
               n - 2: "closing-right", n - 1: "closing-right"}
    return Document(blocks=[Block(kind="paragraph", text=t, where=Where(paragraph=i + 1), region=regions.get(i))
                            for i, t in enumerate(lines)])


@pytest.mark.parametrize("authority", ["CHÍNH TRỊ VIÊN", "PHÓ CHÍNH TRỊ VIÊN"])
def test_a_political_officer_signs_with_authority(authority):
    meta = read_metadata(_closing_doc(authority, "Trung tá Phan Quốc Dũng"))
    assert meta.items["F5"].status == "present", meta.items["F5"].note
    assert meta.info.signer == "Phan Quốc Dũng" and meta.info.signer_authority == authority


def test_a_name_line_without_an_authority_line_is_still_partial():
    meta = read_metadata(_closing_doc("(Đã ký)", "Trung tá Phan Quốc Dũng"))
    assert meta.items["F5"].status == "partial", meta.items["F5"].note
