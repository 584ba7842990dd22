#!/usr/bin/env bash
# Sets everything up, then runs the main job on the bundled sample inbox as a Prefect flow with
# Prefect's embedded default (no server to start). The spreadsheet lands in out/compliance.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# git does not keep file times: give the sample files back their receipt times (T1 uses them
# when a report's date is blank). Only the times change, never the contents.
.venv/bin/python samples/make_samples.py --touch >/dev/null
.venv/bin/tdkt run samples/inbox --out out
# What the office sends next, from the same results: reminder letters and the draft of the
# district's summary report (DOCX, Nghị định 30 layout) in out/van-ban/.
.venv/bin/tdkt letters --out out
.venv/bin/tdkt draft-report --out out
