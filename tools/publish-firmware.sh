#!/usr/bin/env bash
# Publishes the NativeAOT firmware for linux-x64 and linux-arm64 into artifacts/firmware/<rid>/callhome-agent.
set -euo pipefail
cd "$(dirname "$0")/.."
for r in ${*:-linux-x64 linux-arm64}; do
  dotnet publish firmware/native/Callhome.Firmware.Native.csproj -c Release -r "$r" -o "artifacts/firmware/$r" -nologo -v:quiet
  echo "firmware: artifacts/firmware/$r/callhome-agent ($(stat -c %s "artifacts/firmware/$r/callhome-agent") bytes)"
done
