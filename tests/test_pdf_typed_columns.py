"""A table typed as plain text (columns set with tabs or runs of spaces) keeps one block per typed
line in a text PDF, as it has one paragraph per line in the DOCX it was exported from; a justified
paragraph still joins its lines. Real python-docx source, real LibreOffice export, real reader.
"""

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_fixtures import soffice_convert

from tdkt.extractors import extract

_TYPED = [
    "STT\tLoại hình khen thưởng\tTập thể\tCá nhân",
    "I\tDanh hiệu năm 2022",
    "1\tLao động tiên tiến\t-\t17",
    "2\tChiến sĩ thi đua cơ sở\t-\t02",
    "II\tKhen thưởng trong năm 2023",
    "1\tGiấy khen của Chủ tịch UBND phường\t03\t09",
]
_PROSE = ("Trong sáu tháng đầu năm, phong trào thi đua yêu nước trên địa bàn phường được triển khai sâu "
          "rộng, gắn với việc thực hiện các nhiệm vụ chính trị của địa phương; các khu phố đã ký kết "
          "giao ước thi đua và tổ chức nhiều hoạt động thiết thực, được nhân dân hưởng ứng tích cực, góp "
          "phần hoàn thành các chỉ tiêu kinh tế - xã hội đề ra trong năm.")


_CLOSING = "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của UBND phường./."


@pytest.fixture(scope="module")
def pdf_blocks(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("typed")
    document = docx.Document()
    document.add_paragraph(_PROSE).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for line in _TYPED:
        paragraph = document.add_paragraph(line)
        for stop in (1.2, 9.5, 12.5):  # cm: number, name, two count columns
            paragraph.paragraph_format.tab_stops.add_tab_stop(docx.shared.Cm(stop))
        # typed rows sit line under line, no paragraph spacing: only the columns tell them apart
        paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = 0
    document.add_paragraph(_CLOSING)  # the body goes on below the table, as in a report
    src = tmp / "typed.docx"
    document.save(src)
    return [b.text for b in extract(soffice_convert(src, tmp)).blocks]


def test_each_typed_line_is_a_block_of_its_own(pdf_blocks):
    for line in _TYPED:
        assert " ".join(line.split()) in pdf_blocks, (line, pdf_blocks)


def test_a_justified_paragraph_still_joins_its_lines(pdf_blocks):
    assert " ".join(_PROSE.split()) in pdf_blocks
