#!/usr/bin/env bash
# The main job on the bundled sample posts: build, statistics, saved questions, export.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
KG=".venv/bin/kg"
OUT="${KG_DEMO_OUT:-demo-output}"
mkdir -p "$OUT"

echo "== kg build data/samples"
"$KG" build data/samples --store "$OUT/store" --quiet || [ $? -eq 3 ]
echo
echo "== kg stats"
"$KG" stats --store "$OUT/store"
for q in speakers software-by-event affiliations software-relations; do
  echo
  echo "== kg query $q"
  "$KG" query "$q" --store "$OUT/store"
done
echo
"$KG" export --store "$OUT/store" -f turtle -o "$OUT/graph.ttl"
if "$KG" export --help | grep -q html; then
  "$KG" export --store "$OUT/store" -f html -o "$OUT/graph.html"
fi
echo "The graph is in $OUT/store; open $OUT/graph.html in a browser to explore it."
