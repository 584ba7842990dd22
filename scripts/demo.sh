#!/usr/bin/env bash
# Sets everything up, then runs the main job on the bundled sample inbox with Prefect's
# embedded default (no server to start). The spreadsheet lands in out/compliance.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Keep Prefect's state inside the project, never in the user's ~/.prefect.
export PREFECT_HOME="${PREFECT_HOME:-$PWD/.tdkt-home/prefect}"
.venv/bin/tdkt run samples/inbox --out out
