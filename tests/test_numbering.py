"""pipeline/numbering.py: one mark, two readings (a clause as typed; a heading or label in any case)."""

from tdkt.pipeline.numbering import LABEL_NUMBER, LABEL_NUMBER_OR_BULLET, NUMBERING, without_numbering


def test_clause_numbering_as_typed():
    for typed, rest in (("3. Tổ chức hội nghị", "Tổ chức hội nghị"), ("2.1) Tuyên dương", "Tuyên dương"),
                        ("đ) Ghi nhận", "Ghi nhận"), ("IV . Phương hướng", "Phương hướng"),
                        ("– Duy trì", "Duy trì"), ("+Giao ban", "Giao ban"), ("• Họp", "Họp")):
        assert without_numbering(typed) == rest, typed
    # a mark must be followed by a space; a capital letter opens a sentence as often as a list
    for kept in ("2.5 tỷ đồng được chi", "b.c tham gia", "A. Nguyễn phát biểu", "Ông Tư dự họp"):
        assert without_numbering(kept) == kept
        assert NUMBERING.sub("", kept) == kept


def test_label_numbering_any_case_no_space():
    assert LABEL_NUMBER.sub("", "ii.tổng kết") == "tổng kết"
    assert LABEL_NUMBER.sub("", "B) Hoạt động") == "Hoạt động"
    assert LABEL_NUMBER.sub("", "- Hoạt động") == "- Hoạt động"  # a lead's bullet stays
    assert LABEL_NUMBER_OR_BULLET.sub("", "- Hoạt động") == "Hoạt động"
    assert LABEL_NUMBER_OR_BULLET.sub("", "12.Đã xét") == "Đã xét"
    assert LABEL_NUMBER.match("Tổng kết") is None
