#!/usr/bin/env bash
# Publishes PeerConn.AotSmoke with NativeAOT for linux-x64, fails on any IL2xxx/IL3xxx (trim/AOT) warning or
# SYSLIB1100-SYSLIB1199 warning of the configuration binder's source generator, then runs
# the native binary and fails unless it exits 0. Usage: tests/PeerConn.AotSmoke/aot-check.sh (from anywhere).
set -euo pipefail
cd "$(dirname "$0")/../.."

project=tests/PeerConn.AotSmoke
rid=linux-x64
binary="$project/bin/Release/net10.0/$rid/publish/PeerConn.AotSmoke"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# An up-to-date publish skips the compiler and ILC and so reports no warnings: start this project from scratch.
rm -rf "$project/obj/Release/net10.0/$rid" "$project/bin/Release/net10.0/$rid"

echo "publishing $project with NativeAOT ($rid)..."
start=$SECONDS
if ! dotnet publish "$project" -c Release -r "$rid" 2>&1 | tee "$log"; then
  echo "aot-check: FAILED, dotnet publish failed" >&2
  exit 1
fi
echo "aot-check: publish took $((SECONDS - start)) s"

if grep -E "(warning|error) IL[23][0-9]{3}" "$log" | sort -u >&2; then
  echo "aot-check: FAILED, the publish reported the trim/AOT warnings above" >&2
  exit 1
fi
echo "aot-check: no IL2xxx/IL3xxx warnings"

if grep -E "(warning|error) SYSLIB11[0-9]{2}" "$log" | sort -u >&2; then
  echo "aot-check: FAILED, the configuration binder generator reported the warnings above" >&2
  exit 1
fi
echo "aot-check: no SYSLIB11xx configuration binding warnings"

echo "running $binary..."
status=0
timeout 120 "$binary" || status=$?
if [ "$status" -ne 0 ]; then
  echo "aot-check: FAILED, the native binary exited $status" >&2
  exit 1
fi
echo "aot-check: passed (native binary exited 0)"
