"""Every text item's present / partial / missing rule, on small synthetic reports, traps included."""

import re
from pathlib import Path

import pytest

from tdkt.pipeline.check import check_items, has_quantity
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import FiguresResult
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import load_ruleset
from item_helpers import judge


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


def status(rules, item, *lines, figures=None):
    return judge(rules, *lines, figures=figures)[item].status


PLAN = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"


# --- I.1 -----------------------------------------------------------------------------------------

def test_l1_named_documents_present_with_citation_note(rules):
    r = judge(rules, "1. Công tác lãnh đạo, chỉ đạo",
              "UBND xã ban hành Kế hoạch số 20/KH-UBND ngày 25/01/2023 triển khai Kế hoạch số 15/KH-UBND của "
              "UBND huyện về tổ chức phong trào thi đua yêu nước năm 2023.")["L1"]
    assert r.status == "present"
    assert "Có dẫn Kế hoạch 15/KH-UBND" in r.note and "Chưa dẫn Chỉ thị 01/CT-UBND" in r.note
    assert r.evidence and r.evidence[0].where == "đoạn 2"


def test_l1_generic_is_partial_and_says_which_documents_are_not_cited(rules):
    r = judge(rules, "1. Công tác chỉ đạo",
              "Ngay từ đầu năm, Ban Thường vụ đã ban hành các kế hoạch, văn bản hướng dẫn triển khai công tác "
              "thi đua, khen thưởng.")["L1"]
    assert r.status == "partial"
    assert "Chưa dẫn Kế hoạch 15/KH-UBND, Chỉ thị 01/CT-UBND" in r.note


def test_l1_party_directive_alone_is_not_a_document_issued(rules):
    r = judge(rules, "Việc thực hiện Chỉ thị số 05-CT/TW được gắn với phong trào thi đua.")["L1"]
    assert r.status == "missing"


# --- I.2 -----------------------------------------------------------------------------------------

def test_p1_registration_makes_it_present(rules):
    assert status(rules, "P1", "Đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, phát động "
                               "phong trào thi đua năm 2023; 100% tập thể đăng ký giao ước thi đua.") == "present"


def test_p1_without_pledge_is_partial(rules):
    r = judge(rules, "Đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và phát động phong trào "
                     "thi đua năm 2023.")["P1"]
    assert r.status == "partial"
    assert "Chưa nêu: đăng ký, giao ước thi đua" in r.note


def test_p1_only_as_next_half_task_is_missing(rules):
    assert status(rules, "P1", PLAN, "Tiếp tục tổ chức ký kết giao ước thi đua giữa các thôn.") == "missing"


def test_p2_needs_concrete_figures(rules):
    assert status(rules, "P2", "Tổng giá trị sản xuất ước đạt 520 tỷ đồng, đạt 48,5% kế hoạch năm.") == "present"
    # results in words alone touch the item and leave the figures out (labels of 118 and 209)
    assert status(rules, "P2", "Các chỉ tiêu kinh tế - xã hội cơ bản đạt theo kế hoạch.") == "partial"


def test_p3_two_fields_present_one_field_partial_with_absent_list(rules):
    assert status(rules, "P3", "Công tác cải cách hành chính: giải quyết 1.250 hồ sơ, 100% đúng hạn.",
                  "Phong trào lao động giỏi có 35 hộ đạt danh hiệu sản xuất kinh doanh giỏi.") == "present"
    r = judge(rules, "Công tác cải cách hành chính: giải quyết 1.250 hồ sơ, 100% đúng hạn.")["P3"]
    assert r.status == "partial"
    assert "Chưa nêu: lao động giỏi, lao động sáng tạo" in r.note and "an sinh xã hội" in r.note


def test_p3_field_only_in_own_movement_name_is_not_reported(rules):
    assert status(rules, "P3", 'Phát động phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2023.') == "missing"


