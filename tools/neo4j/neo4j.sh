#!/usr/bin/env bash
# Local Neo4j 5.26 LTS (community) for intelgraph's tests and CI, without Docker.
#
# The server is Neo4j's own DBMS, run embedded with its Bolt connector by the
# small Java launcher in this directory, built with Maven from Maven Central
# artifacts (see pom.xml). Needs only Java 17+ and Maven.
#
# usage: tools/neo4j/neo4j.sh COMMAND
#   start    build the launcher if needed, start the server in the background,
#            wait until Bolt answers (idempotent: no-op if already running)
#   stop     stop the server started by `start` and wait for it to exit
#   restart  stop, then start
#   status   exit 0 if the server is running and Bolt answers, 1 otherwise
#   env      print `export INTELGRAPH_TEST_NEO4J_...=...` lines, for eval
#   build    (re)build the launcher jar
#   logs     print the tail of the server logs
#   clean    stop the server and delete its run directory (all data)
#
# environment (all optional):
#   INTELGRAPH_NEO4J_HOME           run directory: pid, logs, database files
#                                   (default: tools/neo4j/.run in the repo)
#   INTELGRAPH_NEO4J_PORT           Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_PASSWORD                  password of user neo4j (default intelgraph-test)
#   INTELGRAPH_NEO4J_HEAP           JVM max heap (default 1g)
#   INTELGRAPH_NEO4J_PAGECACHE      Neo4j page cache size (default 256m)
#   INTELGRAPH_NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 180)
#   INTELGRAPH_NEO4J_JAVA_OPTS      extra JVM options
#   INTELGRAPH_NEO4J_MVN_ARGS       extra Maven options for the build
#                                   (e.g. -o, -Dmaven.repo.local=...)
#   JAVA_HOME                       Java to use (else `java` on PATH)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUN_DIR=${INTELGRAPH_NEO4J_HOME:-$SCRIPT_DIR/.run}
PORT=${INTELGRAPH_NEO4J_PORT:-7687}
HOST=127.0.0.1
NEO4J_USER=neo4j
PASSWORD=${NEO4J_PASSWORD:-intelgraph-test}
HEAP=${INTELGRAPH_NEO4J_HEAP:-1g}
PAGECACHE=${INTELGRAPH_NEO4J_PAGECACHE:-256m}
START_TIMEOUT=${INTELGRAPH_NEO4J_START_TIMEOUT:-180}
STOP_TIMEOUT=60

JAR=$SCRIPT_DIR/target/intelgraph-neo4j.jar
PID_FILE=$RUN_DIR/neo4j.pid
LOG_FILE=$RUN_DIR/neo4j.log
READY_FILE=$RUN_DIR/ready
DB_HOME=$RUN_DIR/home

log() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

java_bin() {
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
        printf '%s\n' "$JAVA_HOME/bin/java"
    elif command -v java >/dev/null 2>&1; then
        command -v java
    else
        die "java not found: install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
    fi
}

check_java() {
    local java version major
    java=$(java_bin)
    version=$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1) || true
    [[ -n $version ]] || die "could not read the version of $java ('$java -version' failed)"
    major=${version%%.*}
    [[ $major =~ ^[0-9]+$ ]] || die "unrecognised Java version '$version' from $java"
    if ((major < 17)); then
        die "Neo4j 5.26 needs Java 17 or 21, but $java is Java $version (set JAVA_HOME to a JDK 17)"
    fi
    if ((major != 17 && major != 21)); then
        log "warning: Neo4j 5.26 supports Java 17 and 21; $java is Java $version, trying anyway"
    fi
}

jar_is_stale() {
    [[ -f $JAR && -d $SCRIPT_DIR/target/lib ]] || return 0
    [[ -n $(find "$SCRIPT_DIR/pom.xml" "$SCRIPT_DIR/src" -newer "$JAR" -print -quit) ]]
}

