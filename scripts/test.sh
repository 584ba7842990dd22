#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite. Fails when a test fails or none ran.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_HOME="$(mktemp -d -t tdkt-prefect-XXXX)"
.venv/bin/python -m pytest -q "$@"
