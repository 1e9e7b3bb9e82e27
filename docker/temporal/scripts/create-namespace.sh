#!/bin/sh
# Registers the namespace the application uses, unless it exists. Idempotent; retried while the server warms up.
set -eu
for attempt in $(seq 1 30); do
  if temporal operator namespace describe --namespace "$NAMESPACE" >/dev/null 2>&1; then
    echo "namespace $NAMESPACE exists"; exit 0
  fi
  if temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION"; then
    echo "namespace $NAMESPACE created"; exit 0
  fi
  echo "waiting for Temporal ($attempt/30)"; sleep 2
done
exit 1
