#!/usr/bin/env bash
# Builds the sandbox in Release, runs the benchmark (sandbox vs a WireMock.Net static stub, same run, same machine) and
# prints where the Markdown results are. Extra arguments go to the bench program, e.g. ./bench/run.sh --lifecycles 1,100
# Bounded: about 3–6 minutes on 2 cores (see bench/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/aici-bench-build.XXXXXX")"
# The harness writes the id of every server it starts to $AICI_BENCH_PIDS and stops them itself; if it dies without its exit
# hooks (a failure of the runtime itself), the servers still running from this run's build directory are ended here.
export AICI_BENCH_PIDS="$work/server-pids"
end_leftover_servers() {
  [[ -f "$AICI_BENCH_PIDS" ]] || return 0
  while read -r pid; do
    if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -e "$work" -e AiciSandbox -e prism; then
      echo "[run.sh] ending server $pid, left running by the bench" >&2
      kill "$pid" 2>/dev/null || true
    fi
  done < "$AICI_BENCH_PIDS"
}
trap 'end_leftover_servers; rm -rf "$work"' EXIT

for a in "$@"; do
  if [[ "$a" == --help || "$a" == -h ]]; then
    dotnet build bench/AiciSandbox.Bench -c Release -o "$work/bench" --artifacts-path "$work/artifacts" -nologo -v q >&2
    echo "usage: bench/run.sh [options]  (run.sh gives --sandbox-dll, --out, --date and --commit; the rest goes to the bench)"
    dotnet "$work/bench/AiciSandbox.Bench.dll" --help
    exit 0
  fi
done

echo "[run.sh] publishing the sandbox (Release) to $work/sandbox"
# --artifacts-path keeps bin/obj of this build out of the working tree (others may be building it at the same time).
dotnet publish mock-server/src/AiciSandbox.Server -c Release -o "$work/sandbox" --artifacts-path "$work/artifacts" -nologo -v q

echo "[run.sh] building the bench harness (Release)"
dotnet build bench/AiciSandbox.Bench -c Release -o "$work/bench" --artifacts-path "$work/artifacts" -nologo -v q

# Prism 5.16, the second peer of (e), from npm (bench only; skipped when npm is missing or --prism is given).
prism_args=()
if [[ " $* " != *" --prism "* ]] && command -v npm >/dev/null; then
  prism_dir="${AICI_PRISM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/aicisandbox-bench/prism-5.16.0}"
  if [[ ! -x "$prism_dir/node_modules/.bin/prism" ]]; then
    echo "[run.sh] installing @stoplight/prism-cli@5.16.0 into $prism_dir"
    mkdir -p "$prism_dir"
    npm install --prefix "$prism_dir" --no-audit --no-fund @stoplight/prism-cli@5.16.0 >&2 || echo "[run.sh] Prism not installed: (e) runs without it"
  fi
  [[ -x "$prism_dir/node_modules/.bin/prism" ]] && prism_args=(--prism "$prism_dir/node_modules/.bin/prism")
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if ! git diff --quiet HEAD -- mock-server 2>/dev/null; then commit="$commit+local changes"; fi
date="$(date +%F)"
out=bench/results
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ "${args[i]}" == --out ]] && out="${args[i+1]:-$out}"
  [[ "${args[i]}" == --date ]] && date="${args[i+1]:-$date}"
done
mkdir -p "$out"

echo "[run.sh] running the bench (servers on 127.0.0.1, stopped at the end)"
timeout --signal=TERM --kill-after=30 900 \
  dotnet "$work/bench/AiciSandbox.Bench.dll" --sandbox-dll "$work/sandbox/AiciSandbox.Server.dll" \
    --out bench/results --date "$date" --commit "$commit" "${prism_args[@]}" "$@"

echo "[run.sh] results: $(cd "$out" && pwd)/$date.md"
