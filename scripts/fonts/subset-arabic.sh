#!/usr/bin/env bash
# Regenerates app/_fonts/*-core.woff2 (decision 111, "Core Arabic files"): the Arabic block
# (U+0600-06FF) and the joiners of fontsource's Arabic subsets, every OpenType layout feature
# kept (joining, marks, ligatures). Run after upgrading @fontsource/noto-*-arabic; the
# results are committed, so neither builds nor CI need fonttools.
#   apt-get install -y python3-fonttools python3-brotli && scripts/fonts/subset-arabic.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
src=node_modules/@fontsource
out=app/_fonts
subset() {
  /usr/bin/python3 -m fontTools.subset "$1" --unicodes="U+0600-06FF,U+200C-200E" --layout-features='*' \
    --name-IDs='*' --name-languages='*' --flavor=woff2 --output-file="$2"
  echo "$2: $(stat -c %s "$1") → $(stat -c %s "$2") bytes"
}
subset "$src/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2" "$out/noto-naskh-arabic-400-core.woff2"
subset "$src/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2" "$out/noto-naskh-arabic-700-core.woff2"
subset "$src/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2" "$out/noto-kufi-arabic-700-core.woff2"
cp "$src/noto-naskh-arabic/LICENSE" "$out/LICENSE-noto-naskh-arabic.txt"
cp "$src/noto-kufi-arabic/LICENSE" "$out/LICENSE-noto-kufi-arabic.txt"
