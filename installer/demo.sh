#!/usr/bin/env bash
# The README's first command: install what is needed, build, create the demo company, start its
# directory (and its HR server, if it reads one) and open the console on it.
#
#   installer/demo.sh [--dir DIR] [--port PORT] [--hr KIND] [--reset] [--no-build] [--no-deps] [--no-console]
#   installer/demo.sh --stop [--dir DIR]
#
#   --dir DIR      where the demo lives (default ${XDG_DATA_HOME:-~/.local/share}/tenure/demo)
#   --port PORT    the demo directory's LDAP port; LDAPS is PORT+1 and the HR server PORT+2
#                  (default 3890, or the demo's own)
#   --hr KIND      where the demo reads its HR data: csv (the generated export; the default), or
#                  workday, successfactors, bamboohr: a local server of that API, started here on
#                  127.0.0.1:PORT+2, serving the same people. Remembered: a run without --hr keeps it
#   --reset        throw the demo away (HR file, directory, workspace) and make a new one
#   --stop         stop the demo directory and the HR server, and exit
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
readonly HR_KINDS="csv workday successfactors bamboohr"
# The names the local HR servers are started with, and the demo's HR tenant signs in with.
readonly WORKDAY_USER=isu_tenure@tenure_demo      # tenure-workday-server's default tenant tenure_demo
readonly SF_COMPANY=TenureDemo SF_USER=tenure_api
readonly BAMBOOHR_DOMAIN=tenuredemo
readonly ORIGINAL_ARGS=("$@")

say() { echo "demo: $*"; }
die() { echo "demo: $*" >&2; exit 1; }

usage() {
  local code=${1:-0}
  if ((code == 0)); then
    sed -n '5,18p' "$SELF" | sed 's/^# \{0,1\}//'
  else
    sed -n '5,18p' "$SELF" | sed 's/^# \{0,1\}//' >&2
  fi
  exit "$code"
}

