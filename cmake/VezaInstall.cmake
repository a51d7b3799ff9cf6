# SPDX-License-Identifier: MIT
# Desktop integration and the .deb: what `cmake --install` and `cpack` add to the rules in ui/ and app/cli/
# (veza-task-monitor, its .desktop file and scalable icon; veza-task-cli and its man page).
# Translations need no install rule: the .qm files are compiled into the binaries (app/CMakeLists.txt, :/i18n).
include(GNUInstallDirs)

set(VEZA_APP_ID veza-task-monitor)
set(VEZA_METAINFO_ID org.vezataskmonitor.VezaTaskMonitor)
set(VEZA_ICON_SIZES 16 32 48 64 128 256)

install(TARGETS veza-task-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/${VEZA_METAINFO_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/docs/veza-task-monitor.1
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Help › User Guide opens it from here (ui/userguide.cpp); OPTIONAL until the guide is written.
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/veza-task-monitor OPTIONAL)

# PNG icons rendered from the SVG at build time by a tiny Qt::Svg tool: one source of truth, nothing binary committed.
find_package(Qt6 REQUIRED COMPONENTS Svg)
qt_add_executable(veza-render-icon ${PROJECT_SOURCE_DIR}/resources/tools/rendericon.cpp)
target_link_libraries(veza-render-icon PRIVATE Qt6::Gui Qt6::Svg veza_hygiene)
set_target_properties(veza-render-icon PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)
set(veza_icon_dir ${CMAKE_BINARY_DIR}/icons/hicolor)
set(veza_icon_pngs "")
foreach(size IN LISTS VEZA_ICON_SIZES)
    list(APPEND veza_icon_pngs ${veza_icon_dir}/${size}x${size}/apps/${VEZA_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${veza_icon_pngs}
    COMMAND veza-render-icon ${PROJECT_SOURCE_DIR}/resources/${VEZA_APP_ID}.svg ${veza_icon_dir} ${VEZA_APP_ID}
        ${VEZA_ICON_SIZES}
    DEPENDS veza-render-icon ${PROJECT_SOURCE_DIR}/resources/${VEZA_APP_ID}.svg
    COMMENT "Rendering the application icon to PNG"
    VERBATIM)
add_custom_target(veza_icons ALL DEPENDS ${veza_icon_pngs})
foreach(size IN LISTS VEZA_ICON_SIZES)
    install(FILES ${veza_icon_dir}/${size}x${size}/apps/${VEZA_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The .deb: `cpack` in the build directory, after a build: cpack (and tests/tst_install) must not start one.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${VEZA_APP_ID})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Veza Task Monitor developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "A desktop app and a command-line tool that poll Veza async tasks until they\
 complete, with notifications, result browsing and exports; and a simulator of the Veza endpoint for tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(VEZA_DEB_MAINTAINER "Veza Task Monitor maintainers <maintainers@users.noreply.r-seed-a3c220e5.example>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VEZA_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Libraries from dpkg-shlibdeps; plugins loaded at run time (SVG icons, SQLite store) are not linked, so listed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# API keys live in the Secret Service; one of these provides it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
include(CPack)
