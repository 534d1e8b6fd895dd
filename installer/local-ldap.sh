#!/usr/bin/env bash
# A throwaway OpenLDAP server on loopback, for the demo and the tests.
#
#   TENURE_LDAP_ADMIN_PASSWORD=… installer/local-ldap.sh start DIR PORT [SEED_LDIF]
#   installer/local-ldap.sh stop DIR
#   installer/local-ldap.sh status DIR
#
# start creates DIR (self-signed cert for localhost/127.0.0.1, slapd.conf, db/), loads
# SEED_LDIF into a new database, starts slapd on ldap://127.0.0.1:PORT and
# ldaps://127.0.0.1:PORT+1, waits until it answers and prints shell-sourceable lines:
#   LDAP_URL= LDAPS_URL= LDAP_CA= LDAP_BIND_DN= LDAP_BASE_DN=
# Starting a running instance only prints the lines again.
#
# Environment:
#   TENURE_LDAP_ADMIN_PASSWORD  the rootdn password (required for start); only its {SSHA}
#                               hash is written to disk
#   TENURE_LDAP_SUFFIX          the naming context (default dc=example,dc=test)
#   TENURE_LDAP_OWNER_PID       optional: stop slapd once this process has exited, so that a
#                               test that crashes or is killed leaves no server behind
#
# slapd runs as the invoking user (no -u), so this works as root and as anyone else.
set -euo pipefail

SCRIPT=$(realpath "$0")
readonly SCRIPT
readonly SCHEMA_DIR=/etc/ldap/schema
readonly MODULE_DIR=/usr/lib/ldap
readonly READY_TIMEOUT_TENTHS=100   # ~10 s
readonly STOP_TIMEOUT_TENTHS=100

die() { echo "local-ldap: $*" >&2; exit 1; }
usage() {
  echo "usage: $0 start DIR PORT [SEED_LDIF] | stop DIR | status DIR" >&2
  exit 2
}

find_tool() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  [[ -x /usr/sbin/$name ]] && { echo "/usr/sbin/$name"; return; }
  die "$name not found: run installer/install-deps.sh (packages slapd and ldap-utils)"
}

# Single-quoted for `source`/`eval`: ' becomes '\''.
shell_quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

# The pid in DIR/slapd.pid if that process is alive and is our slapd (guards against pid reuse).
running_pid() {
  local dir=$1 pid
  [[ -f $dir/slapd.pid ]] || return 1
  pid=$(tr -dc '0-9' <"$dir/slapd.pid")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir/slapd.conf" || return 1
  echo "$pid"
}

