"""Classes found by blind set 29 (items and metadata): synthetic cases in other words."""

import pytest

from tdkt.pipeline.document import Block, Document
from tdkt.pipeline.metadata.read import read_metadata


def _doc(*lines: str) -> Document:
    return Document([Block("paragraph", t) for t in lines])


def _status(item_id, *lines):
    from item_helpers import judge_default
    return judge_default(*lines)[item_id].status


# --- F6: a professional degree chain before the signer's name is not part of the name ---

HEALTH_HEAD = ("SỞ Y TẾ BÌNH ĐỊNH", "BỆNH VIỆN ĐA KHOA KHU VỰC", "Số: 88/BC-BV",
               "Tây Sơn, ngày 14 tháng 6 năm 2023", "BÁO CÁO",
               "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
               "I. KẾT QUẢ", "Bệnh viện đã phát động phong trào thi đua trong toàn đơn vị.",
               "Trên đây là báo cáo sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023./.",
               "Nơi nhận:", "- Sở Y tế;", "- Lưu: VT.", "GIÁM ĐỐC")


@pytest.mark.parametrize("written, name", [
    ("BS.CKI Đỗ Thị Lan Anh", "Đỗ Thị Lan Anh"),
    ("ThS.BS Võ Minh Khoa", "Võ Minh Khoa"),
    ("DS.CKII Hà Văn Lộc", "Hà Văn Lộc"),
    ("TS. BS. Ngô Quang Hải", "Ngô Quang Hải"),
    ("BS. CK2 Lâm Thị Thu", "Lâm Thị Thu"),
])
def test_degree_chain_before_signer_is_dropped(written, name):
    meta = read_metadata(_doc(*HEALTH_HEAD, written))
    assert meta.info.signer == name


def test_name_without_degree_is_unchanged():
    meta = read_metadata(_doc(*HEALTH_HEAD, "Cao Thị Bích Ngọc"))
    assert meta.info.signer == "Cao Thị Bích Ngọc"
