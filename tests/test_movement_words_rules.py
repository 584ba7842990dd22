"""The words for a movement are the rules' (`language.movement_words`), not the code's: a sentence
that only counts the movements it names reports none of them, in either of the directive's words,
and a ruleset without the list does not set such a sentence aside."""

import shutil
from pathlib import Path

import pytest
from item_helpers import judge, judge_default

from tdkt.rules.loader import load_ruleset

RULES = Path(__file__).resolve().parents[1] / "rules"
HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
# Other words than the set 31 test: the campaigns counted ("cuộc vận động"), two of them named.
CAMPAIGNS_COUNTED = ("Đoàn viên, hội viên tiếp tục hưởng ứng 05 cuộc vận động, trong đó có “Chung tay vì người nghèo - "
                     "Không để ai bị bỏ lại phía sau” và “Doanh nghiệp Việt Nam hội nhập và phát triển”.")


def _without_movement_words(tmp_path):
    for name in ("tay-son-2023-h1.yaml", "tay-son-2023-h1.figures.yaml", "abbreviations.yaml", "roster-tay-son.csv"):
        if (RULES / name).exists():
            shutil.copy(RULES / name, tmp_path / name)
    path = tmp_path / "tay-son-2023-h1.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  movement_words: [phong trào, cuộc vận động]\n" in text
    path.write_text(text.replace("  movement_words: [phong trào, cuộc vận động]\n", ""), encoding="utf-8")
    return load_ruleset(path)


@pytest.mark.parametrize("item", ["M2", "M3"])
def test_campaigns_counted_and_named_report_none_of_them(item):
    assert judge_default(*HEAD, CAMPAIGNS_COUNTED)[item].status == "missing"


def test_without_the_rules_words_the_count_is_not_set_aside(tmp_path):
    rules = _without_movement_words(tmp_path)
    assert "movement_words" not in rules.raw["language"]
    statuses = {item: judge(rules, *HEAD, CAMPAIGNS_COUNTED)[item].status for item in ("M2", "M3")}
    assert statuses != {"M2": "missing", "M3": "missing"}, statuses
