"""Figures classes found by blind set 44 (samples 282-287) and by 278's K4 ratio, each in other
words, units and numbers than the samples; each section below says its class and where it is fixed.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set44")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a pair of counts before its breakdown is the stated total --------------------------------
# (287) Under a period's label, a total given as a pair of collectives and individuals and then broken
# down ("... Giấy khen cho 02 tập thể, 05 cá nhân, trong đó ...") is the pair together; the breakdown
# word after the individuals made the individuals alone the stated total
# (prose._period_label_candidates, the pair found by prose._pair_before).

def test_a_pair_total_before_its_breakdown_is_both_counts(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng đột xuất 6 tháng đầu năm 2023: Giám đốc Trung tâm tặng Giấy khen cho 02 tập thể, "
                  "05 cá nhân, trong đó chuyên đề Tháng hành động vì an toàn thực phẩm 01 tập thể, 03 cá nhân; "
                  "đột xuất 01 tập thể, 02 cá nhân phát hiện và dập tắt kịp thời đám cháy kho hàng.")
    assert got.get("khen_chuyen_de_dot_xuat") == 7


def test_a_pair_total_joined_by_and_before_its_breakdown(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng chuyên đề 6 tháng đầu năm 2023: Chủ tịch UBND thị trấn khen thưởng 03 tập thể và 08 "
                  "cá nhân, trong đó: chuyên đề Ngày hội Đại đoàn kết 02 tập thể, 05 cá nhân; chuyên đề phòng, "
                  "chống thiên tai 01 tập thể, 03 cá nhân.")
    assert got.get("khen_chuyen_de_dot_xuat") == 11


def test_a_single_total_before_its_breakdown_stays_alone(rules):
    # contrast: one count before "trong đó" is the total by itself
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng đột xuất 6 tháng đầu năm 2023: Giám đốc Trung tâm tặng Giấy khen cho 06 cá nhân, "
                  "trong đó 04 cá nhân phòng, chống dịch sốt xuất huyết, 02 cá nhân cứu người đuối nước.")
    assert got.get("khen_chuyen_de_dot_xuat") == 6


# --- class 2: a ratio's group answered "không có" after its label ---------------------------------------
# (278) "<group>: Không có (...)" states the group empty, a 0 % ratio, as "không có cá nhân là <group>"
# does; "không có số liệu" says nothing of the kind (figures/empty_answer.py, rules context.negation).

def test_a_group_label_answered_none_is_a_zero_ratio(rules):
    got = _values(rules, "4. Tỷ lệ cá nhân được khen thưởng",
                  "- Cán bộ lãnh đạo, quản lý được tặng Giấy khen: 01/04 người, chiếm 25%.",
                  "- Người lao động trực tiếp: không có (Trung tâm chỉ có bộ phận hành chính, không có công nhân).")
    assert got.get("ty_le_lao_dong_truc_tiep") == 0
    assert got.get("ty_le_lanh_dao_quan_ly") == 25


def test_a_group_label_answered_none_with_a_full_stop(rules):
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "Cá nhân là lao động trực tiếp được khen thưởng: Không.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 0


def test_a_group_label_answered_no_data_is_no_zero(rules):
    # contrast: "không có số liệu" says the ratio is unknown, not that the group is empty
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "- Người lao động trực tiếp: không có số liệu do các tổ chưa gửi danh sách.")
    assert got.get("ty_le_lao_dong_truc_tiep") is None


# --- class 3: a bloc's report in one section per member ---------------------------------------------
# (285) Under a heading naming the members together, each member's numbered sub-section gives that
# member's counts, never the bloc's figure; the bloc's totals are read where the report states them
# (figures/member_sections.py, rules context.member_sections; cluster senders only).

_MEMBERS = (
    "II. KẾT QUẢ CỦA CÁC ĐƠN VỊ THÀNH VIÊN",
    "1. Chi cục Thống kê",
    "Năm 2022, Chi cục có 06 công chức đạt danh hiệu Lao động tiên tiến, 01 công chức đạt danh hiệu Chiến sĩ "
    "thi đua cơ sở; 03 sáng kiến được công nhận.",
    "2. Bảo hiểm xã hội huyện",
    "Năm 2022, cơ quan có 09 viên chức đạt danh hiệu Lao động tiên tiến, 02 viên chức đạt danh hiệu Chiến sĩ "
    "thi đua cơ sở; 02 sáng kiến được công nhận.",
)


def test_a_members_section_gives_no_bloc_figure(rules):
    got = _values(rules, *_MEMBERS,
                  "III. TỔNG HỢP CHUNG CỦA CỤM",
                  "Tính chung cả Cụm, năm 2022 có 15 cá nhân đạt danh hiệu Lao động tiên tiến, 03 cá nhân đạt "
                  "danh hiệu Chiến sĩ thi đua cơ sở.", unit_type="cluster")
    assert got.get("lao_dong_tien_tien") == 15
    assert got.get("chien_si_thi_dua_co_so") == 3
    assert got.get("sang_kien") is None  # no whole's count of initiatives: no sum of the members'


def test_a_members_section_is_read_for_another_sender(rules):
    # contrast: an office's own report with numbered parts named so is read as usual
    got = _values(rules, *_MEMBERS, unit_type="office")
    assert got.get("lao_dong_tien_tien") is not None


def test_a_section_after_the_members_is_the_blocs_again(rules):
    # contrast: a heading of the members' heading's level ends their run
    got = _values(rules, *_MEMBERS, "III. KHEN THƯỞNG CỦA CỤM",
                  "Cụm được Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, 04 cá nhân.", unit_type="cluster")
    assert got.get("giay_khen") == 6
    assert got.get("lao_dong_tien_tien") is None


# --- class 4: a count followed by the thing it counts --------------------------------------------------
# (282) "... gắn với viết sáng kiến ...: Hội thi ... có 14 tác phẩm đạt giải": the count of works is no
# count of the initiatives named before it (figures/counted_things.py, rules context.counted_things).

_TOPIC = ("Phong trào thi đua lao động sáng tạo gắn với viết sáng kiến, cải tiến kỹ thuật: Hội thi tay nghề "
          "giỏi của Công ty có 14 tác phẩm đạt giải.")


def test_a_thing_counted_after_a_topic_title_is_no_count_of_it(rules):
    got = _values(rules, "2. Phong trào thi đua", _TOPIC)
    assert got.get("sang_kien") is None


def test_the_title_counted_after_the_thing_is_read(rules):
    # the thing's count came first and, on a tie, was kept over the initiatives' own count
    got = _values(rules, "2. Phong trào thi đua", _TOPIC,
                  "Hội đồng khoa học Công ty đã xét và công nhận 09 sáng kiến cấp cơ sở.")
    assert got.get("sang_kien") == 9


def test_the_figures_own_count_word_is_still_read(rules):
    # contrast: "đề tài" is the figure's own count word, not another thing
    got = _values(rules, "2. Phong trào thi đua", "Phong trào lao động sáng tạo gắn với viết sáng kiến: Hội đồng "
                  "khoa học Công ty công nhận 06 đề tài cấp cơ sở.")
    assert got.get("sang_kien") == 6


def test_awards_counted_in_slots_are_still_awards(rules):
    # contrast: "suất" is how offices count awards, no thing of its own
    got = _values(rules, "3. Công tác khen thưởng",
                  "Năm 2022, Giám đốc Sở tặng Giấy khen cho 03 suất (01 tập thể và 02 cá nhân) có thành tích xuất sắc.")
    assert got.get("giay_khen") == 3
