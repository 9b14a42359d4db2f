#!/usr/bin/env bash
# Builds the AiciSandbox image from docker/Dockerfile (or, with --conformance, the conformance kit's image from
# docker/Dockerfile.conformance) on a machine WITHOUT registry access and without a Docker engine:
# mcr.microsoft.com and docker.io cannot be pulled, so the two base images the Dockerfiles take as build arguments are
# made here, and podman (with runc) builds the Dockerfile unchanged on top of them:
#   localhost/dotnet-sdk:10.0  Debian bookworm (debootstrap minbase + libicu72, libssl3, libgssapi-krb5-2 (which Npgsql
#                              probes at connection), ca-certificates, tzdata)
#                              + this machine's .NET SDK (/usr/share/dotnet) + this machine's extra CA certificates
#                              (/usr/local/share/ca-certificates, for a TLS-intercepting proxy in front of NuGet)
#   localhost/aspnet:10.0      the same Debian base + this machine's dotnet host and shared runtimes
#                              (Microsoft.NETCore.App, Microsoft.AspNetCore.App), port 8080, like mcr's aspnet:10.0
# On a normal machine use `docker build -f docker/Dockerfile -t aicisandbox .` instead (see README, "Docker").
#
# Needs: root, Debian 12 with apt and a Debian mirror reachable, the .NET 10 SDK installed in /usr/share/dotnet,
# NuGet reachable (the build container uses the host's network: the restore runs inside `podman build`).
#
# Usage (from anywhere):  docker/build-local.sh [IMAGE_TAG]        default tag: aicisandbox:local
#                         docker/build-local.sh --conformance [IMAGE_TAG]   default tag: aicisandbox-conformance:local
#   The build context is this checkout's work tree, as with `docker build`.
#   SKIP_BASES=1      reuse localhost/dotnet-sdk:10.0 and localhost/aspnet:10.0 if they exist
#   SMOKE=1           after the build, run the image on 127.0.0.1:8090 and check /health and the HEALTHCHECK command;
#                     with --conformance, run the kit (--network none: it needs nothing outside the container) with a
#                     report directory mounted: `run --reference-integrator` must exit 0 and
#                     `run --reference-integrator --defect no-retry` exit 1, each writing junit.xml
#   DEBIAN_MIRROR=…   debootstrap mirror (default: debootstrap's own)
#   WORK_DIR=…        where the root file systems are assembled (default /var/tmp/aicisandbox-bases; removed at the end)
#   POSTGRES_BASE=1   also make localhost/postgres-offline:15, the stand-in for docker.io/library/postgres:16 that
#                     docker/compose.yaml uses with POSTGRES_IMAGE=localhost/postgres-offline:15: Debian's PostgreSQL 15
#                     (bookworm has no 16) with docker/postgres-offline-entrypoint.sh, which honours POSTGRES_USER,
#                     POSTGRES_PASSWORD and POSTGRES_DB like the official image
# podman on this kind of kernel (cgroup v1, hard nofile limit 20000) runs only with runc and lowered ulimits; to run:
#   podman --runtime /usr/bin/runc run -d --ulimit nofile=20000:20000 --ulimit nproc=1000:1000 \
#     -p 127.0.0.1:8090:8080 -v aicisandbox-data:/data aicisandbox:local
#   and the kit against a driver on the host (--network host: the container's 127.0.0.1 is the host's):
#   podman --runtime /usr/bin/runc run --rm --ulimit nofile=20000:20000 --ulimit nproc=1000:1000 --network host \
#     -v "$PWD/conformance-report:/work/conformance-report" aicisandbox-conformance:local \
#     run --driver http://127.0.0.1:5180
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCKERFILE=docker/Dockerfile
DEFAULT_TAG=aicisandbox:local
if [[ ${1:-} == --conformance ]]; then
  DOCKERFILE=docker/Dockerfile.conformance
  DEFAULT_TAG=aicisandbox-conformance:local
  shift
fi
IMAGE_TAG="${1:-$DEFAULT_TAG}"
SDK_IMAGE=localhost/dotnet-sdk:10.0
RUNTIME_IMAGE=localhost/aspnet:10.0
POSTGRES_IMAGE=localhost/postgres-offline:15
DOTNET_ROOT_HOST=/usr/share/dotnet
WORK_DIR="${WORK_DIR:-/var/tmp/aicisandbox-bases}"
PODMAN=(podman --runtime /usr/bin/runc)
ULIMITS=(--ulimit nofile=20000:20000 --ulimit nproc=1000:1000)

