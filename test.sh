#!/usr/bin/env bash
# Runs every test of the repository: the one test command, for a developer's machine and for CI (.ci/run).
#
# Made for a fresh Debian 12 machine with the .NET 10 SDK, apt reachable, run as root or with sudo. It first installs,
# with apt, the system packages the tests need and that are missing (and only those: nothing is done when all are
# there), then runs `dotnet test AiciSandbox.sln -c Release`. Test results: console summary, TRX files in TestResults/.
#
#   ./test.sh                                 everything
#   AICISANDBOX_SKIP_POSTGRES=1 ./test.sh     no PostgreSQL: its tests are reported as skipped
#
# Exit status: non-zero when an installation, the build or any test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf '[test.sh] %s\n' "$*"; }
fail() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || fail "dotnet not found: install the .NET 10 SDK (see global.json)."

# --- System packages the tests need -----------------------------------------------------------------------------------
missing=()

# PostgreSQL server programs (initdb, pg_ctl, postgres): the storage tests start their own private server with them
# (mock-server/tests/AiciSandbox.Storage.Tests/PostgreSql/PostgresServer.cs); no running service is needed.
has_postgres_server() {
    compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null \
        || { command -v initdb && command -v pg_ctl && command -v postgres; } >/dev/null 2>&1
}
if [[ "${AICISANDBOX_SKIP_POSTGRES:-}" == 1 ]]; then
    say "AICISANDBOX_SKIP_POSTGRES=1: PostgreSQL not checked, its tests will be skipped"
elif ! has_postgres_server; then
    missing+=(postgresql)
fi

# --- Later issues: browser tests (Playwright uses Debian's /usr/bin/chromium, see docs) add their package here, e.g.
# command -v chromium >/dev/null 2>&1 || missing+=(chromium)

as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else fail "installing ${missing[*]} needs root or sudo"
    fi
}

if ((${#missing[@]} > 0)); then
    say "installing with apt: ${missing[*]}"
    log="$(mktemp -t aicisandbox-apt.XXXXXX.log)"
    if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update \
            && as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq install -y \
                --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        fail "apt could not install ${missing[*]} (full log: $log)"
    fi
    rm -f "$log"
    say "installed: ${missing[*]}"
else
    say "system packages: nothing to install"
fi

# --- Tests ------------------------------------------------------------------------------------------------------------
say "dotnet test AiciSandbox.sln -c Release (TRX files in TestResults/)"
if dotnet test AiciSandbox.sln -c Release --nologo \
        --results-directory TestResults \
        --logger trx \
        --logger "console;verbosity=minimal"; then
    say "all tests passed"
else
    status=$?
    say "FAILED (exit $status): see the failures above and TestResults/*.trx"
    exit "$status"
fi
