#!/usr/bin/env bash
# The main job: build the firmware for both architectures and boot it on the emulated board, twice (the
# first boot creates the device key, the second finds it), natively on x64 and under qemu on arm64.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/publish-firmware.sh
state=$(mktemp -d /tmp/callhome-demo.XXXXXX)
trap 'rm -rf "$state"' EXIT
echo "== linux-x64, first boot"
artifacts/firmware/linux-x64/callhome-agent boot --board emulator --state "$state/x64"
echo "== linux-x64, second boot (same flash)"
artifacts/firmware/linux-x64/callhome-agent boot --board emulator --state "$state/x64"
echo "== linux-arm64 under qemu-aarch64, first boot"
qemu-aarch64 -L /usr/aarch64-linux-gnu artifacts/firmware/linux-arm64/callhome-agent boot --board emulator --state "$state/arm64"
