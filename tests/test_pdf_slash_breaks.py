"""A line a text PDF breaks right after a slash goes on without a space, as the source had none:
LibreOffice breaks "LĐTT/CSTT" and "20/6/2023" after the slash when the next part does not fit."""

import pytest

from tdkt.extractors.pdf_layout import join_lines


@pytest.mark.parametrize("lines,joined", [
    (["Danh hiệu Chiến sĩ tiên tiến/", "Lao động tiên tiến: 42 đồng chí"],
     "Danh hiệu Chiến sĩ tiên tiến/Lao động tiên tiến: 42 đồng chí"),
    (["Quyết định số 112/QĐ-UBND ngày 20/", "6/2023 của Chủ tịch UBND xã"],
     "Quyết định số 112/QĐ-UBND ngày 20/6/2023 của Chủ tịch UBND xã"),
    (["Kết quả: 05 /", "tổng số 07 chỉ tiêu"], "Kết quả: 05 / tổng số 07 chỉ tiêu"),  # a spaced slash stays spaced
    (["Phòng Tài chính - Kế", "hoạch huyện"], "Phòng Tài chính - Kế hoạch huyện"),
])
def test_a_line_broken_after_a_slash_goes_on_without_a_space(lines, joined):
    assert join_lines(lines) == joined
