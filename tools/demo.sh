#!/usr/bin/env bash
# The main job: build the firmware for both architectures; run a UPS, a PDU and a printer on emulated boards in
# one firmware process, driven by tools/demo/fleet.scenario (mains failure, outlet overcurrent, paper jam and
# toner low) for 45 emulated minutes at full speed, printing what each device model reports; then boot the
# emulated board natively on x64 and under qemu on arm64. Non-interactive; exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/publish-firmware.sh
state=$(mktemp -d /tmp/callhome-demo.XXXXXX)
trap 'rm -rf "$state"' EXIT
echo "== linux-x64: a UPS, a PDU and a printer, tools/demo/fleet.scenario, 45 emulated minutes"
artifacts/firmware/linux-x64/callhome-agent run --board emulator --state "$state/fleet" \
  --device ups --device pdu --device printer \
  --scenario tools/demo/fleet.scenario --speed max --until 45m --report 10m
echo "== linux-x64, first boot"
artifacts/firmware/linux-x64/callhome-agent boot --board emulator --state "$state/x64"
echo "== linux-x64, second boot (same flash)"
artifacts/firmware/linux-x64/callhome-agent boot --board emulator --state "$state/x64"
echo "== linux-arm64 under qemu-aarch64, first boot"
qemu-aarch64 -L /usr/aarch64-linux-gnu artifacts/firmware/linux-arm64/callhome-agent boot --board emulator --state "$state/arm64"
