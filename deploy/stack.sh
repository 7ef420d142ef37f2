#!/usr/bin/env bash
# stack.sh - run the whole LOS privacy suite on one machine for development and demos.
#
#   deploy/stack.sh [up] [--no-build] [--no-seed] [--infra-only]
#   deploy/stack.sh down | status | wipe [--all] | token USER|CLIENT | help
#
# `up` builds the suite, makes sure PostgreSQL runs and has the six databases (five services, Keycloak), fetches
# Kafka and Keycloak through Maven (deploy/pom.xml), starts Kafka (KRaft, one node),
# Keycloak (realm `los` from deploy/keycloak/los-realm.json) and the five services, seeds
# demo data once and prints where everything is. Everything it creates lives in
# deploy/.stack/ (git-ignored): downloads, data, logs, pid files, generated secrets.
#
# Needs: bash, coreutils, curl, psql, python3, a JDK 17+ (Kafka and the services) and a
# Java 21+ (Keycloak), Maven (build + artifacts). All network traffic goes to 127.0.0.1,
# except Maven fetching artifacts from its configured repository.

set -Eeuo pipefail
shopt -s inherit_errexit   # let set -e apply inside $(...) too

# ---------------------------------------------------------------------------------------
# Layout and fixed settings
# ---------------------------------------------------------------------------------------
DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$DEPLOY_DIR")
STACK_DIR="$DEPLOY_DIR/.stack"
LOG_DIR="$STACK_DIR/logs"
PID_DIR="$STACK_DIR/pids"
DATA_DIR="$STACK_DIR/data"
SECRETS_FILE="$STACK_DIR/secrets.env"
TRANSFER_KEY_FILE="$STACK_DIR/dsar-transfer-signing-key.pem"
SEED_STATE="$STACK_DIR/seed.state"     # ids created while seeding (lets a failed seed resume)
SEED_MARKER="$STACK_DIR/seeded"        # present once demo data is complete

KAFKA_VERSION=4.1.2
KAFKA_HOME="$STACK_DIR/kafka"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME="$STACK_DIR/keycloak/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
# The notification provider's stand-in (deploy/standins/NotificationProvider.java): what it takes,
# a customer would have received; it appends each message to the inbox file.
NOTIFICATIONS_PORT=8190
NOTIFICATIONS_URL="http://127.0.0.1:$NOTIFICATIONS_PORT"
POPULATION_REGISTER_PORT=8191
POPULATION_REGISTER_URL="http://127.0.0.1:$POPULATION_REGISTER_PORT"
# The day-ahead price source's stand-in (deploy/standins/PriceSource.java), answering from files.
PRICE_SOURCE_PORT=8192
PRICE_SOURCE_URL="http://127.0.0.1:$PRICE_SOURCE_PORT"
REALM=los
REALM_URL="$KEYCLOAK_URL/realms/$REALM"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
# The demo logins use the password grant of a client that exists in the local realm only.
FRONTEND_CLIENT=los-local-cli

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres

# name:port:database - the services choose their ports themselves; these must match.
SERVICES=(
  customer-service:8081:customer
  consent-service:8082:consent
  consumption-service:8083:consumption
  marketing-service:8084:marketing
  dsar-service:8085:dsar
)
DEMO_USERS=(kari anna markus petra adam rita)

# Heap sizes are kept small on purpose: seven JVMs share a 2-core development machine.
SERVICE_JAVA_OPTS=${LOS_SERVICE_JAVA_OPTS:--Xms64m -Xmx384m}
KAFKA_JAVA_OPTS=${LOS_KAFKA_JAVA_OPTS:--Xms128m -Xmx512m}
KEYCLOAK_HEAP_OPTS=${LOS_KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx768m}
READY_TIMEOUT=${LOS_READY_TIMEOUT:-120}   # seconds per component

# ---------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------
if [[ -t 1 ]]; then BOLD=$'\e[1m' RED=$'\e[31m' GREEN=$'\e[32m' YELLOW=$'\e[33m' RESET=$'\e[0m'
else BOLD='' RED='' GREEN='' YELLOW='' RESET=''; fi

step() { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
ok()   { printf '    %sok%s  %s\n' "$GREEN" "$RESET" "$*"; }
warn() { printf '    %swarn%s %s\n' "$YELLOW" "$RESET" "$*" >&2; }

# die MESSAGE [LOGFILE]: stop with a message that names the component and, when there is
# one, the log to read (and its last lines, so the cause is usually visible right away).
die() {
  printf '%sERROR%s %s\n' "$RED" "$RESET" "$1" >&2
  if [[ -n ${2:-} ]]; then
    printf '      read: %s\n' "$2" >&2
    if [[ -s $2 ]]; then
      printf '      last lines:\n' >&2
      tail -n 20 "$2" | sed 's/^/      | /' >&2
    fi
  fi
  exit 3
}

# An unexpected failing command (set -e) should not end the script silently. Exit code 3
# means the failure was reported already (by die, or by this trap inside a $(...)).
# shellcheck disable=SC2154 # rc is assigned inside the trap string
trap 'rc=$?; ((rc == 3)) || printf "%sERROR%s stack.sh stopped at line %s (exit %s): %s\n" "$RED" "$RESET" "$LINENO" "$rc" "$BASH_COMMAND" >&2; exit 3' ERR

# ---------------------------------------------------------------------------------------
# Small utilities
# ---------------------------------------------------------------------------------------
have() { command -v "$1" >/dev/null 2>&1; }

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# java_major JAVA_BINARY: prints the feature version (8, 17, 21, 25, ...).
java_major() {
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  v=${v#1.}            # 1.8.0_x -> 8.0_x
  echo "${v%%[.+-]*}"
}

# find_java MIN [PREFERRED_HOME...]: prints a java binary of at least version MIN.
# Looks at the given homes, then JAVA_HOME, the java on PATH and every JDK in /usr/lib/jvm.
find_java() {
  local min=$1 candidate major home; shift
  local candidates=()
  for home in "$@" "${JAVA_HOME:-}"; do [[ -n $home ]] && candidates+=("$home/bin/java"); done
  have java && candidates+=("$(command -v java)")
  for candidate in /usr/lib/jvm/*/bin/java; do candidates+=("$candidate"); done
  for candidate in "${candidates[@]}"; do
    [[ -x $candidate ]] || continue
    major=$(java_major "$candidate")
    if [[ $major =~ ^[0-9]+$ ]] && ((major >= min)); then echo "$candidate"; return 0; fi
  done
  return 1
}

json_field() { # json_field FIELD < JSON: prints a top-level field ("" when absent)
  python3 -c 'import json,sys
try: v=json.load(sys.stdin).get(sys.argv[1], "")
except Exception: v=""
print(v if v is not None else "")' "$1"
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# marker_for NAME: a string that the command line of NAME's process contains. Guards
# against a stale pid file whose pid now belongs to an unrelated process.
marker_for() {
  case $1 in
    kafka) echo kafka.Kafka ;;
    keycloak) echo "$KEYCLOAK_HOME" ;;   # in kc.sh's command line and in the JVM's
    notifications) echo NotificationProvider.java ;;
    population-register) echo PopulationRegister.java ;;
    price-source) echo PriceSource.java ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

# running_pid NAME: prints the pid when NAME runs (started by this script), else fails.
running_pid() {
  local f pid
  f=$(pid_file "$1")
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(marker_for "$1")" || return 1
  echo "$pid"
}

# launch NAME WORKDIR COMMAND...: starts COMMAND detached, in a session of its own, so
# that `down` can stop it and every child (kc.sh starts a JVM) through the process group.
# Output goes to logs/NAME.log (the previous run's log is kept as NAME.log.prev).
launch() {
  local name=$1 dir=$2 log="$LOG_DIR/$1.log" pidf
  shift 2
  pidf=$(pid_file "$name")
  rm -f "$pidf"
  [[ -f $log ]] && mv -f "$log" "$log.prev"
  # The inner bash writes its own pid (= the process group id) and then becomes COMMAND.
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner bash
  (cd "$dir" && exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@") >"$log" 2>&1 </dev/null &
  local _
  for _ in $(seq 1 50); do [[ -s $pidf ]] && return 0; sleep 0.1; done
  die "$name: the process did not start" "$log"
}

# stop_component NAME: TERM to the process group, KILL after 40 s.
stop_component() {
  local name=$1 pid _
  if ! pid=$(running_pid "$name"); then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop within 40 s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  ok "stopped $name (pid $pid)"
}

# wait_for NAME TIMEOUT CHECK-COMMAND...: polls CHECK every 2 s; fails early with the log
# when NAME's process has died meanwhile.
wait_for() {
  local name=$1 timeout=$2 start=$SECONDS
  shift 2
  until "$@"; do
    running_pid "$name" >/dev/null || die "$name exited during start-up" "$LOG_DIR/$name.log"
    ((SECONDS - start < timeout)) || die "$name was not ready after ${timeout} s" "$LOG_DIR/$name.log"
    sleep 2
  done
}

# ensure_port_free NAME PORT: a port taken by something we did not start is a clear error,
# not a confusing crash later.
ensure_port_free() {
  port_open "$2" && die "$1: port $2 on 127.0.0.1 is already in use by a process that stack.sh did not start; stop it (see: ss -ltnp 'sport = :$2') and retry"
  return 0
}

# ---------------------------------------------------------------------------------------
# Preconditions
# ---------------------------------------------------------------------------------------
JAVA17=''
JAVA21=''

check_tools() {
  local missing=() t
  for t in curl psql python3 setsid base64; do have "$t" || missing+=("$t"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (on Debian: apt-get install curl postgresql-client python3 util-linux coreutils)"
  JAVA17=$(find_java 17) || die "no Java 17 or newer found (Kafka and the services need it); install a JDK 17+ or set JAVA_HOME"
  JAVA21=$(find_java 21 "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64) \
    || die "no Java 21 or newer found (Keycloak $KEYCLOAK_VERSION needs it); install one or set KEYCLOAK_JAVA_HOME"
}

need_maven() { have mvn || die "Maven (mvn) is required for: $1"; }

# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------
build_suite() {
  step "Building the suite (mvn package -DskipTests; skip with --no-build)"
  need_maven "building the suite"
  mvn -B -q -f "$REPO_DIR/pom.xml" package -DskipTests || die "the Maven build of the suite failed (output above)"
  ok "built"
}

# ---------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------
pg_ready() { PGCONNECT_TIMEOUT=3 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAqc 'select 1' >/dev/null 2>&1; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }

# The newest installed Debian cluster "main" (e.g. 15/main); empty when none is installed.
pg_cluster_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  step "PostgreSQL on $PG_HOST:$PG_PORT"
  if pg_ready; then
    ok "already running (left alone by 'down')"
    return 0
  fi
  local version
  version=$(pg_cluster_version)
  [[ -n $version ]] && have pg_ctlcluster \
    || die "PostgreSQL: nothing answers on $PG_HOST:$PG_PORT and no local cluster is installed (apt-get install postgresql)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start \
    || die "PostgreSQL: could not start cluster $version/main" "/var/log/postgresql/postgresql-$version-main.log"
  # Remember that we started it, so that `down` stops it again (and only then).
  mkdir -p "$PID_DIR"
  echo "$version" >"$PID_DIR/postgresql.started-by-stack"
  local start=$SECONDS
  until pg_ready; do
    ((SECONDS - start < 30)) || die "PostgreSQL $version/main started but does not accept connections as '$PG_USER' on $PG_HOST:$PG_PORT (trust auth expected)" "/var/log/postgresql/postgresql-$version-main.log"
    sleep 1
  done
  ok "started cluster $version/main"
}

# The five service databases, and Keycloak's own: the stack runs on PostgreSQL only.
KEYCLOAK_DB=keycloak

create_databases() {
  local entry db
  for db in $(for entry in "${SERVICES[@]}"; do echo "${entry##*:}"; done) "$KEYCLOAK_DB"; do
    if [[ $(psql_admin -c "select 1 from pg_database where datname = '$db'") == 1 ]]; then
      ok "database $db exists"
    else
      psql_admin -c "create database \"$db\"" || die "PostgreSQL: could not create database $db"
      ok "database $db created"
    fi
  done
}

# ---------------------------------------------------------------------------------------
# Artifacts (Kafka jars, Keycloak distribution) via deploy/pom.xml
# ---------------------------------------------------------------------------------------
artifacts_present() {
  [[ -f $KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar && -x $KEYCLOAK_HOME/bin/kc.sh ]] \
    && compgen -G "$KAFKA_HOME/libs/log4j-slf4j-impl-*.jar" >/dev/null
}

fetch_artifacts() {
  step "Kafka $KAFKA_VERSION and Keycloak $KEYCLOAK_VERSION artifacts"
  if artifacts_present; then
    ok "already in $STACK_DIR"
    return 0
  fi
  need_maven "fetching Kafka and Keycloak (deploy/pom.xml)"
  mvn -B -q -f "$DEPLOY_DIR/pom.xml" package || die "fetching the artifacts with 'mvn -f deploy/pom.xml package' failed (output above)"
  artifacts_present || die "deploy/pom.xml ran but $KAFKA_HOME/libs or $KEYCLOAK_HOME is incomplete"
  ok "fetched into $STACK_DIR"
}

# ---------------------------------------------------------------------------------------
# Kafka (KRaft, single node acting as broker and controller)
# ---------------------------------------------------------------------------------------
write_kafka_config() {
  mkdir -p "$KAFKA_HOME/config" "$DATA_DIR/kafka"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  (umask 077; : >"$KAFKA_HOME/config/server.properties")
  cat >"$KAFKA_HOME/config/server.properties" <<EOF
# Generated by deploy/stack.sh - edits are overwritten on the next 'up'.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=CLIENTS://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=CLIENTS://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=CLIENTS
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,CLIENTS:SASL_PLAINTEXT
# Every client logs in: the services with SCRAM as themselves (granted by SuiteBrokerAccess), the
# broker itself as admin. The controller starts before SCRAM logins are readable, so it takes PLAIN.
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.clients.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$LOS_KAFKA_ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$LOS_KAFKA_ADMIN_PASSWORD" user_admin="$LOS_KAFKA_ADMIN_PASSWORD";
# Whatever the ACLs do not grant is refused; topics are created by SuiteBrokerAccess, not by clients.
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$DATA_DIR/kafka
# One node: every internal topic gets a single replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
num.partitions=3
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
EOF
  # Kafka logs through slf4j -> log4j2; without a configuration log4j2 only prints errors.
  cat >"$KAFKA_HOME/config/log4j2.properties" <<'EOF'
# Generated by deploy/stack.sh: everything at INFO to stdout (which stack.sh sends to logs/kafka.log).
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
EOF
}

# Format the log directory once; meta.properties marks a formatted directory.
format_kafka_storage() {
  if [[ -f $DATA_DIR/kafka/meta.properties ]]; then
    [[ -f $DATA_DIR/kafka/.los-scram ]] && return 0
    die "Kafka: $DATA_DIR/kafka was formatted by an earlier stack without broker logins; run 'deploy/stack.sh wipe' first"
  fi
  local cluster_id log="$LOG_DIR/kafka-format.log"
  cluster_id=$("$JAVA17" -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool random-uuid 2>"$log") \
    || die "Kafka: could not create a cluster id" "$log"
  # With a static quorum (controller.quorum.voters) the format command needs neither
  # --standalone nor --initial-controllers; those are for dynamic quorums.
  "$JAVA17" -Dlog4j2.configurationFile="$KAFKA_HOME/config/log4j2.properties" -cp "$KAFKA_HOME/libs/*" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_HOME/config/server.properties" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$LOS_KAFKA_ADMIN_PASSWORD]" >>"$log" 2>&1 \
    || die "Kafka: formatting the storage in $DATA_DIR/kafka failed" "$log"
  touch "$DATA_DIR/kafka/.los-scram"
  ok "formatted $DATA_DIR/kafka (cluster id $cluster_id, admin login bootstrapped)"
}

start_kafka() {
  step "Kafka $KAFKA_VERSION (KRaft) on 127.0.0.1:$KAFKA_PORT"
  local pid
  if pid=$(running_pid kafka); then ok "already running (pid $pid)"; return 0; fi
  ensure_port_free kafka "$KAFKA_PORT"
  ensure_port_free kafka-controller "$KAFKA_CONTROLLER_PORT"
  write_kafka_config
  format_kafka_storage
  # shellcheck disable=SC2086 # KAFKA_JAVA_OPTS is a list of JVM options
  launch kafka "$KAFKA_HOME" "$JAVA17" $KAFKA_JAVA_OPTS -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_HOME/config/log4j2.properties" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_HOME/config/server.properties"
  wait_for kafka "$READY_TIMEOUT" port_open "$KAFKA_PORT"
  ok "running (pid $(running_pid kafka)), log $LOG_DIR/kafka.log"
  broker_access grant
}

# broker_access grant|prove: the services' logins, ACLs and topics (no.los.platform.test.SuiteBrokerAccess,
# from the built platform and platform-test jars, on Kafka's own class path), or the proof that the
# broker refuses each service every other service's topic.
broker_access() {
  local jars
  jars=$(ls "$REPO_DIR"/platform/target/platform-*.jar "$REPO_DIR"/platform-test/target/platform-test-*.jar 2>/dev/null \
    | grep -v -- '-sources\|-tests' | paste -sd: -)
  [[ $(tr ':' '\n' <<<"$jars" | grep -c .) -eq 2 ]] \
    || die "Kafka: platform/target and platform-test/target hold no built jars; run 'stack.sh up' without --no-build once"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  local env=(LOS_KAFKA_ADMIN_PASSWORD="$LOS_KAFKA_ADMIN_PASSWORD") name variable
  for name in $(service_names); do
    variable=$(kafka_password_variable "$name")
    env+=("$variable=${!variable}")
  done
  env "${env[@]}" "$JAVA17" -cp "$KAFKA_HOME/libs/*:$jars" no.los.platform.test.SuiteBrokerAccess "$1" \
    "127.0.0.1:$KAFKA_PORT" >"$LOG_DIR/kafka-access.log" 2>&1 \
    || die "Kafka: broker access '$1' failed" "$LOG_DIR/kafka-access.log"
  ok "$(tail -n 1 "$LOG_DIR/kafka-access.log")"
}

service_names() { local entry; for entry in "${SERVICES[@]}"; do echo "${entry%%:*}"; done; }
# The realm's confidential clients: the five services' APIs and the machine integrations.
MACHINE_CLIENTS=(billing-integration newsletter-delivery login-account-eraser)
confidential_clients() { service_names; printf '%s\n' "${MACHINE_CLIENTS[@]}"; }
client_secret_variable() { local upper=${1^^}; echo "LOS_CLIENT_SECRET_${upper//-/_}"; }
# client_token CLIENT: an access token for a machine client of the realm (client credentials grant).
client_token() {
  local variable body token
  variable=$(client_secret_variable "$1")
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  body=$(curl -s -u "$1:${!variable}" -d grant_type=client_credentials "$TOKEN_URL") \
    || die "Keycloak: token request for client $1 failed" "$LOG_DIR/keycloak.log"
  token=$(json_field access_token <<<"$body")
  [[ -n $token ]] || die "Keycloak: no token for client $1: $body" "$LOG_DIR/keycloak.log"
  echo "$token"
}
# The variable in secrets.env that holds a service's broker password: LOS_KAFKA_PASSWORD_CUSTOMER_SERVICE.
kafka_password_variable() { local upper=${1^^}; echo "LOS_KAFKA_PASSWORD_${upper//-/_}"; }

# ---------------------------------------------------------------------------------------
# Keycloak (dev mode, H2 database in its data/ folder, realm imported on first start)
# ---------------------------------------------------------------------------------------
keycloak_ready() { curl -sf -o /dev/null "$REALM_URL/.well-known/openid-configuration"; }

start_keycloak() {
  step "Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL"
  local pid
  if pid=$(running_pid keycloak); then ok "already running (pid $pid)"; return 0; fi
  ensure_port_free keycloak "$KEYCLOAK_PORT"
  # --import-realm skips a realm that exists already: realm file changes need `wipe`.
  mkdir -p "$KEYCLOAK_HOME/data/import"
  # The realm file ships no client secret (GENERATED_BY_STACK); the copy gets the ones in secrets.env.
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  local secrets=() client variable
  for client in $(confidential_clients); do
    variable=$(client_secret_variable "$client")
    secrets+=("$client=${!variable}")
  done
  (umask 077; python3 - "$DEPLOY_DIR/keycloak/los-realm.json" "$KEYCLOAK_HOME/data/import/los-realm.json" "${secrets[@]}" <<'PY'
import json, sys
source, target, pairs = sys.argv[1], sys.argv[2], dict(arg.split("=", 1) for arg in sys.argv[3:])
realm = json.load(open(source))
for client in realm["clients"]:
    if client.get("secret") == "GENERATED_BY_STACK":
        client["secret"] = pairs[client["clientId"]]
json.dump(realm, open(target, "w"), indent=2)
PY
  ) || die "Keycloak: could not write the realm with the stack's client secrets"
  local java_home extra=''
  java_home=$(dirname "$(dirname "$JAVA21")")
  # JBoss threads wants this on Java 24+; without it Keycloak prints errors when stopping.
  (($(java_major "$JAVA21") >= 24)) && extra='--add-opens=java.base/java.lang=ALL-UNNAMED'
  launch keycloak "$KEYCLOAK_HOME" env \
    JAVA_HOME="$java_home" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" JAVA_OPTS_APPEND="$extra" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    KC_DB=postgres KC_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$KEYCLOAK_DB" \
    KC_DB_USERNAME="$PG_USER" KC_DB_PASSWORD=postgres \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --import-realm
  wait_for keycloak "$READY_TIMEOUT" keycloak_ready
  ok "running (pid $(running_pid keycloak)), log $LOG_DIR/keycloak.log"
}

# kcadm ARGS...: Keycloak's admin CLI, logged in as the bootstrap admin; its session file
# stays inside .stack instead of ~/.keycloak.
kcadm() {
  [[ -n $JAVA21 ]] || JAVA21=$(find_java 21 "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64) \
    || die "no Java 21 or newer found for kcadm.sh; install one or set KEYCLOAK_JAVA_HOME"
  JAVA_HOME=$(dirname "$(dirname "$JAVA21")") "$KEYCLOAK_HOME/bin/kcadm.sh" "$@" --config "$STACK_DIR/kcadm.config"
}

kcadm_login() {
  local out
  out=$(kcadm config credentials --server "$KEYCLOAK_URL" --realm master --user admin --password admin 2>&1) \
    || die "Keycloak: kcadm.sh could not log in as admin: $out" "$LOG_DIR/keycloak.log"
}

# ---------------------------------------------------------------------------------------
# The five services
# ---------------------------------------------------------------------------------------
# Identity keys of customer-service: generated once; losing them makes the stored national
# id numbers unreadable, which is why `wipe` drops the databases together with them.
ensure_secrets() {
  local name added=0
  mkdir -p "$STACK_DIR"
  (umask 077; touch "$SECRETS_FILE")
  grep -q '^# Generated' "$SECRETS_FILE" \
    || echo "# Generated by deploy/stack.sh for the local stack only. Never reuse elsewhere." >>"$SECRETS_FILE"
  # A key added by a later version of the suite is appended; existing keys are never replaced.
  for name in LOS_CUSTOMER_IDENTITY_ENCRYPTION_KEY LOS_CUSTOMER_IDENTITY_LOOKUP_KEY LOS_MARKETING_SUPPRESSION_KEY \
      LOS_NOTIFICATIONS_API_KEY LOS_DSAR_IDENTITY_CODE_KEY LOS_POPULATION_REGISTER_API_KEY \
      LOS_CONSUMPTION_PRICE_SOURCE_API_KEY; do
    grep -q "^$name=" "$SECRETS_FILE" && continue
    echo "$name=$(head -c 32 /dev/urandom | base64 -w 0)" >>"$SECRETS_FILE"
    added=1
  done
  # Broker logins (the admin's, the broker itself, and one per service) and the realm's client
  # secrets; hex, so no quoting is needed.
  for name in LOS_KAFKA_ADMIN_PASSWORD $(for service in $(service_names); do kafka_password_variable "$service"; done) \
      $(for client in $(confidential_clients); do client_secret_variable "$client"; done); do
    grep -q "^$name=" "$SECRETS_FILE" && continue
    echo "$name=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$SECRETS_FILE"
    added=1
  done
  ((added)) && ok "keys written to $SECRETS_FILE"
  # dsar-service signs the manifests of direct transfers (R20) with an RSA key of its own (PKCS#8 PEM).
  if [[ ! -s $TRANSFER_KEY_FILE ]] && command -v openssl >/dev/null 2>&1; then
    (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TRANSFER_KEY_FILE" 2>/dev/null) \
      && ok "transfer signing key written to $TRANSFER_KEY_FILE"
  fi
  return 0
}

service_jar() { echo "$REPO_DIR/$1/target/quarkus-app/quarkus-run.jar"; }

start_service() {
  local name=$1 port=$2 db=$3 pid jar
  if pid=$(running_pid "$name"); then ok "$name already running (pid $pid)"; return 0; fi
  jar=$(service_jar "$name")
  [[ -f $jar ]] || die "$name: $jar is missing; build the suite (run 'stack.sh up' without --no-build)"
  ensure_port_free "$name" "$port"
  local env=(
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db"
    QUARKUS_DATASOURCE_USERNAME=postgres
    QUARKUS_DATASOURCE_PASSWORD=postgres
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL"
    QUARKUS_HTTP_HOST=127.0.0.1
  )
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  local kafka_password
  kafka_password=$(kafka_password_variable "$name")
  env+=(LOS_KAFKA_PASSWORD="${!kafka_password}")
  case $name in
    customer-service)
      # and its identity at Keycloak's admin API, where it removes login accounts on erasure
      env+=(LOS_CUSTOMER_IDENTITY_ENCRYPTION_KEY="$LOS_CUSTOMER_IDENTITY_ENCRYPTION_KEY"
            LOS_CUSTOMER_IDENTITY_LOOKUP_KEY="$LOS_CUSTOMER_IDENTITY_LOOKUP_KEY"
            LOS_KEYCLOAK_URL="$KEYCLOAK_URL"
            LOS_LOGIN_ACCOUNT_ERASER_SECRET="$LOS_CLIENT_SECRET_LOGIN_ACCOUNT_ERASER"
            LOS_NOTIFICATIONS_URL="$NOTIFICATIONS_URL"
            LOS_NOTIFICATIONS_API_KEY="$LOS_NOTIFICATIONS_API_KEY"
            LOS_POPULATION_REGISTER_URL="$POPULATION_REGISTER_URL"
            LOS_POPULATION_REGISTER_API_KEY="$LOS_POPULATION_REGISTER_API_KEY"
            LOS_CUSTOMER_POPULATION_REGISTER_CHECK_EVERY=5s) ;;
    consumption-service)
      env+=(LOS_CONSUMPTION_PRICE_SOURCE_URL="$PRICE_SOURCE_URL"
            LOS_CONSUMPTION_PRICE_SOURCE_API_KEY="$LOS_CONSUMPTION_PRICE_SOURCE_API_KEY"
            LOS_CONSUMPTION_PRICE_SOURCE_EVERY=10s) ;;
    marketing-service)
      env+=(LOS_MARKETING_SUPPRESSION_KEY="$LOS_MARKETING_SUPPRESSION_KEY") ;;
    dsar-service)
      # its own identity for fetching the services' parts of access and portability requests
      env+=(LOS_DSAR_CLIENT_SECRET="$LOS_CLIENT_SECRET_DSAR_SERVICE"
            LOS_DSAR_IDENTITY_CODE_KEY="$LOS_DSAR_IDENTITY_CODE_KEY"
            LOS_DSAR_TRANSFER_SIGNING_KEY="$(cat "$TRANSFER_KEY_FILE" 2>/dev/null)") ;;
  esac
  # Client id and secret as system properties: unambiguous, unlike QUARKUS_OIDC_CLIENT_ID,
  # which could also name a quarkus.oidc-client property. The secret is the one the realm got at import.
  local client_secret
  client_secret=$(client_secret_variable "$name")
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of JVM options
  launch "$name" "$(dirname "$jar")" env "${env[@]}" "$JAVA17" $SERVICE_JAVA_OPTS \
    -Dquarkus.oidc.client-id="$name" -Dquarkus.oidc.credentials.secret="${!client_secret}" -jar "$jar"
  ok "$name starting (pid $(running_pid "$name")), log $LOG_DIR/$name.log"
}

# Health and metrics are on each service's management interface, its API port + 1000 (9081 for
# 8081; quarkus.management.port in the service's application.properties), never on the API port.
management_port() { echo $(($1 + 1000)); }
service_ready() { curl -sf "http://127.0.0.1:$(management_port "$1")/q/health/ready" 2>/dev/null | grep -q '"UP"'; }

notifications_inbox() { echo "$LOG_DIR/notifications-inbox.ndjson"; }
notifications_ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' "$NOTIFICATIONS_URL/messages" 2>/dev/null) == 405 ]]; }

# The e-mail and SMS provider customer-service sends service messages through (one-time codes), as a
# stand-in: a single Java source file, no build needed.
start_notifications() {
  local pid
  if pid=$(running_pid notifications); then ok "notification provider stand-in already running (pid $pid)"; return 0; fi
  ensure_port_free notifications "$NOTIFICATIONS_PORT"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  launch notifications "$REPO_DIR/deploy/standins" "$JAVA17" NotificationProvider.java "$NOTIFICATIONS_PORT" \
    "$LOS_NOTIFICATIONS_API_KEY" "$(notifications_inbox)"
  wait_for notifications 60 notifications_ready
  ok "notification provider stand-in on $NOTIFICATIONS_URL, inbox $(notifications_inbox)"
}

population_persons() { echo "$STACK_DIR/population-register.tsv"; }
population_register_ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST "$POPULATION_REGISTER_URL/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/0" 2>/dev/null) == 405 ]]; }

# The population register (Folkeregisteret) customer-service checks customers against, as a stand-in
# answering from a tab-separated file of synthetic persons that the seeding fills.
start_population_register() {
  local pid
  if pid=$(running_pid population-register); then ok "population register stand-in already running (pid $pid)"; return 0; fi
  ensure_port_free population-register "$POPULATION_REGISTER_PORT"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  launch population-register "$REPO_DIR/deploy/standins" "$JAVA17" PopulationRegister.java "$POPULATION_REGISTER_PORT" \
    "$LOS_POPULATION_REGISTER_API_KEY" "$(population_persons)"
  wait_for population-register 60 population_register_ready
  ok "population register stand-in on $POPULATION_REGISTER_URL, persons in $(population_persons)"
}

price_folder() { echo "$STACK_DIR/prices"; }
price_source_ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST "$PRICE_SOURCE_URL/day-ahead/NO2/2026-01-01" 2>/dev/null) == 405 ]]; }

# The day-ahead price source consumption-service imports prices from, as a stand-in answering from
# a folder of JSON files (<area>/<day>.json) that the seeding fills.
start_price_source() {
  local pid
  if pid=$(running_pid price-source); then ok "price source stand-in already running (pid $pid)"; return 0; fi
  ensure_port_free price-source "$PRICE_SOURCE_PORT"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  publish_prices
  launch price-source "$REPO_DIR/deploy/standins" "$JAVA17" PriceSource.java "$PRICE_SOURCE_PORT" \
    "$LOS_CONSUMPTION_PRICE_SOURCE_API_KEY" "$(price_folder)"
  wait_for price-source 60 price_source_ready
  ok "price source stand-in on $PRICE_SOURCE_URL, prices in $(price_folder)"
}

# publish_prices: today's and tomorrow's NO2 prices in quarter hours (a winter shape, in NOK per kWh,
# one quarter below zero), for the price source to answer; a day already there is kept.
publish_prices() {
  local day file q n sep price
  for day in "$(TZ=Europe/Oslo date +%F)" "$(TZ=Europe/Oslo date -d tomorrow +%F)"; do
    file="$(price_folder)/NO2/$day.json"
    [[ -f $file ]] && continue
    mkdir -p "$(dirname "$file")"
    n=$(( ($(TZ=Europe/Oslo date -d "$day + 1 day" +%s) - $(TZ=Europe/Oslo date -d "$day" +%s)) / 900 ))
    sep=''
    {
      printf '{"priceArea":"NO2","day":"%s","resolution":"PT15M","currency":"NOK","unit":"kWh","prices":[' "$day"
      for ((q = 0; q < n; q++)); do
        price=$(( 60000 + (q / 4 % 24 >= 7 && q / 4 % 24 < 10 ? 45000 : 0) + (q / 4 % 24 >= 17 && q / 4 % 24 < 20 ? 52000 : 0) + (q * 37) % 900 ))
        ((q == 3)) && price=-1250
        if ((price < 0)); then printf '%s-0.%05d' "$sep" $(( -price )); else printf '%s%d.%05d' "$sep" $((price / 100000)) $((price % 100000)); fi
        sep=','
      done
      printf ']}\n'
    } >"$file"
  done
}

# register_person NIN GIVEN FAMILY STREET HOUSE POSTCODE CITY STATUS PROTECTION: the stand-in holds the person.
register_person() {
  grep -q "^$1"$'\t' "$(population_persons)" 2>/dev/null && return 0
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$(population_persons)"
}

start_services() {
  step "Services (started together, then awaited one by one)"
  ensure_secrets
  start_notifications
  start_population_register
  start_price_source
  local entry name port rest
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port rest <<<"$entry"
    start_service "$name" "$port" "$rest"
  done
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port rest <<<"$entry"
    wait_for "$name" "$READY_TIMEOUT" service_ready "$port"
    ok "$name ready on http://127.0.0.1:$port"
  done
}

# ---------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------
# synthetic_nin DDMMYY INDIVIDUAL: a synthetic Norwegian national id number (month + 80,
# so it can never belong to a real person) with valid check digits. Starts at INDIVIDUAL
# and takes the next individual number while a check digit would be 10 (no valid number).
synthetic_nin() {
  local dob=$1 ind=$((10#$2)) w1=(3 7 6 1 8 9 4 5 2) w2=(5 4 3 2 7 6 5 4 3 2) digits s i k1 k2
  while ((ind < 1000)); do
    digits="${dob:0:2}$(printf '%02d' $((10#${dob:2:2} + 80)))${dob:4:2}$(printf '%03d' "$ind")"
    s=0; for i in {0..8}; do s=$((s + ${digits:i:1} * w1[i])); done
    k1=$((11 - s % 11)); ((k1 == 11)) && k1=0
    if ((k1 != 10)); then
      digits+=$k1
      s=0; for i in {0..9}; do s=$((s + ${digits:i:1} * w2[i])); done
      k2=$((11 - s % 11)); ((k2 == 11)) && k2=0
      if ((k2 != 10)); then echo "$digits$k2"; return 0; fi
    fi
    ind=$((ind + 1))
  done
  return 1
}

# gsrn SERIAL7: an 18-digit metering point id (GSRN) 7070575000 + 7-digit serial + GS1
# mod-10 check digit (weights 3,1,3,... from the rightmost data digit).
gsrn() {
  local data="7070575000$1" s=0 i
  for ((i = 0; i < 17; i++)); do
    if ((i % 2 == 0)); then s=$((s + 3 * ${data:16-i:1})); else s=$((s + ${data:16-i:1})); fi
  done
  echo "$data$(((10 - s % 10) % 10))"
}

# hourly_readings: 48 hourly values from 2026-11-24 00:00 (+01:00) with a winter day's
# shape (night base, morning and evening peaks) and a little deterministic variation.
hourly_readings() {
  local profile=(450 420 400 400 420 520 900 1600 1500 1000 850 800 820 800 850 1100 1700 2300 2400 2100 1700 1200 800 550)
  local h day hour wh sep=''
  printf '{"readings":['
  for h in $(seq 0 47); do
    day=$((24 + h / 24)) hour=$((h % 24))
    wh=$((profile[hour] + (day * 37 + hour * 53) % 131))
    printf '%s{"start":"2026-11-%02dT%02d:00:00+01:00","kwh":%d.%03d}' "$sep" "$day" "$hour" $((wh / 1000)) $((wh % 1000))
    sep=','
  done
  printf ']}'
}

# quarter_hour_delivery GSRN: an Elhub delivery (NDJSON) of the point's 2026-11-26 in quarter hours
# (96 values), and a line for a metering point that is not ours, which the receipt refuses.
quarter_hour_delivery() {
  local q wh sep=''
  printf '{"meteringPointId":"%s","day":"2026-11-26","resolution":"PT15M","kwh":[' "$1"
  for q in $(seq 0 95); do
    wh=$((110 + (q * 53) % 400))
    printf '%s%d.%03d' "$sep" $((wh / 1000)) $((wh % 1000))
    sep=','
  done
  printf ']}\n{"meteringPointId":"%s","day":"2026-11-26","resolution":"PT60M","kwh":[%s]}\n' \
    "$(gsrn 9999999)" "$(printf '0.500,%.0s' $(seq 1 23))0.500"
}

# password_token USER: an access token for a demo user from the public frontend client.
password_token() {
  local body token
  body=$(curl -s -d "client_id=$FRONTEND_CLIENT" -d grant_type=password -d "username=$1" -d "password=$1-demo" "$TOKEN_URL") \
    || die "Keycloak: token request for $1 failed" "$LOG_DIR/keycloak.log"
  token=$(json_field access_token <<<"$body")
  [[ -n $token ]] || die "Keycloak: no token for $1: $body" "$LOG_DIR/keycloak.log"
  echo "$token"
}

# api METHOD URL TOKEN [JSON]: sets API_STATUS, API_BODY and API_LOCATION.
api() {
  local method=$1 url=$2 token=$3 body=${4:-} type=${5:-application/json} tmp
  tmp=$(mktemp -d)
  local args=(-s -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer $token" -H 'Accept: application/json')
  [[ -n $body ]] && args+=(-H "Content-Type: $type" --data-binary "$body")
  API_STATUS=$(curl "${args[@]}" "$url") || API_STATUS=000
  API_BODY=$(cat "$tmp/body" 2>/dev/null || true)
  API_LOCATION=$(sed -n 's/^[Ll]ocation: *//p' "$tmp/headers" 2>/dev/null | tr -d '\r' | tail -n 1)
  rm -rf "$tmp"
}

# expect SERVICE WHAT STATUS...: dies with the response and the service's log unless the
# last api call returned one of the given statuses.
expect() {
  local service=$1 what=$2 code
  shift 2
  for code in "$@"; do [[ $API_STATUS == "$code" ]] && return 0; done
  [[ $API_STATUS == 000 ]] && die "seeding: $what: $service did not answer (connection failed)" "$LOG_DIR/$service.log"
  die "seeding: $what: $service answered HTTP $API_STATUS (expected $*): ${API_BODY:0:500}" "$LOG_DIR/$service.log"
}

# api_retry SECONDS RETRY_STATUS SERVICE WHAT EXPECTED METHOD URL TOKEN [JSON]: for data
# that reaches a service through Kafka: repeat while the answer is RETRY_STATUS.
api_retry() {
  local seconds=$1 retry=$2 service=$3 what=$4 expected=$5 start=$SECONDS
  shift 5
  while :; do
    api "$@"
    [[ $API_STATUS == "$retry" ]] && ((SECONDS - start < seconds)) || break
    sleep 2
  done
  [[ $API_STATUS == "$retry" ]] && what="$what (still $retry after ${seconds} s: the event did not arrive through Kafka; see also $LOG_DIR/kafka.log)"
  expect "$service" "$what" "$expected"
}

created_id() { # the id of what the last POST created: body field "id", else Location's last segment
  local id
  id=$(json_field id <<<"$API_BODY")
  [[ -n $id ]] || id=${API_LOCATION##*/}
  [[ -n $id ]] || die "seeding: no id in the answer: ${API_BODY:0:300}"
  echo "$id"
}

state_get() { [[ -f $SEED_STATE ]] && sed -n "s/^$1=//p" "$SEED_STATE" | tail -n 1; return 0; }
state_set() { echo "$1=$2" >>"$SEED_STATE"; }

# seed_customer KEY FULLNAME DOB INDIVIDUAL EMAIL PHONE STREET POSTCODE CITY GSRN-SERIAL LAT LON [REGISTER-FAMILY-NAME]
# Registers a customer with one metering point and a spot contract (as agent); prints the customer id. Ids are
# remembered in seed.state so a seed that failed halfway does not register anyone twice.
seed_customer() {
  local key=$1 name=$2 dob=$3 ind=$4 email=$5 phone=$6 street=$7 postcode=$8 city=$9 serial=${10} lat=${11} lon=${12}
  local id nin mp
  id=$(state_get "$key.customer")
  if [[ -z $id ]]; then
    nin=$(synthetic_nin "$dob" "$ind")
    # the population register holds the person as registered, but for a different family name if one is given
    register_person "$nin" "${name%% *}" "${13:-${name#* }}" "${street% *}" "${street##* }" "$postcode" "${city^^}" bosatt ugradert
    api POST "http://127.0.0.1:8081/customers" "$AGENT_TOKEN" "$(printf '{"fullName":"%s","nationalIdNumber":"%s","email":"%s","phone":"%s","address":{"street":"%s","postalCode":"%s","city":"%s"}}' \
      "$name" "$nin" "$email" "$phone" "$street" "$postcode" "$city")"
    [[ $API_STATUS == 409 ]] && die "seeding: customer-service already has $name but seed.state does not; run 'deploy/stack.sh wipe' for a clean start" "$LOG_DIR/customer-service.log"
    expect customer-service "register $name" 201
    id=$(created_id)
    state_set "$key.customer" "$id"
  fi
  mp=$(gsrn "$serial")
  if [[ -z $(state_get "$key.meteringpoint") ]]; then
    api POST "http://127.0.0.1:8081/customers/$id/metering-points" "$AGENT_TOKEN" \
      "$(printf '{"meteringPointId":"%s","meterNumber":"%s","priceArea":"NO2","latitude":%s,"longitude":%s}' "$mp" "${serial}1" "$lat" "$lon")"
    expect customer-service "add metering point $mp to $name" 201
    state_set "$key.meteringpoint" "$mp"
  fi
  if [[ -z $(state_get "$key.contract") ]]; then
    api POST "http://127.0.0.1:8081/customers/$id/contracts" "$AGENT_TOKEN" \
      "$(printf '{"meteringPointId":"%s","contractType":"SPOT","startsOn":"2024-01-01"}' "$mp")"
    expect customer-service "start a spot contract for $mp" 201
    state_set "$key.contract" "$(created_id)"
  fi
  echo "$id"
}

# link_login USERNAME CUSTOMER_ID: sets the Keycloak user attribute that becomes the
# customer_id claim, which the /me endpoints use to find the caller's customer record.
link_login() {
  local uid
  kcadm_login
  uid=$(kcadm get users -r "$REALM" -q "username=$1" -q exact=true --fields id --format csv --noquotes) \
    || die "Keycloak: could not look up user $1" "$LOG_DIR/keycloak.log"
  [[ -n $uid ]] || die "Keycloak: user $1 does not exist in realm $REALM (realm import incomplete?)" "$LOG_DIR/keycloak.log"
  kcadm update "users/$uid" -r "$REALM" -s "attributes.customer_id=[\"$2\"]" \
    || die "Keycloak: could not set customer_id on user $1" "$LOG_DIR/keycloak.log"
}

seed_demo_data() {
  step "Demo data"
  if [[ -f $SEED_MARKER ]]; then ok "already seeded ($SEED_MARKER)"; return 0; fi
  AGENT_TOKEN=$(password_token anna)

  local kari ola sigrid mp
  kari=$(seed_customer kari "Kari Nordmann" 150385 412 kari.nordmann@example.no "+47 412 34 567" \
    "Eksempelveien 12" 4612 Kristiansand 0000101 58.15 8.0)
  ok "customer Kari Nordmann: $kari"
  link_login kari "$kari"
  ok "Keycloak user kari linked (customer_id=$kari)"

  ola=$(seed_customer ola "Ola Testesen" 021172 208 ola.testesen@example.no "+47 456 78 901" \
    "Prøvegata 3" 4614 Kristiansand 0000102 58.16 7.99 "Testesen Berg")
  ok "customer Ola Testesen: $ola (no login; the population register knows him as Ola Testesen Berg)"
  sigrid=$(seed_customer sigrid "Sigrid Eksempel" 280790 331 sigrid.eksempel@example.no "+47 487 65 432" \
    "Demostien 7" 4790 Lillesand 0000103 58.25 8.38)
  ok "customer Sigrid Eksempel: $sigrid (no login)"

  # Kari's own actions, with a token that now carries her customer_id.
  local kari_token purpose
  kari_token=$(password_token kari)
  for purpose in NEWSLETTER_EMAIL VISUALISATION_APP; do
    api PUT "http://127.0.0.1:8082/me/consents/$purpose" "$kari_token" \
      '{"channel":"MIN_SIDE","noticeVersion":"2024-01","evidence":"Checkbox on Min side"}'
    expect consent-service "consent $purpose for kari" 200
  done
  ok "consents NEWSLETTER_EMAIL and VISUALISATION_APP given"

  mp=$(state_get kari.meteringpoint)
  api_retry 30 404 consumption-service "48 readings for $mp" 200 \
    PUT "http://127.0.0.1:8083/metering-points/$mp/readings" "$(client_token billing-integration)" "$(hourly_readings)"
  ok "48 hourly readings stored for $mp"

  api POST "http://127.0.0.1:8083/readings/deliveries" "$(client_token billing-integration)" \
    "$(quarter_hour_delivery "$mp")" application/x-ndjson
  expect consumption-service "Elhub delivery of 2026-11-26 in quarter hours" 200
  [[ $API_BODY == *'"stored":{"meteringPoints":1,"days":1,"values":96,'* && $API_BODY == *'"refused":{"meteringPoints":1,'* ]] \
    || die "seeding: the delivery's receipt is not the one expected: ${API_BODY:0:500}" "$LOG_DIR/consumption-service.log"
  ok "Elhub delivery: 96 quarter-hour values stored for $mp, the point that is not ours refused"

  api_retry 30 409 marketing-service "newsletter subscription for kari" 200 \
    PUT "http://127.0.0.1:8084/me/newsletter-subscription" "$kari_token" '{"email":"kari.nordmann@example.no"}'
  ok "newsletter subscription active"

  api GET "http://127.0.0.1:8081/me" "$kari_token"
  expect customer-service "GET /me as kari (checks the customer_id link)" 200

  { echo "seeded $(date -Is)"; cat "$SEED_STATE"; } >"$SEED_MARKER"
  ok "done (marker $SEED_MARKER)"
}

# ---------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------
print_summary() {
  local entry name port rest user
  echo
  printf '%sLOS local stack%s\n\n' "$BOLD" "$RESET"
  printf '  %-20s %-38s %-34s %s\n' SERVICE "SWAGGER UI" OPENAPI HEALTH
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port rest <<<"$entry"
    printf '  %-20s %-38s %-34s %s\n' "$name" "http://127.0.0.1:$port/q/swagger-ui" \
      "http://127.0.0.1:$port/q/openapi" "http://127.0.0.1:$(management_port "$port")/q/health"
  done
  cat <<EOF

  Keycloak admin console  $KEYCLOAK_URL/admin/  (admin / admin; realm '$REALM')
  OpenID configuration    $REALM_URL/.well-known/openid-configuration
  Kafka bootstrap         127.0.0.1:$KAFKA_PORT
  PostgreSQL              $PG_HOST:$PG_PORT (user $PG_USER), databases: customer consent consumption marketing dsar
  Logs                    $LOG_DIR/

  Demo users (password = name + '-demo'): kari (customer), anna (agent), markus (marketing),
  petra (privacy-officer), adam (admin), rita (reception). Access token for one of them:

EOF
  for user in "${DEMO_USERS[@]}"; do
    printf "    TOKEN=\$(curl -s -d client_id=%s -d grant_type=password -d username=%s -d password=%s-demo %s | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')\n" \
      "$FRONTEND_CLIENT" "$user" "$user" "$TOKEN_URL"
  done
  cat <<EOF

  or shorter: TOKEN=\$(deploy/stack.sh token kari); then for example
    curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8081/me

EOF
}

# ---------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------
cmd_up() {
  local build=1 seed=1 infra_only=0 arg
  for arg in "$@"; do
    case $arg in
      --no-build) build=0 ;;
      --no-seed) seed=0 ;;
      --infra-only) infra_only=1 build=0 seed=0 ;;
      *) die "up: unknown option $arg (see: stack.sh help)" ;;
    esac
  done
  check_tools
  mkdir -p "$LOG_DIR" "$PID_DIR" "$DATA_DIR"
  ((build)) && build_suite
  start_postgres
  create_databases
  fetch_artifacts
  ensure_secrets
  start_kafka
  start_keycloak
  if ((infra_only)); then
    ok "infrastructure is up (--infra-only: no services started)"
    echo "    Keycloak $KEYCLOAK_URL/admin/ (admin/admin), realm $REALM_URL; Kafka 127.0.0.1:$KAFKA_PORT"
    return 0
  fi
  start_services
  ((seed)) && seed_demo_data
  print_summary
}