print_lines() {
  local dir=$1 port suffix
  port=$(cat "$dir/port")
  suffix=$(cat "$dir/suffix")
  echo "LDAP_URL=$(shell_quote "ldap://127.0.0.1:$port")"
  echo "LDAPS_URL=$(shell_quote "ldaps://127.0.0.1:$((port + 1))")"
  echo "LDAP_CA=$(shell_quote "$dir/cert.pem")"
  echo "LDAP_BIND_DN=$(shell_quote "cn=admin,$suffix")"
  echo "LDAP_BASE_DN=$(shell_quote "$suffix")"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

make_certificate() {
  local dir=$1
  [[ -s $dir/cert.pem && -s $dir/key.pem ]] && return
  # The cert is its own CA (req -x509 sets CA:TRUE), so clients verify with caFile=cert.pem.
  (umask 077; openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>"$dir/openssl.log") \
    || die "openssl could not create the certificate: $(tail -3 "$dir/openssl.log")"
  rm -f "$dir/openssl.log"
  chmod 644 "$dir/cert.pem"
}

write_config() {
  local dir=$1 suffix=$2 hash=$3
  (umask 077; cat >"$dir/slapd.conf" <<EOF
# Written by installer/local-ldap.sh; rewritten on every start.
include $SCHEMA_DIR/core.schema
include $SCHEMA_DIR/cosine.schema
include $SCHEMA_DIR/nis.schema
include $SCHEMA_DIR/inetorgperson.schema
pidfile $dir/slapd.pid
argsfile $dir/slapd.args
modulepath $MODULE_DIR
moduleload back_mdb
# ppolicy defines pwdAccountLockedTime and refuses binds of accounts that carry it;
# 000001010000Z means locked until an administrator removes it (Tenure's disable).
moduleload ppolicy
TLSCertificateFile $dir/cert.pem
TLSCertificateKeyFile $dir/key.pem
# Paged searches (RFC 2696) may return everything; a plain search stops at 500 like a real server.
sizelimit size.soft=500 size.hard=500 size.prtotal=unlimited

database mdb
maxsize 1073741824
suffix "$suffix"
rootdn "cn=admin,$suffix"
rootpw $hash
directory $dir/db
# Throwaway data: no fsync, ~4x faster adds.
dbnosync
index objectClass eq
index uid,mail,cn,employeeNumber eq,pres
overlay ppolicy
# Without a policy the 2.5 overlay enforces nothing, not even pwdAccountLockedTime.
ppolicy_default "cn=default,ou=Policies,$suffix"
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
EOF
  )
}

# The suffix entry, ou=People and the default password policy, minus any entry the seed brings.
base_ldif() {
  local suffix=$1 seed=$2 rdn attr value
  rdn=${suffix%%,*}
  attr=${rdn%%=*}
  value=${rdn#*=}
  if ! seed_has "$seed" "$suffix"; then
    echo "dn: $suffix"
    case "${attr,,}" in
      dc) printf 'objectClass: top\nobjectClass: dcObject\nobjectClass: organization\ndc: %s\no: %s\n' "$value" "$value" ;;
      o) printf 'objectClass: top\nobjectClass: organization\no: %s\n' "$value" ;;
      ou) printf 'objectClass: top\nobjectClass: organizationalUnit\nou: %s\n' "$value" ;;
      *) die "TENURE_LDAP_SUFFIX must start with dc=, o= or ou= (got $suffix)" ;;
    esac
    echo
  fi
  local ou
  for ou in People Policies; do
    seed_has "$seed" "ou=$ou,$suffix" \
      || printf 'dn: ou=%s,%s\nobjectClass: top\nobjectClass: organizationalUnit\nou: %s\n\n' "$ou" "$suffix" "$ou"
  done
  # pwdLockout TRUE makes the overlay honour pwdAccountLockedTime at all; pwdMaxFailure 0 means
  # failed binds never lock by themselves, so only an administrator's (Tenure's) lock does.
  seed_has "$seed" "cn=default,ou=Policies,$suffix" \
    || printf 'dn: cn=default,ou=Policies,%s\nobjectClass: top\nobjectClass: organizationalRole\nobjectClass: pwdPolicy\ncn: default\npwdAttribute: userPassword\npwdLockout: TRUE\npwdMaxFailure: 0\n\n' "$suffix"
}

# Whether the seed LDIF holds an entry with this DN (compared case-insensitively).
seed_has() {
  local seed=$1 dn=$2
  [[ -n $seed ]] && grep -qiF -x -e "dn: $dn" -e "dn:$dn" "$seed"
}

load_database() {
  local dir=$1 suffix=$2 seed=$3 slapadd
  slapadd=$(find_tool slapadd)
  base_ldif "$suffix" "$seed" >"$dir/base.ldif"
  : >"$dir/slapadd.log"
  # slapadd wants parents first: a seed that brings its own suffix entry goes before the base
  # entries (ou=People, the policy), otherwise after them.
  local order=(base seed)
  seed_has "$seed" "$suffix" && order=(seed base)
  local part file
  for part in "${order[@]}"; do
    file=$dir/base.ldif
    [[ $part == seed ]] && file=$seed
    [[ -n $file && -s $file ]] || continue
    "$slapadd" -q -f "$dir/slapd.conf" -l "$file" >>"$dir/slapadd.log" 2>&1 \
      || die "slapadd of $file failed: $(tail -5 "$dir/slapadd.log")"
  done
}

# Ready means: our process is alive and accepts our admin password (a random password proves
# that the answer does not come from another server on the same port).
wait_until_ready() {
  local dir=$1 pid=$2 port=$3 suffix=$4 whoami i
  whoami=$(find_tool ldapwhoami)
  for ((i = 0; i < READY_TIMEOUT_TENTHS; i++)); do
    kill -0 "$pid" 2>/dev/null || {
      echo "local-ldap: slapd exited during start; last lines of $dir/slapd.log:" >&2
      tail -15 "$dir/slapd.log" >&2
      exit 1
    }
    if printf '%s' "$TENURE_LDAP_ADMIN_PASSWORD" \
        | "$whoami" -x -H "ldap://127.0.0.1:$port" -D "cn=admin,$suffix" -y /dev/stdin >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.1
  done
  echo "local-ldap: slapd did not answer on 127.0.0.1:$port within 10 s; last lines of $dir/slapd.log:" >&2
  tail -15 "$dir/slapd.log" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}

