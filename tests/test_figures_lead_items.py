"""Ad-hoc awards listed as items under a "...:" lead-in that names them, each item with its own
recipients but no awarding verb of its own ("- Tổ dân phố A: 01 tập thể và 01 cá nhân ..."): the
lead-in says what they are, so the items add up. Under a mere heading an item still needs its own
verb (a cash prize a centre hands its learners is no award), and a proposal item is no part.
"""

import pytest
from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("lead-items")


def test_items_without_verbs_under_an_ad_hoc_lead_in_add_up(rules):
    v = values(rules,
               "3. Công tác khen thưởng",
               "Khen thưởng đột xuất của xã trong quý I và quý II năm 2023:",
               "- Thôn Hòa Lạc: 02 tập thể và 01 cá nhân phát hiện kịp thời vụ cháy rừng (tháng 4/2023);",
               "- Thôn Mỹ Thạnh: 01 cá nhân (anh Đặng Văn Tùng) dũng cảm cứu 03 người bị lũ cuốn;",
               "- Thôn Phú Mỹ: 03 cá nhân giao nộp 01 khẩu súng tự chế cho Công an xã.")
    assert v["khen_chuyen_de_dot_xuat"] == 7


def test_a_proposal_item_under_the_lead_in_is_no_part(rules):
    v = values(rules,
               "3. Công tác khen thưởng",
               "Khen thưởng đột xuất 6 tháng đầu năm:",
               "- Đội dân phòng: 01 tập thể và 02 cá nhân tham gia chữa cháy chợ Phú Phong;",
               "- Hội Nông dân: 01 cá nhân hiến 300 m2 đất làm đường;",
               "- Đề nghị UBND huyện xét 04 cá nhân khác, hồ sơ đang hoàn thiện.")
    assert v["khen_chuyen_de_dot_xuat"] == 4


def test_items_under_a_heading_alone_still_need_their_own_verb(rules):
    v = values(rules,
               "2. Khen thưởng chuyên đề, đột xuất",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể và 03 cá nhân về phòng, chống dịch bệnh.",
               "- Giám đốc Sở Y tế tặng Giấy khen cho 02 viên chức về tiêm chủng mở rộng.",
               "- Trạm chi tiền hỗ trợ cho 25 cộng tác viên dân số trong đợt chiến dịch.")
    assert v["khen_chuyen_de_dot_xuat"] == 6


def test_recipients_each_with_their_reason_still_add(rules):
    v = values(rules,
               "3. Khen thưởng",
               "Khen thưởng đột xuất trong kỳ:",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể về phòng, chống thiên tai, 04 cá nhân về "
               "cứu hộ cứu nạn;",
               "- Chủ tịch UBND xã khen 01 cá nhân trả lại tài sản nhặt được.")
    assert v["khen_chuyen_de_dot_xuat"] == 7