cmd_down() {
  step "Stopping the stack"
  local i entry
  # Reverse start order: services first, so they do not log errors about vanished Kafka/Keycloak.
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    entry=${SERVICES[i]}
    stop_component "${entry%%:*}"
  done
  stop_component notifications
  stop_component population-register
  stop_component price-source
  stop_component keycloak
  stop_component kafka
  stop_postgres_if_ours
  ok "stopped"
}

# Only a PostgreSQL that `up` started is stopped; one that ran before is never touched.
stop_postgres_if_ours() {
  local marker="$PID_DIR/postgresql.started-by-stack" version
  [[ -f $marker ]] || return 0
  version=$(<"$marker")
  pg_ctlcluster --skip-systemctl-redirect "$version" main stop || warn "PostgreSQL $version/main did not stop cleanly"
  rm -f "$marker"
  ok "stopped PostgreSQL $version/main (it was started by stack.sh)"
}

cmd_status() {
  local entry name port rest pid state
  printf '%-20s %-9s %-8s %s\n' COMPONENT STATE PID ENDPOINT
  if pg_ready; then state=running; else state=stopped; fi
  [[ -f $PID_DIR/postgresql.started-by-stack ]] && rest='(started by stack.sh)' || rest=''
  printf '%-20s %-9s %-8s %s\n' postgresql "$state" - "$PG_HOST:$PG_PORT $rest"
  show() { # show NAME ENDPOINT [READY-CHECK...]
    local n=$1 ep=$2
    shift 2
    if pid=$(running_pid "$n"); then
      state=running
      (($#)) && ! "$@" && state=starting
    else pid=- state=stopped; fi
    printf '%-20s %-9s %-8s %s\n' "$n" "$state" "$pid" "$ep"
  }
  show kafka "127.0.0.1:$KAFKA_PORT" port_open "$KAFKA_PORT"
  show keycloak "$KEYCLOAK_URL" keycloak_ready
  show notifications "$NOTIFICATIONS_URL (inbox $(notifications_inbox))" notifications_ready
  show population-register "$POPULATION_REGISTER_URL (persons $(population_persons))" population_register_ready
  show price-source "$PRICE_SOURCE_URL (prices $(price_folder))" price_source_ready
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port rest <<<"$entry"
    show "$name" "http://127.0.0.1:$port" service_ready "$port"
  done
  if [[ -f $SEED_MARKER ]]; then echo "demo data: seeded"; else echo "demo data: not seeded"; fi
}

# wipe: stop everything and delete the local state so the next `up` starts from scratch.
# The five databases are dropped too: their data is encrypted with keys in secrets.env,
# which is deleted, and the demo seed would otherwise clash with the old rows.
cmd_wipe() {
  local all=0 entry db
  [[ ${1:-} == --all ]] && all=1
  [[ $# -le 1 && ( -z ${1:-} || $all == 1 ) ]] || die "wipe: unknown option $* (see: stack.sh help)"
  # Stop the Java processes, but keep a PostgreSQL we started running until the drop.
  local pg_marker="$PID_DIR/postgresql.started-by-stack"
  step "Stopping the stack"
  for entry in "${SERVICES[@]}"; do stop_component "${entry%%:*}"; done
  stop_component keycloak
  stop_component kafka
  step "Dropping the databases"
  if pg_ready; then
    for db in $(for entry in "${SERVICES[@]}"; do echo "${entry##*:}"; done) "$KEYCLOAK_DB"; do
      psql_admin -c "drop database if exists \"$db\" with (force)" && ok "dropped $db"
    done
  else
    warn "PostgreSQL is not reachable on $PG_HOST:$PG_PORT: databases not dropped"
  fi
  [[ -f $pg_marker ]] && stop_postgres_if_ours
  step "Deleting local state"
  if ((all)); then
    rm -rf "$STACK_DIR"
    ok "deleted $STACK_DIR (downloads included)"
  else
    rm -rf "$DATA_DIR" "$LOG_DIR" "$PID_DIR" "$SECRETS_FILE" "$TRANSFER_KEY_FILE" "$SEED_STATE" "$SEED_MARKER" \
      "$STACK_DIR/kcadm.config" "$KAFKA_HOME/config" "$KEYCLOAK_HOME/data"
    ok "deleted data, logs, pids, secrets and Keycloak's database (downloads kept; 'wipe --all' removes them too)"
  fi
}

# verify: checks, against the running stack with real Keycloak tokens, what a newcomer should
# see: every service ready (database and Kafka), the demo agent reaching an agent endpoint in
# every service, the demo customer reaching its own data and nothing else, marketing kept away
# from consumption data. Prints one line per check; exits non-zero on the first failure.
verify_call() { # verify_call WHAT EXPECTED_STATUS METHOD URL TOKEN [JSON]
  local what=$1 expected=$2
  shift 2
  api "$@"
  [[ $API_STATUS == "$expected" ]] || die "verify: $what: HTTP $API_STATUS, expected $expected: ${API_BODY:0:300}"
  ok "$what (HTTP $API_STATUS)"
}

# verify_login_account_erasure AGENT_TOKEN: a new customer without a contract, with a Keycloak login
# linked by customer_id, asks for erasure by e-mail: the agent registers it and records the identity
# check, a privacy officer approves it; customer-service removes the login through Keycloak's admin
# API (client login-account-eraser) and confirms it as login-account 1.
verify_login_account_erasure() {
  local agent=$1 nin="" id="" request="" username uid removed="" _
  for _ in 1 2 3 4 5; do
    nin=$(synthetic_nin "$(printf '%02d%02d%02d' $((RANDOM % 28 + 1)) $((RANDOM % 12 + 1)) $((RANDOM % 80 + 10)))" \
      $((RANDOM % 400 + 500)))
    api POST "http://127.0.0.1:8081/customers" "$agent" "$(printf '{"fullName":"Probe Slettesen","nationalIdNumber":"%s","email":"probe.%s@example.no","phone":"+47 400 00 000","address":{"street":"Prøveveien 1","postalCode":"4612","city":"Kristiansand"}}' "$nin" "$RANDOM")"
    [[ $API_STATUS == 201 ]] && { id=$(created_id); break; }
  done
  [[ -n $id ]] || die "verify: could not register a customer for the login-account check: HTTP $API_STATUS ${API_BODY:0:200}"
  username="probe-$id"
  kcadm_login
  kcadm create users -r "$REALM" -s "username=$username" -s enabled=true -s "email=$username@example.no" \
    -s firstName=Probe -s lastName=Slettesen -s "attributes.customer_id=[\"$id\"]" >/dev/null 2>&1 \
    || die "Keycloak: could not create the login $username" "$LOG_DIR/keycloak.log"
  uid=$(kcadm get users -r "$REALM" -q "username=$username" -q exact=true --fields id --format csv --noquotes)
  [[ -n $uid ]] || die "Keycloak: the login $username was not created" "$LOG_DIR/keycloak.log"
  ok "customer $id registered, with Keycloak login $username"
  for _ in $(seq 1 60); do # dsar-service learns the customer from customer-service's registered event
    api POST "http://127.0.0.1:8085/requests" "$agent" "{\"customerId\":\"$id\",\"type\":\"ERASURE\",\"channel\":\"EMAIL\"}"
    [[ $API_STATUS == 404 ]] || break
    sleep 0.5
  done
  [[ $API_STATUS == 201 ]] || die "verify: dsar-service POST /requests ERASURE: HTTP $API_STATUS ${API_BODY:0:200}"
  ok "dsar-service registered the erasure request (HTTP 201)"
  request=$(created_id)
  verify_call "dsar-service: the agent records how the person's identity was established" 200 POST \
    "http://127.0.0.1:8085/requests/$request/identity" "$agent" '{"note":"Bekreftet kundenummer og adresse på telefon."}'
  verify_call "dsar-service: a privacy officer (petra) approves the erasure the agent registered" 200 POST \
    "http://127.0.0.1:8085/requests/$request/approval" "$(password_token petra)"
  for _ in $(seq 1 60); do
    api GET "http://127.0.0.1:8085/customers/$id/erasure-receipts?limit=1000" "$agent"
    removed=$(python3 -c 'import json,sys
for r in json.load(sys.stdin)["items"]:
    if r["service"] == "customer-service" and r["trigger"] == "ERASURE_REQUESTED":
        print(sum(d["count"] for d in r["deleted"] if d["category"] == "login-account"))' <<<"$API_BODY" 2>/dev/null || true)
    [[ -n $removed ]] && break
    sleep 0.5
  done
  [[ $removed == 1 ]] || die "verify: customer-service's confirmation names login-account ${removed:-nothing}, expected 1" \
    "$LOG_DIR/customer-service.log"
  ok "customer-service confirmed the erasure with login-account 1"
  if kcadm get "users/$uid" -r "$REALM" >/dev/null 2>&1; then
    die "verify: the login $username still exists in Keycloak after the erasure" "$LOG_DIR/customer-service.log"
  fi
  ok "the login $username is gone from Keycloak"
}

# verify_relationship_end AGENT_TOKEN: terminates the demo customer Sigrid's contract (the first
# time only) and waits until dsar-service holds the four services' confirmations of the end.
verify_relationship_end() {
  local agent=$1 sigrid contract confirmed=0
  sigrid=$(state_get sigrid.customer)
  contract=$(state_get sigrid.contract)
  [[ -n $contract ]] || die "verify: no contract of Sigrid in $SEED_STATE; run 'deploy/stack.sh wipe' and 'up' again"
  api GET "http://127.0.0.1:8081/customers/$sigrid/contracts" "$agent"
  if [[ $API_BODY == *'"status":"ACTIVE"'* ]]; then
    verify_call "customer-service terminates Sigrid's contract today" 200 POST \
      "http://127.0.0.1:8081/customers/$sigrid/contracts/$contract/termination" "$agent" "{\"endsOn\":\"$(TZ=Europe/Oslo date +%F)\"}"
  else
    ok "Sigrid's contract was terminated by an earlier verify"
  fi
  for _ in $(seq 1 60); do
    api GET "http://127.0.0.1:8085/customers/$sigrid/erasure-receipts?limit=1000" "$agent"
    confirmed=$(grep -o '"trigger":"RELATIONSHIP_ENDED"' <<<"$API_BODY" | wc -l || true)
    ((confirmed >= 4)) && break
    sleep 0.5
  done
  ((confirmed >= 4)) || die "verify: only $confirmed of 4 services confirmed Sigrid's relationship end: ${API_BODY:0:300}"
  ok "customer-, consent-, consumption- and marketing-service confirmed what they deleted and kept"
}

# await_my_request_completed TOKEN REQUEST WHAT: waits up to 30 s until the person's request is COMPLETED.
await_my_request_completed() {
  local token=$1 request=$2 what=$3 status=''
  for _ in $(seq 1 60); do
    api GET "http://127.0.0.1:8085/me/requests/$request" "$token"
    status=$(json_field status <<<"$API_BODY")
    [[ $status == COMPLETED ]] && return 0
    sleep 0.5
  done
  die "verify: $what is $status after 30 s: ${API_BODY:0:400}"
}

# verify_access_request KARI_TOKEN: kari asks for access on Min side; dsar-service fetches the four
# services' parts with its own Keycloak identity (client credentials), assembles the report, and kari
# downloads it as JSON and PDF.
verify_access_request() {
  local kari=$1 request
  verify_call "dsar-service POST /me/requests ACCESS (kari on Min side)" 201 POST "http://127.0.0.1:8085/me/requests" \
    "$kari" '{"type":"ACCESS"}'
  request=$(json_field id <<<"$API_BODY")
  await_my_request_completed "$kari" "$request" "kari's access request"
  ok "the four services' parts were fetched with dsar-service's own token; the request is COMPLETED"
  verify_call "dsar-service GET /me/requests/{id}/report (JSON)" 200 GET \
    "http://127.0.0.1:8085/me/requests/$request/report" "$kari"
  [[ $API_BODY == *'"service":"consumption-service"'* && $API_BODY == *'Datatilsynet'* ]] \
    || die "verify: kari's report lacks consumption-service's part or the right to complain: ${API_BODY:0:300}"
  ok "the report holds every service's part and names Datatilsynet"
  local pdf_status
  pdf_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $kari" -H 'Accept: application/pdf' \
    "http://127.0.0.1:8085/me/requests/$request/report")
  [[ $pdf_status == 200 ]] || die "verify: kari's report as PDF: HTTP $pdf_status"
  ok "dsar-service GET /me/requests/{id}/report (PDF) (HTTP 200)"
}

# verify_restriction KARI_TOKEN KARI_ID AGENT_TOKEN: kari asks on Min side that her data's processing be
# restricted; every service confirms, customer service can no longer change her record, and a privacy
# officer (petra) lifts it only after the notice to kari, each service confirming the lifting.
verify_restriction() {
  local kari=$1 kari_id=$2 agent=$3 petra request lifted=''
  petra=$(password_token petra)
  verify_call "dsar-service POST /me/requests RESTRICTION (kari on Min side)" 201 POST "http://127.0.0.1:8085/me/requests" \
    "$kari" '{"type":"RESTRICTION"}'
  request=$(json_field id <<<"$API_BODY")
  await_my_request_completed "$kari" "$request" "kari's restriction request"
  ok "every service has restricted kari's data; the request is COMPLETED"
  verify_call "customer-service: the agent cannot change a restricted customer" 409 PATCH \
    "http://127.0.0.1:8081/customers/$kari_id" "$agent" '{"phone":"+47 412 34 567"}'
  verify_call "dsar-service: lifting before kari is told is refused" 409 POST \
    "http://127.0.0.1:8085/requests/$request/lifting" "$petra"
  verify_call "dsar-service: petra tells kari the restriction will be lifted" 200 POST \
    "http://127.0.0.1:8085/requests/$request/lifting-notice" "$petra" \
    '{"reasons":"Opplysningene dine er kontrollert, og det er ikke lenger grunn til å begrense behandlingen."}'
  verify_call "dsar-service: petra lifts the restriction" 200 POST "http://127.0.0.1:8085/requests/$request/lifting" "$petra"
  for _ in $(seq 1 60); do
    api GET "http://127.0.0.1:8085/requests/$request" "$petra"
    lifted=$(python3 -c 'import json,sys
print(sum(1 for p in json.load(sys.stdin)["rights"]["services"] if p["liftConfirmedAt"]))' <<<"$API_BODY" 2>/dev/null || true)
    [[ $lifted == 4 ]] && break
    sleep 0.5
  done
  [[ $lifted == 4 ]] || die "verify: ${lifted:-no} services confirmed lifting kari's restriction, expected 4: ${API_BODY:0:400}"
  ok "the four services confirmed the lifting"
  verify_call "customer-service: the agent can change kari's record again" 200 PATCH \
    "http://127.0.0.1:8081/customers/$kari_id" "$agent" '{"phone":"+47 412 34 567"}'
}

# verify_objection KARI_TOKEN KARI_ID: kari objects on Min side to being compared with similar
# households; consent-service records the objection for the privacy officer, petra upholds it there,
# every service answers what it stopped, and consumption-service no longer compares kari's household.
verify_objection() {
  local kari=$1 kari_id=$2 petra request objection=''
  petra=$(password_token petra)
  verify_call "dsar-service POST /me/requests OBJECTION to PEER_COMPARISON (kari on Min side)" 201 POST \
    "http://127.0.0.1:8085/me/requests" "$kari" \
    '{"type":"OBJECTION","objection":{"scope":"PEER_COMPARISON","grounds":"Vi jobber begge hjemmefra, så sammenligningen sier lite om oss."}}'
  request=$(json_field id <<<"$API_BODY")
  for _ in $(seq 1 60); do
    api GET "http://127.0.0.1:8082/customers/$kari_id/objections" "$petra"
    objection=$(REQUEST="$request" python3 -c 'import json,os,sys
print(next((o["id"] for o in json.load(sys.stdin)["items"] if o.get("requestId") == os.environ["REQUEST"]), ""))' \
      <<<"$API_BODY" 2>/dev/null || true)
    [[ -n $objection ]] && break
    sleep 0.5
  done
  [[ -n $objection ]] || die "verify: consent-service did not record kari's objection: ${API_BODY:0:300}"
  ok "consent-service recorded kari's objection, pending, linked to the request"
  verify_call "consent-service: petra upholds the objection" 200 POST \
    "http://127.0.0.1:8082/customers/$kari_id/objections/$objection/decision" "$petra" \
    '{"outcome":"UPHELD","reason":"Ingen tvingende berettigede grunner går foran kundens situasjon."}'
  await_my_request_completed "$kari" "$request" "kari's objection request"
  ok "every service answered what it stopped; the request is COMPLETED"
  verify_call "consumption-service: kari's household is compared no more" 409 GET \
    "http://127.0.0.1:8083/me/consumption/similar-households?month=$(date +%Y-%m)" "$kari"
  [[ $API_BODY == *"objection to comparison with similar households is upheld"* ]] \
    || die "verify: the 409 is not for the objection: ${API_BODY:0:300}"
}

# verify_identity_code AGENT_TOKEN KARI_ID: kari phones customer service and asks for access; the agent
# registers it, has a one-time code sent to the e-mail address customer-service holds (the stand-in
# provider's inbox shows what kari received), and enters the code kari reads back: the identity is
# established (ONE_TIME_CODE) and the request announced. A wrong code first uses a try.
verify_identity_code() {
  local agent=$1 kari_id=$2 request code='' wrong
  verify_call "dsar-service: the agent registers kari's access request, made by phone" 201 POST \
    "http://127.0.0.1:8085/requests" "$agent" "{\"customerId\":\"$kari_id\",\"type\":\"ACCESS\",\"channel\":\"PHONE\"}"
  request=$(json_field id <<<"$API_BODY")
  verify_call "dsar-service: a one-time code goes to kari's registered e-mail address" 202 POST \
    "http://127.0.0.1:8085/requests/$request/identity-code" "$agent" '{"channel":"EMAIL"}'
  for _ in $(seq 1 20); do
    code=$(python3 -c 'import json,re,sys
lines=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
codes=[m.group(1) for l in lines for m in [re.search(r"Engangskoden din er (\d{6})", l.get("text",""))] if m]
print(codes[-1] if codes else "")' "$(notifications_inbox)" 2>/dev/null || true)
    [[ -n $code ]] && break
    sleep 0.5
  done
  [[ -n $code ]] || die "verify: no one-time code reached the inbox $(notifications_inbox)"
  ok "the provider's inbox holds the code kari received"
  wrong=$(printf '%06d' $(((10#$code + 1) % 1000000)))
  verify_call "dsar-service: a wrong code is refused and uses a try" 400 POST \
    "http://127.0.0.1:8085/requests/$request/identity-code/verification" "$agent" "{\"code\":\"$wrong\"}"
  verify_call "dsar-service: the code kari reads back establishes her identity and announces the request" 200 POST \
    "http://127.0.0.1:8085/requests/$request/identity-code/verification" "$agent" "{\"code\":\"$code\"}"
  [[ $(json_field identityCheck <<<"$API_BODY") == ONE_TIME_CODE ]] \
    || die "verify: the identity check is not ONE_TIME_CODE: ${API_BODY:0:300}"
}

# verify_population_register AGENT_TOKEN KARI_ID OLA_ID: customer-service has checked the seeded
# customers against the population register stand-in: kari matches, and ola, whom the register
# knows by another family name, is on the agents' REGISTER_MISMATCH work list with his record unchanged.
verify_population_register() {
  local agent=$1 kari_id=$2 ola_id=$3 status=''
  for _ in $(seq 1 30); do
    api GET "http://127.0.0.1:8081/customers/$kari_id" "$agent"
    status=$(python3 -c 'import json,sys; print((json.load(sys.stdin).get("populationRegister") or {}).get("status") or "")' <<<"$API_BODY" 2>/dev/null || true)
    [[ $status == RESIDENT ]] && break
    sleep 1
  done
  [[ $status == RESIDENT ]] || die "verify: kari was not checked against the population register (status '$status')" "$LOG_DIR/customer-service.log"
  ok "customer-service: kari is checked against the population register (RESIDENT)"
  verify_call "customer-service: the REGISTER_MISMATCH work list" 200 GET \
    "http://127.0.0.1:8081/work-items?kind=REGISTER_MISMATCH&limit=1000" "$agent"
  grep -q "\"customerId\":\"$ola_id\"" <<<"${API_BODY//[[:space:]]/}" \
    || die "verify: ola's name differs from the register but he is not on the work list: ${API_BODY:0:300}"
  ok "ola's name differs from the register: he is on the work list, his record unchanged"
}

# verify_prices: consumption-service imported today's NO2 prices from the price source stand-in, and
# shows them per hour (the exact mean of the quarters) to a signed-in customer.
verify_prices() {
  local kari=$1 today tomorrow hours=0
  today=$(TZ=Europe/Oslo date +%F) tomorrow=$(TZ=Europe/Oslo date -d tomorrow +%F)
  for _ in $(seq 1 30); do
    api GET "http://127.0.0.1:8083/prices/NO2?from=${today}T00:00:00%2B01:00&to=${tomorrow}T00:00:00%2B01:00" "$kari"
    hours=$(python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("prices") or []))' <<<"$API_BODY" 2>/dev/null || echo 0)
    ((hours >= 23)) && break
    sleep 1
  done
  ((hours >= 23)) || die "verify: consumption-service has not imported today's NO2 prices (${API_BODY:0:300})" \
    "$LOG_DIR/consumption-service.log"
  ok "consumption-service: today's NO2 prices imported from the price source, $hours hours (means of quarters)"
}

cmd_verify() {
  local entry name port agent kari markus kari_id other_id kari_mp ola_mp request_id period
  [[ -f $SEED_MARKER ]] || die "verify: the demo data is not seeded; run 'deploy/stack.sh up' first"
  step "Readiness"
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port _ <<<"$entry"
    service_ready "$port" || die "verify: $name is not ready on port $port" "$LOG_DIR/$name.log"
    ok "$name ready (database and Kafka UP)"
  done

  step "The broker lets each service write only its own topic"
  JAVA17=$(find_java 17) || die "no Java 17 or newer found"
  broker_access prove

  kari_id=$(state_get kari.customer)
  other_id=$(state_get ola.customer)
  kari_mp=$(state_get kari.meteringpoint)
  ola_mp=$(state_get ola.meteringpoint)
  agent=$(password_token anna)
  kari=$(password_token kari)
  markus=$(password_token markus)
  period="from=2020-01-01T00:00:00%2B01:00&to=2020-12-31T00:00:00%2B01:00"

  step "The demo agent (anna) reaches an agent endpoint in every service"
  verify_call "customer-service GET /customers/{kari}" 200 GET "http://127.0.0.1:8081/customers/$kari_id" "$agent"
  verify_call "consent-service GET /customers/{kari}/consents" 200 GET "http://127.0.0.1:8082/customers/$kari_id/consents" "$agent"
  verify_call "consumption-service GET /metering-points/{kari's}/readings" 200 GET \
    "http://127.0.0.1:8083/metering-points/$kari_mp/readings?$period" "$agent"
  verify_call "marketing-service GET /customers/{kari}/newsletter-subscription" 200 GET \
    "http://127.0.0.1:8084/customers/$kari_id/newsletter-subscription" "$agent"
  verify_call "dsar-service POST /requests for kari" 201 POST "http://127.0.0.1:8085/requests" "$agent" \
    "{\"customerId\":\"$kari_id\",\"type\":\"ACCESS\",\"channel\":\"EMAIL\"}"
  request_id=$(json_field id <<<"$API_BODY")
  verify_call "dsar-service GET /requests/{id}" 200 GET "http://127.0.0.1:8085/requests/$request_id" "$agent"

  step "The demo customer (kari) reaches its own data only"
  verify_call "customer-service GET /me" 200 GET "http://127.0.0.1:8081/me" "$kari"
  [[ $(json_field id <<<"$API_BODY") == "$kari_id" ]] || die "verify: /me answered another customer"
  ok "/me is kari's own record"
  verify_call "customer-service GET /customers/{another customer}" 403 GET "http://127.0.0.1:8081/customers/$other_id" "$kari"
  verify_call "consent-service GET /me/consents" 200 GET "http://127.0.0.1:8082/me/consents" "$kari"
  verify_call "consent-service GET /customers/{another customer}/consents" 403 GET \
    "http://127.0.0.1:8082/customers/$other_id/consents" "$kari"
  verify_call "consumption-service GET /metering-points/{another customer's}/readings" 403 GET \
    "http://127.0.0.1:8083/metering-points/$ola_mp/readings?$period" "$kari"
  verify_call "consumption-service GET /me/consumption/hourly" 200 GET \
    "http://127.0.0.1:8083/me/consumption/hourly?from=2020-01-01T00:00:00%2B01:00&to=2020-12-31T00:00:00%2B01:00" "$kari"
  verify_call "marketing-service GET /me/newsletter-subscription" 200 GET "http://127.0.0.1:8084/me/newsletter-subscription" "$kari"
  verify_call "dsar-service GET /me/requests" 200 GET "http://127.0.0.1:8085/me/requests" "$kari"

  step "Purpose limitation"
  verify_call "marketing (markus) cannot read consumption" 403 GET \
    "http://127.0.0.1:8083/metering-points/$kari_mp/readings?$period" "$markus"
  verify_call "no token is refused" 401 GET "http://127.0.0.1:8081/customers/$kari_id" ""

  step "Each machine client reaches only what its role is for (least privilege, los-realm.json)"
  local billing delivery
  billing=$(client_token billing-integration)
  delivery=$(client_token newsletter-delivery)
  verify_call "billing-integration reads kari's readings" 200 GET \
    "http://127.0.0.1:8083/metering-points/$kari_mp/readings?$period" "$billing"
  verify_call "the agent (anna) may read but not write readings" 403 PUT \
    "http://127.0.0.1:8083/metering-points/$kari_mp/readings" "$agent" '{"readings":[]}'
  verify_call "newsletter-delivery reads the newsletter list" 200 GET "http://127.0.0.1:8084/newsletter/subscriptions" "$delivery"
  verify_call "newsletter-delivery's token is not for consumption-service" 401 GET \
    "http://127.0.0.1:8083/metering-points/$kari_mp/readings?$period" "$delivery"
  verify_call "billing-integration cannot read the newsletter list" 401 GET "http://127.0.0.1:8084/newsletter/subscriptions" "$billing"

  step "Access (Art. 15): kari asks on Min side, dsar-service collects with its own identity"
  verify_access_request "$kari"

  step "Restriction (Art. 18): kari's data is kept but frozen until petra lifts it after telling her"
  verify_restriction "$kari" "$kari_id" "$agent"
  verify_objection "$kari" "$kari_id"
  verify_identity_code "$agent" "$kari_id"

  step "The population register (R6): customers are checked, differences go to the agents"
  verify_population_register "$agent" "$kari_id" "$other_id"

  step "Day-ahead prices: imported from the price source, per hour and per quarter"
  verify_prices "$kari"

  step "The erasure protocol: Sigrid's last contract ends, every service confirms"
  verify_relationship_end "$agent"

  step "An erasure request removes the customer's login account from Keycloak"
  verify_login_account_erasure "$agent"
  step "All checks passed"
}

cmd_token() {
  local who=${1:-}
  if [[ " ${MACHINE_CLIENTS[*]} dsar-service " == *" $who "* ]]; then
    client_token "$who"
    return
  fi
  [[ " ${DEMO_USERS[*]} " == *" $who "* ]] || die "token: give one of: ${DEMO_USERS[*]} ${MACHINE_CLIENTS[*]} dsar-service"
  password_token "$who"
}

usage() {
  cat <<'EOF'
Usage: deploy/stack.sh [COMMAND] [OPTIONS]

  up [--no-build] [--no-seed] [--infra-only]
               build, start PostgreSQL (if needed), Kafka, Keycloak and the five services,
               seed demo data once, print the URLs (default command)
               --no-build    use the jars already in */target/quarkus-app
               --no-seed     do not create demo data
               --infra-only  only PostgreSQL, Kafka and Keycloak (run services yourself)
  down         stop what 'up' started (PostgreSQL only if 'up' started it)
  status       show what runs
  wipe [--all] down, drop the six databases (five services, Keycloak), delete data/logs/secrets in deploy/.stack
               (--all: also the downloaded Kafka and Keycloak)
  token WHO    print an access token: a demo user (kari anna markus petra adam, password grant of the
               local-only client los-local-cli) or a machine client (billing-integration newsletter-delivery
               dsar-service, client credentials)
  verify       check the running stack: readiness, the broker refusing every service the other
               services' topics, the demo agent in every service, the demo customer reaching only
               its own data, marketing kept from consumption data, each machine client reaching
               only what its role is for, an access request answered end to end, the erasure protocol
EOF
}

main() {
  local cmd=${1:-up}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down ;;
    status) cmd_status ;;
    wipe) cmd_wipe "$@" ;;
    token) cmd_token "$@" ;;
    verify) cmd_verify ;;
    help | -h | --help) usage ;;
    --*) cmd_up "$cmd" "$@" ;;   # `stack.sh --no-build` means `stack.sh up --no-build`
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
