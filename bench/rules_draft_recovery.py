"""How much of a hand-made ruleset `tdkt rules draft` recovers from the directive it was made
from, and how the draft judges the labelled samples beside the hand-made rules
(docs/quality.md, "Bản nháp quy tắc: mức khôi phục"; docs/rules.md).

Recovery, per kind (sections, content items, movements, form items, figures, deadlines): a
hand-made element is recovered when a drafted one comes from the same words of the directive.
The map below names, for each hand-made ID, the words of the directive it was written from
(read off the directive by hand); a drafted item matches when its label, its phrases or its
source sentence holds them (movements: their phrases, since all nine share one sentence). A
figure is recovered when a drafted figure of the same kind has one of its titles (compared
without tone marks); a deadline when the draft gives the same date for that unit type. "extra"
counts drafted elements no hand-made one maps to.

Judging (--eval): the draft's items and figures renamed to the hand-made IDs they map to (an
item mapped from two hand-made IDs is copied under both), then pipeline.evaluate on the
labelled samples' primaries with the draft and with the hand-made rules (Tây Sơn: samples/;
Phù Cát: samples/directive-3/ with its roster).

    .venv/bin/python bench/rules_draft_recovery.py [--eval] [--only 0] [--directive FILE --rules FILE]

Inputs: /work/shared/directive/huong-dan-so-ket-6-thang-2023.txt against rules/tay-son-2023-h1.yaml;
tests/rules_draft_data/huong-dan-tong-ket-nam-2023-hoai-an.txt against rules/year-end-2023.yaml
(that ruleset had no source text in the repository; the fixture was written for it);
samples/directive-3/huong-dan.txt (Phù Cát, written by someone else) against the clerk's
samples/directive-3/rules/phu-cat-2023-tong-ket.yaml. `--directive FILE --rules FILE` runs one
pair only (a pair not listed above is mapped by the hand-made labels). Each draft is also put
through `tdkt rules check`'s own check.
"""

from __future__ import annotations

import argparse
import re
import copy
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tdkt.pipeline.record import UNIT_TYPES  # noqa: E402
from tdkt.pipeline.rules_draft import draft_from_text  # noqa: E402
from tdkt.pipeline.rules_draft.render import render_rules  # noqa: E402
from tdkt.pipeline.rules_draft.text import phrase, strip_accents  # noqa: E402

