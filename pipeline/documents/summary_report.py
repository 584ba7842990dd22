"""The district's own summary report (báo cáo sơ kết/tổng kết của huyện), drafted from the units'
records: pure.

The outline is the directive's (the rules' `sections`, each with its text items): for each item,
how many units reported it and the best results quoted from their evidence, each quote named
with its unit; the commendation figures as totals by award and by cluster/bloc, the ratios
computed from totals; sections with nothing to compile are left for the office to write.
Every number comes from the units' figures, and the annex (Phụ lục, landscape) lists which unit
gave what from which document. Rules of counting:
  - a unit is counted once: cluster/bloc reports (unit type "cluster") already total their
    members, so they are listed in the annex but never added to the totals;
  - only current, on-subject reports count (supersede.py; an off-subject file gives nothing);
  - figures a plausibility warning names are marked "cần xác minh" and (*) in the annex;
  - units with no figures (or no report) are named;
  - a ratio (K4/K5) is never an average of percentages: each unit's stated ratio is turned back
    into people with the unit's own count of individual awards (RATIO_BASE), the people are
    summed, and the district ratio is that sum over the summed base.
Period, outline and names come from the rules, so another directive needs no code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.documents.model import BLANK, BLANK_DATE_LINE, BLANK_NAME, OfficialDocument, Para, Run, Table
from tdkt.pipeline.documents.letters import Issuer, date_line
from tdkt.pipeline.overrides import final_status
from tdkt.pipeline.documents.standing import UnitStanding, document_phrase, outline, standings
from tdkt.pipeline.output.table import NO_CLUSTER, _figure_labels

FILE_NAME = "du-thao-bao-cao-so-ket.docx"
# The individual awards a unit's K4/K5 percentage is a share of ("tỷ lệ cá nhân ... được tặng danh
# hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen"): the unit's count of them turns its
# percentage back into people. Giấy khen also counts collectives; the draft says the base is an
# award count.
RATIO_BASE = ("lao_dong_tien_tien", "chien_si_thi_dua_co_so", "giay_khen")
QUOTES_PER_ITEM = 3
QUOTE_LIMIT = 320
VERIFY = "cần xác minh"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def report_issuer(**values) -> Issuer:
    """The district's report is issued by UBND huyện and signed for it (defaults; configurable)."""
    base = dict(parent="", body="ỦY BAN NHÂN DÂN\nHUYỆN TÂY SƠN", symbol="BC-UBND", body_name="UBND huyện",
                principal="UBND huyện", authority=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                copies=["Ban Thi đua - Khen thưởng tỉnh;", "TT Huyện ủy, TT HĐND huyện;", "CT, các PCT UBND huyện;",
                        "Thành viên Hội đồng Thi đua - Khen thưởng huyện;", "Lưu: VT, NV."])
    base.update({k: v for k, v in values.items() if v})
    return Issuer(**base)


# --- figures -------------------------------------------------------------------------------

@dataclass
class RatioFact:
    value: float | None  # percent, one decimal; None when no unit gave both a ratio and a base
    people: float  # the ratio's people, summed over the units counted
    base: int  # their individual awards, summed
    units: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # gave a ratio but no award count


@dataclass
class FigureFacts:
    keys: list[str]  # count figures with any value, in sheet order
    ratio_keys: list[str]
    labels: dict[str, str]
    contributors: list[UnitStanding]  # submitted, on subject, not a cluster report
    cluster_reports: list[UnitStanding]
    totals: dict[str, int | float]
    counted: dict[str, list[str]]  # figure → units that gave it
    by_cluster: dict[str, dict[str, int | float]]
    flagged: dict[str, dict[str, list[str]]]  # unit name → figure → the warnings naming it
    ratios: dict[str, RatioFact]
    no_figures: list[str]  # contributors with no figure at all
    not_submitted: list[str]


def _phrases(key: str, labels: dict[str, str], ruleset) -> list[str]:
    spec = ((ruleset.raw.get("figures") or {}).get(key) or {}) if isinstance(ruleset.raw.get("figures"), dict) else {}
    names = {labels.get(key, key), str(spec.get("label") or "")}
    out = []
    for name in names:
        name = re.sub(r"\s*\(%\)$", "", name).strip()
        name = re.sub(r"^t[ỷỉ] lệ\s+", "", name, flags=re.I)
        if name:
            out.append(name.casefold())
    return out