dir=${XDG_DATA_HOME:-$HOME/.local/share}/tenure/demo
port=
hr=
reset=false stop=false build=true deps=true console=true
while (($#)); do
  case "$1" in
    --dir) [[ $# -ge 2 ]] || usage 64; dir=$2; shift 2 ;;
    --port) [[ $# -ge 2 ]] || usage 64; port=$2; shift 2 ;;
    --hr) [[ $# -ge 2 ]] || usage 64; hr=$2; shift 2 ;;
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
  die "--port must be a number from 1 to 65533 (LDAPS uses the next one, the HR server the one after)"
fi
if [[ -n $hr && " $HR_KINDS " != *" $hr "* ]]; then
  die "--hr is one of: $HR_KINDS (got '$hr')"
fi
mkdir -p "$dir"
dir=$(realpath "$dir")
readonly ldap_dir="$dir/ldap" hr_dir="$dir/hr" workspace="$dir/demo.tenure" seed="$dir/directory-seed.ldif"
readonly hr_choice="$dir/hr-kind"   # the HR source the last run chose

# The running HR server's pid, if there is one and it is ours: a pid file left from before a
# reboot may name someone else's process by now.
hr_server_pid() {
  local pid
  pid=$(cat "$hr_dir/pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ $(cat "/proc/$pid/comm" 2>/dev/null) == tenure-* ]] || return 1
  echo "$pid"
}

stop_hr_server() {
  local pid i
  if pid=$(hr_server_pid); then
    kill -TERM "$pid"
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && { kill -KILL "$pid" 2>/dev/null || true; }
    say "stopped the HR server (pid $pid)"
  fi
  rm -f "$hr_dir/pid"
}

if $stop; then
  stop_hr_server
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
  stop_hr_server >/dev/null
  rm -rf "$ldap_dir" "$hr_dir"
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

# --- the HR source -------------------------------------------------------------------------------

hr=${hr:-$(cat "$hr_choice" 2>/dev/null || echo csv)}
[[ " $HR_KINDS " == *" $hr "* ]] || hr=csv   # a damaged choice file: back to the export
readonly hr_port=$((port + 2))

# Starts tenure-<kind>-server in a session of its own (like the directory, it outlives this
# script) on 127.0.0.1:$hr_port, serving the demo's people, and points the workspace's HR tenant
# and the Directory's mapping at it (tenure-cli demo use-hr). Each start gets a fresh random
# password (API key for BambooHR): handed to the server on its stdin and to tenure-cli on its
# stdin, which puts it in the keychain; never in argv or a file.
start_hr_server() {
  local kind=$1 bin data secret endpoint pid i
  local -a args who
  bin="$build_dir/tests/servers/$kind/tenure-$kind-server"
  [[ -x $bin ]] || die "no tenure-$kind-server at $bin: it is built with the tests (TENURE_BUILD_TESTS=ON, the default)"
  mkdir -p -m 700 "$hr_dir"
  # One certificate for the demo's life: the workspace's caFile names it, so it stays valid across
  # restarts (the servers' own throwaway certificate would change with every start).
  if [[ ! -f $hr_dir/cert.pem || ! -f $hr_dir/key.pem ]]; then
    (umask 077; openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$hr_dir/key.pem" -out "$hr_dir/cert.pem" \
      2>"$hr_dir/openssl.log") || die "openssl could not create the HR server's certificate: $(tail -3 "$hr_dir/openssl.log")"
    rm -f "$hr_dir/openssl.log"
  fi
  args=(--port "$hr_port" --tls-cert "$hr_dir/cert.pem" --tls-key "$hr_dir/key.pem")
  case $kind in
    workday)
      # Workday answers from effective-dated records, written once from the seed and the day the
      # HR export was made, so both tell of the same people on the same dates.
      data="$hr_dir/workday-workers.json"
      if [[ ! -f $data ]]; then
        "$bin" --write-demo-data "$data" --today "$(date -r "$dir/workers.csv" +%F)" >/dev/null \
          || die "tenure-workday-server could not write the demo company to $data"
      fi
      args+=(--data "$data" --password-file /dev/stdin)
      who=(--user "$WORKDAY_USER") ;;
    successfactors)
      args+=(--data "$dir/workers.csv" --password-file /dev/stdin --company "$SF_COMPANY" --user "$SF_USER")
      who=(--company "$SF_COMPANY" --user "$SF_USER") ;;
    bamboohr)
      args+=(--data "$dir/workers.csv" --api-key-file /dev/stdin --company-domain "$BAMBOOHR_DOMAIN")
      who=(--company "$BAMBOOHR_DOMAIN") ;;
  esac
  stop_hr_server >/dev/null
  secret=$(head -c 18 /dev/urandom | base64 | tr -d '\n')
  say "starting the demo's $kind server on https://127.0.0.1:$hr_port"
  printf '%s' "$secret" | setsid "$bin" "${args[@]}" >"$hr_dir/server.log" 2>&1 &
  pid=$!
  echo "$pid" >"$hr_dir/pid"
  # Ready when it prints its CA file line (after its URL); bounded, and a server that exits is
  # reported at once with what it said.
  for ((i = 0; i < 600; i++)); do
    grep -q '^CA file ' "$hr_dir/server.log" && break
    kill -0 "$pid" 2>/dev/null || die "tenure-$kind-server did not start (is port $hr_port taken? try --port): $(tail -3 "$hr_dir/server.log")"
    sleep 0.1
  done
  grep -q '^CA file ' "$hr_dir/server.log" || die "tenure-$kind-server did not answer within 60 s: $(tail -3 "$hr_dir/server.log")"
  endpoint=$(grep -m1 '^https://' "$hr_dir/server.log")
  printf '%s\n' "$secret" | "$cli" demo use-hr --workspace "$workspace" --kind "$kind" --endpoint "$endpoint" \
    --ca-file "$hr_dir/cert.pem" "${who[@]}" >/dev/null || die "tenure-cli demo use-hr could not switch the demo to $kind"
}

if [[ $hr == csv ]]; then
  stop_hr_server
  "$cli" demo use-hr --workspace "$workspace" --kind csv >/dev/null || die "tenure-cli demo use-hr could not switch the demo to its CSV export"
  say "the demo reads its HR data from $dir/workers.csv"
else
  start_hr_server "$hr"
  say "the demo reads its HR data from the local $hr server (installer/demo.sh --hr csv goes back to the CSV export)"
fi
echo "$hr" >"$hr_choice"

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
  say "the demo directory (and HR server) keep running; installer/demo.sh --stop stops them."
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
say "opening the console on $workspace; the demo directory (and HR server) keep running after you"
say "close it (installer/demo.sh --stop stops them)."
exec "$console_bin" --workspace "$workspace"
