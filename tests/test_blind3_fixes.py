"""Ways of writing that the third blind set (37-42) found, in our own wording throughout:
a ratio's denominator stated as "Tổng số ... là N", a long aside naming a count's members."""


import pytest

from tdkt.pipeline.document import Block, Document, Where
from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("blind3")


# --- ratio denominators ----------------------------------------------------------------------------

def test_total_introduced_by_copula_is_the_ratio_denominator(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Tổng số cá nhân được khen thưởng trong năm là 50 người, trong đó có 35 người là lao động "
               "trực tiếp và sáu người là cán bộ lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 70.0
    assert v["ty_le_lanh_dao_quan_ly"] == 12.0


def test_total_over_a_list_of_titles_with_copula_counts_only_for_the_ratios(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Tổng số cá nhân được tặng danh hiệu Lao động tiên tiến và Giấy khen là 50 lượt, trong đó 35 lượt "
               "là lao động trực tiếp và chín lượt là cán bộ lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 70.0
    assert v["ty_le_lanh_dao_quan_ly"] == 18.0
    assert "lao_dong_tien_tien" not in v and "giay_khen" not in v


def test_total_in_the_previous_clause_with_copula(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Tổng số cá nhân được khen thưởng trong năm là 50 người; trong đó có 35 người là lao động "
               "trực tiếp, 6 người là cán bộ lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 70.0
    assert v["ty_le_lanh_dao_quan_ly"] == 12.0


# --- a count with an aside naming its members -------------------------------------------------------

def test_long_aside_of_names_after_the_unit_word_keeps_the_count(rules):
    v = values(rules, "Có 04 tập thể (Tổ Văn thư - Lưu trữ, Bộ phận Tiếp công dân, Tổ Tổng hợp) được công nhận "
                      "danh hiệu Tập thể lao động tiên tiến.")
    assert v["tap_the_lao_dong_tien_tien"] == 4


# --- a scanned table row whose title cell wraps around its numbers ---------------------------------------

def test_flattened_row_with_wrapped_title_cell_adds_collectives_and_individuals(rules):
    v = values(rules, "Hình thức Tập thể Cá nhân", "Giấy khen Giám đốc 2 3 Sở năm 2022")
    assert v["giay_khen"] == 5


def test_award_sentence_with_two_loose_numbers_is_not_a_table_row(rules):
    v = values(rules, "Tặng Giấy khen cho các đồng chí 2 3")
    assert v.get("giay_khen") != 5


# --- a signer block whose authority line wraps ------------------------------------------------------

def test_wrapped_authority_line_is_not_read_as_the_signer():
    from tdkt.pipeline.metadata.read import read_metadata
    lines = ["UBND HUYỆN TÂY SƠN", "CỤM THI ĐUA SỐ 5", "Số: 07/BC-CTĐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Tây Sơn, ngày 28 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
             "Cụm đã tổ chức ký kết giao ước thi đua năm 2023 giữa các đơn vị thành viên.",
             "Nơi nhận:", "- Phòng Nội vụ huyện;", "- Lưu: Cụm.",
             "TM. CỤM THI ĐUA VĂN HÓA -", "XÃ HỘI", "CỤM TRƯỞNG", "Lê Thị Hoa"]
    n = len(lines)
    regions = {n - 7 + k: "closing-left" for k in range(3)}  # recipients
    regions.update({n - 4 + k: "closing-right" for k in range(4)})
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i + 1), region=regions.get(i))
              for i, t in enumerate(lines)]
    meta = read_metadata(Document(blocks=blocks))
    assert meta.info.signer == "Lê Thị Hoa"
    assert meta.info.signer_authority.startswith("TM. CỤM THI ĐUA VĂN HÓA - XÃ HỘI")


# --- D1: a positive assessment of the movements without the word "ưu điểm" -----------------------------

def _judge(*lines):
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.segment import segment
    from tdkt.rules.loader import load_ruleset
    rs = load_ruleset()
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i)) for i, t in enumerate(lines, start=1)]
    return check_items(segment(Document(blocks=blocks, format="docx"), rs), rs)


def test_d1_assessment_praising_the_movements_without_the_word_strengths():
    r = _judge("III. ĐÁNH GIÁ", "Nhìn lại 6 tháng qua, các phong trào thi đua ở cơ quan luôn được đoàn viên, "
               "người lao động hưởng ứng tích cực và gắn chặt với chuyên môn.")["D1"]
    assert r.status == "present"


def test_d1_a_negated_verdict_is_no_strength():
    r = _judge("III. ĐÁNH GIÁ", "Các phong trào thi đua ở một số tổ còn chưa được hưởng ứng tích cực.")["D1"]
    assert r.status == "missing"


def test_d1_the_same_words_as_a_second_half_task_are_no_strength():
    r = _judge("IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Phấn đấu để các phong trào thi đua được triển khai sâu rộng.")["D1"]
    assert r.status == "missing"


# --- an OCR'd signer's family name without its tone mark -------------------------------------------

def _closing_doc(name, fmt):
    lines = ["UBND HUYỆN TÂY SƠN", "PHÒNG NỘI VỤ", "Số: 31/BC-PNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Tây Sơn, ngày 19 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
             "Phòng đã ban hành kế hoạch thi đua năm 2023.", "Nơi nhận:", "- Như trên;", "TRƯỞNG PHÒNG", name]
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i + 1)) for i, t in enumerate(lines)]
    return Document(blocks=blocks, format=fmt)


def test_scanned_signer_family_name_gets_its_only_spelling_back():
    from tdkt.pipeline.metadata.read import read_metadata
    meta = read_metadata(_closing_doc("Đăng Thị Mai", "pdf-scanned"))
    assert meta.info.signer == "Đặng Thị Mai"
    assert "Đặng Thị Mai" in meta.items["F5"].note


def test_typed_signer_name_is_kept_as_written():
    from tdkt.pipeline.metadata.read import read_metadata
    assert read_metadata(_closing_doc("Đăng Thị Mai", "docx")).info.signer == "Đăng Thị Mai"
