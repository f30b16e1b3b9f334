#!/usr/bin/env bash
# Kills the program at random moments during 50 PDF exports and checks what is left where it
# was writing: no file, the previous file byte for byte, or a complete PDF that pdfinfo
# accepts; never a partial file, and no stray temporary file beside it.
#
# usage: export-kill.sh BRIEFING_BINARY [EXPORTS]
set -uo pipefail

binary=$1
exports=${2:-50}
command -v pdfinfo >/dev/null || { echo "pdfinfo is not installed (tools/setup installs poppler-utils)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$work/out"
chmod 700 "$XDG_RUNTIME_DIR"
target=$work/out/briefing.pdf

# One whole export first: the previous file, and how long an export takes.
start=$(date +%s%N)
"$binary" --lang fa --export-pdf "$target" >/dev/null 2>&1 || { echo "the first export failed"; exit 1; }
duration_ms=$((($(date +%s%N) - start) / 1000000))
cp "$target" "$work/previous.pdf"
echo "one export takes $duration_ms ms; killing $exports exports at random moments within it"

failures=0 kept=0 complete=0 none=0
RANDOM=20251127 # the same moments on every run
for ((i = 1; i <= exports; i++)); do
    # Every fourth export starts with no file there, the others over the previous one.
    if ((i % 4 == 0)); then rm -f "$target"; else cp "$work/previous.pdf" "$target"; fi
    had_file=$([[ -f $target ]] && echo yes || echo no)
    delay_ms=$((RANDOM % (duration_ms * 11 / 10 + 1)))
    language=$([[ $((i % 2)) -eq 0 ]] && echo en || echo fa)
    "$binary" --lang "$language" --export-pdf "$target" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null

    stray=$(find "$work/out" -mindepth 1 ! -path "$target")
    if [[ -n $stray ]]; then
        echo "FAIL export $i (killed after $delay_ms ms): stray files: $stray"
        failures=$((failures + 1))
    fi
    if [[ ! -e $target ]]; then
        if [[ $had_file == yes ]]; then
            echo "FAIL export $i (killed after $delay_ms ms): the previous file is gone"
            failures=$((failures + 1))
        fi
        none=$((none + 1))
    elif cmp -s "$target" "$work/previous.pdf"; then
        kept=$((kept + 1))
    elif pdfinfo "$target" >/dev/null 2>&1; then
        complete=$((complete + 1))
    else
        echo "FAIL export $i (killed after $delay_ms ms): a partial file, $(stat -c %s "$target") bytes"
        failures=$((failures + 1))
    fi
done
echo "$exports exports killed: $kept left the previous file, $complete finished, $none left no file; $failures failures"
[[ $failures -eq 0 ]]
