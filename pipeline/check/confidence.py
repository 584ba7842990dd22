"""How sure an item's verdict is: a 0-1 score and, when low, a reason for the clerk to read it again.

The score says how the verdict was reached, not whether it is right: a present item resting on a
result sentence with a quantity, or on a figure the figures stage read, is sure; one resting on a
sentence that only a heading or lead-in handed the concept to, on a list of movements, on a
sentence with a negation or a plan cue, or on a single weak sentence, is less so; a missing item
whose concept was never written is sure, one whose mentions were all set aside (no result, a
list, another body, a section of another kind) is borderline. Verdicts under REVIEW_BELOW carry
the reason (Vietnamese) that the workbook and the review page show as "cần xem lại".

Items the text does not judge (form, deadline) get none; deciding the verdict is items.py's.
"""

from __future__ import annotations

REVIEW_BELOW = 0.65  # partial verdicts (0.6) are read again too

# Why mentions were set aside: how sure a "missing" is then (a plan or a heading is a clear
# reason; "named without a result", a list or a section of another kind is a judgement call).
_MISSING_AFTER = {
    "heading": 0.75, "plan": 0.75, "proposal": 0.7, "target": 0.7, "history": 0.7, "budget": 0.7,
    "shortcoming": 0.6, "background": 0.55, "other_body": 0.55, "section": 0.5, "exclude": 0.5,
    "no_result": 0.45,
}
_REASONS = {
    "no_mention": "không thấy từ khóa nào của mục",
    "rejected": "có nhắc đến nhưng không được tính",
    "figure": "có số liệu do phần số liệu đọc được",
    "quantity": "có câu nêu kết quả kèm số liệu",
    "words": "có câu nêu kết quả nhưng không có số liệu",
    "follower": "chỉ suy ra từ đề mục hoặc câu dẫn phía trên",
    "section": "chỉ suy ra từ nội dung của phần đánh giá, không có từ khóa của mục",
    "single": "chỉ dựa vào một câu",
    "listed": "câu chỉ liệt kê tên nhiều phong trào",
    "negation": "câu có từ phủ định gần đó",
    "plan": "câu có từ chỉ kế hoạch, thời gian tới",
    "partial": "chỉ nêu một phần",
}


def confidence(checker, rule, result, sentences, figure_used: bool) -> tuple[float, list[str]]:
    """(score, reasons) for one item's result; `sentences` are those its evidence came from."""
    if result.status == "missing":
        if not checker.rejected:
            return 0.95, ["no_mention"]
        score = min(_MISSING_AFTER.get(why, 0.5) for why in checker.rejected)
        return score, ["rejected"]
    if figure_used:
        score, reasons = 0.9, ["figure"]
    elif not sentences:
        score, reasons = 0.6, ["words"]
    else:
        how = {checker.found_how.get(s.index, "direct") for s in sentences}
        counted = any(checker.quantity(s, False, s.text) for s in sentences)  # cached per sentence
        if "direct" in how:
            score, reasons = (0.95, ["quantity"]) if counted else (0.8, ["words"])
        elif "follower" in how:  # a heading or lead-in named it and what follows carries the result
            score, reasons = 0.85, ["follower"]
        else:
            score, reasons = 0.7, ["section"]
        if len(sentences) == 1:
            score -= 0.05
            reasons.append("single")
        # Borderline wording in every sentence the verdict rests on. Measured on the samples
        # (bench/confidence.py): a list of movements is the strongest sign of a wrong "present",
        # a negation nearby a weak one.
        if all(checker.listed(s) for s in sentences):
            score -= 0.35
            reasons.append("listed")
        if all(checker.lang.negation.hits(s.canon, s.words) for s in sentences):
            score -= 0.05
            reasons.append("negation")
        plan = checker.lang.lists.get("plan")
        if plan and "plan" in rule.exclude_contexts and all(plan.hits(s.canon, s.words) for s in sentences):
            score -= 0.15
            reasons.append("plan")
    if result.status == "partial":
        score = min(score, 0.65) - 0.05
        reasons.insert(0, "partial")
    return round(max(0.05, min(score, 1.0)), 2), reasons


def apply(checker, rule, result, sentences, figure_used: bool) -> None:
    """Set the result's confidence, and its review reason when the score is low."""
    score, reasons = confidence(checker, rule, result, sentences, figure_used)
    result.confidence = score
    if score < REVIEW_BELOW:
        text = "; ".join(_REASONS[r] for r in dict.fromkeys(reasons))
        result.review = f"Cần xem lại: {text}."
