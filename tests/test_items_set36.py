"""Item classes blind set 36 (237-242) showed at first contact, in other words than the samples'.

- A cited document's full date of an earlier year ("... gắn với Kế hoạch số 52/KH-UBND ngày 14
  tháng 3 năm 2019 ...") is the document's date, not history of the sentence's work: the rules'
  `history` list takes "năm 2018" .. "năm 2021" but not as the year of a full date.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


# --- a cited document's full date is no history ---

def test_a_document_dated_in_an_earlier_year_does_not_make_the_results_history():
    items = judge_default(
        *HEAD,
        "3. Hưởng ứng phong trào thi đua thực hiện văn hóa công sở gắn với Kế hoạch số 52/KH-UBND ngày 14 "
        "tháng 3 năm 2019 của UBND tỉnh, viên chức của Trung tâm mặc đồng phục, đeo thẻ đúng quy định; "
        "6 tháng qua không có trường hợp nào đi muộn, về sớm.",
    )
    assert items["M4"].status == "present", items["M4"].note


def test_work_of_an_earlier_year_is_still_history():
    # contrast: the year stands alone as the time of the work, no date of a document
    items = judge_default(
        *HEAD,
        "3. Năm 2019, viên chức của Trung tâm thực hiện văn hóa công sở, mặc đồng phục, đeo thẻ đúng quy định.",
    )
    assert items["M4"].status == "missing", items["M4"].note
