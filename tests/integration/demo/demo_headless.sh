#!/usr/bin/env bash
# installer/demo.sh without a display, as on a server or in CI: it must set up the demo, exit 0,
# say plainly that there is no display, show the xvfb-run form, and leave a workspace whose plan
# holds every category, computed by the demo mapping's expressions (OU by department, uid by
# SelectUniqueValue, display names), and that a sync carries out against the demo directory. A
# second run reuses the demo. A third switches the HR source to the local BambooHR server
# (--hr bamboohr) and must plan what the CSV plans; a fourth, without --hr, keeps BambooHR. The
# directory and the HR server are stopped at the end.
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

# Three free ports (LDAP, LDAPS and the HR server), starting somewhere that depends on our pid so
# parallel test runs do not race for the same ones.
free_port_pair() {
  local start=$((20000 + ($$ % 5000) * 3)) p i
  for ((i = 0; i < 200; i++)); do
    p=$((start + 3 * i))
    port_taken "$p" || port_taken $((p + 1)) || port_taken $((p + 2)) || { echo "$p"; return; }
  done
  fail "no three free ports from $start"
}

run_demo() {
  local out=$1 rc=0
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY TENURE_BUILD_DIR="$TENURE_BUILD_DIR" TENURE_CLI="$TENURE_CLI" \
    "$demo_sh" --no-build --no-deps --no-console --dir "$demo_dir" --port "$port" "$@" >"$out" 2>&1 || rc=$?
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

# The demo mapping computes by expression (one CSV row per attribute change):
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format csv >"$work/plan.csv" \
  || fail "tenure-cli preview --format csv failed"
readonly people="ou=People,dc=example,dc=test"
# a joiner is created in the OU of the department HR gives it (parentDistinguishedName);
grep -Eq "^joiner,create,W[0-9]+,.*,\"uid=[a-z0-9]+,ou=([A-Za-z ]+),$people\",departmentNumber,,\\1," "$work/plan.csv" \
  || fail "no joiner is created in its department's OU: $(grep -m3 '^joiner' "$work/plan.csv")"
# a department change moves the account from the old department's OU to the new one's;
grep -Eq "^mover,move,W[0-9]+,.*,\"uid=[a-z0-9]+,ou=([A-Za-z ]+),$people\",parentDistinguishedName,\"ou=\\1,$people\",\"ou=[A-Za-z ]+,$people\"," \
  "$work/plan.csv" || fail "no mover moves to another department's OU: $(grep -m3 '^mover,move' "$work/plan.csv")"
# the login name (uid) comes from SelectUniqueValue: a joiner whose first choice (initial and
# surname, "jgarcia") an account already holds gets the next rule's (first name and surname);
grep -Eq "^joiner,create,.*,uid,,[a-z0-9]+,\"expression SelectUniqueValue\(" "$work/plan.csv" \
  || fail "no joiner's uid comes from SelectUniqueValue: $(grep -m3 ',uid,' "$work/plan.csv")"
sed -En 's/^joiner,create,(W[0-9]+),.*,mail,,([a-z0-9]+)\.([a-z0-9]+)@.*/\1 \2 \3/p' "$work/plan.csv" | sort >"$work/mails"
sed -En 's/^joiner,create,(W[0-9]+),.*,uid,,([a-z0-9]+),.*/\1 \2/p' "$work/plan.csv" | sort >"$work/uids"
join "$work/mails" "$work/uids" | awk '$4 == $2 $3 && $4 != substr($2, 1, 1) $3 { found = 1 } END { exit !found }' \
  || fail "no joiner got the second SelectUniqueValue rule: $(join "$work/mails" "$work/uids" | head -5)"
# contractors' display names say so.
grep -Eq "^joiner,create,.*,displayName,,[^,]+ \(Contractor\),\"expression " "$work/plan.csv" \
  || fail "no contractor's displayName ends with (Contractor): $(grep -m3 ',displayName,' "$work/plan.csv")"

# The plan can be carried out against the demo directory: accounts are created in and moved to
# the department OUs the seed made. Rehires wait for a second person, so they are skipped.
"$TENURE_CLI" sync --workspace "$demo_dir/demo.tenure" --tenant Directory --yes >"$work/sync.txt" 2>&1 \
  || fail "tenure-cli sync of the demo plan failed: $(tail -20 "$work/sync.txt")"
cat "$work/sync.txt"
grep -Eq "[1-9][0-9]* confirmed, 0 failed" "$work/sync.txt" || fail "the demo sync did not confirm every operation"
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >"$work/after.json" \
  || fail "tenure-cli preview after the sync failed"
if grep -Eq '"(joiner|mover|leaver)": [1-9]' "$work/after.json"; then
  fail "joiners, movers or leavers are left after the sync: $(grep -A9 '"counts"' "$work/after.json")"
fi

# Re-runnable: the second run keeps the demo and its directory data, and still ends well.
run_demo "$work/second.txt"
grep -q "using the demo in $demo_dir" "$work/second.txt" || fail "the second run did not reuse the demo"
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >/dev/null \
  || fail "tenure-cli preview after the second run failed"

counts() { sed -n '/"counts"/,/}/p' "$1"; }
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >"$work/csv-again.json" \
  || fail "tenure-cli preview from the CSV failed"

# The same company from the local BambooHR server: the same plan as from the CSV.
run_demo "$work/bamboohr.txt" --hr bamboohr
grep -q "reads its HR data from the local bamboohr server" "$work/bamboohr.txt" || fail "it did not switch to BambooHR"
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >"$work/bamboohr.json" \
  || fail "tenure-cli preview from BambooHR failed"
[[ $(counts "$work/bamboohr.json") == "$(counts "$work/csv-again.json")" ]] \
  || fail "BambooHR plans otherwise than the CSV: $(counts "$work/bamboohr.json") against $(counts "$work/csv-again.json")"
grep -Eq '"error": 2' "$work/bamboohr.json" || fail "the malformed HR rows are not errors from BambooHR: $(counts "$work/bamboohr.json")"
hr_pid=$(cat "$demo_dir/hr/pid")

# Remembered: a run without --hr restarts the BambooHR server and reads from it again.
run_demo "$work/remembered.txt"
grep -q "reads its HR data from the local bamboohr server" "$work/remembered.txt" || fail "a run without --hr did not keep BambooHR"
kill -0 "$hr_pid" 2>/dev/null && fail "the previous BambooHR server (pid $hr_pid) was not stopped on the restart"
hr_pid=$(cat "$demo_dir/hr/pid")
"$TENURE_CLI" preview --workspace "$demo_dir/demo.tenure" --tenant Directory --format json >"$work/remembered.json" \
  || fail "tenure-cli preview from the restarted BambooHR server failed (its certificate or key changed?)"
[[ $(counts "$work/remembered.json") == "$(counts "$work/csv-again.json")" ]] || fail "the restarted BambooHR server plans otherwise"

"$demo_sh" --stop --dir "$demo_dir" >"$work/stop.txt"
grep -q stopped "$work/stop.txt" || fail "installer/demo.sh --stop did not stop the directory"
grep -q "stopped the HR server" "$work/stop.txt" || fail "installer/demo.sh --stop did not stop the HR server"
kill -0 "$hr_pid" 2>/dev/null && fail "the BambooHR server (pid $hr_pid) still runs after --stop"
echo "PASS"
