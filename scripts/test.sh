#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite. Fails when a test fails or none ran.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_HOME="$(mktemp -d -t tdkt-prefect-XXXX)"
# LibreOffice, Chromium and poppler see only the fonts setup.sh installs, so the suite never
# depends on fonts installed by hand (a fresh machine renders the same PDFs).
export FONTCONFIG_FILE="$PWD/scripts/fonts-setup-only.conf"
.venv/bin/python -m pytest -q "$@"
