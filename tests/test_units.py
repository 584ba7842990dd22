"""Roster matching: aliases, abbreviations, OCR tone noise, level words, unknown senders."""

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.units import guess_type, match_unit
from tdkt.rules.loader import load_roster


@pytest.fixture(scope="module")
def roster(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    path.write_text(
        "id,name,type,cluster,aliases\n"
        "tt-phu-phong,UBND thị trấn Phú Phong,town,Cụm 1,Ủy ban nhân dân thị trấn Phú Phong\n"
        "xa-tay-vinh,UBND xã Tây Vinh,commune,Cụm 1,Ủy ban nhân dân xã Tây Vinh\n"
        "xa-tay-binh,UBND xã Tây Bình,commune,Cụm 1,\n"
        "xa-binh-hoa,UBND xã Bình Hòa,commune,Cụm 1,\n"
        "xa-binh-thanh,UBND xã Bình Thành,commune,Cụm 2,\n"
        "xa-binh-tan,UBND xã Bình Tân,commune,Cụm 2,\n"
        "cum-1,Cụm thi đua số 1,cluster,Cụm thi đua số 1,Cụm 1\n"
        "cum-2,Cụm thi đua số 2,cluster,Cụm thi đua số 2,Cụm 2\n"
        "phong-noi-vu,Phòng Nội vụ huyện,department,Khối Nội chính,Phòng Nội vụ huyện Tây Sơn\n"
        "phong-giao-duc,Phòng Giáo dục và Đào tạo huyện,education,Khối VH-XH,Phòng GD&ĐT\n"
        "mttq,Ủy ban MTTQ Việt Nam huyện,mass_org,Khối Đảng,\n"
        "bchqs,Ban Chỉ huy Quân sự huyện,armed_forces,Khối Nội chính,Ban CHQS huyện\n"
        "bhxh,Bảo hiểm xã hội huyện Tây Sơn,provincial_unit,Khối tỉnh,BHXH huyện Tây Sơn\n",
        encoding="utf-8")
    return load_roster(path)


@pytest.mark.parametrize("header,roster_id", [
    ("Ủy ban nhân dân xã Tây Vinh", "xa-tay-vinh"),
    ("UBND XÃ TÂY VINH", "xa-tay-vinh"),
    ("UBND xã Tây Vỉnh", "xa-tay-vinh"),        # OCR tone noise
    ("Uỷ ban nhân dân xã Tây Vinh", "xa-tay-vinh"),  # new-style tone placement
    ("Ủy ban nhân dân thị trấn Phú Phong", "tt-phu-phong"),
    ("Phòng Nội vụ", "phong-noi-vu"),
    ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "phong-giao-duc"),
    ("Phòng GD-ĐT huyện Tây Sơn", "phong-giao-duc"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tây Sơn", "mttq"),
    ("BAN CHỈ HUY QUÂN SỰ HUYỆN TÂY SƠN", "bchqs"),
    ("Bảo hiểm xã hội huyện Tây Sơn", "bhxh"),  # "xã hội" is not the level word "xã"
    ("Ủy ban nhân dân xã Bình Tân", "xa-binh-tan"),
    ("Ủy ban nhân dân xã Bình Thành", "xa-binh-thanh"),
])
def test_known_units(roster, header, roster_id):
    unit = match_unit(header, roster)
    assert unit.roster_id == roster_id
    assert unit.header_name == header
    assert unit.type == roster.by_id(roster_id).type
    assert unit.name == roster.by_id(roster_id).name


def test_level_word_must_agree(roster):
    unit = match_unit("Ủy ban nhân dân thị trấn Tây Vinh", roster)
    assert unit.roster_id is None and unit.type == "town"


def test_similar_place_not_in_roster_is_unknown(roster):
    unit = match_unit("Ủy ban nhân dân xã Vĩnh Hòa", roster)
    assert unit.roster_id is None
    assert unit.name == "Ủy ban nhân dân xã Vĩnh Hòa" and unit.type == "commune"


def test_no_header(roster):
    unit = match_unit(None, roster)
    assert unit.roster_id is None and unit.type == "unknown"


def test_cluster_named_in_header_wins(roster):
    doc = Document(blocks=[Block("paragraph", "UBND XÃ BÌNH THÀNH", Where(paragraph=1)),
                           Block("paragraph", "CỤM THI ĐUA SỐ 2", Where(paragraph=2)),
                           Block("paragraph", "BÁO CÁO", Where(paragraph=3))])
    unit = match_unit("Ủy ban nhân dân xã Bình Thành", roster, doc)
    assert unit.roster_id == "cum-2" and unit.type == "cluster"


@pytest.mark.parametrize("name,unit_type", [
    ("Ủy ban nhân dân xã Tây Sơn", "commune"), ("UBND thị trấn Bình Định", "town"),
    ("Phòng Tư pháp huyện", "department"), ("Hội Người cao tuổi huyện", "mass_org"),
    ("Huyện đoàn Tây Sơn", "mass_org"), ("Ủy ban MTTQ Việt Nam huyện", "mass_org"),
    ("Liên đoàn Lao động huyện", "mass_org"), ("Công an huyện Tây Sơn", "armed_forces"),
    ("Ban Chỉ huy Quân sự huyện", "armed_forces"), ("Cụm thi đua số 4", "cluster"),
    ("Khối thi đua Nội chính", "cluster"), ("Chi cục Thống kê khu vực", "provincial_unit"),
    ("Kho bạc Nhà nước huyện", "provincial_unit"), ("Bảo hiểm xã hội huyện Tây Sơn", "provincial_unit"),
    ("Điện lực Tây Sơn", "provincial_unit"), ("Trung tâm Y tế huyện", "provincial_unit"),
    ("Phòng Giáo dục và Đào tạo huyện", "education"), ("Trung tâm GDNN-GDTX huyện", "education"),
    ("Công ty TNHH ABC", "unknown"), (None, "unknown"),
])
def test_guess_type(name, unit_type):
    assert guess_type(name) == unit_type


def test_bch_is_ban_chap_hanh_unless_military():
    from tdkt.pipeline.units import canonical
    assert canonical("BCH Đoàn huyện") == "ban chap hanh doan huyen"
    assert canonical("BCH Quân sự huyện") == "ban chi huy quan su huyen"


def test_cluster_in_recipients_is_not_the_sender(roster):
    doc = Document(blocks=[Block("paragraph", "UBND XÃ TÂY VINH", Where(paragraph=1)),
                           Block("paragraph", "Nơi nhận:\n- Cụm thi đua số 1;", Where(paragraph=2))])
    unit = match_unit("Ủy ban nhân dân xã Tây Vinh", roster, doc)
    assert unit.roster_id == "xa-tay-vinh"