DIRECTIVES = {
    "tay-son-2023-h1": {
        "directive": Path("/work/shared/directive/huong-dan-so-ket-6-thang-2023.txt"),
        "rules": ROOT / "rules/tay-son-2023-h1.yaml",
        "sections": {"I.1": "Công tác lãnh đạo, chỉ đạo", "I.2": "Kết quả tổ chức phong trào thi đua",
                     "I.3": "Công tác khen thưởng", "I.4.1": "Đánh giá ưu điểm, khuyết điểm",
                     "I.4.2": "Nhiệm vụ và giải pháp 6 tháng cuối năm", "II": "Kiến nghị, đề xuất"},
        "items": {"L1": "xây dựng, ban hành văn bản", "P1": "tổng kết công tác thi đua, khen thưởng năm 2022",
                  "P2": "nhiệm vụ chính trị", "P3": "trên các lĩnh vực", "P4": "Chỉ thị số 05-CT/TW",
                  "P5": "điển hình tiên tiến", "K1": "sáng kiến cấp cơ sở", "K2": "khen thưởng thành tích năm 2022",
                  "K3": "khen chuyên đề, đột xuất", "K4": "lao động trực tiếp", "K5": "lãnh đạo, quản lý",
                  "D1": "ưu điểm", "D2": "khuyết điểm", "D3": "Nhiệm vụ và giải pháp 6 tháng cuối năm"},
        "movements": {"M1": "chung sức xây dựng nông thôn mới", "M2": "chung tay vì người nghèo",
                      "M3": "doanh nghiệp việt nam hội nhập", "M4": "văn hóa công sở",
                      "M5": "đẩy mạnh cải cách hành chính", "M6": "đạt chuẩn nông thôn mới",
                      "M7": "đô thị loại iv", "M8": "covid 19", "M9": "chuyển đổi số"},
        "form": {f"F{i}": f"F{i}" for i in range(1, 7)} | {"T1": "T1"},
        "samples": ROOT / "samples", "roster": None,
    },
    "year-end-2023": {
        "directive": ROOT / "tests/rules_draft_data/huong-dan-tong-ket-nam-2023-hoai-an.txt",
        "rules": ROOT / "rules/year-end-2023.yaml",
        "sections": {"I": "Kết quả thực hiện công tác thi đua năm 2023", "II": "Công tác khen thưởng năm 2023",
                     "III": "Đánh giá chung", "IV": "Phương hướng, nhiệm vụ năm 2024", "V": "Kiến nghị, đề xuất"},
        "items": {"TK1": "Công tác chỉ đạo, triển khai", "TK2": "chỉ tiêu, nhiệm vụ chính trị",
                  "TK3": "Lao động tiên tiến, Chiến sĩ thi đua cơ sở", "TK4": "số sáng kiến",
                  "TK5": "ưu điểm, hạn chế", "TK6": "phương hướng, nhiệm vụ và giải pháp"},
        "movements": {},
        "form": {"VB1": "F1", "VB2": "F2", "VB3": "F3", "VB4": "F5", "HN": "T1"},
    },
    # Written by someone else (tdkt issue 13): parts A./B., "Phần I." inside A, 1./2./3. restarting.
    "phu-cat-2023-tong-ket": {
        "directive": ROOT / "samples/directive-3/huong-dan.txt",
        "rules": ROOT / "samples/directive-3/rules/phu-cat-2023-tong-ket.yaml",
        "sections": {"I.1": "Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện",
                     "I.2": "Kết quả tổ chức các phong trào thi đua", "I.3": "Công tác khen thưởng",
                     "II": "Đánh giá chung", "II.1": "Ưu điểm", "II.2": "Hạn chế, tồn tại và nguyên nhân",
                     "II.3": "Bài học kinh nghiệm", "III": "Phương hướng, nhiệm vụ năm 2024",
                     "III.2": "Đăng ký thi đua năm 2024", "III.3": "Đề xuất, kiến nghị"},
        "items": {"A1": "ban hành kế hoạch, văn bản", "A2": "thông tin, tuyên truyền về thi đua",
                  "B1": "giao ước thi đua", "B2": "chỉ tiêu, nhiệm vụ chính trị", "B3": "thi đua ái quốc",
                  "B4": "Chỉ thị số 05-CT/TW", "B5": "điển hình tiên tiến", "C1": "sáng kiến cấp cơ sở",
                  "C2": "Chiến sĩ thi đua cơ sở", "C3": "Tập thể lao động xuất sắc",
                  "C4": "Giấy khen tổng kết năm 2023", "C5": "tặng Bằng khen", "C6": "chuyên đề, đột xuất",
                  "C7": "lao động trực tiếp", "C8": "so với số cá nhân đạt danh hiệu", "D1": "ưu điểm",
                  "D2": "hạn chế, tồn tại", "D3": "bài học kinh nghiệm",
                  "E1": "phương hướng, nhiệm vụ và giải pháp trọng tâm", "E2": "đăng ký danh hiệu thi đua",
                  "E3": "đề xuất, kiến nghị"},
        "movements": {"M1": "nông thôn mới nâng cao", "M2": "chung tay vì người nghèo", "M3": "chuyển đổi số",
                      "M4": "cải cách hành chính", "M5": "toàn dân bảo vệ an ninh tổ quốc",
                      "M6": "sáng xanh sạch đẹp", "M7": "dân vận khéo"},
        "form": {f"F{i}": f"F{i}" for i in range(1, 7)} | {"T1": "T1"},
        "samples": ROOT / "samples/directive-3", "roster": ROOT / "samples/directive-3/roster.csv",
    },
}