@pytest.mark.parametrize("item, sentence", [
    ("M1", 'Phong trào "Chung sức xây dựng nông thôn mới": nhân dân hiến 1.200 m2 đất, đóng góp 350 triệu đồng.'),
    ("M2", 'Hưởng ứng phong trào "Chung tay vì người nghèo", xã đã hỗ trợ xây dựng 3 nhà đại đoàn kết.'),
    ("M3", "Hỗ trợ 4 doanh nghiệp thành lập mới, 2 sản phẩm OCOP được công nhận."),
    ("M4", "100% cán bộ, công chức thực hiện tốt quy tắc ứng xử văn hóa công sở, đeo thẻ khi làm việc."),
    ("M5", "Công tác CCHC: tiếp nhận 1.250 hồ sơ thủ tục hành chính, giải quyết đúng hạn 100%."),
    ("M6", "Phối hợp hoàn thiện hồ sơ tiêu chí cấp huyện, phục vụ thẩm định huyện đạt chuẩn nông thôn mới; "
           "đã hoàn thành 2 tiêu chí được giao."),
    ("M7", "Chỉnh trang 2 tuyến phố, đạt 6/8 tiêu chí đô thị loại IV thuộc phần việc của thị trấn."),
    ("M8", "Tiêm vắc xin phòng Covid-19 mũi nhắc lại cho 1.250 người."),
    ("M9", "Chuyển đổi số: 85% hồ sơ được tiếp nhận trực tuyến, 100% cán bộ sử dụng chữ ký số."),
])
def test_each_movement_present_with_results(rules, item, sentence):
    r = judge(rules, "2. Kết quả các phong trào thi đua", sentence)[item]
    assert r.status == "present", r.note
    assert r.evidence and r.evidence[0].where == "đoạn 2"


def test_movement_only_in_second_half_plan_is_missing(rules):
    r = judge(rules, PLAN, "Đẩy mạnh chuyển đổi số, nâng tỷ lệ hồ sơ trực tuyến lên 90%.")
    assert r["M9"].status == "missing"
    assert r["D3"].status == "present"


def test_movement_with_plan_words_in_the_sentence_is_missing(rules):
    assert status(rules, "M9", "Trong thời gian tới sẽ triển khai chuyển đổi số tại 100% thôn.") == "missing"


def test_new_rural_inside_an_economic_target_is_not_m1(rules):
    r = judge(rules, "1. Kết quả thực hiện chỉ tiêu kinh tế - xã hội",
              "Chỉ tiêu năm: xã đạt chuẩn nông thôn mới nâng cao; 6 tháng đầu năm thu nhập bình quân đạt 30 triệu "
              "đồng/người, đạt 50% kế hoạch.")
    assert r["M1"].status == "missing"
    assert r["P2"].status == "present"


def test_bare_list_of_movement_names_reports_nothing(rules):
    r = judge(rules, "Triển khai 09 phong trào thi đua của huyện gồm:",
              "- Phong trào thi đua xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới vào năm 2023;",
              "- Phong trào thi đua thực hiện chuyển đổi số trên địa bàn huyện Tây Sơn giai đoạn 2023 - 2025.")
    assert r["M6"].status == "missing"
    assert r["M9"].status == "missing"


def test_history_and_budget_lines_are_not_results(rules):
    assert status(rules, "M8", "Những năm qua, xã đã chiến thắng đại dịch Covid-19 với 3.000 lượt tiêm.") == "missing"
    assert status(rules, "M9", "Dự toán kinh phí chuyển đổi số năm 2023 được giao 50 triệu đồng.") == "missing"


def test_m1_and_m6_are_told_apart(rules):
    people = "Nhân dân đóng góp 1.500 ngày công, hiến 800 m2 đất xây dựng nông thôn mới."
    district = "Hoàn thiện hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới; đạt 9/9 tiêu chí huyện."
    r = judge(rules, people)
    assert (r["M1"].status, r["M6"].status) == ("present", "missing")
    r = judge(rules, district)
    assert (r["M1"].status, r["M6"].status) == ("missing", "present")
    # One passage can report both.
    r = judge(rules, "1. Chung sức xây dựng nông thôn mới và xây dựng huyện đạt chuẩn nông thôn mới: cán bộ đóng góp "
                     "01 ngày lương ủng hộ xây dựng nông thôn mới; hoàn thiện hồ sơ tiêu chí huyện nông thôn mới.")
    assert (r["M1"].status, r["M6"].status) == ("present", "present")


