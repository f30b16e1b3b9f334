#!/usr/bin/env bash
# Fails when the build found something that a fresh Debian machine would not have after
# tools/setup: every package config folder, library, header folder and program that configure
# wrote into CMakeCache.txt is looked up with `dpkg -S`, and its package must be listed by
# tools/setup, be pulled in by a listed package's Depends or Pre-Depends (followed as apt
# would, without Recommends), or be part of Debian's base system (Essential, and apt).
#
# usage: check-setup-packages.sh SETUP_SCRIPT CMAKE_CACHE [SETUP_OPTION...]
#   SETUP_OPTION (for example --fuzz) is passed to `SETUP_SCRIPT --list`.
set -euo pipefail
export LC_ALL=C

setup=$1
cache=$2
shift 2
command -v dpkg-query >/dev/null || { echo "dpkg-query is missing: this check runs on Debian"; exit 1; }
[[ -r $cache ]] || { echo "$cache: cannot read the CMake cache (configure first)"; exit 1; }

listed=$("$setup" --list "$@")
[[ -n $listed ]] || { echo "$setup --list $*: lists no package"; exit 1; }

# Every installed package: its name, whether it is essential, what it provides and depends on.
declare -A installed essential provider depends
# Fields are split on the unit separator: tabs would merge where a field is empty.
us=$'\x1f'
while IFS=$us read -r name is_essential provides pre_depends plain_depends; do
    installed[$name]=1
    [[ $is_essential == yes ]] && essential[$name]=1
    depends[$name]="$pre_depends, $plain_depends"
    IFS=',' read -ra provided <<<"$provides"
    for virtual in "${provided[@]}"; do
        virtual=${virtual%%(*}; virtual=${virtual// /}
        [[ -n $virtual ]] && provider[$virtual]=${provider[$virtual]:-$name}
    done
done < <(dpkg-query -W -f="\${db:Status-Status}$us\${Package}$us\${Essential}$us\${Provides}$us\${Pre-Depends}$us\${Depends}\n" |
    sed -n "s/^installed$us//p")

# The installed package that satisfies one dependency: the first alternative that is installed,
# by its own name or as a provider of a virtual package.
satisfier() {
    local alternative name
    IFS='|' read -ra alternatives <<<"$1"
    for alternative in "${alternatives[@]}"; do
        name=${alternative%%(*}; name=${name%%:*}; name=${name// /}
        if [[ -n ${installed[$name]:-} ]]; then echo "$name"; return; fi
        if [[ -n ${provider[$name]:-} ]]; then echo "${provider[$name]}"; return; fi
    done
}

# Packages reachable from the roots through Depends and Pre-Depends.
declare -A reached
reach() {
    local queue=("$@") name dependency next
    while ((${#queue[@]})); do
        name=${queue[0]}
        queue=("${queue[@]:1}")
        [[ -n ${reached[$name]:-} || -z ${installed[$name]:-} ]] && continue
        reached[$name]=1
        IFS=',' read -ra dependencies <<<"${depends[$name]}"
        for dependency in "${dependencies[@]}"; do
            [[ -z ${dependency// /} ]] && continue
            next=$(satisfier "$dependency")
            if [[ -n $next && -z ${reached[$next]:-} ]]; then queue+=("$next"); fi
        done
    done
}

not_installed=()
for package in $listed; do
    [[ -n ${installed[$package]:-} ]] || not_installed+=("$package")
done
if ((${#not_installed[@]})); then
    echo "tools/setup lists packages that are not installed here: ${not_installed[*]} (run it first)"
    exit 1
fi
# shellcheck disable=SC2086
reach $listed "${!essential[@]}" apt

# What configure found: the cache's paths and files outside the source and build trees. A
# package config folder stands for the config files in it; another folder (such as
# /usr/include) is satisfied by any package that owns it.
source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
build_dir=$(sed -n 's/^CMAKE_CACHEFILE_DIR:INTERNAL=//p' "$cache")
# Entries that CMake's own find modules fill in when the machine happens to have the file, and
# that nothing here needs (configure on a new Debian root leaves them NOTFOUND): FindOpenGL
# looks for EGL and GLU beside the OpenGL and GLX that Qt asks for, and FindPkgConfig for
# pkg-config, which Qt's optional xkbcommon lookup would use. CMAKE_LINKER names lld when it is
# there, but CMake links through the compiler driver, which uses binutils' ld.
optional_entries=" OPENGL_egl_LIBRARY OPENGL_glu_LIBRARY PKG_CONFIG_EXECUTABLE CMAKE_LINKER "
declare -A found_as
while IFS='=' read -r key value; do
    [[ -z $value || $value == *NOTFOUND || $value != /* ]] && continue
    [[ $value == "$source_dir"/* || $value == "$build_dir"/* || $value == "$build_dir" ]] && continue
    entry=${key%%:*}
    [[ $optional_entries == *" $entry "* ]] && continue
    [[ -e $value ]] || continue
    # A symbolic link's own package is what provides it (libGL.so comes with libgl-dev, the
    # library it points to with libgl1); links that no package owns, such as
    # /usr/bin/c++ through /etc/alternatives, are followed to their target.
    path=$value
    if [[ -L $path ]] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
        path=$(readlink -f "$value")
    fi
    if [[ -d $path ]]; then
        configs=("$path"/*[Cc]onfig.cmake "$path"/*-config.cmake)
        existing=()
        for config in "${configs[@]}"; do [[ -f $config ]] && existing+=("$config"); done
        if ((${#existing[@]})); then
            for config in "${existing[@]}"; do found_as[$config]="$entry (file)"; done
            continue
        fi
        found_as[$path]="$entry (folder)"
    else
        found_as[$path]="$entry (file)"
    fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "$cache")

((${#found_as[@]})) || { echo "$cache: no path found in the cache"; exit 1; }

declare -A owners
while IFS= read -r line; do
    [[ $line == diversion* ]] && continue
    path=${line#*: }
    packages=${line%%: *}
    owners[$path]=$packages
done < <(dpkg-query -S "${!found_as[@]}" 2>/dev/null || true)

failures=0
checked=0
for path in $(printf '%s\n' "${!found_as[@]}" | sort); do
    checked=$((checked + 1))
    entry=${found_as[$path]}
    if [[ -z ${owners[$path]:-} ]]; then
        if [[ $entry == *"(folder)" ]]; then continue; fi
        echo "FAIL: $path (${entry% *} in $cache) belongs to no Debian package: a fresh machine would not have it"
        failures=$((failures + 1))
        continue
    fi
    satisfied=""
    candidates=()
    IFS=',' read -ra packages <<<"${owners[$path]}"
    for package in "${packages[@]}"; do
        package=${package// /}; package=${package%%:*}
        candidates+=("$package")
        [[ -n ${reached[$package]:-} ]] && satisfied=$package
    done
    if [[ -z $satisfied ]]; then
        echo "FAIL: tools/setup misses ${candidates[*]}: it owns $path (${entry% *} in $cache), and no package that tools/setup lists depends on it"
        failures=$((failures + 1))
    fi
done

echo "checked $checked files and folders from $cache against the ${#reached[@]} packages that" \
    "tools/setup${*:+ $*} brings"
if ((failures)); then
    echo "$failures found by configure would be missing on a fresh machine: add their packages to tools/setup"
    exit 1
fi
