"""Figure classes blind set 46 (291-296) showed at first contact, in other words than the samples'.

- The report's opening sentence ("Thực hiện ..., 6 tháng đầu năm 2023, Hội ... báo cáo như sau:") is
  no lead-in of the passage below it, when the next title is not read as a heading: its words (the
  review's own period) do not make last year's Giấy khen the half year's ad-hoc awards
  (figures/report_opening.py, the rules' `context.report_opening`).
"""

from figure_helpers import figures_ruleset

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import extract_figures

RULES = figures_ruleset("set46")

SUMMARY = ("Toàn huyện có 9 chi hội cựu chiến binh với 2.380 hội viên. Ban Thường vụ Hội Cựu chiến binh huyện "
           "đã tặng Giấy khen cho 4 tập thể và 11 cá nhân có thành tích xuất sắc năm 2022.")


def _values(opening, summary=SUMMARY):
    lines = [("HỘI CỰU CHIẾN BINH HUYỆN TÂY SƠN", True), (opening, False),
             ("Kết quả chung của các cấp Hội", True), (summary, False)]
    blocks = [Block(kind="paragraph", text=t, bold=b, where=Where(paragraph=i)) for i, (t, b) in enumerate(lines, 1)]
    return extract_figures(Document(blocks=blocks), RULES).values


def test_the_reports_opening_naming_the_half_year_is_no_lead_in_of_last_years_awards():
    values = _values("Căn cứ Kế hoạch của UBND huyện về sơ kết phong trào thi đua 6 tháng đầu năm 2023, "
                     "Ban Thường vụ Hội Cựu chiến binh huyện báo cáo kết quả như sau:")
    assert values.get("giay_khen") == 15, values
    assert "khen_chuyen_de_dot_xuat" not in values, values


def test_a_lead_in_naming_the_half_years_awards_still_absorbs_them():
    # contrast: a colon line that introduces the awards themselves
    values = _values("Khen thưởng 6 tháng đầu năm 2023, Ban Thường vụ Hội tặng Giấy khen như sau:",
                     SUMMARY.replace(" năm 2022", " trong phong trào"))
    assert values.get("khen_chuyen_de_dot_xuat") == 15, values
