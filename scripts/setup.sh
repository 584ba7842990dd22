#!/usr/bin/env bash
# Sets up tdkt on a fresh Debian/Ubuntu machine. Safe to run again: it only installs what is missing.
#   - system packages: Tesseract OCR with Vietnamese data, LibreOffice without GUI (for .doc),
#     poppler-utils (pdftoppm, used to look at the rendered spreadsheet)
#   - for the test suite's producer matrix (samples/producers.py): four font families of real
#     variety (Liberation: no full Vietnamese; DejaVu, Noto Serif, TeX Gyre Termes: full) and the
#     other PDF producers: Chromium (headless print-to-PDF; ~350 MB installed with its deps, the
#     largest package here), Ghostscript (pdfwrite) and qpdf (object-stream rewrite)
#   - a virtual environment in .venv with tdkt and its test dependencies
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  fonts-dejavu-core fonts-liberation fonts-noto-core fonts-texgyre
  chromium ghostscript qpdf zip
  postgresql)  # tests/test_postgres.py: a throwaway PostgreSQL for Prefect's database (with psql, pg_dump)
missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  # "installed", not merely known to dpkg (a removed package keeps its config files)
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Cài gói hệ thống: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "== Tạo môi trường Python (.venv)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.tdkt-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "== Cài tdkt và thư viện"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi
echo "== Sẵn sàng: .venv/bin/tdkt"
