"""Item classes blind set 10 (samples 79-84) found, in our own words: an inspection "đột xuất" or a
supervision "chuyên đề" is no ad-hoc award (K3); a Giấy khen of a span of years closed in 2022 is
no 2022 title (K2); the leaders' share said in words as "số lãnh đạo được khen" (K5)."""

from item_helpers import judge_default as judge

from tdkt.pipeline.figures import FiguresResult

H2 = {"kind": "heading", "heading_level": 2}
TITLES_2022 = {"lao_dong_tien_tien": 9, "tap_the_lao_dong_tien_tien": 1, "chien_si_thi_dua_co_so": 1}


def test_an_unannounced_inspection_is_no_ad_hoc_award():
    r = judge(("3. Kết quả thực hiện nhiệm vụ", H2),
              "Trong 6 tháng, Phòng chủ trì 2 cuộc kiểm tra đột xuất tại 6 cơ sở kinh doanh, kiến nghị xử lý 2 tập thể, "
              "4 cá nhân; Ban Pháp chế HĐND huyện giám sát chuyên đề tại 3 xã.")
    assert r["K3"].status == "missing"


def test_an_ad_hoc_award_still_counts():
    r = judge("Chủ tịch UBND huyện khen thưởng đột xuất 01 tập thể và 02 cá nhân có thành tích phòng chống lụt bão.")
    assert r["K3"].status == "present"


def test_a_giay_khen_of_a_span_closed_in_2022_is_no_2022_title():
    lines = ["Năm 2022, Chi cục đạt danh hiệu Tập thể lao động tiên tiến; 9 công chức đạt Lao động tiên tiến, "
             "1 công chức đạt Chiến sĩ thi đua cơ sở.",
             "Giai đoạn 2020 - 2022, Chi cục cử 14 lượt công chức hỗ trợ 6 chốt kiểm dịch và được Chủ tịch UBND tỉnh "
             "tặng Giấy khen."]
    assert judge(*lines, figures=FiguresResult(values=dict(TITLES_2022)))["K2"].status == "partial"
    # the 2022 Giấy khen itself still counts
    lines[1] = "Năm 2022, Chi cục và 02 công chức được Chủ tịch UBND huyện tặng Giấy khen."
    assert judge(*lines, figures=FiguresResult(values={**TITLES_2022, "giay_khen": 3}))["K2"].status == "present"


def test_the_leaders_share_in_words():
    r = judge("Các cá nhân được khen thưởng năm 2022 phần lớn là công chức trực tiếp làm chuyên môn; số lãnh đạo "
              "được khen chiếm tỷ lệ nhỏ.")
    assert r["K5"].status == "partial"
    assert r["K4"].status == "partial"


def test_a_provincial_body_as_the_subject_is_another_body():
    r = judge("Liên minh Hợp tác xã tỉnh Bình Định trong quý I đã hỗ trợ thành lập 4 doanh nghiệp, hưởng ứng phong "
              "trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\".")
    assert r["M3"].status == "missing"
    r = judge("Hội đã hỗ trợ 3 hội viên thành lập doanh nghiệp, hưởng ứng phong trào \"Doanh nghiệp Việt Nam hội "
              "nhập và phát triển\" do tỉnh phát động.")
    assert r["M3"].status == "present"
