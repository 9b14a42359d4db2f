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
# A test still running after 20 minutes is stopped and reported as hung (--blame-hang-timeout), so that a hang fails the
# run with the test's name instead of eating CI's time limit; the slowest test (the SpecFlow example project, built and run twice) takes under 2 minutes on 2 busy cores.
#
# Exit status: non-zero when an installation, the build or any test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf '[test.sh] %s\n' "$*"; }
fail() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || fail "dotnet not found: install the .NET 10 SDK (see global.json)."

# --- System packages the tests need (PostgreSQL's server programs, curl) ----------------------------------------------
./scripts/install-test-packages.sh

# --- Tests ------------------------------------------------------------------------------------------------------------
say "dotnet test AiciSandbox.sln -c Release (TRX files in TestResults/)"
if dotnet test AiciSandbox.sln -c Release --nologo \
        --results-directory TestResults \
        --blame-hang-timeout 20m --blame-hang-dump-type none \
        --logger trx \
        --logger "console;verbosity=minimal"; then
    say "all tests passed"
else
    status=$?
    say "FAILED (exit $status): see the failures above and TestResults/*.trx"
    exit "$status"
fi