cmd_start() {
  [[ $# -ge 2 && $# -le 3 ]] || usage
  local dir=$1 port=$2 seed=${3:-} suffix=${TENURE_LDAP_SUFFIX:-dc=example,dc=test}
  if ! [[ $port =~ ^[0-9]+$ ]] || ((port < 1 || port > 65534)); then
    die "PORT must be a number from 1 to 65534 (PORT+1 serves ldaps; got $port)"
  fi
  [[ -n ${TENURE_LDAP_ADMIN_PASSWORD:-} ]] || die "set TENURE_LDAP_ADMIN_PASSWORD to the admin password to use"
  [[ -z $seed || -r $seed ]] || die "cannot read the seed LDIF $seed"
  [[ -z $seed ]] || seed=$(realpath "$seed")

  mkdir -p "$dir"
  dir=$(realpath "$dir")
  if running_pid "$dir" >/dev/null; then
    print_lines "$dir"
    return
  fi

  local slapd slappasswd hash pid
  slapd=$(find_tool slapd)
  slappasswd=$(find_tool slappasswd)
  for p in "$port" $((port + 1)); do
    port_in_use "$p" && die "port $p on 127.0.0.1 is already in use"
  done

  make_certificate "$dir"
  # -T reads the secret from a file: it never appears on a command line or on disk in clear.
  hash=$(printf '%s' "$TENURE_LDAP_ADMIN_PASSWORD" | "$slappasswd" -h '{SSHA}' -T /dev/stdin) \
    || die "slappasswd could not hash the admin password"
  write_config "$dir" "$suffix" "$hash"
  echo "$port" >"$dir/port"
  echo "$suffix" >"$dir/suffix"

  if [[ ! -f $dir/db/data.mdb ]]; then
    mkdir -p "$dir/db"
    load_database "$dir" "$suffix" "$seed"
  fi

  # -d 0 keeps slapd in the foreground (so $! is its pid) and sends its errors to the log.
  "$slapd" -d 0 -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$((port + 1))/" -f "$dir/slapd.conf" \
    </dev/null >"$dir/slapd.log" 2>&1 &
  pid=$!
  echo "$pid" >"$dir/slapd.pid"
  wait_until_ready "$dir" "$pid" "$port" "$suffix"
  [[ -z ${TENURE_LDAP_OWNER_PID:-} ]] || watch_owner "$dir" "$TENURE_LDAP_OWNER_PID"
  print_lines "$dir"
}

# Polls the owner once a second; when it is gone, stops this instance (if it is still ours).
watch_owner() {
  local dir=$1 owner=$2
  [[ $owner =~ ^[0-9]+$ ]] || die "TENURE_LDAP_OWNER_PID must be a process id (got $owner)"
  (
    while kill -0 "$owner" 2>/dev/null; do sleep 1; done
    "$SCRIPT" stop "$dir"
  ) </dev/null >/dev/null 2>&1 &
  disown
}

cmd_stop() {
  [[ $# -eq 1 ]] || usage
  local dir pid i
  dir=$(realpath -m "$1")
  if ! pid=$(running_pid "$dir"); then
    rm -f "$dir/slapd.pid"
    echo "local-ldap: not running ($dir)"
    return
  fi
  kill -TERM "$pid"
  for ((i = 0; i < STOP_TIMEOUT_TENTHS; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "local-ldap: slapd (pid $pid) did not stop within 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/slapd.pid"
  echo "local-ldap: stopped ($dir)"
}

cmd_status() {
  [[ $# -eq 1 ]] || usage
  local dir pid
  dir=$(realpath -m "$1")
  if pid=$(running_pid "$dir"); then
    echo "local-ldap: running (pid $pid) on ldap://127.0.0.1:$(cat "$dir/port")"
  else
    echo "local-ldap: not running ($dir)"
    exit 3
  fi
}

[[ $# -ge 1 ]] || usage
command=$1
shift
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  *) usage ;;
esac
