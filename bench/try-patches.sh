#!/usr/bin/env bash
# Measures patched builds of the sandbox beside the unpatched one, in the same bench run (same machine, same moment).
#   bench/try-patches.sh "<label>=<patch>[,<patch>…]" … [-- <bench options>]
# e.g. bench/try-patches.sh "fault check=bench/experiments/fault-check-before-write-transaction.patch" -- --lifecycles 1 --no-big-advance
# Each candidate is a copy of the working tree (mock-server, openapi, build files) with its patches applied (git apply),
# published in Release to a temp directory; the working tree itself is never touched. Results go to bench/results/experiments/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/aici-bench-patches.XXXXXX")"
trap 'rm -rf "$work"' EXIT

candidates=()
n=0
while [[ $# -gt 0 && "$1" != "--" ]]; do
  label="${1%%=*}"; patches="${1#*=}"
  [[ "$label" != "$1" && -n "$patches" ]] || { echo "expected <label>=<patch>[,<patch>…], got: $1" >&2; exit 2; }
  n=$((n + 1)); src="$work/src-$n"; mkdir -p "$src"
  tar --exclude=bin --exclude=obj --exclude=TestResults -c mock-server openapi Directory.Build.props Directory.Packages.props \
    BannedSymbols.txt global.json .editorconfig | tar -x -C "$src"
  IFS=',' read -ra list <<< "$patches"
  for p in "${list[@]}"; do
    echo "[try-patches] $label: applying $p"
    patch_file="$(realpath "$p")"
    (cd "$src" && git apply -p1 "$patch_file")
  done
  echo "[try-patches] $label: publishing (Release)"
  dotnet publish "$src/mock-server/src/AiciSandbox.Server" -c Release -o "$work/pub-$n" --artifacts-path "$work/artifacts-$n" -nologo -v q
  candidates+=(--candidate "$label=$work/pub-$n/AiciSandbox.Server.dll")
  shift
done
[[ "${1:-}" == "--" ]] && shift
[[ $n -gt 0 ]] || { echo "usage: $0 \"<label>=<patch>[,<patch>…]\" … [-- <bench options>]" >&2; exit 2; }

bench/run.sh --out bench/results/experiments "${candidates[@]}" "$@"
