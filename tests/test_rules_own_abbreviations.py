"""A ruleset's own short forms (`abbreviations:` in its file) are expanded in the reports it judges
and in its own phrases, beside the shared rules/abbreviations.yaml; other rulesets do not see them;
a malformed entry is refused with a Vietnamese message naming the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tdkt.pipeline.check import check_items
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import RulesError, load_ruleset

RULES = Path(__file__).resolve().parents[1] / "rules"
TEXT = ("I. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
        "Hưởng ứng phong trào XDNTM, hội viên đóng góp 320 ngày công làm 2,5 km đường bê tông nội đồng.")


def _with_own(tmp_path: Path, block: str) -> Path:
    shutil.copy(RULES / "tay-son-2023-h1.figures.yaml", tmp_path)
    text = (RULES / "tay-son-2023-h1.yaml").read_text("utf-8").replace("id: tay-son-2023-h1", "id: rieng-huyen", 1)
    path = tmp_path / "rieng.yaml"
    path.write_text(text + "\n" + block, encoding="utf-8")
    return path


def _m1(ruleset) -> str:
    blocks = [Block(kind="heading", text=TEXT[0], heading_level=1, where=Where(paragraph=1)),
              Block(kind="paragraph", text=TEXT[1], where=Where(paragraph=2))]
    return check_items(segment(Document(blocks=blocks, format="docx"), ruleset), ruleset)["M1"].status


def test_own_short_form_is_read_by_that_ruleset_only(tmp_path):
    own = load_ruleset(_with_own(tmp_path, "abbreviations:\n  XDNTM: xây dựng nông thôn mới\n"))
    assert _m1(own) == "present"
    assert _m1(load_ruleset(None)) == "missing"  # the shipped rules do not know this district's form


def test_malformed_own_abbreviations_are_refused_in_vietnamese(tmp_path):
    with pytest.raises(RulesError) as caught:
        load_ruleset(_with_own(tmp_path, "abbreviations: [XDNTM]\n"))
    assert "abbreviations" in str(caught.value)