def test_movement_heading_hands_its_name_to_the_results_under_it(rules):
    r = judge(rules, "b) Phong trào chuyển đổi số", "Đã có 85% hồ sơ được giải quyết trực tuyến.")["M9"]
    assert r.status == "present" and r.evidence[0].where == "đoạn 2"
    # The same heading with nothing under it is not evidence.
    r = judge(rules, "b) Phong trào chuyển đổi số", "c) Phong trào văn hóa công sở")["M9"]
    assert r.status == "missing"


def test_lead_in_line_hands_its_name_to_the_next_sentence(rules):
    r = judge(rules, 'Phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau":',
              "- Vận động 45 triệu đồng, hỗ trợ 12 hộ.")["M2"]
    assert r.status == "present"


def test_negated_result_is_not_a_result(rules):
    assert status(rules, "M7", "Chưa triển khai các tiêu chí đô thị loại IV.") == "missing"


def test_p4_and_p5(rules):
    assert status(rules, "P4", "Gắn phong trào thi đua với việc học tập và làm theo tư tưởng, đạo đức, phong cách "
                               "Hồ Chí Minh theo Chỉ thị 05-CT/TW.") == "present"
    assert status(rules, "P5", "Phát hiện, bồi dưỡng 5 gương điển hình tiên tiến, tuyên truyền trên Đài truyền thanh.") \
        == "present"
    # Named only as a shortcoming: not reported.
    assert status(rules, "P5", "Hạn chế: việc phát hiện gương điển hình tiên tiến chưa được chú trọng, mới đạt 60%.") \
        == "missing"


# --- I.3 -----------------------------------------------------------------------------------------

def test_k1_with_figure_with_count_with_stated_zero(rules):
    figs = FiguresResult(values={"sang_kien": 4}, evidence={"sang_kien": Evidence("4 sáng kiến", "đoạn 9")})
    r = judge(rules, "Nội dung khác.", figures=figs)["K1"]
    assert r.status == "present" and "4" in r.note and r.evidence[0].where == "đoạn 9"
    assert status(rules, "K1", "Hội đồng xét, công nhận 3 sáng kiến cấp cơ sở.") == "present"
    assert status(rules, "K1", "Trong 6 tháng đầu năm, chưa có sáng kiến được công nhận.") == "present"
    assert status(rules, "K1", "Công tác khen thưởng được thực hiện kịp thời.") == "missing"


def test_k2_all_four_titles_present_else_partial_with_absent_titles(rules):
    table = Block(kind="table", text="", where=Where(table=1), rows=[
        ["Danh hiệu", "Số lượng"], ["Lao động tiên tiến", "25"], ["Tập thể lao động tiên tiến", "4"],
        ["Chiến sĩ thi đua cơ sở", "3"], ["Giấy khen", "7"]])
    r = check_items(segment(Document(blocks=[table]), rules), rules)["K2"]
    assert r.status == "present", r.note
    r = judge(rules, "Năm 2022, tặng danh hiệu Lao động tiên tiến cho 25 cá nhân, Giấy khen cho 2 tập thể và 5 cá nhân.")["K2"]
    assert r.status == "partial"
    assert "Chưa nêu: Tập thể lao động tiên tiến, Chiến sĩ thi đua cơ sở" in r.note
    # Titles named without a number are not reported counts.
    assert status(rules, "K2", "Đăng ký danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2023.") == "missing"


def test_k2_uses_figures_and_their_note(rules):
    figs = FiguresResult(values={"lao_dong_tien_tien": 40, "tap_the_lao_dong_tien_tien": 3,
                                 "chien_si_thi_dua_co_so": 5, "giay_khen": 9},
                         notes={"K2": "Đã tính danh hiệu \"Chiến sĩ tiên tiến\" vào \"Lao động tiên tiến\"."})
    r = judge(rules, "Nội dung khác.", figures=figs)["K2"]
    assert r.status == "present" and "Chiến sĩ tiên tiến" in r.note


def test_k3_count_or_stated_zero(rules):
    assert status(rules, "K3", "Khen thưởng đột xuất cho 2 tập thể và 3 cá nhân có thành tích.") == "present"
    assert status(rules, "K3", "Chưa đề nghị khen thưởng đột xuất trong 6 tháng đầu năm.") == "present"
    assert status(rules, "K3", "Tổ chức hội nghị chuyên đề về chuyển đổi số.") == "missing"