build() {
    command -v mvn >/dev/null 2>&1 ||
        die "mvn not found: install Maven (e.g. apt-get install maven) to build the Neo4j launcher"
    check_java
    log "building the Neo4j launcher with Maven (a first build downloads ~170 MB of jars into the local Maven repository, ~/.m2)..."
    local -a extra=()
    # shellcheck disable=SC2206 # deliberate word splitting of user options
    [[ -n ${INTELGRAPH_NEO4J_MVN_ARGS:-} ]] && extra=(${INTELGRAPH_NEO4J_MVN_ARGS})
    local started=$SECONDS
    # A stale target/lib could hold jars of another Neo4j version.
    rm -rf "$SCRIPT_DIR/target/lib"
    if [[ -n ${JAVA_HOME:-} ]]; then export JAVA_HOME; fi
    mkdir -p "$RUN_DIR"
    local build_log=$RUN_DIR/build.log
    if ! mvn -B -ntp -f "$SCRIPT_DIR/pom.xml" "${extra[@]}" package >"$build_log" 2>&1; then
        echo "---- last 60 lines of $build_log ----" >&2
        tail -n 60 "$build_log" >&2
        die "Maven build of $SCRIPT_DIR failed (full log: $build_log)"
    fi
    [[ -f $JAR ]] || die "Maven build finished but $JAR is missing"
    log "built $JAR in $((SECONDS - started))s"
}

# pid of our server if it is running, else nothing (exit 1).
running_pid() {
    [[ -f $PID_FILE ]] || return 1
    local pid
    pid=$(<"$PID_FILE")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: it must be our launcher.
    local args
    if [[ -r /proc/$pid/cmdline ]]; then
        args=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    else
        args=$(ps -o args= -p "$pid" 2>/dev/null) || return 1
    fi
    [[ $args == *intelgraph-neo4j.jar* ]] || return 1
    printf '%s\n' "$pid"
}

port_open() {
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
}

