#!/usr/bin/env bash
# Deploys one overlay in the order Jaring needs, with plain kubectl (kustomize has no hooks):
#   1. prepare  namespace, ConfigMaps, NetworkPolicies
#   2. secrets  must already exist (jaring-enrolment, jaring-billing, jaring-claims); checked, never created
#   3. topics   the kafka-topics Job, waited for until complete
#   4. migrate  the three migration Jobs, waited for until complete
#   5. rollout  Deployments, Services, autoscalers, disruption budgets; waits for each rollout
#               (billing and claims first: they read what enrolment publishes)
# A failed Job stops the deploy before any running pod is replaced, and prints the Job's logs.
#
#   deploy/k8s/deploy.sh deploy/k8s/overlays/production
#   JOB_TIMEOUT=900 ROLLOUT_TIMEOUT=15m deploy/k8s/deploy.sh deploy/k8s/overlays/dev
set -euo pipefail

overlay=${1:?usage: deploy/k8s/deploy.sh <overlay directory>, e.g. deploy/k8s/overlays/production}
job_timeout=${JOB_TIMEOUT:-600}
rollout_timeout=${ROLLOUT_TIMEOUT:-10m}
services=(enrolment billing claims)

namespace=$(sed -n 's/^namespace:[[:space:]]*\([a-z0-9-]*\).*/\1/p' "$overlay/kustomization.yaml")
[[ -n $namespace ]] || { echo "deploy: $overlay/kustomization.yaml names no namespace" >&2; exit 2; }

rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
kubectl kustomize "$overlay" >"$rendered"

phase() { kubectl apply -f "$rendered" --selector "jaring.io/deploy-phase=$1"; }

# Waits for every Job of a phase to complete; on a failed Job prints its logs and exits non-zero.
wait_for_jobs() {
  local selector="jaring.io/deploy-phase=$1" deadline=$((SECONDS + job_timeout)) job complete failed pending
  while true; do
    pending=0
    for job in $(kubectl -n "$namespace" get jobs --selector "$selector" -o name); do
      complete=$(kubectl -n "$namespace" get "$job" -o jsonpath='{.status.conditions[?(@.type=="Complete")].status}')
      failed=$(kubectl -n "$namespace" get "$job" -o jsonpath='{.status.conditions[?(@.type=="Failed")].status}')
      if [[ $failed == True ]]; then
        echo "deploy: $job failed; its logs:" >&2
        kubectl -n "$namespace" logs "$job" --all-containers --tail=200 >&2 || true
        exit 1
      fi
      [[ $complete == True ]] || pending=$((pending + 1))
    done
    ((pending == 0)) && return 0
    if ((SECONDS > deadline)); then
      echo "deploy: jobs ($selector) not complete after ${job_timeout}s" >&2
      exit 1
    fi
    sleep 5
  done
}

echo "== prepare ($namespace)"
phase prepare

echo "== secrets"
for service in "${services[@]}"; do
  keys=(DATABASE_URL); [[ $service == claims ]] && keys+=(BANK_WEBHOOK_SECRET)
  for key in "${keys[@]}"; do
    if [[ -z $(kubectl -n "$namespace" get secret "jaring-$service" -o "jsonpath={.data.$key}" 2>/dev/null) ]]; then
      echo "deploy: secret jaring-$service with key $key is missing in $namespace (docs/operations.md, \"Secrets\")" >&2
      exit 1
    fi
  done
done
# Enrolment seals and claims unseals worker events' personal data with these keys (docs/adr/0008).
if [[ -z $(kubectl -n "$namespace" get secret jaring-event-sealing -o 'jsonpath={.data.keys\.json}' 2>/dev/null) ]]; then
  echo "deploy: secret jaring-event-sealing with key keys.json is missing in $namespace (docs/operations.md, \"Secrets\")" >&2
  exit 1
fi

# Jobs are immutable and this release's pod template differs (image tag, ConfigMap hash): the
# previous release's Jobs go first. Both kinds of Job are idempotent, so running them again is safe.
kubectl -n "$namespace" delete jobs --selector 'jaring.io/deploy-phase in (topics,migrate)' --ignore-not-found --wait=true

echo "== topics"
phase topics
wait_for_jobs topics

echo "== migrate"
phase migrate
wait_for_jobs migrate

echo "== rollout"
# Readers before writers (docs/events.md, "Evolution rules"): billing and claims read every event
# version enrolment's new pods may publish (worker events v2, ADR 0008), so their new pods are
# ready before enrolment's start; a reader of the previous release would dead-letter a new version.
for reader in billing claims; do
  kubectl apply -f "$rendered" --selector "jaring.io/deploy-phase=rollout,app.kubernetes.io/name=$reader"
  kubectl -n "$namespace" rollout status "deployment/$reader" --timeout="$rollout_timeout"
done
phase rollout
for service in "${services[@]}"; do
  kubectl -n "$namespace" rollout status "deployment/$service" --timeout="$rollout_timeout"
done
echo "deploy: done"