def spec_from_rules(directive: Path, rules: Path, hand: dict) -> dict:
    """A map for a directive no entry above knows: each hand-made section and item by its own
    label (items whose label names a movement, "Phong trào ...", as movements). Cruder than a
    map read off the directive by hand: a label the clerk reworded is not found."""
    spec = {"directive": directive, "rules": rules, "sections": {}, "items": {}, "movements": {}, "form": {}}
    for s in hand.get("sections") or []:
        spec["sections"][s["id"]] = s.get("label", s["id"])
    for i in hand.get("items") or []:
        if i.get("section") == "form":
            key = {"metadata": i["id"], "deadline": "T1"}.get(i.get("source"), i["id"])
            spec["form"][i["id"]] = key if key in {f"F{n}" for n in range(1, 7)} | {"T1"} else i["id"]
        elif re.match(r"(?i)phong trào|cuộc vận động", i.get("label", "")):
            spec["movements"][i["id"]] = re.sub(r"[«»“”\"]", "", i["label"].split(" ", 2)[-1])
        else:
            spec["items"][i["id"]] = i.get("label", i["id"])
    return spec


def _has(haystack: str, needle: str) -> bool:
    return phrase(needle) in phrase(haystack)


def map_items(draft, spec) -> dict[str, list[str]]:
    """hand-made ID -> drafted item IDs it maps to ([] when not recovered)."""
    content = [i for i in draft.items if i.kind not in ("form", "movement")]
    movements = draft.movements
    found: dict[str, list[str]] = {}
    for hid, words in spec["items"].items():
        by_label = [i.id for i in content if _has(i.label, words)]
        by_source = [i.id for i in content if _has(i.source, words) or any(_has(a, words) for a in i.any)]
        found[hid] = (by_label or by_source)[:1]
    for hid, words in spec["movements"].items():
        found[hid] = [m.id for m in movements if any(_has(a, words) for a in m.any)][:1]
    for hid, fid in spec["form"].items():
        found[hid] = [i.id for i in draft.items if i.id == fid]
    return found


def map_sections(draft, spec) -> dict[str, list[str]]:
    return {hid: [s.id for s in draft.sections if _has(s.label, words) or _has(s.source, words)][:1]
            for hid, words in spec["sections"].items()}


def _plain(text: str) -> str:
    return strip_accents(phrase(text))


def map_figures(draft, hand: dict) -> dict[str, list[str]]:
    out = {}
    for name, fig in (hand.get("figures") or {}).items():
        titles = {_plain(t) for t in fig.get("titles", [])}
        kind = fig.get("kind", "count")
        out[name] = [f.name for f in draft.figures if f.kind == kind and titles & {_plain(t) for t in f.titles}][:1]
    return out


def deadline_rows(draft, hand: dict) -> tuple[int, int, int, int, int]:
    """(hand-made entries, recovered, extra entries, types agreeing, types)."""
    hd = hand.get("deadlines") or {}
    h_default, h_by = hd.get("default"), hd.get("by_type") or {}
    d_default, d_by = draft.deadline_by_type()

    def effective(default, by, t):
        return by.get(t, default)

    entries = [("default", h_default)] + list(h_by.items())
    recovered = sum(1 for t, d in entries
                    if (d_default == d if t == "default" else effective(d_default, d_by, t) == d))
    extra = sum(1 for t, d in d_by.items() if effective(h_default, h_by, t) != d)
    types = [t for t in UNIT_TYPES if t != "unknown"]
    agree = sum(1 for t in types if effective(h_default, h_by, t) == effective(d_default, d_by, t))
    return len(entries), recovered, extra, agree, len(types)


def load_hand(rules: Path) -> dict:
    from tdkt.rules.loader import _merge_includes, yaml_load  # the hand-made file with its figures file
    import hashlib

    raw_text = rules.read_bytes()
    hand, _ = _merge_includes(yaml_load(raw_text.decode("utf-8")), rules, hashlib.sha256(raw_text))
    return hand


