"""Classes found by blind set 28 (items and metadata): synthetic cases in other words."""

from tdkt.pipeline.document import Block, Document
from tdkt.pipeline.units import match_unit
from tdkt.rules.loader import load_roster


def _doc(*lines: str) -> Document:
    return Document([Block("paragraph", t) for t in lines])


COMMUNE_HEADER = ("ỦY BAN NHÂN DÂN", "XÃ TÂY AN", "Số: 41/BC-UBND", "BÁO CÁO",
                  "Sơ kết thi đua, khen thưởng sáu tháng đầu năm 2023",
                  "(Tại Hội nghị sơ kết thi đua xã Tây An)")


def test_cluster_greeted_in_a_speech_salutation_is_a_guest_not_the_sender():
    # A commune's conference speech greets the cluster's delegates before the body begins.
    doc = _doc(*COMMUNE_HEADER,
               "Kính thưa đồng chí Trưởng Cụm thi đua số 3 và các đồng chí đại biểu!",
               "Thay mặt UBND xã, tôi xin báo cáo như sau:")
    unit = match_unit("Xã Tây An", load_roster(), doc)
    assert unit.roster_id == "xa-tay-an" and unit.type != "cluster"


def test_salutation_without_exclamation_mark_also_ends_the_header():
    doc = _doc(*COMMUNE_HEADER, "Kính thưa: Lãnh đạo Cụm thi đua số 1",
               "Hội nghị hôm nay đánh giá kết quả nửa đầu năm.")
    assert match_unit("Xã Tây An", load_roster(), doc).roster_id == "xa-tay-an"


def test_cluster_in_the_title_still_wins_when_a_salutation_follows():
    doc = _doc("ỦY BAN NHÂN DÂN", "XÃ TÂY AN", "Số: 41/BC-CTĐ", "BÁO CÁO",
               "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023 của Cụm thi đua số 3",
               "Kính thưa các đồng chí đại biểu!")
    unit = match_unit("Xã Tây An", load_roster(), doc)
    assert unit.roster_id == "cum-3" and unit.type == "cluster"


# --- K5: the leaders' ratio said not to be compiled is no report of it (as K4 already was) ---

def _status(item_id, *lines):
    from item_helpers import judge_default
    return judge_default(*lines)[item_id].status


K5_HEADER = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
             "I. KẾT QUẢ", "Các thôn đã hoàn thành phần lớn chỉ tiêu đề ra trong sáu tháng.",
             "II. TỒN TẠI, HẠN CHẾ")


def test_leaders_ratio_said_not_compiled_is_missing():
    assert _status("K5", *K5_HEADER,
                   "- Các đơn vị chưa tổng hợp được tỷ lệ cán bộ quản lý được tặng danh hiệu, "
                   "nên Khối chưa báo cáo nội dung này.") == "missing"


def test_leaders_ratio_said_not_counted_separately_is_missing():
    assert _status("K5", *K5_HEADER,
                   "- Phòng không thống kê riêng số lãnh đạo được khen thưởng trong kỳ.") == "missing"


def test_leaders_share_in_words_is_still_partial():
    assert _status("K5", *K5_HEADER[:4],
                   "Trong số cá nhân được khen, số lãnh đạo được khen chiếm tỷ lệ nhỏ.") == "partial"


def test_leaders_share_with_a_figure_is_present():
    assert _status("K5", *K5_HEADER[:4],
                   "Trong 12 cá nhân được tặng Giấy khen có 03 người là cán bộ lãnh đạo, quản lý, "
                   "chiếm tỷ lệ 25%.") == "present"


def test_leaders_ratio_named_first_then_said_not_compiled_is_missing():
    # The same class with the ratio as the subject: it is named, but only to say it is not there.
    assert _status("K5", *K5_HEADER,
                   "Tỷ lệ lãnh đạo, quản lý trong tổng số cá nhân được khen chưa thống kê được "
                   "vì các tổ chưa gửi danh sách.") == "missing"


def test_direct_workers_ratio_named_first_then_said_not_compiled_is_missing():
    assert _status("K4", *K5_HEADER,
                   "Tỷ lệ người lao động trực tiếp được khen thưởng chưa tổng hợp được, "
                   "các hội cơ sở sẽ gửi bổ sung.") == "missing"


def test_direct_workers_share_in_words_is_still_partial():
    assert _status("K4", *K5_HEADER[:4],
                   "Cá nhân được tặng Giấy khen phần lớn là người lao động trực tiếp.") == "partial"
