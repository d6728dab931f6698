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

# Debian policy: compressed man pages, a copyright file and a changelog (gzip -n: reproducible, no timestamp).
set(GATEHOUSE_DEB_DOCS)
foreach(doc gatehouse.1 gatehouse-sandbox.1 changelog)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/debian/${doc}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/debian
        COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/resources/debian/${doc} > ${PROJECT_BINARY_DIR}/debian/${doc}.gz
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/${doc} VERBATIM)
    list(APPEND GATEHOUSE_DEB_DOCS ${PROJECT_BINARY_DIR}/debian/${doc}.gz)
endforeach()
add_custom_target(gatehouse_deb_docs ALL DEPENDS ${GATEHOUSE_DEB_DOCS})
install(FILES ${PROJECT_BINARY_DIR}/debian/gatehouse.1.gz ${PROJECT_BINARY_DIR}/debian/gatehouse-sandbox.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES resources/debian/copyright ${PROJECT_BINARY_DIR}/debian/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gatehouse)

set(CPACK_PACKAGE_NAME gatehouse)
set(CPACK_PACKAGE_VENDOR "The Gatehouse developers")
set(CPACK_PACKAGE_CONTACT "The Gatehouse developers <gatehouse@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage who can reach your Scalingo for PostgreSQL databases")
set(CPACK_PACKAGE_DESCRIPTION "A desktop dashboard for the access side of Scalingo for PostgreSQL databases:
firewall rules, database users and extensions, for people who are not database
experts. Includes a local sandbox (gatehouse-sandbox) that speaks Scalingo's
APIs over a PostgreSQL cluster of its own.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Run-time dependencies that dpkg-shlibdeps cannot see, worked out from what the packaged programs load, not guessed:
# run them (the app: offscreen, on the sign-in page and through `--sandbox`; the sandbox: until its cluster is up)
# under `strace -f -e trace=openat,execve`, keep the files that opened, and map each to its package with `dpkg -S`
# (scripts/package-deps.sh does exactly this and prints the packages beyond shlibdeps). On Debian 12:
#   sqldrivers/libqsqlpsql.so              libqt6sql6-psql   the sandbox's QPSQL driver (dlopen'ed by QtSql)
#   sqldrivers/libqsqlite.so               libqt6sql6-sqlite the app's change history (QSQLITE, dlopen'ed by QtSql)
#   imageformats/libqsvg.so, iconengines/  libqt6svg6        the SVG icons (qt6-svg-plugins after Debian 12)
#   platforms/libqxcb.so, libqoffscreen    libqt6gui6        (shlibdeps: the app links QtGui)
#   tls/libqopensslbackend.so              libqt6network6    (shlibdeps: the app links QtNetwork)
#   /usr/lib/postgresql/15/bin/{initdb,pg_ctl,postgres}  postgresql-15  the sandbox's cluster
#   /usr/bin/openssl                       openssl           the sandbox's TLS certificate
#   /usr/sbin/runuser                      util-linux        (essential) the cluster runs as postgres under root
# Recommended: a Secret Service for the keychain (without one the app keeps the token in memory for the session),
# Qt's own French translations, the Wayland platform plugin (without it Qt uses X11/XWayland).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-psql, libqt6sql6-sqlite, qt6-svg-plugins | libqt6svg6, postgresql-15 | postgresql (>= 15), openssl")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | libkf5wallet-bin, qt6-translations-l10n, qt6-wayland")
# Stripped binaries in the main package, their debug information in gatehouse-dbgsym (a .ddeb, found by build id).
# CPack strips while it moves the debug information (no CPACK_STRIP_FILES: it would leave nothing to move).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_GENERATOR DEB)
include(CPack)
