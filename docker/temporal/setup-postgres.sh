#!/bin/sh
# One-shot Temporal schema setup, run by the temporalio/admin-tools image
# (service "temporal-schema" in compose.yaml) before the server starts.
# Same steps as Temporal's own compose example (temporalio/samples-server,
# compose/scripts/setup-postgres.sh): create the databases, set up the schema
# version tables, then apply every versioned migration. Safe to re-run:
# setup-schema skips when the schema is already past 0.0 and update-schema only
# applies newer versions, so upgrading the image tag upgrades the schema.
set -eu

: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${SQL_PASSWORD:?}"
DB_PORT="${DB_PORT:-5432}"
DBNAME="${DBNAME:-temporal}"
VISIBILITY_DBNAME="${VISIBILITY_DBNAME:-temporal_visibility}"
SCHEMA_ROOT=/etc/temporal/schema/postgresql/v12

echo "Waiting for PostgreSQL at ${POSTGRES_SEEDS}:${DB_PORT}..."
i=0
until nc -z -w 5 "$POSTGRES_SEEDS" "$DB_PORT"; do
  i=$((i + 1))
  if [ "$i" -ge 60 ]; then echo "PostgreSQL not reachable" >&2; exit 1; fi
  sleep 2
done

sql() {
  # SQL_PASSWORD is read from the environment by temporal-sql-tool.
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$DB_PORT" -u "$POSTGRES_USER" "$@"
}

create_db() {
  # The databases normally exist already (docker/postgres/initdb); tolerate
  # "already exists" and fail on anything else.
  if out=$(sql --db "$1" create 2>&1); then
    echo "created database $1"
  else
    case "$out" in
      *"already exists"*) echo "database $1 already exists" ;;
      *) echo "$out" >&2; exit 1 ;;
    esac
  fi
}

create_db "$DBNAME"
sql --db "$DBNAME" setup-schema -v 0.0
sql --db "$DBNAME" update-schema -d "$SCHEMA_ROOT/temporal/versioned"

create_db "$VISIBILITY_DBNAME"
sql --db "$VISIBILITY_DBNAME" setup-schema -v 0.0
sql --db "$VISIBILITY_DBNAME" update-schema -d "$SCHEMA_ROOT/visibility/versioned"

echo "Temporal PostgreSQL schema setup complete"
