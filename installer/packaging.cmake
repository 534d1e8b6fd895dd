# CPack: a .deb for Debian/Ubuntu (`cmake --build --preset release --target package`).
# dpkg-shlibdeps finds the libraries the executables link; what Qt and Qt Keychain load at run time
# (SQL drivers, platform plugins, the Secret Service client) is invisible to it and listed here.
set(CPACK_PACKAGE_NAME "tenure")
set(CPACK_PACKAGE_VENDOR "Tenure")
set(CPACK_PACKAGE_CONTACT "Tenure maintainers <maintainers@tenure.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, libsecret-1-0, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "slapd, ldap-utils, openssl")
install(FILES ${CMAKE_CURRENT_LIST_DIR}/tenure.desktop DESTINATION share/applications)
# The demo's local directory starter, for admins who want a throwaway OpenLDAP to try Tenure on.
install(PROGRAMS ${CMAKE_CURRENT_LIST_DIR}/local-ldap.sh DESTINATION share/tenure RENAME tenure-local-ldap)
include(CPack)
