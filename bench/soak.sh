#!/usr/bin/env bash
# Soak: the sandbox under a mixed load at half its peak rate for 10 minutes (stored data growing for the first 30 %, then
# bounded), resident memory sampled every 10 s. Writes bench/results/soak-<date>.md. Extra arguments go to the soak mode,
# e.g. ./bench/soak.sh --minutes 2 for a short look. See bench/README.md, "Soak".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/aici-soak-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "[soak.sh] publishing the sandbox (Release) to $work/sandbox"
dotnet publish mock-server/src/AiciSandbox.Server -c Release -o "$work/sandbox" --artifacts-path "$work/artifacts" -nologo -v q
echo "[soak.sh] building the bench harness (Release)"
dotnet build bench/AiciSandbox.Bench -c Release -o "$work/bench" --artifacts-path "$work/artifacts" -nologo -v q

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if ! git diff --quiet HEAD -- mock-server 2>/dev/null; then commit="$commit+local changes"; fi
echo "[soak.sh] soaking (server on 127.0.0.1, stopped at the end)"
timeout --signal=TERM --kill-after=30 1800 \
  dotnet "$work/bench/AiciSandbox.Bench.dll" soak --sandbox-dll "$work/sandbox/AiciSandbox.Server.dll" \
    --out bench/results --date "$(date +%F)" --commit "$commit" "$@"
