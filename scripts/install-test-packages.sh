#!/usr/bin/env bash
# Installs, with apt, the system packages the tests need and that this machine lacks (and only those: nothing is done
# when all are there). Called by .ci/run on a fresh machine and by ./test.sh. Needs root or sudo when something is missing.
#
# Today the tests need PostgreSQL's server programs, curl and chromium (the browser tests of the pages).
#   AICISANDBOX_SKIP_POSTGRES=1   do not install PostgreSQL (its tests are then reported as skipped)
set -euo pipefail

say() { printf '[install-test-packages] %s\n' "$*"; }
fail() { printf '[install-test-packages] ERROR: %s\n' "$*" >&2; exit 1; }

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

# curl: the README's and docs/lifecycle.md's walk-throughs are run verbatim with bash and curl by ReadmeWalkthroughTests.
command -v curl >/dev/null 2>&1 || missing+=(curl)

# chromium: the browser tests of the pages (mock-server/tests/AiciSandbox.Web.Tests) drive Debian's /usr/bin/chromium with
# Playwright (its own browser download is not used; AICISANDBOX_CHROMIUM points elsewhere if needed).
[[ -x "${AICISANDBOX_CHROMIUM:-/usr/bin/chromium}" ]] || missing+=(chromium)

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
