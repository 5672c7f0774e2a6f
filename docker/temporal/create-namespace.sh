#!/bin/sh
# One-shot: registers the application's Temporal namespace once the server
# answers (service "temporal-create-namespace" in compose.yaml). The
# temporalio/server image, unlike the deprecated auto-setup image, creates no
# namespace. Modelled on temporalio/samples-server compose/scripts/create-namespace.sh.
# Idempotent: does nothing when the namespace already exists.
set -eu

NAMESPACE="${DEFAULT_NAMESPACE:-default}"
RETENTION="${NAMESPACE_RETENTION:-720h}"
ADDRESS="${TEMPORAL_ADDRESS:-temporal:7233}"

host="${ADDRESS%:*}"
port="${ADDRESS##*:}"

# Temporal's example resolves the host to an IPv4 address first (some Docker
# setups return an IPv6 address the frontend is not bound to).
if command -v getent >/dev/null 2>&1; then
  ip=$(getent ahosts "$host" | awk '/STREAM/ && $1 ~ /^[0-9.]+$/ { print $1; exit }')
  if [ -n "${ip:-}" ]; then ADDRESS="${ip}:${port}"; fi
fi

echo "Waiting for the Temporal frontend at ${ADDRESS}..."
i=0
until temporal operator cluster health --address "$ADDRESS" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -ge 60 ]; then echo "Temporal server did not become healthy" >&2; exit 1; fi
  sleep 3
done

if temporal operator namespace describe --namespace "$NAMESPACE" --address "$ADDRESS" >/dev/null 2>&1; then
  echo "Namespace '${NAMESPACE}' already exists"
else
  temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION" --address "$ADDRESS"
  echo "Namespace '${NAMESPACE}' created (retention ${RETENTION})"
fi
