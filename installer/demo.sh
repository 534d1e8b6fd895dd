#!/usr/bin/env bash
# The README's first command: install what is needed, build, create the demo company, start its
# directory and open the console on it.
#
#   installer/demo.sh [--dir DIR] [--port PORT] [--reset] [--no-build] [--no-deps] [--no-console]
#   installer/demo.sh --stop [--dir DIR]
#
#   --dir DIR      where the demo lives (default ${XDG_DATA_HOME:-~/.local/share}/tenure/demo)
#   --port PORT    the demo directory's LDAP port; LDAPS is PORT+1 (default 3890, or the demo's own)
#   --reset        throw the demo away (HR file, directory, workspace) and make a new one
#   --stop         stop the demo directory and exit
#   --no-build     use the existing Release build in build/release
#   --no-deps      do not run installer/install-deps.sh
#   --no-console   set everything up but do not open the console (for tests and scripts)
#
# Environment: TENURE_BUILD_DIR  a build tree to use as it is (no configure, no build)
#              TENURE_CLI        the tenure-cli to use (default: the one in the build tree)
#
# Re-runnable: an existing demo is kept (use --reset for a new one). Every run gives the directory
# a fresh random admin password, stores it in the OS keychain and restarts the directory with it,
# so the keychain and the directory always agree; the directory's data is kept.
set -euo pipefail

readonly SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly SELF="$SOURCE_DIR/installer/demo.sh"
readonly LOCAL_LDAP="$SOURCE_DIR/installer/local-ldap.sh"
readonly PROBE_TIMEOUT=5        # seconds; a locked keyring waits for a prompt nobody answers
readonly DEFAULT_PORT=3890
readonly ORIGINAL_ARGS=("$@")

say() { echo "demo: $*"; }
die() { echo "demo: $*" >&2; exit 1; }

usage() {
  local code=${1:-0}
  if ((code == 0)); then
    sed -n '5,14p' "$SELF" | sed 's/^# \{0,1\}//'
  else
    sed -n '5,14p' "$SELF" | sed 's/^# \{0,1\}//' >&2
  fi
  exit "$code"
}

dir=${XDG_DATA_HOME:-$HOME/.local/share}/tenure/demo
port=
reset=false stop=false build=true deps=true console=true
while (($#)); do
  case "$1" in
    --dir) [[ $# -ge 2 ]] || usage 64; dir=$2; shift 2 ;;
    --port) [[ $# -ge 2 ]] || usage 64; port=$2; shift 2 ;;
    --reset) reset=true; shift ;;
    --stop) stop=true; shift ;;
    --no-build) build=false; shift ;;
    --no-deps) deps=false; shift ;;
    --no-console) console=false; shift ;;
    -h | --help) usage 0 ;;
    *) echo "demo: unknown option $1" >&2; usage 64 ;;
  esac
done
if [[ -n $port ]] && ! [[ $port =~ ^[0-9]+$ && $port -gt 0 && $port -lt 65534 ]]; then
  die "--port must be a number from 1 to 65533 (LDAPS uses the next one)"
fi
mkdir -p "$dir"
dir=$(realpath "$dir")
readonly ldap_dir="$dir/ldap" workspace="$dir/demo.tenure" seed="$dir/directory-seed.ldif"

if $stop; then
  "$LOCAL_LDAP" stop "$ldap_dir"
  exit 0
fi

# --- dependencies and the keychain ---------------------------------------------------------------

if $deps && [[ -z ${TENURE_DEMO_KEYRING:-} ]]; then
  "$SOURCE_DIR/installer/install-deps.sh"
fi

# Whether the Secret Service takes a secret now: a write, then its removal, each bounded in time.
keychain_works() {
  command -v secret-tool >/dev/null || return 1
  printf x | timeout "$PROBE_TIMEOUT" secret-tool store --label="Tenure demo probe" tenure-demo probe \
    >/dev/null 2>&1 || return 1
  timeout "$PROBE_TIMEOUT" secret-tool clear tenure-demo probe >/dev/null 2>&1 || true
}

# No session bus or no unlocked keyring (a server, a container, ssh, xvfb-run): run this script
# again inside a private D-Bus session with a keyring of its own. Its password is random and
# forgotten, and its files live under the demo folder, so the user's own keyring is never touched.
rerun_with_demo_keyring() {
  command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
    || die "the OS keychain is not reachable and dbus-run-session or gnome-keyring-daemon is missing: run installer/install-deps.sh"
  say "the OS keychain (Secret Service) is not reachable here: no D-Bus session, or the keyring is locked."
  say "running in a private D-Bus session with a demo-only keyring in $dir/keyring; it ends with this run."
  rm -rf "$dir/keyring"
  mkdir -p -m 700 "$dir/keyring"
  local run_dir=${XDG_RUNTIME_DIR:-}
  if [[ -z $run_dir || ! -w $run_dir ]]; then
    run_dir="$dir/keyring/run"
    mkdir -p -m 700 "$run_dir"
  fi
  export TENURE_DEMO_KEYRING="$dir/keyring" XDG_RUNTIME_DIR="$run_dir"
  exec dbus-run-session -- bash -c '
    head -c 24 /dev/urandom | base64 | tr -d "\n" \
      | XDG_DATA_HOME="$TENURE_DEMO_KEYRING" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$SELF" "${ORIGINAL_ARGS[@]}" --no-deps
}