def recovery(key: str) -> dict:
    spec = DIRECTIVES[key]
    hand = load_hand(spec["rules"])
    draft = draft_from_text(spec["directive"].read_text(encoding="utf-8"))
    sections = map_sections(draft, spec)
    items = map_items(draft, spec)
    figures = map_figures(draft, hand)
    content_ids = {i.id for i in draft.items if i.kind not in ("form", "movement")}
    mapped = {d for ids in items.values() for d in ids}
    rows = []

    def row(kind, hand_ids, found, drafted):
        recovered = sum(1 for h in hand_ids if found.get(h))
        used = {d for h in hand_ids for d in found.get(h, [])}
        rows.append((kind, len(hand_ids), recovered, len(drafted - used)))

    row("phần (sections)", list(spec["sections"]), sections, {s.id for s in draft.sections})
    row("mục nội dung (items)", list(spec["items"]), items, content_ids)
    row("phong trào (movements)", list(spec["movements"]), items, {m.id for m in draft.movements})
    row("thể thức, thời hạn (form)", list(spec["form"]), items, {i.id for i in draft.items if i.kind == "form"})
    row("số liệu (figures)", list(hand.get("figures") or {}), figures, {f.name for f in draft.figures})
    n, rec, extra, agree, types = deadline_rows(draft, hand)
    rows.append(("hạn nộp (deadlines)", n, rec, extra))
    # The period as data in both files: year and half; the kind as `period.kind` (a hand-made
    # file without it means so_ket, the engine's default).
    h_raw = hand.get("period") or {}
    h_period = {k: v for k, v in h_raw.items() if k in ("year", "half")}
    h_kind = h_raw.get("kind") or "so_ket"
    with tempfile.TemporaryDirectory() as tmp:  # what `tdkt rules check` says of the draft
        from tdkt.rules.loader import file_problems

        drafted = Path(tmp) / "draft.yaml"
        drafted.write_text(render_rules(draft, spec["directive"].name), encoding="utf-8")
        problems = file_problems(drafted)[1]
        d_raw = (yaml.safe_load(drafted.read_text(encoding="utf-8")) or {}).get("period") or {}
    d_period = {k: v for k, v in d_raw.items() if k in ("year", "half")}
    d_kind = d_raw.get("kind")
    return {"key": key, "rows": rows, "problems": problems, "draft": draft, "items": items, "figures": figures, "hand": hand,
            "types": (agree, types), "period": (h_period == d_period, d_period, h_kind == d_kind, d_kind),
            "unmapped": sorted(content_ids - mapped)}


def print_recovery(r: dict) -> None:
    print(f"\n{r['key']}  ({DIRECTIVES[r['key']]['directive'].name})")
    print(f"  {'kind':<28} {'hand-made':>9} {'recovered':>9} {'extra':>6}")
    for kind, n, rec, extra in r["rows"]:
        print(f"  {kind:<28} {n:>9} {rec:>9} {extra:>6}")
    agree, types = r["types"]
    ok_period, period, ok_kind, kind = r["period"]
    print(f"  deadline per unit type agreeing: {agree}/{types}; period {period} "
          f"{'=' if ok_period else '!='} hand-made; period.kind {kind} {'=' if ok_kind else '!='} hand-made")
    print("  tdkt rules check on the draft: " + ("valid" if not r["problems"] else
          f"{len(r['problems'])} errors, first: {r['problems'][0]}"))
    missing = [h for h, d in r["items"].items() if not d]
    if missing:
        print(f"  not recovered: {', '.join(missing)}")
    if r["unmapped"]:
        print(f"  drafted items no hand-made item maps to: {', '.join(r['unmapped'])}")


