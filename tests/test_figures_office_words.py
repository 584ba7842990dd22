"""The figures' office words are the rules' (context.decided_label, pending_label,
superseded_column, corrected_column, appendix_ref_*): a ruleset that writes them otherwise is read
by its own words, and one without them sets nothing aside. Synthetic texts in other words than any
sample's."""

import copy

from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures
from tdkt.rules.loader import Ruleset


def _with_context(tag: str, **lists) -> Ruleset:
    base = figures_ruleset(tag)
    raw = copy.deepcopy(base.raw)
    raw["context"].update(lists)
    return Ruleset(id="t", title="t", path=base.path, raw=raw, fingerprint=f"office-words-{tag}")


def _states(decided_line: str, pending_line: str):
    return doc(
        "II. KHEN THƯỞNG",
        "3. Khen thưởng đột xuất, chuyên đề 6 tháng đầu năm 2023",
        decided_line,
        "- Giám đốc Sở tặng Giấy khen cho Đội xung kích về thành tích cứu hộ ngày 03/3/2023.",
        pending_line,
        "- Đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho 06 cá nhân.",
        "III. PHƯƠNG HƯỚNG",
    )


def test_decided_and_pending_labels_in_the_rules_words():
    rules = _with_context("states", decided_label=["đã phê duyệt"], decided_label_tail=[],
                          pending_label=["còn chờ duyệt"])
    got = extract_figures(_states("a) Đã phê duyệt: 07 (02 tập thể, 05 cá nhân)",
                                  "b) Còn chờ duyệt: 06 cá nhân"), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 7


def _correction(old: str, new: str):
    return doc("Số liệu sửa như sau:", [
        ["TT", "Danh hiệu", old, new],
        ["1", "Lao động tiên tiến", "29", "26"],
        ["2", "Chiến sĩ thi đua cơ sở", "04", "03"],
    ])


def test_correction_columns_in_the_rules_words():
    rules = _with_context("columns", superseded_column=["bản gửi lần trước"], corrected_column=["bản thay thế"])
    got = extract_figures(_correction("Bản gửi lần trước", "Bản thay thế"), rules).values
    assert (got["lao_dong_tien_tien"], got["chien_si_thi_dua_co_so"]) == (26, 3)


def test_without_the_lists_no_column_is_set_aside():
    rules = _with_context("no-columns", superseded_column=[], corrected_column=[])
    # the old column is read as any other: its figure is no longer the corrected one alone
    got = extract_figures(_correction("Số liệu cũ", "Sau điều chỉnh"), rules).values
    assert got.get("lao_dong_tien_tien") != 26 or got.get("chien_si_thi_dua_co_so") != 3


def test_appendix_reference_in_the_rules_words():
    rules = _with_context("appendix", appendix_ref_before=["ghi tại danh sách"], appendix_ref_after=["đính kèm"],
                          appendix_named_body=["cho đơn vị"])
    got = extract_figures(doc(
        "2. Kết quả khen thưởng",
        "Quyết định số 15/QĐ-UBND ngày 10/02/2023 của Chủ tịch UBND huyện tặng Giấy khen cho đơn vị Trạm "
        "Khuyến nông và các cá nhân ghi tại danh sách 2 đính kèm vì có thành tích năm 2022.",
        "DANH SÁCH",
        "Mục 2. Giấy khen năm 2022",
        [["STT", "Họ và tên", "Đơn vị"], ["1", "Phan Văn Bảy", "Tổ 1"], ["2", "Võ Thị Tám", "Tổ 2"],
         ["3", "Đỗ Văn Chín", "Tổ 3"]],
    ), rules).values
    assert got["giay_khen"] == 4  # the station and the 3 listed
