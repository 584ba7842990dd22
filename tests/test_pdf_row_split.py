"""A table row LibreOffice let break across a page: its rest, at the top of the next page, joins
the row (tables of samples 123, 127, 133, 188 read as their DOCX in test_pdf_chars); a new row does not."""

import pytest

from tdkt.extractors.pdf_reader import _cut_heading, _cut_words


@pytest.mark.parametrize("row, last", [
    (["", "2021", "quý I năm 2023", ""], ["Chỉ tiêu", "Thực hiện năm", "Ước thực hiện", "Ghi chú"]),
    (["vụ hè thu", "", "", ""], ["Hỗ trợ giống lúa cho", "12", "", "hộ nghèo"]),
    (["2024", "cấp tỉnh (Quyết định 55)."], ["Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm", "Hoàn thiện hồ sơ trình"]),
])
def test_rest_of_a_cut_row_joins_it(row, last):
    assert _cut_words(row, last)


@pytest.mark.parametrize("row, last", [
    (["2", "Lao động tiên tiến", "20"], ["1", "Tập thể lao động tiên tiến", "07"]),   # the next STT
    (["", "05", "06"], ["", "03", "04"]),                                              # counts under counts
    (["Giấy khen", "", ""], ["Bằng khen", "", "12"]),                                   # a new label
    (["và các hộ", ""], ["Xong hồ sơ.", "3"]),                                          # the cell above ended
    (["", "", ""], ["Cộng", "5", "7"]),
])
def test_a_new_row_stays_a_row(row, last):
    assert not _cut_words(row, last)


@pytest.mark.parametrize("row, last", [
    (["PHONG TRÀO THI ĐUA", "", ""], ["II. KẾT QUẢ CÁC", "", ""]),
    (["ĐỘT XUẤT", "", "", ""], ["C. KHEN THƯỞNG CHUYÊN ĐỀ,", "", "", ""]),
])
def test_rest_of_a_section_heading_in_capitals_joins_it(row, last):
    assert _cut_heading(row, last)


@pytest.mark.parametrize("row, last", [
    (["C. KHEN THƯỞNG ĐỘT XUẤT", "", ""], ["B. KHEN THƯỞNG", "", ""]),   # the next section
    (["III. DỰ KIẾN", "", ""], ["II. KẾT QUẢ", "", ""]),
    (["TỔNG CỘNG", "", "12"], ["B. KHEN THƯỞNG", "", ""]),              # a total row with counts
    (["Lao động tiên tiến", "", ""], ["B. KHEN THƯỞNG", "", ""]),        # not in capitals
])
def test_a_next_section_row_stays_a_row(row, last):
    assert not _cut_heading(row, last)
