"""Figures classes found by blind set 41 (samples 267-272), each in other words, units and numbers
than the samples.

Class 1 (272): a percentage stated as a bound the unit kept within ("không vượt quá 30% theo hướng
dẫn", "tối đa", "không dưới") is no ratio of the unit (figures/caps.py, rules `context.bound`).

Class 2 (267): a proposal word before a colon governs the ";" clauses of its list ("đã đề nghị
Giám đốc Sở: công nhận ... cho 09 viên chức; công nhận ... cho 01 viên chức; tặng Giấy khen ..."):
each clause is a proposal, though only its verb of awarding is in it (figures/proposal_list.py).

Class 3 (267): a sentence saying the decision on some titles is still pending ("Đối với danh hiệu
... và Giấy khen, hồ sơ ... chưa có quyết định", rules `context.pending`) leaves those titles'
proposals no stand-in for a figure (figures/pending_titles.py).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set41")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a bound is no ratio ------------------------------------------------------------------

def test_a_ceiling_on_the_leaders_share_is_no_ratio(rules):
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "Các trường trực thuộc đã thực hiện đúng quy định, tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý "
                  "được tặng Giấy khen ở mỗi trường tối đa 25% tổng số cá nhân được khen.")
    assert got.get("ty_le_lanh_dao_quan_ly") is None


def test_a_floor_on_the_direct_workers_share_is_no_ratio(rules):
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "Công ty chỉ đạo các xí nghiệp bảo đảm tỷ lệ người lao động trực tiếp được khen thưởng "
                  "không dưới mức 60 % theo Quy chế thi đua của ngành.")
    assert got.get("ty_le_lao_dong_truc_tiep") is None


def test_a_ratio_stated_beside_the_bound_is_kept(rules):
    # contrast: the unit's own ratio before the guideline's ceiling is read as usual
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "Trong tổng số 40 cá nhân được khen, có 07 cá nhân là cán bộ lãnh đạo, quản lý, chiếm 17,5%, "
                  "không vượt quá 30% theo quy định.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 17.5


def test_a_plain_ratio_is_kept(rules):
    # contrast: no bound word
    got = _values(rules, "4. Tỷ lệ khen thưởng",
                  "Tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý được tặng Giấy khen chiếm 25% tổng số cá nhân được khen.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 25


# --- class 2: the clauses of a proposal's list are proposals -----------------------------------------

_PROPOSED = ("Trên cơ sở kết quả bình xét, Trạm đã đề nghị Giám đốc Trung tâm: công nhận danh hiệu "
             "\"Lao động tiên tiến\" cho 11 viên chức; công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 02 viên "
             "chức; tặng Giấy khen cho 01 tập thể, 04 cá nhân.")


def test_a_later_clause_of_a_proposals_list_is_a_proposal(rules):
    result = extract_figures(doc("3. Khen thưởng năm 2022", _PROPOSED), rules)
    assert result.values.get("chien_si_thi_dua_co_so") == 2  # a stand-in, said to be one
    assert "Chiến sĩ thi đua cơ sở: số liệu là số đề nghị" in result.notes.get("K2", "")
    assert "Giấy khen: số liệu là số đề nghị" in result.notes.get("K2", "")


def test_an_award_beats_a_proposals_list_clause(rules):
    got = _values(rules, "3. Khen thưởng năm 2022", _PROPOSED,
                  "Giám đốc Trung tâm đã công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 01 viên chức.")
    assert got.get("chien_si_thi_dua_co_so") == 1


def test_a_list_of_awards_after_a_colon_stays_awards(rules):
    # contrast: no proposal word before the colon
    result = extract_figures(doc("3. Khen thưởng năm 2022",
                                 "Năm 2022, Giám đốc Trung tâm đã quyết định: công nhận danh hiệu \"Lao động tiên "
                                 "tiến\" cho 11 viên chức; công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 02 viên "
                                 "chức."), rules)
    assert result.values.get("chien_si_thi_dua_co_so") == 2
    assert "đề nghị" not in result.notes.get("K2", "")


# --- class 3: a pending decision leaves the proposals no stand-in ------------------------------------

def test_titles_said_pending_give_no_figure(rules):
    got = _values(rules, "3. Khen thưởng năm 2022", _PROPOSED,
                  "Giám đốc Trung tâm đã công nhận danh hiệu \"Lao động tiên tiến\" cho 11 viên chức. Riêng danh "
                  "hiệu \"Chiến sĩ thi đua cơ sở\" và Giấy khen, hồ sơ đã gửi Trung tâm, đang chờ phê duyệt.")
    assert got.get("lao_dong_tien_tien") == 11
    assert got.get("chien_si_thi_dua_co_so") is None
    assert got.get("giay_khen") is None


def test_a_title_not_said_pending_keeps_its_stand_in(rules):
    # contrast: only Giấy khen is said to be pending
    got = _values(rules, "3. Khen thưởng năm 2022", _PROPOSED,
                  "Đối với Giấy khen, Trung tâm chưa có quyết định.")
    assert got.get("giay_khen") is None
    assert got.get("chien_si_thi_dua_co_so") == 2


def test_a_pending_word_leaves_an_award_alone(rules):
    # contrast: the award made stays when the same title is pending for others
    got = _values(rules, "3. Khen thưởng năm 2022",
                  "Giám đốc Trung tâm đã công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 01 viên chức.",
                  "Danh hiệu \"Chiến sĩ thi đua cơ sở\" của viên chức còn lại chưa có quyết định.")
    assert got.get("chien_si_thi_dua_co_so") == 1


# --- the items these classes decide (K5, K2) ---------------------------------------------------------
# Class 1 for K5: a share given only as a bound is told in words (check/bound_share.py, the same
# `context.bound` list). Class 3 for K2: a title named only in proposals said to be pending is no
# part reported (FiguresResult.pending, read by check/items.py's parts).

from item_helpers import default_rules, item_doc, judge_default  # noqa: E402

_HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "III. CÔNG TÁC KHEN THƯỞNG")


def test_a_bound_on_the_leaders_share_is_no_figure_of_k5():
    items = judge_default(*_HEAD, "Trạm bảo đảm tỷ lệ viên chức là cán bộ lãnh đạo, quản lý được khen thưởng tối đa "
                                  "25% theo quy chế thi đua của ngành.")
    assert items["K5"].status != "present", items["K5"].note


def test_a_share_beside_a_bound_is_a_figure_of_k5():
    # contrast: the unit's own share is stated before the bound
    items = judge_default(*_HEAD, "Trong số 40 cá nhân được khen thưởng, cán bộ lãnh đạo, quản lý chiếm 17,5%, không "
                                  "vượt quá 30% theo quy chế thi đua của ngành.")
    assert items["K5"].status == "present", items["K5"].note


def _k2(*lines):
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.segment import segment

    rules = default_rules()
    document = item_doc(*_HEAD, *lines)
    figures = extract_figures(document, rules)
    return check_items(segment(document, rules), rules, figures)["K2"]


_K2_PROPOSED = ("Trên cơ sở kết quả bình xét, Trạm đã đề nghị Giám đốc Trung tâm: công nhận danh hiệu \"Lao động tiên "
                "tiến\" năm 2022 cho 11 viên chức; công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" năm 2022 cho 02 viên "
                "chức; công nhận danh hiệu \"Tập thể lao động tiên tiến\" cho 01 tổ; tặng Giấy khen năm 2022 cho 01 "
                "tập thể, 04 cá nhân.")


def test_titles_named_only_in_pending_proposals_leave_k2_partial():
    k2 = _k2(_K2_PROPOSED,
             "Giám đốc Trung tâm đã công nhận danh hiệu \"Lao động tiên tiến\" năm 2022 cho 11 viên chức. Riêng các "
             "danh hiệu \"Chiến sĩ thi đua cơ sở\", \"Tập thể lao động tiên tiến\" và Giấy khen, hồ sơ đã gửi Trung "
             "tâm, đang chờ phê duyệt.")
    assert k2.status == "partial", k2.note
    assert "Chưa nêu" in k2.note and "Chiến sĩ thi đua cơ sở" in k2.note.split("Chưa nêu")[1]


def test_proposals_not_said_pending_still_report_k2():
    # contrast: no pending sentence, the proposals stand in as before
    k2 = _k2(_K2_PROPOSED)
    assert k2.status == "present", k2.note
