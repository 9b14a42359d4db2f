#!/bin/bash
# Entry point of localhost/postgres-offline:15 (made by docker/build-local.sh where docker.io cannot be reached): Debian's
# PostgreSQL 15 honouring the official image's POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB, data in
# /var/lib/postgresql/data, listening on every address with password authentication.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGDATA=/var/lib/postgresql/data
mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
if [[ ! -s $PGDATA/PG_VERSION ]]; then
  pwfile=$(mktemp) && echo "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" >"$pwfile" && chown postgres "$pwfile"
  su postgres -c "$PGBIN/initdb -D $PGDATA -U ${POSTGRES_USER:-postgres} --pwfile=$pwfile --auth=scram-sha-256" >/dev/null
  rm -f "$pwfile"
  echo "host all all 0.0.0.0/0 scram-sha-256" >>"$PGDATA/pg_hba.conf"
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -o '-c listen_addresses=127.0.0.1' -w start" >/dev/null
  # Like the official image: POSTGRES_DB defaults to POSTGRES_USER and is created unless it is `postgres` (initdb makes
  # only `postgres`, `template0` and `template1`; a database named after the user does not exist by itself).
  db=${POSTGRES_DB:-${POSTGRES_USER:-postgres}}
  if [[ $db != postgres ]]; then
    PGPASSWORD=$POSTGRES_PASSWORD psql -q -h 127.0.0.1 -U "${POSTGRES_USER:-postgres}" -d postgres -c "CREATE DATABASE \"$db\""
  fi
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast -w stop" >/dev/null
fi
exec setpriv --reuid=postgres --regid=postgres --init-groups "$PGBIN/postgres" -D "$PGDATA" -c listen_addresses='*'
