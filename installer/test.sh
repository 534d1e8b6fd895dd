#!/usr/bin/env bash
# The README's second command: install what is needed, build with warnings as errors, and run
# every test (unit, ldap, keychain, gui, demo, …) with a virtual display, a session bus and an
# unlocked throwaway keyring, as CI does.
#   installer/test.sh [ctest arguments…]      e.g. installer/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

build_dir="$PWD/build/ci"
# A throwaway home keeps the tests' keyring, settings and logs away from the user's own.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_RUNTIME_DIR="$test_home/run" XDG_DATA_HOME="$test_home/data"
mkdir -p -m700 "$XDG_RUNTIME_DIR"

# Without dbus-run-session a keychain call under xvfb-run waits forever on a prompt nobody sees.
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c '
  echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for i in $(seq 50); do echo -n x | secret-tool store --label=probe tenure probe 2>/dev/null && break; sleep 0.1; done
  ctest --test-dir "$0" --output-on-failure --timeout 300 "$@"' "$build_dir" "$@"
