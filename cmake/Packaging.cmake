# Installation rules and the Debian package (tools/package runs cpack -G DEB).
# The package holds the program, its French man page, bash completion and the
# documentation; the référentiel and forms are inside the binary.
include(GNUInstallDirs)

install(TARGETS siofill RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# `siofill serve` execs it (src/CMakeLists.txt says why it is a program of its own).
install(TARGETS siofill-web RUNTIME DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/siofill")

# Debian policy wants manual pages and changelogs compressed with gzip -9n (no
# name or time stamp inside, so that the package is reproducible).
find_program(GZIP_PROGRAM gzip REQUIRED)
function(siofill_gzip_file source output)
  add_custom_command(OUTPUT "${output}"
    COMMAND "${GZIP_PROGRAM}" -9nc "${source}" > "${output}"
    DEPENDS "${source}" VERBATIM)
endfunction()
set(SIOFILL_PACKAGING_DIR "${CMAKE_CURRENT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${SIOFILL_PACKAGING_DIR}")
# The man page's command and option lists come from the program's own --help.
add_custom_command(OUTPUT "${SIOFILL_PACKAGING_DIR}/siofill.1"
  COMMAND "${CMAKE_COMMAND}" "-DSIOFILL=$<TARGET_FILE:siofill>" "-DTEMPLATE=${PROJECT_SOURCE_DIR}/docs/man/siofill.1.in"
          "-DOUTPUT=${SIOFILL_PACKAGING_DIR}/siofill.1" "-DVERSION=${PROJECT_VERSION}"
          -P "${PROJECT_SOURCE_DIR}/cmake/make_manpage.cmake"
  DEPENDS siofill "${PROJECT_SOURCE_DIR}/docs/man/siofill.1.in" "${PROJECT_SOURCE_DIR}/cmake/make_manpage.cmake"
  VERBATIM)
siofill_gzip_file("${SIOFILL_PACKAGING_DIR}/siofill.1" "${SIOFILL_PACKAGING_DIR}/siofill.1.gz")
siofill_gzip_file("${PROJECT_SOURCE_DIR}/packaging/changelog" "${SIOFILL_PACKAGING_DIR}/changelog.gz")
add_custom_target(siofill_packaging_files ALL
  DEPENDS "${SIOFILL_PACKAGING_DIR}/siofill.1.gz" "${SIOFILL_PACKAGING_DIR}/changelog.gz")

install(FILES "${SIOFILL_PACKAGING_DIR}/siofill.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/bash-completion/siofill"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/packaging/copyright"
              "${SIOFILL_PACKAGING_DIR}/changelog.gz"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")
file(GLOB SIOFILL_DOC_PAGES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES ${SIOFILL_DOC_PAGES} DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs")
install(FILES "${PROJECT_SOURCE_DIR}/referentiel/siofill-evidence-1.schema.json"
              "${PROJECT_SOURCE_DIR}/referentiel/siofill-sequences-1.schema.json"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/schemas")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME siofill)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Équipe siofill <siofill@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "remplit les formulaires officiels de l'examen du BTS SIO")
set(CPACK_PACKAGE_DESCRIPTION
  "siofill fills the official forms of the French BTS SIO exam (competence grid,\n synthesis table, activity sheets) from a student's evidence file, as PDF,\n XLSX, DOCX and Word flat XML, for one student or a whole class at once.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # siofill_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/siofill")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from the binary's shared libraries (dpkg-shlibdeps)
# The fonts the PDF writer embeds (pdf/font_catalog.cpp opens them by path):
# not linked, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-liberation, fonts-dejavu-core, fonts-wqy-microhei, fonts-symbola")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Files belong to root and have the modes Debian expects, whatever the umask of the builder.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
