#!/usr/bin/env bash
# docker/compose.yaml with podman-compose (Debian 12's 1.0.3), in the order Docker Compose would follow: podman-compose
# 1.0.3 does not stop on a failed build and does not wait for `depends_on: condition: service_healthy`, and podman
# without systemd never runs a HEALTHCHECK on its own. So this script:
#   1. builds the two images with podman (a failed build fails the script),
#   2. starts postgres, waits until its health check passes (`podman healthcheck run`), then the sandbox, likewise,
#   3. runs the conformance service once; its exit code (0: every @requis scenario passed) is the script's.
# The sandbox and PostgreSQL keep running (http://127.0.0.1:5080); stop them with
#   podman-compose -f docker/compose.yaml down
#
# Offline (no mcr.microsoft.com, no docker.io), after docker/build-local.sh with POSTGRES_BASE=1:
#   SDK_IMAGE=localhost/dotnet-sdk:10.0 RUNTIME_IMAGE=localhost/aspnet:10.0 POSTGRES_IMAGE=localhost/postgres-offline:15 \
#     docker/compose-up.sh
# Needs root (rootful podman), podman, runc, podman-compose, and with podman's CNI network backend (Debian 12) the dnsname
# plugin, without which services cannot resolve each other by name (« Name or service not known »):
#   apt-get install podman runc podman-compose golang-github-containernetworking-plugin-dnsname
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[compose-up] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

export SDK_IMAGE=${SDK_IMAGE:-mcr.microsoft.com/dotnet/sdk:10.0}
export RUNTIME_IMAGE=${RUNTIME_IMAGE:-mcr.microsoft.com/dotnet/aspnet:10.0}
export POSTGRES_IMAGE=${POSTGRES_IMAGE:-docker.io/library/postgres:16}
COMPOSE=(podman-compose -f docker/compose.yaml)

# podman on cgroup v1 kernels with a low hard nofile limit runs only with runc and lowered ulimits (crun fails on
# setrlimit); a containers.conf says so for every container podman-compose starts.
conf=$(mktemp -t aicisandbox-containers.XXXXXX.conf)
trap 'rm -f "$conf"' EXIT
nofile=$(ulimit -Hn)
printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=1000:1000"]\n[engine]\nruntime = "runc"\n' "$nofile" "$nofile" >"$conf"
export CONTAINERS_CONF=$conf

if [[ $(podman info --format '{{.Host.NetworkBackend}}') == cni ]]; then
  [[ -x /usr/lib/cni/dnsname ]] || die "podman's CNI backend lacks the dnsname plugin: apt-get install golang-github-containernetworking-plugin-dnsname"
  # A project network made before the plugin was installed has no name resolution: drop it (podman-compose remakes it).
  if podman network exists docker_default && ! podman network inspect docker_default | grep -q dnsname; then
    podman network rm -f docker_default >/dev/null
  fi
fi

build() { # tag, dockerfile
  log "podman build -f $2 -> $1"
  podman build --format docker --layers=false --pull=missing --network host \
    --build-arg SDK_IMAGE="$SDK_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" -f "$2" -t "$1" . \
    || die "building $1 failed"
  podman image prune -f >/dev/null
}
build localhost/aicisandbox:latest docker/Dockerfile
build localhost/aicisandbox-conformance:latest docker/Dockerfile.conformance
mkdir -p conformance-report

wait_healthy() { # service
  local id
  id=$(podman ps -q --filter "label=com.docker.compose.service=$1" | head -1)
  [[ -n $id ]] || die "service $1 is not running"
  for _ in $(seq 90); do
    podman healthcheck run "$id" >/dev/null 2>&1 && { log "$1 is healthy"; return; }
    sleep 1
  done
  podman logs --tail 30 "$id" >&2 || true
  die "$1 did not become healthy in 90 s"
}

"${COMPOSE[@]}" up -d --no-build postgres
wait_healthy postgres
"${COMPOSE[@]}" up -d --no-build sandbox
wait_healthy sandbox
log "sandbox on PostgreSQL: http://127.0.0.1:5080 — running the conformance service"
status=0
# Bounded, so that a stuck run cannot hang a CI job (the kit's own run takes one to four minutes on 2 cores).
timeout --kill-after=30 "${CONFORMANCE_TIMEOUT:-900}" "${COMPOSE[@]}" run --rm conformance || status=$?
((status != 124)) || log "the conformance service did not finish in ${CONFORMANCE_TIMEOUT:-900} s"
log "conformance exited $status (reports in conformance-report/)"
exit "$status"