def renamed_draft(r: dict) -> dict:
    """The draft as data with items and figures under the hand-made IDs they map to."""
    raw = yaml.safe_load(render_rules(r["draft"]))
    figure_names = {d[0]: h for h, d in r["figures"].items() if d}
    by_id = {i["id"]: i for i in raw["items"]}
    items = []
    for hid, drafted in r["items"].items():
        if drafted:
            item = copy.deepcopy(by_id[drafted[0]])
            item["id"] = hid
            items.append(item)
    mapped = {d for ds in r["items"].values() for d in ds}
    items += [i for i in raw["items"] if i["id"] not in mapped]
    for item in items:
        if item.get("figure"):
            item["figure"] = figure_names.get(item["figure"], item["figure"])
        for part in item.get("parts") or []:
            if part.get("figure"):
                part["figure"] = figure_names.get(part["figure"], part["figure"])
    raw["items"] = items
    figures = {}
    first_item = {}
    for item in items:
        for name in [item.get("figure")] + [p.get("figure") for p in item.get("parts") or []]:
            if name:
                first_item.setdefault(name, item["id"])
    for name, fig in raw.get("figures", {}).items():
        new = figure_names.get(name, name)
        fig["item"] = first_item.get(new, fig.get("item"))
        figures[new] = fig
    raw["figures"] = figures
    return raw


def judge_both(r: dict, only: list[str] | None) -> None:
    from tdkt.pipeline.evaluate import evaluate
    from tdkt.rules.loader import load_roster, load_ruleset

    spec = DIRECTIVES[r["key"]]
    roster = load_roster(spec["roster"]) if spec.get("roster") else load_roster()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft-renamed.yaml"
        path.write_text(yaml.safe_dump(renamed_draft(r), allow_unicode=True, sort_keys=False), encoding="utf-8")
        results = {}
        for name, rules in (("hand-made", load_ruleset(DIRECTIVES[r["key"]]["rules"])), ("draft", load_ruleset(path))):
            start = time.perf_counter()
            results[name] = evaluate(spec["samples"], rules, roster, only=only)
            print(f"  judged {len(results[name].samples)} primaries with the {name} rules "
                  f"in {time.perf_counter() - start:.0f} s")
    hand, draft = results["hand-made"], results["draft"]
    print(f"\n  {'item':<5} {'F1 hand':>8} {'F1 draft':>9}   status agree hand / draft")
    for item_id in r["items"]:
        h, d = hand.per_item.get(item_id), draft.per_item.get(item_id)
        if h is None:
            continue
        h_ok = sum(1 for m in hand.mismatches if m.what == item_id)
        d_ok = sum(1 for m in draft.mismatches if m.what == item_id)
        total = h.tp + h.fp + h.fn + h.tn
        print(f"  {item_id:<5} {100 * h.f1:7.1f}% {100 * d.f1:8.1f}%   {total - h_ok:3d} / {total - d_ok:3d} of {total}")
    for name, res in (("hand-made", hand), ("draft", draft)):
        o = res.overall
        print(f"  {name:<9} missing-flag P {100 * o.precision:5.1f}% R {100 * o.recall:5.1f}% F1 {100 * o.f1:5.1f}%; "
              f"statuses {res.status_correct}/{res.status_total} ({100 * res.status_accuracy:.1f}%); "
              f"figures {res.figures_correct}/{res.figures_total} ({100 * res.figure_accuracy:.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", action="store_true", help="also judge the labelled samples with both rulesets")
    parser.add_argument("--only", action="append", help="only samples whose name starts with this")
    parser.add_argument("--directive", type=Path, help="a directive's text (with --rules: only this one)")
    parser.add_argument("--rules", type=Path, help="the rules a clerk wrote by hand from --directive")
    args = parser.parse_args()
    keys = list(DIRECTIVES)
    if args.directive or args.rules:
        if not (args.directive and args.rules):
            parser.error("--directive and --rules go together")
        known = [k for k, v in DIRECTIVES.items()
                 if v["directive"].resolve() == args.directive.resolve() and v["rules"].resolve() == args.rules.resolve()]
        if known:
            keys = known
        else:
            key = args.rules.stem
            DIRECTIVES[key] = spec_from_rules(args.directive, args.rules, load_hand(args.rules))
            keys = [key]
    for key in keys:
        r = recovery(key)
        print_recovery(r)
        if args.eval and DIRECTIVES[key].get("samples"):
            judge_both(r, args.only)


if __name__ == "__main__":
    main()
