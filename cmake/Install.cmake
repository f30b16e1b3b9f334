# Installation in the places the desktop looks (GNUInstallDirs), and a Debian package
# (`cpack -G DEB`). Included last by the top-level CMakeLists.txt, once every target exists.

include(GNUInstallDirs)
# Debian keeps a package's documents under share/doc/<package>; GNUInstallDirs' DOCDIR uses
# the project name, and may already be cached by a package's config that included it first.
set(BRIEFING_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/briefing-viewer)

# `cmake --install` and cpack install what has been built; they need not build the tests.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# The desktop id: the .desktop file, the AppStream component, the icon and the MIME package
# all carry it. The lead sets the same with QGuiApplication::setDesktopFileName().
set(BRIEFING_APP_ID org.briefingviewer.briefing)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS briefing RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${desktop_dir}/${BRIEFING_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop_dir}/${BRIEFING_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop_dir}/${BRIEFING_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${BRIEFING_APP_ID}.xml)
# The PNGs are rendered from the SVG once and committed (rsvg-convert -w N -h N), so the build
# needs no converter.
set(BRIEFING_ICON_SIZES 16 22 24 32 48 64 128 256)
foreach(size IN LISTS BRIEFING_ICON_SIZES)
    install(FILES ${desktop_dir}/icons/${BRIEFING_APP_ID}-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${BRIEFING_APP_ID}.png)
endforeach()
install(FILES ${desktop_dir}/icons/${BRIEFING_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${desktop_dir}/briefing.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES
        ${PROJECT_SOURCE_DIR}/README.md
        ${PROJECT_SOURCE_DIR}/docs/format.md
        ${PROJECT_SOURCE_DIR}/docs/import-export.md
        ${PROJECT_SOURCE_DIR}/resources/briefing.schema.json
    DESTINATION ${BRIEFING_INSTALL_DOCDIR})

# Debian package. Dependencies follow what the program links: each Qt module and library maps
# to Debian 12's runtime package, so a module added later (Charts, Svg, qpdf) is not forgotten.
# The platform plugins are loaded, not linked, so they are named explicitly.
set(BRIEFING_DEB_PACKAGES
    "Qt6::Core=libqt6core6"
    "Qt6::Gui=libqt6gui6"
    "Qt6::Widgets=libqt6widgets6"
    "Qt6::Charts=libqt6charts6"
    "Qt6::Svg=libqt6svg6"
    "Qt6::PrintSupport=libqt6printsupport6"
    "Qt6::Pdf=libqt6pdf6"
    "Qt6::Network=libqt6network6"
    "qpdf::libqpdf=libqpdf29")
set(deb_depends "libc6, libstdc++6 (>= 12), qt6-qpa-plugins (>= 6.4)")
set(linked "")
foreach(target IN ITEMS briefing briefing_gui briefing_export briefing_map briefing_timeline
        briefing_models briefing_formats briefing_document)
    if(TARGET ${target})
        get_target_property(libs ${target} LINK_LIBRARIES)
        if(libs)
            list(APPEND linked ${libs})
        endif()
    endif()
endforeach()
list(REMOVE_DUPLICATES linked)
foreach(entry IN LISTS BRIEFING_DEB_PACKAGES)
    string(REPLACE "=" ";" pair "${entry}")
    list(GET pair 0 lib)
    list(GET pair 1 package)
    if(lib IN_LIST linked)
        if(lib MATCHES "^Qt6::")
            string(APPEND deb_depends ", ${package} (>= 6.4)")
        else()
            string(APPEND deb_depends ", ${package}")
        endif()
    endif()
endforeach()
foreach(lib IN LISTS linked)
    if(lib MATCHES "^(Qt6::|qpdf::)" AND NOT "${BRIEFING_DEB_PACKAGES}" MATCHES "${lib}=")
        message(WARNING "Install.cmake: no Debian package known for ${lib}; add it to BRIEFING_DEB_PACKAGES")
    endif()
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME briefing-viewer)
set(CPACK_PACKAGE_VENDOR "Briefing Viewer")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for diplomatic briefings")
set(CPACK_PACKAGE_DESCRIPTION
    "Briefing Viewer opens a diplomatic briefing (a JSON file) and shows the visit, its agenda, \
the tensions around it, the background, a timeline and a map, with the sources of every entry. \
It also reads TimelineJS and StoryMapJS files and GeoJSON map layers.")
set(CPACK_PACKAGE_CONTACT "Briefing Viewer maintainers <maintainers@users.noreply.r-seed-76bca9b4.example>"
    CACHE STRING "Maintainer of the Debian package")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${deb_depends}")
# Qt's own Persian strings for the standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)

if(BRIEFING_BUILD_TESTS)
    string(REPLACE ";" "," icon_sizes "${BRIEFING_ICON_SIZES}")
    # Installs into a temporary root and builds the package, then checks that every file is
    # where the desktop looks and that the desktop entry and metainfo validate.
    add_test(NAME install_tree
        COMMAND ${CMAKE_COMMAND}
            -DBUILD_DIR=${PROJECT_BINARY_DIR}
            -DWORK=${PROJECT_BINARY_DIR}/install-tree-check
            -DAPP_ID=${BRIEFING_APP_ID}
            -DICON_SIZES=${icon_sizes}
            "-DDEPENDS=${deb_depends}"
            -DCPACK=${CMAKE_CPACK_COMMAND}
            -P ${PROJECT_SOURCE_DIR}/tests/check_install_tree.cmake)
    set_tests_properties(install_tree PROPERTIES TIMEOUT 300)
endif()
