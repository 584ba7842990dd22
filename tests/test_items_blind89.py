"""Ways of writing that blind sets 8 (67-72) and 9 (73-78) found, each class in our own words:
movements named without results (auxiliaries around a name, lists of movements, another body's
figures, a background section, other epidemics, years already closed), fields of emulation in
the armed forces' words, anniversaries that are not quantities, ratios as counts, and
assessments written without the words "ưu điểm" / "hạn chế"."""

from item_helpers import judge_default as judge

H2 = {"kind": "heading", "heading_level": 2}
H1 = {"kind": "heading", "heading_level": 1}


# --- an auxiliary ("đã", "được") around a quoted name is no result -----------------------------

def test_a_quoted_movement_launched_with_an_auxiliary_reports_nothing():
    r = judge("Ngày 10/02/2023, Đảng ủy xã đã quán triệt, phát động hưởng ứng phong trào "
              "\"Doanh nghiệp Việt Nam hội nhập và phát triển\" đến toàn thể cán bộ.")
    assert r["M3"].status == "missing"


def test_a_quoted_movement_with_a_real_result_still_counts():
    r = judge("Hưởng ứng phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\", xã đã hỗ trợ "
              "ba hộ kinh doanh chuyển lên doanh nghiệp.")
    assert r["M3"].status == "present"
