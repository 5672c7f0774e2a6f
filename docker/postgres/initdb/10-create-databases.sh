#!/bin/bash
# Runs once, from /docker-entrypoint-initdb.d, when the postgres container
# starts with an EMPTY data volume (the official postgres image skips init
# scripts when the data directory already holds a cluster).
#
# Creates one login role and database for the application, and one role with
# two databases for Temporal (persistence + SQL visibility). Passwords come
# from the container environment (set in compose.yaml from docker/.env) and are
# passed to psql as variables, so they are quoted by psql, not by the shell.
set -e

: "${APP_DB_PASSWORD:?APP_DB_PASSWORD is not set}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is not set}"

psql -v ON_ERROR_STOP=1 \
  --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_pw="$APP_DB_PASSWORD" \
  -v temporal_pw="$TEMPORAL_DB_PASSWORD" <<'EOSQL'
CREATE ROLE disclosure LOGIN PASSWORD :'app_pw';
CREATE DATABASE disclosure OWNER disclosure;

-- CREATEDB lets temporal-sql-tool create its databases itself if they are
-- missing (e.g. a restored cluster without them).
CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_pw';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
EOSQL

echo "init: created roles disclosure, temporal and databases disclosure, temporal, temporal_visibility"
