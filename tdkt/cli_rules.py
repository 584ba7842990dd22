"""`tdkt rules check FILE...` and `tdkt rules test FILE --samples DIR`: the clerk's tools for a
new directive's rules.

`check` validates rules files, figures files and roster CSVs against rules/schema.py and prints
"Hợp lệ" or every problem with its file, line and key (exit 0 / 1). `test` judges the reports of
a labelled folder (DIR/labels/*.yaml + DIR/inbox/, the samples' label format) with the rules and
shows, item by item, where the engine and the clerk disagree, with the engine's note and evidence
(exit 0 when they agree everywhere, 1 otherwise). Judging and comparing are pipeline.evaluate's;
loading and validation rules.loader's.
"""

from __future__ import annotations

import sys
from pathlib import Path

STATUS_VI = {"present": "Có", "partial": "Chưa đầy đủ", "missing": "Không có"}


def register(sub) -> None:
    rules = sub.add_parser("rules", help="Kiểm tra và thử tệp quy tắc (hướng dẫn mới).")
    cmd = rules.add_subparsers(dest="rules_command", required=True, metavar="VIỆC")
    check = cmd.add_parser("check", help="Kiểm tra tệp quy tắc, tệp số liệu hoặc danh sách đơn vị; báo lỗi theo dòng.")
    check.add_argument("files", nargs="+", metavar="TỆP", help="tệp .yaml (quy tắc, số liệu) hoặc .csv (đơn vị)")
    check.set_defaults(func=run_check)
    test = cmd.add_parser("test", help="Chấm các báo cáo có nhãn bằng tệp quy tắc, chỉ ra chỗ máy và cán bộ khác nhau.")
    test.add_argument("rules", metavar="TỆP", help="tệp quy tắc YAML")
    test.add_argument("--samples", required=True, metavar="THƯ_MỤC", help="thư mục có labels/*.yaml và inbox/")
    test.add_argument("--roster", help="danh sách đơn vị CSV (mặc định: của huyện Tây Sơn)")
    test.add_argument("--only", action="append", help="chỉ chấm mẫu có tên bắt đầu bằng chuỗi này")
    test.set_defaults(func=run_test)


def run_check(args) -> int:
    from tdkt.rules.loader import file_problems

    bad = 0
    for name in args.files:
        what, problems = file_problems(name)
        if not problems:
            print(f"Hợp lệ: {name} ({what}).")
            continue
        bad += 1
        print(f"Không hợp lệ: {name} ({what}) — {len(problems)} lỗi:")
        for p in problems:
            print(f"  - {p}")
    return 1 if bad else 0


def run_test(args) -> int:
    import yaml

    from tdkt.pipeline.evaluate import EvalResult, compare, renderings, _judge, _received
    from tdkt.rules.loader import RulesError, load_roster, load_ruleset

    try:
        ruleset, roster = load_ruleset(args.rules), load_roster(args.roster)
    except RulesError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return 2
    samples = Path(args.samples)
    label_files = sorted((samples / "labels").glob("*.yaml"))
    if not label_files:
        print(f"Không thấy tệp nhãn nào trong {samples / 'labels'}.", file=sys.stderr)
        return 2
    result, records, unknown = EvalResult(), {}, set()
    for label_path in label_files:
        key = label_path.stem
        if args.only and not any(key.startswith(o) for o in args.only):
            continue
        labels = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        primary, _ = renderings(samples, key)
        if primary is None:
            print(f"Thiếu báo cáo cho nhãn {key} trong {samples / 'inbox'} (cần {key}.docx, {key}.pdf...).")
            continue
        unknown |= {i for i in (labels.get("items") or {}) if i not in ruleset.item_ids}
        records[key] = (primary.name, _judge(primary, ruleset, roster, _received(samples, key)))
        compare(key, labels, records[key][1], result)
    if unknown:
        print(f"Nhãn có mục không có trong quy tắc (bỏ qua khi so): {', '.join(sorted(unknown))}.")
    _print_items(ruleset, result, records)
    _print_other(result)
    agree = result.status_correct
    print(f"\nTổng: máy và cán bộ khớp {agree}/{result.status_total} mục ở {len(records)} báo cáo; "
          f"số liệu đúng {result.figures_correct}/{result.figures_total}.")
    return 0 if not result.mismatches else 1


def _print_items(ruleset, result, records) -> None:
    by_item: dict[str, list] = {}
    for m in result.mismatches:
        if m.what in ruleset.labels:
            by_item.setdefault(m.what, []).append(m)
    for item_id in ruleset.item_ids:
        counts = result.per_item.get(item_id)
        if counts is None:
            continue
        judged = counts.tp + counts.fp + counts.fn + counts.tn
        wrong = by_item.get(item_id, [])
        mark = "✓" if not wrong else "✗"
        print(f"{mark} {item_id} {ruleset.labels[item_id]}: khớp {judged - len(wrong)}/{judged}")
        for m in wrong:
            file, record = records[m.sample]
            got = record.items.get(item_id)
            print(f"    {m.sample} ({file}): cán bộ ghi «{STATUS_VI.get(m.expected, m.expected)}», "
                  f"máy chấm «{STATUS_VI.get(m.got, m.got)}».")
            if got and got.note:
                print(f"      Ghi chú của máy: {got.note}")
            for ev in (got.evidence if got else [])[:3]:
                print(f"      Bằng chứng ({ev.where}): «{ev.text}»")
            if m.expected != "missing" and m.got == "missing" and not (got and got.evidence):
                print("      (Máy không thấy câu nào khớp 'any'/'context' của mục: xem lại cụm từ trong quy tắc.)")


def _print_other(result) -> None:
    other = [m for m in result.mismatches if m.what.startswith("số liệu ") or m.what in
             ("đơn vị", "số", "ngày", "người ký")]
    if not other:
        return
    print("\nSố liệu và thông tin văn bản khác nhau:")
    for m in other:
        print(f"    {m.sample} {m.what}: cán bộ ghi {_shown(m.expected)}, máy đọc được {_shown(m.got)}.")


def _shown(value) -> str:
    return "(trống)" if value is None else f"«{value}»"