log() { printf '[build-local] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (debootstrap and rootful podman)"
[[ -x $DOTNET_ROOT_HOST/dotnet ]] || die "no .NET install in $DOTNET_ROOT_HOST"

# 1. Tools
missing=()
for tool in podman buildah runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  log "installing ${missing[*]} with apt"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman buildah runc debootstrap
fi

have_image() { podman image exists "$1"; }

# 2. Base images
if [[ ${SKIP_BASES:-0} == 1 ]] && have_image "$SDK_IMAGE" && have_image "$RUNTIME_IMAGE" \
   && { [[ ${POSTGRES_BASE:-0} != 1 ]] || have_image "$POSTGRES_IMAGE"; }; then
  log "reusing $SDK_IMAGE and $RUNTIME_IMAGE"
else
  [[ $WORK_DIR == /*/* ]] || die "WORK_DIR must be an absolute path at least two levels deep"
  rm -rf "$WORK_DIR"; mkdir -p "$WORK_DIR"
  trap 'rm -rf "$WORK_DIR"' EXIT
  base="$WORK_DIR/debian"
  log "debootstrap bookworm minbase into $base"
  debootstrap --variant=minbase --include=libicu72,libssl3,libgssapi-krb5-2,ca-certificates,tzdata \
    bookworm "$base" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK_DIR/debootstrap.log" >&2; die "debootstrap failed"; }
  chroot "$base" apt-get clean
  rm -rf "$base"/var/lib/apt/lists/* "$base"/var/log/*.log "$base"/var/cache/debconf/*-old
  [[ -e $base/usr/share/zoneinfo/Europe/Paris ]] || die "tzdata has no Europe/Paris"
  # The non-root user of mcr's images (same uid); the images still run as root by default, as mcr's do.
  chroot "$base" groupadd --gid 1654 app
  chroot "$base" useradd --no-log-init --uid 1654 --gid 1654 --create-home app

  # 2a. SDK base: the host's whole .NET install and the host's extra CA certificates.
  sdk="$WORK_DIR/sdk"
  cp -a "$base" "$sdk"
  log "copying the host's .NET SDK ($("$DOTNET_ROOT_HOST/dotnet" --version)) into the SDK base"
  cp -a "$DOTNET_ROOT_HOST" "$sdk/usr/share/dotnet"
  ln -sf /usr/share/dotnet/dotnet "$sdk/usr/bin/dotnet"
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$sdk/usr/local/share/ca-certificates/"
    chroot "$sdk" update-ca-certificates >/dev/null 2>&1
  fi
  tar -C "$sdk" -c . | podman import \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    --change 'ENV DOTNET_NOLOGO=1' \
    --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' \
    --change 'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false' \
    --change 'ENV NUGET_XMLDOC_MODE=skip' \
    --change "ENV NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-online}" \
    --change 'ENV APP_UID=1654' \
    --change 'CMD ["bash"]' \
    - "$SDK_IMAGE" >/dev/null
  rm -rf "$sdk"
  log "built $SDK_IMAGE"

  # 2c. Optional PostgreSQL stand-in: the Debian base + postgresql-15, without a default cluster.
  if [[ ${POSTGRES_BASE:-0} == 1 ]]; then
    pg="$WORK_DIR/postgres"
    cp -a "$base" "$pg"
    mkdir -p "$pg/etc/postgresql-common"
    echo "create_main_cluster = false" >"$pg/etc/postgresql-common/createcluster.conf"
    printf '#!/bin/sh\nexit 101\n' >"$pg/usr/sbin/policy-rc.d" && chmod +x "$pg/usr/sbin/policy-rc.d"
    log "installing postgresql-15 into the PostgreSQL base"
    chroot "$pg" apt-get update -q >"$WORK_DIR/postgres-apt.log" 2>&1 \
      && chroot "$pg" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 postgresql-client-15 \
        >>"$WORK_DIR/postgres-apt.log" 2>&1 || { tail -20 "$WORK_DIR/postgres-apt.log" >&2; die "apt-get install postgresql-15 failed"; }
    chroot "$pg" apt-get clean
    rm -rf "$pg"/var/lib/apt/lists/* "$pg/usr/sbin/policy-rc.d"
    install -m 0755 "$REPO_ROOT/docker/postgres-offline-entrypoint.sh" "$pg/usr/local/bin/docker-entrypoint.sh"
    tar -C "$pg" -c . | podman import \
      --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'EXPOSE 5432' \
      --change 'VOLUME /var/lib/postgresql/data' \
      --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
      - "$POSTGRES_IMAGE" >/dev/null
    rm -rf "$pg"
    log "built $POSTGRES_IMAGE"
  fi

  # 2b. Runtime base: dotnet host + the two shared frameworks (no SDK, no extra CAs).
  rt="$base"
  mkdir -p "$rt/usr/share/dotnet/shared"
  cp -a "$DOTNET_ROOT_HOST"/{dotnet,host,LICENSE.txt,ThirdPartyNotices.txt} "$rt/usr/share/dotnet/"
  cp -a "$DOTNET_ROOT_HOST"/shared/{Microsoft.NETCore.App,Microsoft.AspNetCore.App} "$rt/usr/share/dotnet/shared/"
  ln -sf /usr/share/dotnet/dotnet "$rt/usr/bin/dotnet"
  tar -C "$rt" -c . | podman import \
    --change 'ENV APP_UID=1654' \
    --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    --change 'CMD ["bash"]' \
    - "$RUNTIME_IMAGE" >/dev/null
  log "built $RUNTIME_IMAGE"
fi

# 3. The image, from the unchanged Dockerfile. --format docker keeps its HEALTHCHECK (podman's default OCI format drops
#    it); --layers=false keeps no intermediate images (the build stage alone is about 1 GB).
log "podman build -f $DOCKERFILE -> $IMAGE_TAG"
cd "$REPO_ROOT"
"${PODMAN[@]}" build --format docker --layers=false --network host "${ULIMITS[@]}" --pull=never \
  -f "$DOCKERFILE" \
  --build-arg SDK_IMAGE="$SDK_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" \
  -t "$IMAGE_TAG" .
log "built $IMAGE_TAG ($(podman image inspect --format '{{.Size}}' "$IMAGE_TAG" | numfmt --to=si)B)"
# Multi-stage builds leave the build stage behind as a dangling image (about 1 GB): drop dangling images.
podman image prune -f >/dev/null

# 4a. Optional smoke test of the kit image: the reference integrator passes, a defective one fails, each writes
#     junit.xml.
kit_run() { # expected exit code, then the kit's arguments
  local expected=$1; shift
  local out rc=0 start=$SECONDS
  out=$(mktemp -d /var/tmp/aici-conformance-smoke.XXXXXX)
  "${PODMAN[@]}" run --rm --name "aici-conformance-smoke-$$" --network none "${ULIMITS[@]}" \
    -v "$out:/work/conformance-report" "$IMAGE_TAG" "$@" >"$out/console.txt" 2>&1 || rc=$?
  tail -3 "$out/console.txt" >&2
  log "$* -> exit $rc in $((SECONDS - start)) s (expected $expected)"
  [[ $rc == "$expected" ]] || die "the kit exited $rc, expected $expected (console: $out/console.txt)"
  [[ -s $out/junit.xml ]] || die "no junit.xml in $out"
  rm -rf "$out"
}
if [[ ${SMOKE:-0} == 1 && $DOCKERFILE == docker/Dockerfile.conformance ]]; then
  trap 'podman rm -f "aici-conformance-smoke-$$" >/dev/null 2>&1; rm -rf "$WORK_DIR"' EXIT
  kit_run 0 run --reference-integrator
  kit_run 1 run --reference-integrator --defect no-retry
  log "kit smoke test passed"
  exit 0
fi

# 4b. Optional smoke test of the sandbox image: /health over the published port, then the image's HEALTHCHECK command.
if [[ ${SMOKE:-0} == 1 ]]; then
  cid=$("${PODMAN[@]}" run -d "${ULIMITS[@]}" -p 127.0.0.1:8090:8080 "$IMAGE_TAG")
  trap 'podman rm -f -v "$cid" >/dev/null; rm -rf "$WORK_DIR"' EXIT
  for _ in $(seq 60); do curl -fs -o /dev/null http://127.0.0.1:8090/health && break; sleep 1; done
  curl -fsS -o /dev/null -w 'GET /health -> %{http_code}\n' http://127.0.0.1:8090/health
  "${PODMAN[@]}" healthcheck run "$cid" && log "HEALTHCHECK passed"
fi
