#!/usr/bin/env bash
# The PDF of the built-in briefing, as `briefing --export-pdf` writes it, stays under 500 KB
# (500,000 bytes) in each language: small enough to mail, and a sign that the fonts are
# subset and the figures stay vectors.
#
# usage: export-size.sh BRIEFING_BINARY [LIMIT_BYTES]
set -uo pipefail

binary=$1
limit=${2:-500000}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

status=0
for lang in en az fa; do
    pdf=$work/briefing-$lang.pdf
    if ! "$binary" --lang "$lang" --export-pdf "$pdf" >/dev/null 2>&1 || [[ ! -s $pdf ]]; then
        echo "$lang: the export failed"
        status=1
        continue
    fi
    size=$(stat -c %s "$pdf")
    if ((size < limit)); then
        echo "$lang: $size bytes, under $limit"
    else
        echo "$lang: $size bytes, over the limit of $limit"
        status=1
    fi
done
exit $status
