"""Item classes left open by the ninth round's blind sets, in other words than the samples'.

- A line typed wholly without Vietnamese diacritics ("Ty le can bo quan ly ... duoc khen: ...%")
  still reports what its words say: matching.PhraseSet matches a text with no diacritic at all
  against its phrases folded (the ASCII fallback); a line with diacritics is matched as written.
"""

from item_helpers import judge_default

from tdkt.pipeline.matching import default_canon, without_marks

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
AWARDS = "II. CÔNG TÁC KHEN THƯỞNG"
GIVEN = "Hội được Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể và 09 cá nhân trong đợt cao điểm."


# --- a line typed without diacritics ---

def test_a_leaders_share_typed_without_diacritics_is_reported():
    # the share's figure left to fill in: the item is touched, so partial (as with diacritics)
    items = judge_default(*HEAD, AWARDS, GIVEN,
                          "+ Trong so ca nhan duoc khen, can bo quan ly chiem: .....%")
    assert items["K5"].status == "partial", items["K5"].note


def test_a_leaders_share_typed_without_diacritics_with_its_figure_is_present():
    items = judge_default(*HEAD, AWARDS, GIVEN,
                          "+ Trong so ca nhan duoc khen, can bo quan ly chiem 22,2% (2/9).")
    assert items["K5"].status == "present", items["K5"].note


def test_the_same_line_with_diacritics_was_already_read():
    # contrast: the line as the directive's words write it
    items = judge_default(*HEAD, AWARDS, GIVEN,
                          "+ Trong số cá nhân được khen, cán bộ quản lý chiếm: .....%")
    assert items["K5"].status == "partial", items["K5"].note


def test_folded_phrases_are_not_tried_on_text_with_diacritics():
    # a text with diacritics matching only the folded form ("can bo quan ly" written in a
    # sentence that has other marked words) is not a match: the fallback is for unmarked lines
    canon = default_canon()
    phrases = canon.phrases(["cán bộ quản lý"])
    marked = canon.text("Báo cáo can bo quan ly đã nộp")
    plain = canon.text("Bao cao can bo quan ly da nop")
    assert not phrases.contains(marked)
    assert phrases.contains(plain)
    assert phrases.search(plain) is not None and phrases.search(marked) is None


def test_folding_keeps_a_raw_regex_syntax_and_guards():
    canon = default_canon()
    assert without_marks(r"re:\btỷ lệ (?:\S+ ){0,3}đạt\b") == r"re:\bty le (?:\S+ ){0,3}dat\b"
    guarded = canon.phrases([{"phrase": "vận động", "not_after": ["cuộc"]}])
    assert guarded.contains(canon.text("Hoi van dong hoi vien"))
    assert not guarded.contains(canon.text("Cuoc van dong hoi vien"))


def test_a_number_row_has_no_letters_to_fold():
    canon = default_canon()
    phrases = canon.phrases(["re:\\d+"])
    assert phrases.folded is None  # folding changes no phrase: no fallback set


# --- a title known only from the proposals a heading above names ---

OWN_TITLES = ("Năm 2022, cơ quan có 11/12 công chức đạt danh hiệu Lao động tiên tiến, 02 công chức đạt Chiến sĩ "
              "thi đua cơ sở và 03 công chức được tặng Giấy khen của Chủ tịch UBND huyện.")
PROPOSED = ("TT | Đơn vị | Số CB-GV-NV | Danh hiệu tập thể",
            {"kind": "table", "rows": [["TT", "Đơn vị", "Số CB-GV-NV", "Danh hiệu tập thể"],
                                       ["1", "Trường TH Cát Tường", "31", "Tập thể lao động tiên tiến"],
                                       ["2", "Trường TH Cát Hưng", "28", "-"]]})


def _k2(*under_proposals):
    return judge_default(*HEAD, AWARDS, "1. Kết quả khen thưởng của cơ quan", OWN_TITLES,
                         "2. Xét, đề nghị khen thưởng năm học 2022 - 2023 cho các trường trực thuộc",
                         *under_proposals)["K2"]


def test_a_schools_proposed_title_under_a_level_heading_is_no_2022_title():
    # the proposals' heading, then one per school level: the level's table is still proposals
    k2 = _k2("a) Khối tiểu học", PROPOSED)
    assert k2.status == "partial", k2.note
    assert "Chưa nêu: Tập thể lao động tiên tiến" in k2.note


def test_a_schools_proposed_title_right_under_the_proposals_heading_was_already_none():
    # contrast: the table right under the heading (the heading's own content)
    k2 = _k2(PROPOSED)
    assert k2.status == "partial", k2.note


def test_the_units_own_title_under_a_results_heading_with_sub_headings_still_counts():
    # contrast: a heading that names no proposal hands nothing to its sub-sections
    k2 = judge_default(*HEAD, AWARDS, "1. Kết quả khen thưởng năm 2022", "a) Cơ quan", OWN_TITLES,
                       "b) Tập thể", "Cơ quan được Chủ tịch UBND huyện công nhận 01 Tập thể lao động tiên tiến năm 2022.")["K2"]
    assert k2.status == "present", k2.note
