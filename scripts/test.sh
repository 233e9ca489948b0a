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

# The extractor's quality floor on the team's gold annotations, when they are beside us
# (../shared, or wherever $KG_SHARED says).
SHARED="${KG_SHARED:-../shared}"
if [ -d "$SHARED/gold/dev" ] && [ -d "$SHARED/corpus/devblog/_posts" ]; then
  .venv/bin/kg eval "$SHARED/gold/dev" --posts "$SHARED/corpus/devblog/_posts" \
      --min-entity-f1 "${KG_MIN_ENTITY_F1:-0.80}" --min-relation-f1 "${KG_MIN_RELATION_F1:-0.55}"
fi
