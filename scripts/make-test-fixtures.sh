#!/usr/bin/env bash
# Regenerates the synthetic-portrait fixtures used by the loader tests, with the project's shared
# generator (../shared/bench/make_portrait.py). The same arguments always give the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=${MAKE_PORTRAIT:-../shared/bench/make_portrait.py}
out=Tests/PortraitCoreTests/Fixtures/formats
mkdir -p "$out"
rows=150
seed=11
python3 "$gen" $rows "$out/fr-comma-utf8.csv" --seed $seed
python3 "$gen" $rows "$out/en-comma-utf8.csv" --seed $seed --lang en
python3 "$gen" $rows "$out/fr-semicolon-bom-crlf.csv" --seed $seed --delimiter ';' --encoding utf-8-sig --crlf
python3 "$gen" $rows "$out/en-tab-utf8.tsv" --seed $seed --lang en --delimiter tab
python3 "$gen" $rows "$out/fr-semicolon-cp1252.csv" --seed $seed --delimiter ';' --encoding cp1252
python3 "$gen" $rows "$out/fr-comma-title-rows.csv" --seed $seed --title-rows 2
python3 "$gen" $rows "$out/en-semicolon-cp1252-crlf-title.csv" --seed $seed --lang en --delimiter ';' --encoding cp1252 --crlf --title-rows 1
python3 "$gen" $rows "$out/fr-tab-bom.tsv" --seed $seed --delimiter tab --encoding utf-8-sig
# UTF-16 with BOM, as some spreadsheet programs save "Unicode text".
python3 - "$out/fr-comma-utf8.csv" "$out/fr-comma-utf16le.csv" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
open(sys.argv[2], "w", encoding="utf-16", newline="").write(text)
PY
ls -la "$out"
