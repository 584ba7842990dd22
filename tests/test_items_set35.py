"""Item classes blind set 35 (231-236) showed at first contact, in other words than the samples'.

- A member of a bloc or cluster that hands its movements to the bloc's report: the clause that
  names them ("Các phong trào ...: thực hiện theo Kế hoạch của Cụm") before "; kết quả chi tiết đã
  được tổng hợp trong Báo cáo số ... của Trưởng Cụm" reports none of them (check/referral.py and
  the rules' `referral` list).
- The plan of the bloc or cluster the unit belongs to ("Kế hoạch số ... của Cụm thi đua ...") is no
  document the unit issued: alone it leaves L1 generic (rules, L1's `full`).
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


# --- the bloc's plan is not the unit's own document ---

def test_the_clusters_plan_followed_leaves_direction_generic():
    items = judge_default(
        *HEAD,
        "Thực hiện Kế hoạch số 07/KH-CTĐ ngày 20/02/2023 của Cụm thi đua các xã phía Tây về phong trào thi đua "
        "năm 2023, Hội Nông dân xã triển khai, quán triệt đến các chi hội.",
    )
    assert items["L1"].status == "partial", items["L1"].note


def test_a_plan_the_unit_issued_is_named_in_full():
    # contrast: the unit's own plan, numbered
    items = judge_default(
        *HEAD,
        "Hội Nông dân xã ban hành Kế hoạch số 07/KH-HND ngày 20/02/2023 về phong trào thi đua năm 2023, "
        "quán triệt đến các chi hội.",
    )
    assert items["L1"].status == "present", items["L1"].note