# Real Bolt handshake: magic 0x6060B017, then proposals 5.0-5.8, 4.4, 4.3, 4.2.
# The server answers with the 4-byte version it picked (all zeros = none).
bolt_handshake() {
    local answer
    if ! command -v timeout >/dev/null 2>&1; then
        # No coreutils timeout (e.g. macOS): settle for an open port.
        port_open && echo "Bolt port open"
        return
    fi
    # shellcheck disable=SC2016 # $1/$2 expand in the inner shell
    answer=$(timeout 5 bash -c '
        exec 3<>"/dev/tcp/$1/$2" || exit 1
        printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x03\x04\x00\x00\x02\x04" >&3
        head -c 4 <&3 | od -An -tx1
    ' _ "$HOST" "$PORT" 2>/dev/null | tr -d ' \n') || return 1
    [[ ${#answer} -eq 8 && $answer != 00000000 ]] || return 1
    printf 'Bolt %d.%d\n' "0x${answer:6:2}" "0x${answer:4:2}"
}

show_logs() {
    local n=${1:-40}
    # debug.log first: the launcher's own log (with any startup error) ends last.
    if [[ -f $DB_HOME/logs/debug.log ]]; then
        echo "---- last $((n / 2)) lines of $DB_HOME/logs/debug.log ----" >&2
        tail -n "$((n / 2))" "$DB_HOME/logs/debug.log" >&2
    fi
    if [[ -f $LOG_FILE ]]; then
        echo "---- last $n lines of $LOG_FILE ----" >&2
        tail -n "$n" "$LOG_FILE" >&2
    fi
}

start() {
    local pid
    if pid=$(running_pid); then
        if bolt_handshake >/dev/null; then
            log "already running (pid $pid), Bolt on bolt://$HOST:$PORT"
            return 0
        fi
        log "a server (pid $pid) is running but Bolt does not answer yet; waiting for it"
        wait_ready "$pid"
        return
    fi
    ((${#PASSWORD} >= 8)) || die "NEO4J_PASSWORD must be at least 8 characters long (Neo4j's minimum)"
    check_java
    if port_open; then
        die "port $HOST:$PORT is already in use by another process (another Neo4j, e.g. docker compose?). Stop it or set INTELGRAPH_NEO4J_PORT."
    fi
    if jar_is_stale; then build; fi

    mkdir -p "$RUN_DIR"
    rm -f "$READY_FILE" "$PID_FILE"
    local java
    java=$(java_bin)
    local -a jvm=(
        -Xms256m "-Xmx$HEAP"
        -XX:+UseG1GC
        -XX:+ExitOnOutOfMemoryError
        -XX:-OmitStackTraceInFastThrow
        -XX:+DisableExplicitGC
        -Djdk.nio.maxCachedBufferSize=1024
        -Dio.netty.tryReflectionSetAccessible=true
        -Dlog4j2.disable.jmx=true
        -Dfile.encoding=UTF-8
        --add-opens=java.base/java.nio=ALL-UNNAMED
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
        --add-opens=java.base/java.io=ALL-UNNAMED
        --add-opens=java.base/java.lang=ALL-UNNAMED
    )
    # shellcheck disable=SC2206 # deliberate word splitting of user options
    [[ -n ${INTELGRAPH_NEO4J_JAVA_OPTS:-} ]] && jvm+=(${INTELGRAPH_NEO4J_JAVA_OPTS})

    log "starting Neo4j on bolt://$HOST:$PORT (run dir $RUN_DIR, heap $HEAP, page cache $PAGECACHE)"
    {
        echo "==== $(date -u +%Y-%m-%dT%H:%M:%SZ) neo4j.sh start"
    } >>"$LOG_FILE"
    # setsid: own session, so the server outlives this script and is not hit by
    # signals aimed at the caller's process group; stdin closed for CI. (This
    # script runs without job control, so setsid execs in place and $! is the
    # JVM's pid.) 9>&- keeps the JVM from inheriting the flock of with_lock.
    local -a detach=()
    command -v setsid >/dev/null 2>&1 && detach=(setsid)
    NEO4J_PASSWORD=$PASSWORD "${detach[@]}" "$java" "${jvm[@]}" -jar "$JAR" \
        --home "$DB_HOME" --listen "$HOST" --port "$PORT" \
        --pagecache "$PAGECACHE" --ready-file "$READY_FILE" \
        </dev/null >>"$LOG_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    wait_ready "$pid"
}

wait_ready() {
    local pid=$1 started=$SECONDS proto
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            show_logs 60
            die "Neo4j exited during startup (see logs above)"
        fi
        if [[ -f $READY_FILE ]] && port_open && proto=$(bolt_handshake); then
            log "Neo4j is up (pid $pid, $proto on bolt://$HOST:$PORT, user $NEO4J_USER) after $((SECONDS - started))s"
            return 0
        fi
        if ((SECONDS - started >= START_TIMEOUT)); then
            show_logs 60
            log "Neo4j did not answer on bolt://$HOST:$PORT within ${START_TIMEOUT}s; stopping it"
            stop || true
            exit 1
        fi
        sleep 0.5
    done
}

stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$PID_FILE" "$READY_FILE"
        log "not running"
        return 0
    fi
    log "stopping Neo4j (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local started=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS - started >= STOP_TIMEOUT)); then
            log "still running after ${STOP_TIMEOUT}s; killing it (SIGKILL)"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.2
    done
    rm -f "$PID_FILE" "$READY_FILE"
    log "stopped after $((SECONDS - started))s"
}

status() {
    local pid proto
    if ! pid=$(running_pid); then
        echo "neo4j: not running"
        return 1
    fi
    if proto=$(bolt_handshake); then
        echo "neo4j: running (pid $pid), $proto on bolt://$HOST:$PORT, run dir $RUN_DIR"
        return 0
    fi
    echo "neo4j: process $pid is running but Bolt on $HOST:$PORT does not answer"
    return 1
}

print_env() {
    printf 'export INTELGRAPH_TEST_NEO4J_URI=%q\n' "bolt://$HOST:$PORT"
    printf 'export INTELGRAPH_TEST_NEO4J_USER=%q\n' "$NEO4J_USER"
    printf 'export INTELGRAPH_TEST_NEO4J_PASSWORD=%q\n' "$PASSWORD"
}

clean() {
    stop
    if [[ -d $RUN_DIR ]]; then
        rm -rf "$RUN_DIR"
        log "removed $RUN_DIR"
    fi
}

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

# Serialise start/stop/build/clean of one run directory (e.g. parallel `make`).
with_lock() {
    if command -v flock >/dev/null 2>&1; then
        mkdir -p "$RUN_DIR"
        exec 9>"$RUN_DIR/.lock"
        flock -w 600 9 || die "timed out waiting for the lock $RUN_DIR/.lock"
    fi
    "$@"
}

cmd=${1:-}
case $cmd in
    start) with_lock start ;;
    stop) with_lock stop ;;
    restart) with_lock stop && with_lock start ;;
    status) status ;;
    env) print_env ;;
    build)
        if pid=$(running_pid); then die "Neo4j is running (pid $pid) from the jar being rebuilt; stop it first"; fi
        with_lock build
        ;;
    logs) show_logs "${2:-100}" 2>&1 ;;
    clean) with_lock clean ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
