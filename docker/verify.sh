#!/usr/bin/env bash
# End-to-end check of the README's "Docker and podman" section on a Debian 12 machine without a Docker engine or
# registry access: it runs the README's podman commands exactly as written (the ```bash blocks between the
# <!-- podman-verify:start --> and <!-- podman-verify:end --> markers), in order, from the repository root:
#   1. the base images and the sandbox image (docker/build-local.sh), a container, its HEALTHCHECK, /health and /ready;
#   2. docker/compose.yaml through docker/compose-up.sh: PostgreSQL, the sandbox on it, the kit's @requis run (exit 0);
# then checks that a failing build fails the compose command, and removes what it made (the base images stay).
#
# Not part of ./test.sh; .ci/run calls it after ./test.sh (about 8 to 12 minutes from scratch on 2 cores):
#   sudo docker/verify.sh
# It cannot hang: apt, each README block and the failing-build check run under `timeout` (BLOCK_TIMEOUT, default 1500 s
# per block; APT_TIMEOUT, 600 s), and a block that times out fails the script.
# Needs root and apt (it installs podman, buildah, runc, debootstrap and podman-compose when missing), a Debian mirror,
# NuGet, and the host ports 127.0.0.1:5080. Where the kernel forbids containers (e.g. inside an unprivileged
# container), it prints SKIP with the reason and exits 0 (STRICT=1: exits 1 instead).
#   SKIP_BASES=1   reuse the base images of a previous run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[verify] %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
skip() { log "SKIP: $*"; exit "$([[ ${STRICT:-0} == 1 ]] && echo 1 || echo 0)"; }

[[ $(id -u) -eq 0 ]] || skip "needs root (rootful podman, debootstrap)"
missing=()
for tool in podman buildah runc debootstrap podman-compose curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[[ -x /usr/lib/cni/dnsname ]] || missing+=(dnsname)   # services resolve each other by name on podman's CNI networks
if ((${#missing[@]})); then
  log "installing with apt: ${missing[*]}"
  timeout "${APT_TIMEOUT:-600}" apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null \
    && DEBIAN_FRONTEND=noninteractive timeout "${APT_TIMEOUT:-600}" apt-get -o DPkg::Lock::Timeout=300 install -y -q \
      podman buildah runc debootstrap podman-compose curl golang-github-containernetworking-plugin-dnsname >/dev/null \
    || skip "apt could not install ${missing[*]}"
fi
unshare --mount --pid --net --fork true 2>/dev/null || skip "this kernel or container forbids the namespaces containers need (unshare failed)"
if ss -ltn 2>/dev/null | grep -q '127.0.0.1:5080 '; then die "127.0.0.1:5080 is in use: the README's commands publish the sandbox there"; fi

cleanup() {
  podman rm -f aicisandbox >/dev/null 2>&1 || true
  podman-compose -f docker/compose.yaml down -v >/dev/null 2>&1 || true
  podman volume rm -f aicisandbox-data >/dev/null 2>&1 || true
  # The anonymous volumes of the images' VOLUME lines, which `podman-compose down -v` (1.0.3) leaves behind.
  for volume in $(podman volume ls -q 2>/dev/null); do
    [[ " $volumes_before " == *" $volume "* ]] || podman volume rm -f "$volume" >/dev/null 2>&1 || true
  done
  podman image prune -f >/dev/null 2>&1 || true
}
volumes_before=$(podman volume ls -q | tr '\n' ' ')
trap cleanup EXIT

blocks=$(mktemp -d -t aicisandbox-verify.XXXXXX)
awk -v dir="$blocks" '
  /<!-- podman-verify:start -->/ { on = 1; next }
  /<!-- podman-verify:end -->/   { on = 0; next }
  on && /^```bash/ { n++; file = sprintf("%s/%02d.sh", dir, n); inblock = 1; next }
  on && /^```/     { inblock = 0; next }
  inblock          { print > file }
' README.md
count=$(find "$blocks" -name '*.sh' | wc -l)
((count >= 2)) || die "README.md has $count podman-verify blocks, expected 2"

start=$SECONDS
for block in "$blocks"/*.sh; do
  log "README block $(basename "$block" .sh):"; sed 's/^/    /' "$block" >&2
  began=$SECONDS
  rc=0; timeout --kill-after=30 "${BLOCK_TIMEOUT:-1500}" bash -euo pipefail "$block" || rc=$?
  ((rc != 124)) || die "README block $(basename "$block" .sh) did not finish in ${BLOCK_TIMEOUT:-1500} s"
  ((rc == 0)) || die "README block $(basename "$block" .sh) failed (exit $rc)"
  log "block $(basename "$block" .sh) passed in $((SECONDS - began)) s"
  podman rm -f aicisandbox >/dev/null 2>&1 || true
done

log "a failing build must fail the compose command"
if SDK_IMAGE=localhost/no-such-sdk:0 RUNTIME_IMAGE=localhost/aspnet:10.0 POSTGRES_IMAGE=localhost/postgres-offline:15 \
     timeout --kill-after=30 600 docker/compose-up.sh >"$blocks/failing.log" 2>&1; then
  die "docker/compose-up.sh exited 0 with an SDK image that does not exist"
fi
grep -q "building localhost/aicisandbox:latest failed" "$blocks/failing.log" || { tail -20 "$blocks/failing.log" >&2; die "no build failure message"; }
log "it did: $(grep -m1 'ERROR' "$blocks/failing.log")"
rm -rf "$blocks"
log "PASSED in $((SECONDS - start)) s"
