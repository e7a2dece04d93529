#!/usr/bin/env bash
# Coverage-guided fuzzing of one target (docs/fuzzing.md): tools/fuzz/run.sh TARGET SECONDS
# Publishes tools/fuzz into artifacts/fuzz/TARGET/bin, instruments Callhome.AgentCore.dll with SharpFuzz (the local
# dotnet tool of .config/dotnet-tools.json), then runs Debian's afl-fuzz on the committed seed corpus
# tools/fuzz/corpus/TARGET for SECONDS and prints the cases run and the crashes found (in artifacts/fuzz/TARGET/out).
# Targets: `dotnet artifacts/fuzz/TARGET/bin/callhome-fuzz.dll list`, or see tools/fuzz/FuzzTargets.cs.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -ne 2 ]; then
  echo "usage: tools/fuzz/run.sh TARGET SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
if ! command -v afl-fuzz >/dev/null; then
  echo "run.sh: afl-fuzz is missing; install Debian's afl++ (apt-get install afl++)" >&2
  exit 2
fi
if [ ! -d "tools/fuzz/corpus/$target" ]; then
  echo "run.sh: no corpus for '$target' (tools/fuzz/corpus/ has: $(ls tools/fuzz/corpus | tr '\n' ' '))" >&2
  exit 2
fi

work="artifacts/fuzz/$target"
rm -rf "$work"
mkdir -p "$work"
dotnet tool restore >/dev/null
dotnet publish tools/fuzz/Callhome.Fuzz.csproj -c Release -o "$work/bin" -nologo -v:quiet
# Only the engine is instrumented: coverage of the crypto backend and the runtime would only add noise.
dotnet tool run sharpfuzz "$work/bin/Callhome.AgentCore.dll" >/dev/null

# dotnet itself is not instrumented (AFL_SKIP_BIN_CHECK); SharpFuzz speaks the fork-server protocol in-process.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -V "$seconds" -t 5000 -m none -i "tools/fuzz/corpus/$target" -o "$work/out" \
  -- dotnet "$work/bin/callhome-fuzz.dll" "$target" >"$work/afl.log" 2>&1 || {
  echo "run.sh: afl-fuzz failed, see $work/afl.log:" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
}

stats="$work/out/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(value saved_crashes)
[ -n "$crashes" ] || crashes=$(value unique_crashes)
echo "fuzz $target: $(value execs_done) cases run in $(value run_time) s ($(value execs_per_sec) per second), $crashes crashes, $(value saved_hangs) hangs, $(value corpus_count) corpus entries, edges $(value edges_found)/$(value total_edges)"
if [ "${crashes:-0}" != "0" ]; then
  echo "crashing inputs: $work/out/default/crashes (replay: dotnet $work/bin/callhome-fuzz.dll replay $target FILE)"
fi
