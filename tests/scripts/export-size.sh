#!/usr/bin/env bash
# The PDF of the built-in briefing, as `briefing --export-pdf` writes it, stays under 500 KB
# (500,000 bytes): small enough to mail, and a sign that the fonts are subset and the figures
# stay vectors thinned for paper.
#
# usage: export-size.sh BRIEFING_BINARY [LANG=LIMIT_BYTES ...]   (default: 500000 each)
set -uo pipefail

binary=$1
shift
declare -A limits=([en]=500000 [az]=500000 [fa]=500000)
for pair in "$@"; do
    limits[${pair%%=*}]=${pair#*=}
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

status=0
for lang in en az fa; do
    limit=${limits[$lang]}
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
