"""Ways of writing that the fifth blind set (49-54) found, in our own wording throughout: one
section titled both as the overall assessment and as the second-half plan, a single sentence
that assesses and then turns to the plan after ";"."""

from tdkt.pipeline.document import Block, Document, Where
from item_helpers import judge_default as _judge


# --- D1/D2 under a title that names the assessment and the plan together ------------------------

MIXED = "IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG THỜI GIAN TỚI"


def test_strengths_under_a_combined_assessment_and_plan_title_count():
    r = _judge(MIXED, "Ưu điểm: cán bộ, công chức hưởng ứng đều khắp, hồ sơ khen được xét đúng quy trình.",
               "Tồn tại: vài bộ phận gửi báo cáo trễ hạn.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


def test_a_plan_sentence_under_the_combined_title_is_still_plan():
    r = _judge(MIXED, "Thời gian tới, phấn đấu khắc phục những tồn tại, hạn chế trong xét khen thưởng.")
    assert r["D2"].status == "missing"


def test_a_plan_only_title_still_makes_every_sentence_plan():
    r = _judge("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
               "Ưu điểm của đơn vị cần phát huy là tinh thần đoàn kết của tập thể cán bộ.")
    assert r["D1"].status == "missing"


def test_assessment_clauses_before_the_turn_to_the_plan_count():
    r = _judge("III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
               "Nhìn chung, công tác khen thưởng ở xã được thực hiện kịp thời; tuy nhiên vẫn còn một số hạn chế "
               "như hồ sơ đề nghị còn sai sót; trong 6 tháng cuối năm, xã tập trung kiện toàn hội đồng thi đua.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


def test_a_shortcoming_after_the_turn_to_the_plan_is_plan():
    r = _judge("III. NHẬN XÉT", "Trong 6 tháng cuối năm, đơn vị sẽ khắc phục; những tồn tại trong xét khen thưởng.")
    assert r["D2"].status == "missing"


# --- award tables with the titles as columns and "Tập thể | Cá nhân" under each ------------------

import pytest  # noqa: E402
import yaml  # noqa: E402

from tdkt.pipeline.figures import extract_figures  # noqa: E402
from tdkt.rules.loader import Ruleset  # noqa: E402
from pathlib import Path  # noqa: E402

FIGURES_YAML = Path(__file__).resolve().parents[1] / "rules" / "tay-son-2023-h1.figures.yaml"


@pytest.fixture(scope="module")
def frules():
    raw = yaml.safe_load(FIGURES_YAML.read_text(encoding="utf-8"))
    return Ruleset(id="t", title="t", path=FIGURES_YAML, raw={"id": "t", "items": [], **raw},
                   fingerprint="figures-blind5-test")


def _figures(frules, lead, rows):
    blocks = [Block(kind="paragraph", text=lead, where=Where(paragraph=1)),
              Block(kind="table", text="", rows=rows, where=Where(page=1, table=1))]
    return extract_figures(Document(blocks=blocks), frules).values


HEAD = [["Loại", "Lao động tiên tiến", "", "Chiến sĩ thi đua cơ sở", "", "Giấy khen", ""],
        ["", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"]]


def test_title_columns_with_a_row_per_kind_of_award(frules):
    v = _figures(frules, "Số liệu khen thưởng của phường:", HEAD + [
        ["Danh hiệu năm 2022", "03", "41", "-", "05", "02", "11"],
        ["Khen đột xuất năm 2023", "-", "-", "-", "-", "01", "06"]])
    assert v["lao_dong_tien_tien"] == 41
    assert v["chien_si_thi_dua_co_so"] == 5
    assert v["giay_khen"] == 13
    assert v["khen_chuyen_de_dot_xuat"] == 7


def test_the_collective_column_of_an_individual_title_is_the_collective_title(frules):
    v = _figures(frules, "Số liệu khen thưởng của phường:", HEAD + [
        ["Danh hiệu năm 2022", "03", "41", "-", "05", "02", "11"]])
    assert v["tap_the_lao_dong_tien_tien"] == 3
    assert v["lao_dong_tien_tien"] == 41


def test_member_rows_without_a_total_still_give_nothing(frules):
    v = _figures(frules, "Số liệu khen thưởng của các đơn vị:", HEAD + [
        ["Trường Mầm non Hoa Sen", "01", "12", "-", "02", "01", "03"],
        ["Trường Tiểu học Bình Minh", "-", "15", "-", "01", "-", "04"]])
    assert "lao_dong_tien_tien" not in v


# --- prose: a ratio whose unit carries a qualifier; a standing body awarded a collective title ----

def _prose(frules, text):
    return extract_figures(Document(blocks=[Block(kind="paragraph", text=text, where=Where(paragraph=1))]),
                           frules).values


def test_ratio_title_after_a_qualified_unit(frules):
    v = _prose(frules, "Trong số cá nhân được khen có 64,5% là hội viên cựu chiến binh trực tiếp sản xuất.")
    assert v["ty_le_lao_dong_truc_tiep"] == 64.5


def test_a_standing_body_awarded_the_collective_title_is_one_collective(frules):
    v = _prose(frules, "Ban Chấp hành Hội Cựu chiến binh xã được UBND huyện công nhận danh hiệu "
                       "Tập thể lao động tiên tiến năm 2022.")
    assert v["tap_the_lao_dong_tien_tien"] == 1


# --- M3: OCOP products are no report of the businesses' movement --------------------------------

def test_ocop_products_on_an_online_market_are_not_the_business_movement():
    r = _judge("2. Kết quả các phong trào thi đua",
               "Hội giúp hội viên đăng bán 20 mặt hàng, gồm 05 sản phẩm OCOP, trên sàn giao dịch trực tuyến.")
    assert r["M3"].status == "missing"


def test_support_to_businesses_is_still_the_business_movement():
    r = _judge("2. Kết quả các phong trào thi đua",
               "Trong 6 tháng đầu năm, xã đã hỗ trợ doanh nghiệp tháo gỡ vướng mắc về mặt bằng, có 03 doanh nghiệp "
               "được thành lập mới.")
    assert r["M3"].status == "present"


# --- flattened rows: a period in a heading is no table cell --------------------------------------

def test_a_heading_with_a_period_is_no_flattened_row(frules):
    doc_ = Document(format="pdf", blocks=[
        Block(kind="paragraph", text="3. Khen thưởng chuyên đề 6 tháng đầu năm 2023", where=Where(page=1, line=1)),
        Block(kind="paragraph", text="Chủ tịch UBND xã tặng Giấy khen chuyên đề cho 02 cá nhân.",
              where=Where(page=1, line=2))])
    assert extract_figures(doc_, frules).values["khen_chuyen_de_dot_xuat"] == 2
