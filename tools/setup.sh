#!/usr/bin/env bash
# Installs what building and testing callhome needs on Debian 12 (with the .NET 10 SDK already present).
# Idempotent: installs only missing packages; safe to run before every build.
set -euo pipefail

packages=(
  clang lld binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu libc6-dev-arm64-cross  # NativeAOT x64 + arm64 cross link
  zlib1g-dev                                                                          # NativeAOT link prerequisite
  qemu-user                                                                           # runs the arm64 firmware in tests
  openssh-client openssh-server dropbear-bin                                          # real SSH peers
  python3 python3-cryptography                                                        # capture of real OpenSSH packets
  python3-paramiko                                                                    # paramiko 2.12 client peer (the stack under ncclient)
  util-linux                                                                          # unshare: Dropbear reads only the real home
  socat                                                                               # pseudo-terminal pairs for the serial console
  libyang2-tools                                                                      # yanglint: our YANG modules and replies
  python3-ncclient                                                                    # ncclient: the NETCONF manager peer
  hyperfine                                                                           # SSH benchmarks (tools/bench/ssh-handshake.sh); tools/fuzz/run.sh also needs afl++
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }
echo "setup: ready ($(dotnet --version), $(clang --version | head -n1), $(qemu-aarch64 --version | head -n1))"