def test_k4_k5_need_a_figure(rules):
    r = judge(rules, "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng chiếm 72,5%; cán bộ lãnh đạo, "
                     "quản lý chiếm 20%.")
    assert (r["K4"].status, r["K5"].status) == ("present", "present")
    r = judge(rules, "Trong số cá nhân được khen, phần lớn là người lao động trực tiếp; cán bộ lãnh đạo, quản lý "
                     "chỉ chiếm khoảng một phần năm.")
    assert (r["K4"].status, r["K5"].status) == ("partial", "partial")
    assert "chưa có số liệu" in r["K4"].note
    figs = FiguresResult(values={"ty_le_lao_dong_truc_tiep": 71.1})
    r = judge(rules, "Nội dung khác.", figures=figs)
    assert r["K4"].status == "present" and "71,1%" in r["K4"].note
    assert r["K5"].status == "missing"


def test_k5_percentage_of_leaders_in_another_matter_is_not_the_ratio(rules):
    assert status(rules, "K5", "100% cán bộ lãnh đạo, quản lý đăng ký thi đua.") == "missing"


# --- I.4 -----------------------------------------------------------------------------------------

def test_d1_d2_under_headings_and_inline(rules):
    r = judge(rules, "II. ĐÁNH GIÁ CHUNG", ("Ưu điểm", {"bold": True}), "Công tác thi đua được quan tâm chỉ đạo.",
              ("Hạn chế", {"bold": True}), "Một số phong trào còn mang tính hình thức.")
    assert (r["D1"].status, r["D2"].status) == ("present", "present")
    assert r["D1"].evidence[0].text == "Công tác thi đua được quan tâm chỉ đạo."
    r = judge(rules, "- Hạn chế, tồn tại: việc nhân rộng điển hình còn chậm.")
    assert r["D2"].status == "present"


def test_d_headings_with_nothing_under_them_are_missing(rules):
    r = judge(rules, "II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", "2. Hạn chế", PLAN)
    assert (r["D1"].status, r["D2"].status, r["D3"].status) == ("missing", "missing", "missing")


def test_d2_verb_hạn_chế_is_not_a_shortcoming(rules):
    assert status(rules, "D2", "Tuyên truyền nhằm hạn chế rác thải nhựa tại 5 thôn.") == "missing"


def test_d3_tasks_under_the_plan_heading(rules):
    r = judge(rules, PLAN, "1. Tiếp tục đẩy mạnh các phong trào thi đua.", "2. Rà soát các chỉ tiêu chưa đạt.")["D3"]
    assert r.status == "present" and len(r.evidence) == 2
    assert status(rules, "D3", "Nhiệm vụ 6 tháng cuối năm: tập trung hoàn thành các chỉ tiêu còn lại.") == "present"


# --- the engine stays generic ---------------------------------------------------------------------

def test_quantity_detection_ignores_dates_years_and_symbols():
    assert has_quantity("Khen thưởng cho 12 cá nhân")
    assert has_quantity("đạt 85%")
    assert has_quantity("khen đột xuất cho hai cá nhân")
    assert not has_quantity("Kế hoạch số 15/KH-UBND ngày 19/01/2023")
    assert not has_quantity("Chỉ thị 05-CT/TW, giai đoạn 2021 - 2025, phòng chống Covid-19 trong 6 tháng đầu năm 2023")


