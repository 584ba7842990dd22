"""Benchmark: tdkt's DOCX reader vs viparse on legacy-font (TCVN3, VNI) reports.

    .venv/bin/python bench/legacy_vs_viparse.py [--n 15] [--keep DIR]

Generates a 3-page half-year report (header table, headings in capitals, body paragraphs,
a data table, signature block) as DOCX three times: Unicode (Times New Roman), TCVN3 (runs
in .VnTime, capitals with tone marks and all-capital lines in .VnTimeH, the way ABC/Vietkey
typed them) and VNI (VNI-Times). The encoders below are written from the code charts,
independently of tdkt.extractors.legacy_encoding.

For each file and each reader it reports the median wall and CPU time of N reads (after one warm-up)
and faithfulness against the Unicode source: similarity (1 - normalised Levenshtein, via
rapidfuzz) of the letters-and-digits string, case-sensitive and case-folded, and the share of
source words recovered in order (difflib on word lists). Both outputs and the source go
through tdkt's compare_form first, so a tone-placement convention is not counted as an error.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

# ----------------------------------------------------------------------------- the report text

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 45/BC-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tây Vinh, ngày 20 tháng 6 năm 2023"]
TITLE = ["BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023"]
SENTENCES = [
    "Thực hiện Hướng dẫn số 12/HD-HĐTĐKT ngày 05 tháng 5 năm 2023 của Hội đồng Thi đua - Khen thưởng huyện, "
    "Ủy ban nhân dân xã báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu năm như sau.",
    "Công tác lãnh đạo, chỉ đạo được quan tâm thường xuyên; Đảng ủy, Ủy ban nhân dân xã đã ban hành kế hoạch "
    "phát động phong trào thi đua yêu nước gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
    "Phong trào \"Chung sức xây dựng nông thôn mới\" được nhân dân hưởng ứng tích cực, đóng góp hơn 1.250 ngày "
    "công và 320 triệu đồng để bê tông hóa đường giao thông nông thôn, kiên cố hóa kênh mương thủy lợi.",
    "Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" tiếp tục được duy trì; tỷ lệ hộ gia đình đạt "
    "danh hiệu gia đình văn hóa là 92,5%, có 7/8 thôn giữ vững danh hiệu thôn văn hóa.",
    "Việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến còn hạn chế; một số cá nhân, tập thể chưa "
    "chủ động đăng ký thi đua, hồ sơ đề nghị khen thưởng còn chậm so với thời gian quy định.",
    "Công tác khen thưởng bảo đảm chính xác, công khai, dân chủ, kịp thời; đã đề nghị cấp trên khen thưởng "
    "12 tập thể và 30 cá nhân, trong đó tỷ lệ người lao động trực tiếp được khen thưởng đạt 72,5%.",
    "Những từ ít gặp để kiểm tra bảng mã: khuỷu tay, lẵng hoa, ẵm con, tỵ nạn, Ỷ Lan, thuở ấy, ngoẹo đầu, "
    "quyết liệt, nguyễn, ưỡn ngực, ửng hồng, ựa, ỡm ờ, ởm, ẩn nấp, ẫm, ẽo ợt, ĩnh, ũng, ỹ, ỳ ạch, ỏn ẻn.",
    "Trong thời gian tới, Ủy ban nhân dân xã tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi "
    "đua, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
]
HEADINGS = ["I. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG", "1. Công tác lãnh đạo, chỉ đạo",
            "2. Kết quả các phong trào thi đua", "3. Công tác khen thưởng",
            "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", "III. ĐỀ XUẤT, KIẾN NGHỊ"]
TABLE = [["Danh hiệu, hình thức", "Tập thể", "Cá nhân"], ["Lao động tiên tiến", "", "25"],
         ["Chiến sĩ thi đua cơ sở", "", "3"], ["Giấy khen của Chủ tịch UBND huyện", "4", "11"]]
CLOSING_LEFT = ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."]
CLOSING_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


def body_lines() -> list[tuple[str, str]]:
    """(kind, text) for the body: about three A4 pages at 14 pt."""
    out: list[tuple[str, str]] = []
    for h, heading in enumerate(HEADINGS):
        out.append(("heading", heading))
        for k in range(5):
            out.append(("para", SENTENCES[(h * 3 + k) % len(SENTENCES)]))
        if h == 2:
            out.append(("table", ""))
    return out


# ----------------------------------------------------------------------------- encoders

_TONED = {"a": "aàảãáạ", "ă": "ăằẳẵắặ", "â": "âầẩẫấậ", "e": "eèẻẽéẹ", "ê": "êềểễếệ", "i": "iìỉĩíị",
          "o": "oòỏõóọ", "ô": "ôồổỗốộ", "ơ": "ơờởỡớợ", "u": "uùủũúụ", "ư": "ưừửữứự", "y": "yỳỷỹýỵ"}
# TCVN 5712:1993 (VN3): bytes of the plain, grave, hook, tilde, acute, dot-below forms.
_TCVN3 = {"a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
          "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
          "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
          "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
          "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
          "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE)}
TCVN3_LOWER = {letter: chr(_TCVN3[base][i]) for base, row in _TONED.items() for i, letter in enumerate(row)}
TCVN3_LOWER["đ"] = "\xae"
TCVN3_CAPS = {"Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}
# VNI Windows: base letter + mark; the i-family, ỵ, đ, ơ, ư are single characters.
_VNI = {"a": ("a", "aø", "aû", "aõ", "aù", "aï"), "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
        "â": ("aâ", "aà", "aå", "aã", "aá", "aä"), "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
        "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"), "i": ("i", "ì", "æ", "ó", "í", "ò"),
        "o": ("o", "oø", "oû", "oõ", "où", "oï"), "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
        "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"), "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
        "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"), "y": ("y", "yø", "yû", "yõ", "yù", "î")}
VNI = {letter: _VNI[base][i] for base, row in _TONED.items() for i, letter in enumerate(row)}
VNI["đ"] = "ñ"
VNI.update({k.upper(): v.upper() for k, v in list(VNI.items())})
_ASCII_PUNCT = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."}


def tcvn3_runs(text: str) -> list[tuple[str, str]]:
    """[(font, encoded text)]: an all-capitals line in .VnTimeH; else a toned capital gets a
    .VnTimeH run of its own, everything else .VnTime."""
    text = unicodedata.normalize("NFC", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return [(".VnTimeH", "".join(TCVN3_LOWER.get(c.lower(), _ASCII_PUNCT.get(c, c.lower())) for c in text))]
    runs: list[tuple[str, str]] = []
    for c in text:
        if c in TCVN3_CAPS:
            font, code = ".VnTime", TCVN3_CAPS[c]
        elif c.isupper() and c.lower() in TCVN3_LOWER and not c.isascii():
            font, code = ".VnTimeH", TCVN3_LOWER[c.lower()]
        else:
            font, code = ".VnTime", TCVN3_LOWER.get(c, _ASCII_PUNCT.get(c, c))
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + code)
        else:
            runs.append((font, code))
    return runs


def vni_runs(text: str) -> list[tuple[str, str]]:
    text = unicodedata.normalize("NFC", text)
    return [("VNI-Times", "".join(VNI.get(c, _ASCII_PUNCT.get(c, c)) for c in text))]


def unicode_runs(text: str) -> list[tuple[str, str]]:
    return [("Times New Roman", text)]


# ----------------------------------------------------------------------------- DOCX writer


def _add_runs(paragraph, text: str, encoder, bold: bool = False, italic: bool = False) -> None:
    from docx.oxml.ns import qn

    for font, chunk in encoder(text):
        # Word stores TCVN3's 0xAD ("ư") typed in old files as a soft hyphen element.
        pieces = chunk.split("\xad") if font.startswith(".Vn") else [chunk]
        for i, piece in enumerate(pieces):
            r = paragraph.add_run(piece)
            r.font.name, r.bold, r.italic = font, bold or None, italic or None
            if i < len(pieces) - 1:
                r._r.append(r._r.makeelement(qn("w:softHyphen"), {}))


def write_report(path: Path, encoder) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(14)
    header = d.add_table(rows=1, cols=2)
    for cell, lines in zip(header.rows[0].cells, (HEADER_LEFT, HEADER_RIGHT)):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            _add_runs(p, line, encoder, bold=line.isupper())
    for i, line in enumerate(TITLE):
        _add_runs(d.add_paragraph(), line, encoder, bold=True)
    for kind, text in body_lines():
        if kind == "table":
            t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            t.style = d.styles["Table Grid"]
            for r, row in enumerate(TABLE):
                for c, value in enumerate(row):
                    _add_runs(t.cell(r, c).paragraphs[0], value, encoder, bold=r == 0)
        else:
            _add_runs(d.add_paragraph(), text, encoder, bold=kind == "heading")
    closing = d.add_table(rows=1, cols=2)
    for cell, lines in zip(closing.rows[0].cells, (CLOSING_LEFT, CLOSING_RIGHT)):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            _add_runs(p, line, encoder, bold=line.isupper())
    d.save(str(path))


def source_text() -> str:
    lines = HEADER_LEFT + HEADER_RIGHT + TITLE
    for kind, text in body_lines():
        lines.extend([" ".join(row) for row in TABLE] if kind == "table" else [text])
    return "\n".join(lines + CLOSING_LEFT + CLOSING_RIGHT)


# ----------------------------------------------------------------------------- measuring


def _letters(text: str, fold: bool) -> str:
    from tdkt.pipeline.normalize import compare_form

    text = compare_form(text)
    text = "".join(c for c in text if c.isalnum())
    return text.casefold() if fold else text


def _words(text: str) -> list[str]:
    from tdkt.pipeline.normalize import compare_form

    return re.findall(r"\w+", compare_form(text))


def faithfulness(reference: str, got: str) -> dict[str, float]:
    from rapidfuzz.distance import Levenshtein

    ref_words, got_words = _words(reference), _words(got)
    matcher = difflib.SequenceMatcher(None, ref_words, got_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return {
        "chars": Levenshtein.normalized_similarity(_letters(reference, False), _letters(got, False)),
        "chars_nocase": Levenshtein.normalized_similarity(_letters(reference, True), _letters(got, True)),
        "words": matched / max(1, len(ref_words)),
    }


def read_tdkt(path: Path) -> str:
    from tdkt.extractors.docx_reader import read_docx

    return read_docx(path).text


def make_viparse():
    import viparse

    settings = viparse.load_settings()

    def read_viparse(path: Path) -> str:
        return viparse.load(str(path), output="text", settings=settings)[0].text

    return read_viparse


def median_ms(fn, path: Path, n: int) -> tuple[float, float]:
    """(wall, CPU) milliseconds, medians of n reads. CPU time is what to compare on a shared
    machine: wall time grows with everyone else's load, CPU time hardly does."""
    fn(path)  # warm-up: imports, caches
    wall, cpu = [], []
    for _ in range(n):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(path)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=15, help="reads per file and reader (median reported)")
    ap.add_argument("--keep", type=Path, help="write the generated DOCX files here instead of a temp dir")
    args = ap.parse_args(argv)

    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="tdkt-bench-legacy-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, encoder in (("unicode", unicode_runs), ("tcvn3", tcvn3_runs), ("vni", vni_runs)):
        files[name] = out_dir / f"report-3p.{name}.docx"
        write_report(files[name], encoder)
    reference = source_text()
    readers = {"tdkt": read_tdkt, "viparse": make_viparse()}

    print(f"{'file':<10} {'reader':<8} {'wall ms':>8} {'cpu ms':>8} {'chars':>7} {'nocase':>7} {'words':>7}")
    for name, path in files.items():
        for reader_name, fn in readers.items():
            wall, cpu = median_ms(fn, path, args.n)
            score = faithfulness(reference, fn(path))
            print(f"{name:<10} {reader_name:<8} {wall:8.1f} {cpu:8.1f} {score['chars']:7.4f} "
                  f"{score['chars_nocase']:7.4f} {score['words']:7.4f}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(median of {args.n} reads after a warm-up; {os.cpu_count()} CPUs, load average {load:.1f}; "
          f"files in {out_dir}; source {len(reference)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
