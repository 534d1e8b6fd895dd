#!/usr/bin/env bash
# Installs what Tenure needs to build, run and test on Debian 12 / Ubuntu 22.04+.
# Idempotent: only missing packages are installed. Works as root or through sudo.
#   installer/install-deps.sh            build + run + test dependencies
#   installer/install-deps.sh --runtime  only what the console needs at run time
set -euo pipefail

runtime_only=false
[[ "${1:-}" == "--runtime" ]] && runtime_only=true

runtime_pkgs=(
  libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql
  libqt6svg6 qt6-qpa-plugins libqt6keychain1 libsecret-1-0 libspdlog1.10 libldap-2.5-0
  slapd ldap-utils openssl
)
build_pkgs=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libldap-dev
  libssl-dev qt6-httpserver-dev qt6-websockets-dev
  zlib1g-dev   # the XLSX export's ZIP (deflate, CRC-32)
)
test_pkgs=(
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools
  poppler-utils   # pdftotext: tst_planpdf reads the PDF export back
  nodejs npm   # the SCIM test peer (tests/servers/scim: scimmy + scimmy-routers)
  # A real AD domain controller for the `ad` tests. samba-ad-provision is only a Recommends of
  # samba-ad-dc, and --no-install-recommends leaves it out: without it provisioning fails.
  samba-ad-dc samba-ad-provision
  # A real PostgreSQL for the `sql` tests (PostgresFixture) and Qt's driver to reach it.
  postgresql libqt6sql6-psql
  # clang with libFuzzer and the sanitizer runtimes, for the `fuzz` tests (tests/fuzz).
  clang-14 libclang-rt-14-dev
)

pkgs=("${runtime_pkgs[@]}")
$runtime_only || pkgs+=("${build_pkgs[@]}" "${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  # A Node.js from elsewhere (NodeSource) bundles npm and conflicts with Debian's npm package:
  # a working command is enough.
  if [[ $p == nodejs || $p == npm ]] && command -v "${p/nodejs/node}" >/dev/null; then
    continue
  fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is already installed"
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
# Without this preseed slapd creates a dc=nodomain database with an empty password;
# Tenure starts its own slapd instances and needs none from the package.
echo 'slapd slapd/no_configuration boolean true' | "${SUDO[@]}" debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