def test_check_module_hard_codes_no_item_id_or_rule_phrase():
    """Item IDs and directive phrases live in the rules file: no string literal in pipeline/check/ names them."""
    import ast

    modules = sorted((Path(__file__).parents[1] / "pipeline" / "check").glob("*.py"))  # the package's modules
    assert len(modules) > 1, modules
    trees = [ast.parse(m.read_text(encoding="utf-8")) for m in modules]
    docstrings = {id(n.body[0].value) for tree in trees for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    literals = [n.value for tree in trees for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]
    assert literals, "the parse found no literals at all"
    for text in literals:
        assert not re.fullmatch(r"[LPMKDFT]\d", text), text
        for phrase in ("nông thôn mới", "chuyển đổi số", "sáng kiến", "ưu điểm", "lao động tiên tiến", "khen thưởng"):
            assert phrase not in text.lower(), text


def test_report_on_another_subject_reports_nothing(rules):
    lines = ["I. TÌNH HÌNH THIÊN TAI 6 THÁNG ĐẦU NĂM"]
    lines += [f"Thôn {i} đã nạo vét 2 km kênh mương, hỗ trợ 3 hộ bị tốc mái, đạt 100% kế hoạch." for i in range(1, 12)]
    lines += ["Ưu điểm: công tác phòng, chống thiên tai được triển khai kịp thời.",
              "Nhân dân đóng góp 500 ngày công xây dựng nông thôn mới trong đợt ra quân."]
    r = judge(rules, *lines)
    assert r["M1"].status == "missing" and r["D1"].status == "missing" and r["P2"].status == "missing"
    assert "không phải về công tác thi đua" in r["M1"].note
    # The same lines in a report that is about emulation do count.
    lines += [f"Phong trào thi đua số {i} được triển khai." for i in range(1, 5)]
    assert judge(rules, *lines)["M1"].status == "present"


def test_lines_under_shortcoming_and_plan_labels_are_not_results(rules):
    r = judge(rules, "II. ĐÁNH GIÁ CHUNG", "- Tồn tại, hạn chế:", "- Phong trào chuyển đổi số mới đạt 40% kế hoạch.",
              "* Phương hướng, nhiệm vụ 6 tháng cuối năm:", "- Triển khai 100% hồ sơ trực tuyến.")
    assert r["M9"].status == "missing"
    assert (r["D2"].status, r["D3"].status) == ("present", "present")


def test_sub_headings_under_the_plan_heading_stay_plan(rules):
    r = judge(rules, PLAN, "1. Phong trào thi đua cải cách hành chính và chuyển đổi số",
              "Phấn đấu 100% hồ sơ được giải quyết trực tuyến, đúng hạn.",
              "2. Công tác khen thưởng", "Khen thưởng kịp thời cho 10 cá nhân.")
    assert (r["M5"].status, r["M9"].status, r["K3"].status) == ("missing", "missing", "missing")
    assert r["D3"].status == "present"


def test_missing_notes_say_why_a_mention_did_not_count(rules):
    r = judge(rules, PLAN, "Đẩy mạnh chuyển đổi số.")["M9"]
    assert r.status == "missing" and r.note.startswith("Chỉ nhắc đến trong nhiệm vụ, phương hướng") and "đoạn 2" in r.note
    assert r.evidence == []
    r = judge(rules, "- Phong trào thi đua thực hiện chuyển đổi số trên địa bàn huyện giai đoạn 2023 - 2025.")["M9"]
    assert r.note.startswith("Chỉ nêu tên, chưa nêu kết quả")
    r = judge(rules, "b) Phong trào chuyển đổi số", "c) Phong trào văn hóa công sở")["M9"]
    assert r.note.startswith("Chỉ có đề mục")
    assert judge(rules, "Nội dung khác.")["M9"].note == "Không thấy nội dung này trong báo cáo."


def test_pandemic_aftermath_and_budget_allocation_are_not_results(rules):
    assert status(rules, "M8", "Sau đại dịch Covid-19, kinh tế phục hồi, tăng trưởng đạt 6,5%.") == "missing"
    assert status(rules, "M8", "Tiêm 320 mũi vắc xin phòng Covid-19 cho người dân.") == "present"
    assert status(rules, "M1", "Kinh phí xây dựng nông thôn mới được phân bổ 2 tỷ đồng.") == "missing"


def test_movement_results_in_a_table_and_the_row_number_is_no_quantity(rules):
    table = Block(kind="table", text="", where=Where(table=1), rows=[
        ["TT", "Phong trào", "Kết quả"], ["1", "Chung sức xây dựng nông thôn mới", "Hiến 500 m2 đất, 1.200 ngày công"],
        ["2", "Doanh nghiệp hội nhập và phát triển", "Không có doanh nghiệp tham gia"]])
    r = check_items(segment(Document(blocks=[table]), rules), rules)
    assert r["M1"].status == "present" and r["M1"].evidence[0].where == "bảng 1, hàng 2"
    assert r["M3"].status == "missing"
