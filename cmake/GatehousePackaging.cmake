# Installation layout (FHS) and a Debian package built with CPack: `cpack -G DEB` in the build directory.
include(GNUInstallDirs)

set(GATEHOUSE_APP_ID io.github.gatehouse.Gatehouse)
# Everything links system libraries only: no RPATH (qt_standard_project_setup would add $ORIGIN/../lib).
foreach(target gatehouse gatehouse-sandbox)
    if(TARGET ${target})
        set_target_properties(${target} PROPERTIES INSTALL_RPATH "")
    endif()
endforeach()
if(TARGET gatehouse)
    install(TARGETS gatehouse RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET gatehouse-sandbox)
    install(TARGETS gatehouse-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES resources/${GATEHOUSE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/${GATEHOUSE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/app.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${GATEHOUSE_APP_ID}.svg)

set(CPACK_PACKAGE_NAME gatehouse)
set(CPACK_PACKAGE_VENDOR "The Gatehouse developers")
set(CPACK_PACKAGE_CONTACT "The Gatehouse developers <gatehouse@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage who can reach your Scalingo for PostgreSQL databases")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The sandbox drives a local PostgreSQL cluster and makes its TLS certificate with openssl; the SVG icons need the
# Qt SVG image plugin, which shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "postgresql-15 | postgresql (>= 15), openssl, qt6-svg-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
