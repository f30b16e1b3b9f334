# Run by the install_tree test: installs the build into a temporary root with DESTDIR, builds
# the Debian package and unpacks it, and checks in both trees that every file is where the
# desktop looks for it; then validates the desktop entry, the metainfo and the MIME glob with
# the desktop's own tools (desktop-file-utils, appstream, shared-mime-info).
cmake_minimum_required(VERSION 3.25)

string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

set(failures "")
macro(fail message)
    list(APPEND failures "${message}")
endmacro()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " command "${ARGN}")
        message(FATAL_ERROR "`${command}` failed (${rc}):\n${out}\n${err}")
    endif()
    set(run_output "${out}${err}" PARENT_SCOPE)
endfunction()

foreach(tool desktop-file-validate appstreamcli update-mime-database dpkg-deb)
    find_program(${tool}_path ${tool})
    if(NOT ${tool}_path)
        message(FATAL_ERROR "${tool} is missing: run tools/setup")
    endif()
endforeach()

set(expected
    bin/briefing
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/${APP_ID}.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/briefing.1
    share/doc/briefing-viewer/README.md
    share/doc/briefing-viewer/format.md)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

function(check_tree root label)
    foreach(file IN LISTS expected)
        if(NOT EXISTS "${root}/usr/${file}")
            list(APPEND failures "${label}: /usr/${file} is missing")
        endif()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

# 1. cmake --install with DESTDIR, as a distribution's build would.
set(ENV{DESTDIR} "${WORK}/destdir")
run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr)
unset(ENV{DESTDIR})
set(root "${WORK}/destdir")
check_tree("${root}" "cmake --install")

if(NOT IS_DIRECTORY "${root}/usr/share/applications")
    message(FATAL_ERROR "nothing was installed")
endif()
execute_process(COMMAND desktop-file-validate "${root}/usr/share/applications/${APP_ID}.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    fail("desktop-file-validate: ${out}${err}")
endif()
execute_process(COMMAND appstreamcli validate --no-net --pedantic
        "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    fail("appstreamcli validate: ${out}${err}")
endif()
# The desktop entry names the icon, the MIME type and the program that were installed.
file(READ "${root}/usr/share/applications/${APP_ID}.desktop" entry)
foreach(line "Icon=${APP_ID}" "Exec=briefing %f" "MimeType=application/x-briefing+json;"
        "Name[az]=" "Name[fa]=" "Comment[az]=" "Comment[fa]=")
    string(FIND "${entry}" "\n${line}" at)
    if(at LESS 0)
        fail("the desktop entry lacks ${line}")
    endif()
endforeach()
# What a double click asks: which type has *.briefing.json? The MIME database built from the
# installed package answers.
run(update-mime-database "${root}/usr/share/mime")
file(READ "${root}/usr/share/mime/globs2" globs)
if(NOT globs MATCHES "[0-9]+:application/x-briefing\\+json:\\*\\.briefing\\.json")
    fail("the MIME database has no glob *.briefing.json for application/x-briefing+json")
endif()
if(NOT EXISTS "${root}/usr/share/mime/application/x-briefing+json.xml")
    fail("the MIME database lacks application/x-briefing+json")
endif()

# 2. The Debian package, unpacked as dpkg would.
run(${CPACK} -G DEB -B "${WORK}/package" --config "${BUILD_DIR}/CPackConfig.cmake")
file(GLOB packages "${WORK}/package/*.deb")
list(LENGTH packages count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} packages: ${packages}")
endif()
run(dpkg-deb -x "${packages}" "${WORK}/unpacked")
check_tree("${WORK}/unpacked" "cpack -G DEB")
run(dpkg-deb -f "${packages}" Depends)
string(STRIP "${run_output}" depends)
foreach(package libqt6core6 libqt6gui6 libqt6widgets6 qt6-qpa-plugins)
    if(NOT depends MATCHES "(^|, )${package}( |,|$)")
        fail("the package does not depend on ${package}: ${depends}")
    endif()
endforeach()
if(NOT depends STREQUAL DEPENDS)
    fail("the package's Depends (${depends}) differ from the configured ones (${DEPENDS})")
endif()
run(dpkg-deb -f "${packages}" Package Version Architecture)
message(STATUS "package: ${run_output}Depends: ${depends}")

if(failures)
    list(REMOVE_ITEM failures "")
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "install tree check failed:\n  ${text}")
endif()
message(STATUS "install tree check passed")
