#!/usr/bin/env bash
# The whole test suite on a fresh machine: install, lint, tests, notebooks, quality floor.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The browser tests drive Debian's Chromium; a browser download is not possible here.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
      >/dev/null) || echo "test: could not install chromium; browser tests will be skipped" >&2
fi

.venv/bin/ruff check kg tests bench data
.venv/bin/python -m pytest "$@"
