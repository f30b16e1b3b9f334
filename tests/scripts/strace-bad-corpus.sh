#!/usr/bin/env bash
# Loads, shows (--screenshot), exports (--export-pdf) and checks (--check) every file of the
# hostile corpus under `strace -f -e trace=openat` and fails when the program tries to open any
# file outside an allowlist: the input, the screenshot or PDF it was asked to write (and the
# folder it writes in), its own settings, fonts, Qt's plugins and translations, shared
# libraries, locale and time-zone data, /proc, /sys, /dev/null and /dev/urandom. Failed
# attempts count too: trying to open /dev/zero is already a surprise.
#
# usage: strace-bad-corpus.sh BRIEFING_BINARY CORPUS_DIR [FILES...]
set -uo pipefail

binary=$1
corpus=$2
shift 2
command -v strace >/dev/null || { echo "strace is not installed (tools/setup installs it)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings, caches and runtime files go to the scratch folder, which is allowed as a whole.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

allowed_prefixes=(
    "$work/"
    /usr/lib/ /lib/ /lib64/ /etc/ld.so.                         # the loader and libraries, Qt plugins
    /etc/fonts/ /usr/share/fonts /var/cache/fontconfig/         # fontconfig
    /usr/share/fontconfig/ /usr/local/share/fonts
    :/non-existent   # Qt probes this resource-style name relative to the working folder; it never exists
    /usr/share/qt6/ /usr/lib/x86_64-linux-gnu/qt6/              # Qt's translations and plugins
    /usr/share/locale/ /usr/lib/locale/ /usr/share/X11/locale/ # locale data
    /usr/share/zoneinfo/ /etc/localtime
    /usr/share/mime/ /usr/share/icons/ /usr/share/pixmaps/      # QMimeDatabase, icon theme lookup
    /proc/ /sys/
    /dev/null /dev/urandom
)

allowed() {
    local path=$1 input=$2
    [[ $path == "$input" ]] && return 0
    [[ $path == "$work" ]] && return 0 # the export's safe write opens the folder it writes in
    [[ $path == "$binary" || $path == "$(dirname "$binary")"/* ]] && return 0
    # The loader looks for each library along its search path, relative entries included.
    [[ $(basename "$path") == lib*.so* ]] && return 0
    local prefix
    for prefix in "${allowed_prefixes[@]}"; do
        [[ $path == "$prefix"* ]] && return 0
    done
    return 1
}

if [[ $# -gt 0 ]]; then files=("$@"); else files=("$corpus"/*.briefing.json); fi
failures=0
for input in "${files[@]}"; do
    input=$(realpath "$input")
    for mode in show export check; do
        log=$work/strace.log
        if [[ $mode == show ]]; then
            args=("$input" --screenshot "$work/shot.png")
        elif [[ $mode == export ]]; then
            args=("$input" --export-pdf "$work/out.pdf")
        else
            args=(--check "$input")
        fi
        timeout 60 strace -f -qq -e trace=openat -e signal=none -o "$log" "$binary" "${args[@]}" \
            >"$work/out.txt" 2>&1
        status=$?
        # 0: shown or valid; 1: --check found problems; 2: the window refused the file. A crash
        # (>128) or the timeout (124) is a failure of its own.
        if [[ $status -ge 124 ]]; then
            echo "FAIL $mode $(basename "$input"): exit status $status"
            sed -n 1,20p "$work/out.txt"
            failures=$((failures + 1))
        fi
        while IFS= read -r path; do
            if ! allowed "$path" "$input"; then
                echo "FAIL $mode $(basename "$input"): opened $path"
                failures=$((failures + 1))
            fi
        done < <(sed -n 's/.*openat([^"]*"\([^"]*\)".*/\1/p' "$log" | sort -u)
        rm -f "$work/shot.png" "$work/out.pdf"
    done
done
echo "${#files[@]} files, shown, exported and checked: $failures surprises"
[[ $failures -eq 0 ]]
