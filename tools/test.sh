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

echo "== test (each test project with its own TRX, two at a time)"
# Longest first, so the two cores stay busy: the from-scratch solution build, then the firmware runs.
mapfile -t projects < <(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj | sort |
  awk '/Build.Tests/ { print 0, $0; next } /Firmware.Tests/ { print 1, $0; next } { print 2, $0 }' | sort -n | cut -d' ' -f2)
export results
printf '%s\n' "${projects[@]}" | xargs -P 2 -I{} bash -c '
  name=$(basename "{}" .csproj)
  dotnet test "{}" -c Release --no-build -nologo --logger trx --results-directory "$results/$name" > "$results/$name.log" 2>&1
  echo "$?" > "$results/$name.exit"'

passed=0 failed=0 skipped=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  echo "-- $name"
  grep -E '^\s*(Failed|Skipped) |^(Passed|Failed)!|error' "$results/$name.log" | head -n 60
  trx=("$results/$name"/*.trx)
  if [ "${#trx[@]}" -ne 1 ] || [ ! -f "${trx[0]}" ]; then
    echo "test: $name produced no single TRX file (exit $(cat "$results/$name.exit")); counted as a failure"
    failed=$((failed + 1))
    continue
  fi
  read -r p f s < <(grep -o '<Counters [^>]*>' "${trx[0]}" | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] = kv[2] } }
    END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["total"] - c["executed"] }')
  if [ "$(cat "$results/$name.exit")" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "test: $name exited $(cat "$results/$name.exit") with no failed test in its TRX; counted as a failure"
    f=1
  fi
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
