#!/usr/bin/env bash
# installer/demo.sh without a display, as on a server or in CI: it must set up the demo, exit 0,
# say plainly that there is no display, show the xvfb-run form, and leave a workspace whose plan
# holds every category. A second run reuses the demo. The directory is stopped at the end.
set -euo pipefail
: "${TENURE_SOURCE_DIR:?set by ctest}" "${TENURE_BUILD_DIR:?set by ctest}" "${TENURE_CLI:?set by ctest}"

readonly demo_sh="$TENURE_SOURCE_DIR/installer/demo.sh"
work=$(mktemp -d)
readonly work demo_dir="$work/demo"
cleanup() {
  "$demo_sh" --stop --dir "$demo_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A pair of free ports (LDAP and LDAPS), starting somewhere that depends on our pid so parallel
# test runs do not race for the same pair.
free_port_pair() {
  local start=$((20000 + ($$ % 5000) * 2)) p i
  for ((i = 0; i < 200; i++)); do
    p=$((start + 2 * i))
    port_taken "$p" || port_taken $((p + 1)) || { echo "$p"; return; }
  done
  fail "no free port pair from $start"
}

run_demo() {
  local out=$1 rc=0
  env -u DISPLAY -u WAYLAND_DISPLAY TENURE_BUILD_DIR="$TENURE_BUILD_DIR" TENURE_CLI="$TENURE_CLI" \
    "$demo_sh" --no-build --no-deps --no-console --dir "$demo_dir" --port "$port" >"$out" 2>&1 || rc=$?
  echo "--- installer/demo.sh (exit $rc) ---"
  cat "$out"
  if grep -q "demo-only keyring" "$out"; then
    fail "no unlocked keyring in this session: run the demo tests in dbus-run-session with gnome-keyring (installer/test.sh does)"
  fi
  [[ $rc -eq 0 ]] || fail "installer/demo.sh exited $rc"
}

port=$(free_port_pair)
run_demo "$work/first.txt"
grep -q "there is no display" "$work/first.txt" || fail "it does not say that there is no display"
grep -qE "^  xvfb-run -a (.*/)?installer/demo.sh " "$work/first.txt" || fail "it does not show the xvfb-run form"
grep -qF "preview --workspace $demo_dir/demo.tenure --tenant Directory" "$work/first.txt" \
  || fail "it does not show the tenure-cli preview command"
grep -q "^joiner " "$work/first.txt" || fail "it does not show the plan"

"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >"$work/plan.json" \
  || fail "tenure-cli preview on the demo workspace failed"
for category in joiner mover leaver rehire unchanged future-dated error; do
  grep -Eq "\"$category\": [1-9]" "$work/plan.json" || fail "the plan has no $category: $(grep -A9 '"counts"' "$work/plan.json")"
done

# Re-runnable: the second run keeps the demo and its directory data, and still ends well.
run_demo "$work/second.txt"
grep -q "using the demo in $demo_dir" "$work/second.txt" || fail "the second run did not reuse the demo"
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >/dev/null \
  || fail "tenure-cli preview after the second run failed"

"$demo_sh" --stop --dir "$demo_dir" | grep -q stopped || fail "installer/demo.sh --stop did not stop the directory"
echo "PASS"
