"""`tdkt rules check FILE...` and `tdkt rules test FILE --samples DIR`: the clerk's tools for a
new directive's rules.

`check` validates rules files, figures files and roster CSVs against rules/schema.py and prints
"Hợp lệ" or every problem with its file, line and key (exit 0 / 1). `test` judges the reports of
a labelled folder (DIR/labels/*.yaml + DIR/inbox/, the samples' label format) with the rules and
shows, item by item, where the engine and the clerk disagree, with the engine's note and evidence
(exit 0 when they agree everywhere, 1 otherwise). Judging and comparing are pipeline.evaluate's;
loading and validation rules.loader's. `draft DIRECTIVE` reads a directive (DOCX, PDF, text) with
tdkt's extractors and writes the draft rules file and roster pipeline/rules_draft/ makes of it.
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
    draft = cmd.add_parser("draft", help="Lập bản nháp tệp quy tắc và danh sách đơn vị từ văn bản hướng dẫn (DOCX, PDF, văn bản).")
    draft.add_argument("directive", metavar="VĂN_BẢN", help="văn bản hướng dẫn sơ kết, tổng kết")
    draft.add_argument("--out", metavar="TỆP.yaml", help="tệp quy tắc nháp (mặc định: TÊN.nhap.yaml ở thư mục hiện tại)")
    draft.add_argument("--roster-out", metavar="TỆP.csv", help="danh sách đơn vị nháp (mặc định: TÊN.nhap-don-vi.csv)")
    draft.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    draft.set_defaults(func=run_draft)


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


def run_draft(args) -> int:
    from tdkt.pipeline.rules_draft import draft_from_text
    from tdkt.pipeline.rules_draft.render import render_roster, render_rules
    from tdkt.rules.loader import file_problems

    source = Path(args.directive)
    try:
        text = _directive_text(source)
    except OSError as exc:
        print(f"Không đọc được {source}: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"Không đọc được {source}: {exc}", file=sys.stderr)
        return 2
    draft = draft_from_text(text)
    if not any(i.kind != "form" for i in draft.items):
        print(f"Không thấy đề cương nội dung nào trong {source} (các phần «I.», «1.», gạch đầu dòng).", file=sys.stderr)
        return 1
    out = Path(args.out or f"{source.stem}.nhap.yaml")
    roster_out = Path(args.roster_out or f"{source.stem}.nhap-don-vi.csv")
    for target in (out, roster_out):
        if target.exists() and not args.force:
            print(f"Tệp {target} đã có; dùng --force để ghi đè hoặc chọn tên khác.", file=sys.stderr)
            return 2
    out.write_text(render_rules(draft, source.name), encoding="utf-8")
    roster_out.write_text(render_roster(draft), encoding="utf-8")
    _print_draft(draft, out, roster_out)
    bad = 0
    for target in (out, roster_out):
        what, problems = file_problems(target)
        print(f"Kiểm tra {target}: " + ("hợp lệ." if not problems else f"{len(problems)} lỗi."))
        for p in problems:
            print(f"  - {p}")
        bad += bool(problems)
    return 1 if bad else 0


def _directive_text(path: Path) -> str:
    """The directive's text: a plain-text file as it is, anything else through tdkt's extractors."""
    from tdkt.extractors import ExtractionError, extract, sniff

    if sniff(path) in ("text", "unknown"):  # sniff reads a head that may cut a UTF-8 letter in two
        try:
            return path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValueError("tệp văn bản không theo mã UTF-8; lưu lại dạng UTF-8, DOCX hoặc PDF.") from None
    try:
        return extract(path).text
    except ExtractionError as exc:
        raise ValueError(exc.message) from None


def _print_draft(draft, out: Path, roster_out: Path) -> None:
    content = [i for i in draft.items if i.section != "form"]
    default, by_type = draft.deadline_by_type()
    kind = draft.kind or "chưa rõ loại báo cáo"
    period = (f"6 tháng {'đầu' if draft.half == 1 else 'cuối'} năm {draft.year}" if draft.half
              else f"năm {draft.year}" if draft.year else "chưa rõ kỳ")
    print(f"Bản nháp: {kind}, {period}; {len(draft.sections)} phần, {len(content)} mục nội dung "
          f"({len(draft.movements)} phong trào), {len(draft.figures)} số liệu.")
    if default:
        from tdkt.rules.schema import UNIT_TYPE_NAMES

        extra = "; ".join(f"{UNIT_TYPE_NAMES.get(t, t)}: {d:%d/%m/%Y}" for t, d in by_type.items())
        print(f"Hạn nộp: {default:%d/%m/%Y}" + (f" ({extra})" if extra else "") + ".")
    else:
        print("Không thấy hạn nộp trong văn bản.")
    print(f"Đã ghi {out} và {roster_out}. Đây là bản nháp: xem lại từng mục (câu nguồn ghi kèm), "
          f"thêm cách nói khác của đơn vị, thay các nhóm trong danh sách bằng tên đơn vị.")


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
    _print_other(result, records, samples / "inbox", ruleset)
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


def _print_other(result, records=None, inbox=None, ruleset=None) -> None:
    other = [m for m in result.mismatches if m.what.startswith("số liệu ") or m.what in
             ("đơn vị", "số", "ngày", "người ký")]
    if not other:
        return
    print("\nSố liệu và thông tin văn bản khác nhau:")
    sources: dict[str, dict] = {}
    for m in other:
        print(f"    {m.sample} {m.what}: cán bộ ghi {_shown(m.expected)}, máy đọc được {_shown(m.got)}.")
        if m.what.startswith("số liệu ") and m.got is not None and records and m.sample in records:
            from tdkt.pipeline.figures.sources import figure_sources

            file, record = records[m.sample]
            if m.sample not in sources:  # the sentence the number came from (the record keeps values only)
                sources[m.sample] = figure_sources(inbox / file, ruleset, record.unit.type)
            for ev in sources[m.sample].get(m.what[len("số liệu "):], [])[:3]:
                print(f"      Máy đọc từ ({ev.where}): «{ev.text}»")


def _shown(value) -> str:
    return "(trống)" if value is None else f"«{value}»"