def flagged_figures(record, keys: list[str], labels: dict[str, str], ruleset) -> dict[str, list[str]]:
    """Which figures of the record a plausibility warning names (by the figure's words)."""
    found: dict[str, list[str]] = {}
    for warning in record.warnings:
        low = warning.casefold()
        for key in keys:
            if key in record.figures and any(p in low for p in _phrases(key, labels, ruleset)):
                found.setdefault(key, []).append(warning)
    return found


def _value(record, key):
    v = record.figures.get(key)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def figure_facts(all_units: list[UnitStanding], ruleset) -> FigureFacts:
    submitted = [s for s in all_units if s.submitted]
    contributors = [s for s in submitted if s.type != "cluster"]
    clusters = [s for s in submitted if s.type == "cluster"]
    labels, ratio_set = _figure_labels(ruleset, [s.record for s in submitted])
    present = {k for s in submitted for k in s.record.figures if _value(s.record, k) is not None}
    keys = [k for k in labels if k not in ratio_set and k in present]
    ratio_keys = [k for k in labels if k in ratio_set and k in present]
    totals, counted, by_cluster, flagged = {}, {}, {}, {}
    for s in contributors:
        cluster = s.cluster or NO_CLUSTER
        bucket = by_cluster.setdefault(cluster, {})
        for k in keys:
            v = _value(s.record, k)
            if v is None:
                continue
            totals[k] = totals.get(k, 0) + v
            bucket[k] = bucket.get(k, 0) + v
            counted.setdefault(k, []).append(s.name)
    for s in submitted:
        marks = flagged_figures(s.record, keys + ratio_keys, labels, ruleset)
        if marks:
            flagged[s.name] = marks
    ratios = {k: _ratio(k, contributors) for k in ratio_keys}
    no_figures = [s.name for s in contributors
                  if not any(_value(s.record, k) is not None for k in keys + ratio_keys)]
    not_submitted = [s.name for s in all_units if s.in_roster and not s.submitted]
    return FigureFacts(keys, ratio_keys, labels, contributors, clusters, totals, counted, by_cluster, flagged,
                       ratios, no_figures, not_submitted)


def _ratio(key: str, contributors: list[UnitStanding]) -> RatioFact:
    fact = RatioFact(None, 0.0, 0)
    for s in contributors:
        pct = _value(s.record, key)
        if pct is None:
            continue
        base = sum(_value(s.record, b) or 0 for b in RATIO_BASE)
        if base <= 0:
            fact.left_out.append(s.name)
            continue
        fact.people += pct / 100 * base
        fact.base += int(base)
        fact.units.append(s.name)
    if fact.base:
        fact.value = round(100 * fact.people / fact.base, 1)
    return fact


