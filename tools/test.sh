#!/usr/bin/env bash
# Runs every test: builds nf.sln, runs the compile-time nanoFramework check over the portable projects (the
# second build), publishes the firmware for x64 and arm64, runs every test project, and ends with the line
# "N passed, N failed, N skipped" summed from the TRX files of all test projects.
set -uo pipefail
cd "$(dirname "$0")/.."
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail_setup() {
  echo "test: $1 failed; no tests ran" >&2
  echo "0 passed, 1 failed"
  exit 1
}

echo "== build nf.sln"
dotnet build nf.sln -c Release -nologo -v:quiet || fail_setup "dotnet build nf.sln"

echo "== nanoFramework compile-time check (portable projects against nanoFramework API stubs)"
dotnet tools/nanocheck/bin/Release/net10.0/nanocheck.dll \
  hal/Callhome.Hal.nfproj agent-core/Callhome.AgentCore.nfproj \
  tests/Portable.Tests/Callhome.Portable.Tests.nfproj firmware/esp32/Callhome.Firmware.Esp32.nfproj \
  || fail_setup "the nanoFramework check"

echo "== publish firmware (NativeAOT linux-x64, linux-arm64)"
bash tools/publish-firmware.sh || fail_setup "firmware publish"

echo "== test"
dotnet test nf.sln -c Release --no-build -nologo --logger trx --results-directory "$results" -- RunConfiguration.CollectSourceInformation=false
status=$?

read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }')
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
  failed=1  # the test run itself broke (crash, missing TRX): never report it as green
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[ "${failed:-0}" -eq 0 ]