if ! keychain_works; then
  if [[ -n ${TENURE_DEMO_KEYRING:-} ]]; then
    # The daemon needs a moment to claim its bus name.
    for _ in $(seq 50); do keychain_works && break; sleep 0.1; done
    keychain_works || die "the demo keyring did not start (gnome-keyring-daemon in a private D-Bus session)"
  else
    rerun_with_demo_keyring
  fi
fi

# --- build ---------------------------------------------------------------------------------------

if [[ -n ${TENURE_BUILD_DIR:-} ]]; then
  build_dir=$TENURE_BUILD_DIR
else
  build_dir="$SOURCE_DIR/build/release"
  if $build; then
    say "building Tenure (Release) in $build_dir"
    (cd "$SOURCE_DIR" && cmake --preset release >/dev/null && cmake --build --preset release)
  fi
fi
cli=${TENURE_CLI:-$build_dir/app/executables/tenure-cli}
[[ -x $cli ]] || die "no tenure-cli at $cli: build first (installer/demo.sh without --no-build)"
console_bin=
for candidate in "$build_dir/app/executables/console/tenure" "$build_dir/app/executables/tenure"; do
  [[ -x $candidate ]] && { console_bin=$candidate; break; }
done

# --- the demo files --------------------------------------------------------------------------------

if $reset; then
  say "resetting the demo in $dir"
  "$LOCAL_LDAP" stop "$ldap_dir" >/dev/null
  rm -rf "$ldap_dir"
  rm -f "$workspace" "$workspace-wal" "$workspace-shm" "$dir/workers.csv" "$seed"
fi

known_port=$(cat "$ldap_dir/port" 2>/dev/null || true)
if [[ -f $workspace && -n $known_port && -n $port && $port != "$known_port" ]]; then
  die "the demo in $dir uses port $known_port; run with --reset to make it anew on port $port"
fi
port=${port:-${known_port:-$DEFAULT_PORT}}

# The password never touches argv or a file: generated here, passed on stdin to tenure-cli (which
# puts it in the keychain) and in the environment to local-ldap.sh (which writes only its hash).
password=$(head -c 18 /dev/urandom | base64 | tr -d '\n')

if [[ ! -f $workspace ]]; then
  say "creating the demo company in $dir"
  # The CA file is the certificate local-ldap.sh creates on the directory's first start, below.
  printf '%s\n' "$password" | "$cli" demo init --dir "$dir" --ldaps-url "ldaps://127.0.0.1:$((port + 1))" \
    --ca-file "$ldap_dir/cert.pem" || die "tenure-cli demo init failed"
else
  say "using the demo in $dir (installer/demo.sh --reset makes a new one)"
  printf '%s\n' "$password" | "$cli" set-secret --workspace "$workspace" --tenant Directory >/dev/null \
    || die "cannot store the directory password in the keychain"
fi

# --- the directory -------------------------------------------------------------------------------

# Restart with the new password; the data in $ldap_dir/db is kept (the seed loads only once).
"$LOCAL_LDAP" stop "$ldap_dir" >/dev/null
say "starting the demo directory on ldap://127.0.0.1:$port and ldaps://127.0.0.1:$((port + 1))"
# In a session of its own, slapd outlives this script: Ctrl+C in the console's terminal, or closing
# that terminal, must not take the directory down with it.
TENURE_LDAP_ADMIN_PASSWORD=$password setsid -w "$LOCAL_LDAP" start "$ldap_dir" "$port" "$seed" >/dev/null \
  || die "the demo directory did not start (is port $port or $((port + 1)) taken? try --port)"
unset password

preview_command="$cli preview --workspace $workspace --tenant Directory"
# This very command again, as the user can paste it: relative when run from the source folder.
[[ $PWD == "$SOURCE_DIR" ]] && rerun_command=installer/demo.sh || rerun_command=$SELF
((${#ORIGINAL_ARGS[@]} == 0)) || rerun_command+=$(printf ' %q' "${ORIGINAL_ARGS[@]}")
keyring_note() {
  [[ -n ${TENURE_DEMO_KEYRING:-} ]] || return 0
  echo "  The directory password is in a demo-only keyring that ends with this run: in a desktop"
  echo "  session (with an unlocked keyring), run installer/demo.sh again before using the workspace."
}

# --- the console -----------------------------------------------------------------------------------

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  say "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console cannot open."
  say "this is the plan it would show (unchanged accounts left out):"
  echo
  plan=$("$cli" preview --workspace "$workspace" --tenant Directory) \
    || die "tenure-cli preview failed (exit $?): $preview_command"
  grep -v '^unchanged ' <<<"$plan"
  echo
  say "no display here. To open the console on a virtual display:"
  echo "  xvfb-run -a $rerun_command"
  say "to print the plan again:"
  echo "  $preview_command"
  keyring_note
  say "the demo directory keeps running; installer/demo.sh --stop stops it."
  exit 0
fi

if ! $console; then
  say "ready. Open the console with:"
  echo "  ${console_bin:-tenure} --workspace $workspace"
  say "or print the plan with:"
  echo "  $preview_command"
  keyring_note
  exit 0
fi

[[ -n $console_bin ]] || die "the console (tenure) was not built in $build_dir; the plan: $preview_command"
say "opening the console on $workspace; the demo directory keeps running after you close it"
say "(installer/demo.sh --stop stops it)."
exec "$console_bin" --workspace "$workspace"