def fmt(value) -> str:
    """Vietnamese number: 1.234 for thousands, 72,5 for decimals."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.1f}".split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


# --- quotes --------------------------------------------------------------------------------

def best_quotes(item_id: str, units: list[UnitStanding], limit: int = QUOTES_PER_ITEM) -> list[tuple[str, str, str]]:
    """(unit, quote, where) of the strongest evidence for the item, one per unit: reported in
    full before partly, a sentence with figures before one without, then the fuller sentence."""
    found = []
    for order, s in enumerate(units):
        result = s.record.items.get(item_id) if s.record else None
        if result is None or final_status(result) == "missing" or not result.evidence:
            continue
        ev = max(result.evidence, key=lambda e: (bool(re.search(r"\d", e.text)), min(len(e.text), QUOTE_LIMIT)))
        text = " ".join(ev.text.split())
        if len(text) < 25:
            continue
        score = (final_status(result) == "present", bool(re.search(r"\d", text)), min(len(text), QUOTE_LIMIT), -order)
        found.append((score, s.name, _clip(text), ev.where))
    found.sort(key=lambda x: x[0], reverse=True)
    return [(name, text, where) for _, name, text, where in found[:limit]]


def _clip(text: str) -> str:
    if len(text) <= QUOTE_LIMIT:
        return text
    cut = text[:QUOTE_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


# --- the document --------------------------------------------------------------------------

def _bare(label: str) -> str:
    """A ratio's label without the "(%)" the spreadsheet's column adds."""
    return re.sub(r"\s*\(%\)$", "", label)


def _names(names: list[str]) -> str:
    return ", ".join(names)


def _figures_section(facts: FigureFacts, number: int) -> list:
    blocks: list = [Para.of(f"{number}. Tổng hợp số liệu khen thưởng", "h2")]
    if not facts.keys and not facts.ratio_keys:
        blocks.append(Para.of("Báo cáo của các đơn vị chưa có số liệu khen thưởng để tổng hợp."))
        return blocks
    n = len(facts.contributors)
    blocks.append(Para.of(f"Số liệu dưới đây cộng từ báo cáo của {n} cơ quan, đơn vị, địa phương (mỗi đơn vị tính "
                          f"một lần; số liệu trong báo cáo của cụm, khối thi đua là tổng của các thành viên nên không "
                          f"cộng thêm). Chi tiết từng đơn vị tại Phụ lục."))
    blocks.append(Para.of("a) Theo danh hiệu, hình thức khen thưởng", "h3"))
    rows = []
    for k, key in enumerate(facts.keys, start=1):
        marked = [u for u, marks in facts.flagged.items() if key in marks
                  and u in {s.name for s in facts.contributors}]
        note = f"Có số liệu {VERIFY}: {_names(marked)}" if marked else ""
        rows.append([str(k), facts.labels[key], fmt(facts.totals.get(key)), str(len(facts.counted.get(key, []))), note])
    blocks.append(Table(["STT", "Danh hiệu, hình thức", "Tổng số", "Số đơn vị có số liệu", "Ghi chú"], rows,
                        widths_cm=[1.2, 5.3, 2.2, 2.6, 5.2], numeric_cols={2, 3}))
    blocks.append(Para.of("b) Theo cụm, khối thi đua", "h3"))
    keys = facts.keys
    width = (16.5 - 4.5) / max(len(keys), 1)
    rows = [[cluster, *[fmt(values.get(k)) for k in keys]] for cluster, values in facts.by_cluster.items()]
    rows.append(["Toàn huyện", *[fmt(facts.totals.get(k)) for k in keys]])
    blocks.append(Table(["Cụm, khối thi đua", *[facts.labels[k] for k in keys]], rows,
                        widths_cm=[4.5, *[width] * len(keys)], total_rows={len(rows) - 1},
                        numeric_cols=set(range(1, len(keys) + 1))))
    if facts.ratio_keys:
        blocks.append(Para.of("c) Tỷ lệ cá nhân được khen thưởng", "h3"))
    for key in facts.ratio_keys:
        r = facts.ratios[key]
        label = _bare(facts.labels[key])
        if r.value is None:
            text = f"{label}: chưa tính được (không đơn vị nào nêu cả tỷ lệ và số cá nhân được khen)."
        else:
            text = (f"{label}: {fmt(r.value)}%, tính từ tổng số: khoảng {fmt(round(r.people))} trên "
                    f"{fmt(r.base)} lượt cá nhân được tặng danh hiệu, Giấy khen của {len(r.units)} đơn vị có đủ "
                    f"số liệu (không lấy bình quân các tỷ lệ).")
        if r.left_out:
            text += f" Chưa tính được vào tỷ lệ chung (có tỷ lệ, thiếu số cá nhân được khen): {_names(r.left_out)}."
        blocks.append(Para.of(text))
    flagged = [(u, marks) for u, marks in facts.flagged.items()]
    if flagged:
        parts = [f"{u} ({', '.join(_bare(facts.labels.get(k, k)) for k in marks)})" for u, marks in flagged]
        blocks.append(Para([Run(f"Số liệu {VERIFY} (đánh dấu (*) tại Phụ lục): ", bold=True),
                            Run("; ".join(parts) + ".")]))
    if facts.no_figures:
        blocks.append(Para.of(f"Báo cáo không có số liệu khen thưởng: {_names(facts.no_figures)}."))
    if facts.not_submitted:
        blocks.append(Para.of(f"Chưa có số liệu do chưa gửi báo cáo: {_names(facts.not_submitted)}."))
    return blocks


def _figure_home(ruleset, out_line) -> str | None:
    """The section the commendation figures belong under: that of the items the figures prove."""
    specs = ruleset.raw.get("figures") if isinstance(ruleset.raw.get("figures"), dict) else {}
    items = {str((spec or {}).get("item")) for spec in specs.values() if isinstance(spec, dict)}
    for sid, label, ids in out_line.sections:
        if items & set(ids):
            return sid
    for sid, label, _ in out_line.sections:
        if "khen thưởng" in label.casefold() and sid not in out_line.plan_sections:
            return sid
    return None


def _annex(facts: FigureFacts, all_units: list[UnitStanding], issuer: Issuer) -> list:
    keys = facts.keys + facts.ratio_keys
    fixed = 1.2 + 4.0 + 4.0 + 3.4
    width = round((25.2 - fixed) / max(len(keys), 1), 2)
    header = ["STT", "Cơ quan, đơn vị, địa phương", *[facts.labels[k] for k in keys], "Nguồn số liệu", "Ghi chú"]
    rows: list[list[str]] = []
    groups, totals = set(), set()
    stt = 0
    blank = [""] * len(keys)
    by_cluster: dict[str, list[UnitStanding]] = {}
    for s in all_units:
        if s.type != "cluster":
            by_cluster.setdefault(s.cluster or NO_CLUSTER, []).append(s)
    for cluster, members in by_cluster.items():
        groups.add(len(rows))
        rows.append([cluster, *blank, "", "", ""][: len(header)])
        for s in members:
            stt += 1
            rows.append([str(stt), s.name, *_cells(s, keys, facts), *_source(s, keys, facts)])
        if cluster in facts.by_cluster:
            totals.add(len(rows))
            values = facts.by_cluster[cluster]
            rows.append(["", f"Cộng {cluster}", *[fmt(values.get(k)) if k in facts.keys else "" for k in keys],
                         "", ""])
    if facts.cluster_reports:
        groups.add(len(rows))
        rows.append(["Báo cáo của cụm, khối thi đua (là tổng của các thành viên: không cộng vào tổng toàn huyện)",
                     *blank, "", "", ""][: len(header)])
        for s in facts.cluster_reports:
            stt += 1
            rows.append([str(stt), s.name, *_cells(s, keys, facts), *_source(s, keys, facts)])
    totals.add(len(rows))
    rows.append(["", f"Toàn huyện ({len(facts.contributors)} đơn vị)",
                 *[fmt(facts.totals.get(k)) if k in facts.keys else
                   (fmt(facts.ratios[k].value) if facts.ratios[k].value is not None else "") for k in keys], "",
                 "Tỷ lệ: tính từ tổng số" if facts.ratio_keys else ""])
    return [
        Para.of("Phụ lục", "annex"),
        Para.of("SỐ LIỆU THI ĐUA, KHEN THƯỞNG DO CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG BÁO CÁO", "annex_title"),
        Para.of(f"(Kèm theo Báo cáo số {BLANK}/{issuer.symbol} {BLANK_DATE_LINE} của {issuer.body_name})", "annex_sub"),
        Table(header, rows, widths_cm=[1.2, 4.0, *[width] * len(keys), 4.0, 3.4], group_rows=groups,
              total_rows=totals, numeric_cols=set(range(2, 2 + len(keys)))),
        Para.of(f"(*) Số liệu {VERIFY}: cảnh báo khi kiểm tra báo cáo (tỷ lệ ngoài 0-100%, số Chiến sĩ thi đua cơ sở "
                f"vượt ngưỡng so với Lao động tiên tiến, tỷ lệ nêu không khớp số liệu kèm theo...).", "note"),
    ]


def _cells(s: UnitStanding, keys: list[str], facts: FigureFacts) -> list[str]:
    if not s.submitted:
        return [""] * len(keys)
    marks = facts.flagged.get(s.name, {})
    return [(fmt(_value(s.record, k)) + (" (*)" if k in marks else "")) if _value(s.record, k) is not None else ""
            for k in keys]


def _source(s: UnitStanding, keys: list[str], facts: FigureFacts) -> list[str]:
    if s.record is None:
        return ["", "Chưa nộp báo cáo"]
    if not s.submitted:
        return [f"{document_phrase(s.record)}", "Không đúng nội dung: không lấy số liệu"]
    notes = []
    marks = facts.flagged.get(s.name, {})
    if marks:
        notes.append(f"{VERIFY.capitalize()}: " + " ".join(dict.fromkeys(w for ws in marks.values() for w in ws)))
    if s.name in facts.no_figures:
        notes.append("Báo cáo không có số liệu")
    if not s.in_roster:
        notes.append("Không có trong danh sách đơn vị")
    return [f"{document_phrase(s.record)} ({s.record.file})", "\n".join(notes)]


def build_summary(records, ruleset, roster, issuer: Issuer | None = None) -> OfficialDocument:
    issuer = issuer or report_issuer()
    out_line = outline(ruleset)
    all_units = standings(records, roster, ruleset)
    facts = figure_facts(all_units, ruleset)
    submitted = [s for s in all_units if s.submitted]
    members = [s for s in submitted if s.type != "cluster"]
    expected = [s for s in all_units if s.in_roster]
    late = [s.name for s in submitted if (s.record.days_late or 0) > 0
            or (s.record.items.get("T1") is not None and s.record.items["T1"].status == "missing")]
    body: list = [
        Para.of("(Dự thảo do tdkt tổng hợp từ báo cáo của các đơn vị; cơ quan thường trực rà soát, hoàn chỉnh trước "
                "khi trình ký)", "note"),
        Para.of(f"Thực hiện hướng dẫn về {out_line.subject}, trên cơ sở báo cáo của các cụm, khối thi đua và các cơ "
                f"quan, đơn vị, địa phương, {issuer.principal} báo cáo kết quả như sau:"),
        Para.of(f"Đã nhận báo cáo của {sum(1 for s in expected if s.submitted)}/{len(expected)} cơ quan, đơn vị, "
                f"địa phương và cụm, khối thi đua"
                + (f" ({len([s for s in submitted if s.type == 'cluster'])} báo cáo của cụm, khối thi đua)" if
                   any(s.type == "cluster" for s in submitted) else "") + "."
                + (f" Chưa gửi báo cáo: {_names(facts.not_submitted)}." if facts.not_submitted else "")
                + (f" Gửi sau thời hạn: {_names(late)}." if late else "")),
    ]
    figure_home = _figure_home(ruleset, out_line)
    for k, (sid, label, ids) in enumerate(out_line.sections):
        body.append(Para.of(f"{ROMAN[k] if k < len(ROMAN) else k + 1}. {label.upper()}", "h1"))
        number = 0
        for item_id in ids:
            number += 1
            body.append(Para.of(f"{number}. {out_line.labels.get(item_id, item_id)}", "h2"))
            body.extend(_item_blocks(item_id, members, submitted))
        if sid == figure_home:
            body.extend(_figures_section(facts, number + 1))
        elif not ids:
            body.append(Para.of(f"(Phần này {issuer.principal} bổ sung; báo cáo của các đơn vị không có mục tương ứng "
                                f"để tổng hợp.)", "note"))
    if figure_home is None:
        body.append(Para.of(f"{ROMAN[len(out_line.sections)]}. SỐ LIỆU KHEN THƯỞNG", "h1"))
        body.extend(_figures_section(facts, 1))
    body.append(Para.of(f"Trên đây là báo cáo {out_line.subject} của {issuer.principal}./."))
    title = out_line.subject[:1].upper() + out_line.subject[1:]
    fields = {
        "co_quan_chu_quan": issuer.parent, "co_quan_ban_hanh": issuer.body,
        "so_ky_hieu": f"{BLANK}/{issuer.symbol}", "dia_danh_ngay": date_line(issuer), "ten_loai": "BÁO CÁO",
        "trich_yeu": title, "noi_nhan": [f"- {c}" for c in issuer.copies], "tham_quyen": list(issuer.authority),
        "nguoi_ky": BLANK_NAME,
    }
    return OfficialDocument("bao-cao", FILE_NAME, fields, body, _annex(facts, all_units, issuer), annex_landscape=True)


def _item_blocks(item_id: str, members: list[UnitStanding], submitted: list[UnitStanding]) -> list:
    reported = [s for s in members if s.record.items.get(item_id) is not None
                and final_status(s.record.items[item_id]) != "missing"]
    partly = [s for s in reported if final_status(s.record.items[item_id]) == "partial"]
    silent = [s.name for s in members if s not in reported]
    text = f"Có {len(reported)}/{len(members)} cơ quan, đơn vị, địa phương báo cáo nội dung này"
    text += f" ({len(partly)} đơn vị báo cáo chưa đầy đủ)." if partly else "."
    blocks: list = [Para.of(text)]
    for name, quote, where in best_quotes(item_id, submitted):
        blocks.append(Para([Run(f"- {name}: ", bold=True), Run(f"«{quote}»", italic=True), Run(f" ({where})")],
                           "quote"))
    if silent and reported:
        blocks.append(Para.of(f"Chưa báo cáo nội dung này: {_names(silent)}.", "body"))
    return blocks
