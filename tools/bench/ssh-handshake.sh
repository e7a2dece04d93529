#!/usr/bin/env bash
# SSH benchmarks, side by side against one throwaway OpenSSH sshd on 127.0.0.1 (docs/benchmarks.md):
#   1. whole-process handshake to "subsystem ready": our NativeAOT client (tools/sshbench) vs `ssh -s` vs
#      `dbclient -s`, each opening the echo subsystem, then (stdin at its end) sending EOF, waiting for the
#      subsystem's exit and disconnecting: the same work for all three;
#   2. 64 MiB through the echo subsystem (/bin/cat) and back: ours vs OpenSSH ssh.
# hyperfine runs the commands alternated in rounds (every command a few runs per round), and the rounds are
# pooled: median wall time, mean CPU (user + sys of the client process tree; sshd's side is not counted).
# Usage: tools/bench/ssh-handshake.sh [ROUNDS (default 6)] [MIB (default 64)]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-6}
mib=${2:-64}
echo_rounds=$(((rounds + 1) / 2))
for tool in /usr/sbin/sshd ssh ssh-keygen dbclient dropbearconvert hyperfine /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "ssh-handshake.sh: $tool is missing (bash tools/setup.sh installs it)" >&2; exit 2; }
done

dotnet publish tools/sshbench/Callhome.SshBench.csproj -c Release -r linux-x64 -o artifacts/sshbench -nologo -v:quiet
bench="$PWD/artifacts/sshbench/callhome-sshbench"

work=$(mktemp -d /tmp/callhome-sshbench-XXXXXX)
sshd_pid=
cleanup() {
  [ -z "$sshd_pid" ] || kill "$sshd_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N '' -C bench-host -f "$work/host_ed25519"
ssh-keygen -q -t ed25519 -N '' -C bench-client -f "$work/client_ed25519"
dropbearconvert openssh dropbear "$work/client_ed25519" "$work/client.dropbear" >/dev/null 2>&1
cp "$work/client_ed25519.pub" "$work/authorized_keys"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p /run/sshd
cat >"$work/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $port
HostKey $work/host_ed25519
PidFile none
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AuthorizedKeysFile $work/authorized_keys
Subsystem echo /bin/cat
LogLevel DEBUG1
MaxStartups 100:30:200
CONFIG
/usr/sbin/sshd -D -e -f "$work/sshd_config" 2>"$work/sshd.log" &
sshd_pid=$!
timeout 20 bash -c "until (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do sleep 0.05; done"

user=$(id -un)
pin=$(ssh-keygen -l -E sha256 -f "$work/host_ed25519.pub" | awk '{ print $2 }')
ours="$bench --port $port --user $user --key $work/client_ed25519 --pin $pin --subsystem echo"
openssh="ssh -F /dev/null -i $work/client_ed25519 -p $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR -o KexAlgorithms=curve25519-sha256 -s $user@127.0.0.1 echo"
dropbear="dbclient -y -y -i $work/client.dropbear -p $port -s $user@127.0.0.1 echo"

# One checked run each, and the algorithms each client negotiated (from sshd's log).
for command in "$ours" "$openssh" "$dropbear"; do
  before=$(wc -l <"$work/sshd.log")
  $command </dev/null >/dev/null
  echo "check: ${command%% *} -> $(tail -n +"$((before + 1))" "$work/sshd.log" | grep -m1 -o 'kex: client->server cipher: [^ ]*' || echo '?') $(tail -n +"$((before + 1))" "$work/sshd.log" | grep -m1 -o 'kex: algorithm: [^ ]*' || true)"
done
bytes=$((mib * 1048576))
$ours --mib "$mib"
got=$(head -c "$bytes" /dev/zero | $openssh | wc -c)
[ "$got" -eq "$bytes" ] || { echo "ssh echoed $got of $bytes bytes" >&2; exit 1; }

echo "== handshake to subsystem ready: $rounds rounds x 2 runs, alternated"
for round in $(seq 1 "$rounds"); do
  hyperfine -N --style none -w 1 -r 2 --export-json "$work/handshake-$round.json" "$ours" "$openssh" "$dropbear" >/dev/null
done
echo "== $mib MiB through the echo subsystem: $echo_rounds rounds x 2 runs, alternated"
for round in $(seq 1 "$echo_rounds"); do
  hyperfine --style none -r 2 --export-json "$work/echo-$round.json" "$ours --mib $mib" "head -c $bytes /dev/zero | $openssh | wc -c" >/dev/null
done

/usr/bin/python3 - "$work" "$mib" <<'REPORT'
import glob, json, statistics, sys
work, mib = sys.argv[1], int(sys.argv[2])
def pooled(pattern, names):
    rows = {name: {"times": [], "cpu": []} for name in names}
    for path in sorted(glob.glob(work + "/" + pattern)):
        for name, result in zip(names, json.load(open(path))["results"]):
            rows[name]["times"] += result["times"]
            # hyperfine reports user and system as means over the round's runs
            rows[name]["cpu"] += [result["user"] + result["system"]] * len(result["times"])
    return {n: (statistics.median(r["times"]), statistics.mean(r["cpu"]), len(r["times"])) for n, r in rows.items()}
hs = pooled("handshake-*.json", ["ours (NativeAOT)", "ssh -s", "dbclient -s"])
print("\n| client | runs | median wall | mean CPU (user+sys) | CPU vs dbclient | CPU vs ssh |\n|---|---:|---:|---:|---:|---:|")
db_cpu, ssh_cpu = hs["dbclient -s"][1], hs["ssh -s"][1]
for name, (wall, cpu, runs) in hs.items():
    print(f"| {name} | {runs} | {wall * 1000:.1f} ms | {cpu * 1000:.1f} ms | {cpu / db_cpu:.2f}x | {cpu / ssh_cpu:.2f}x |")
echo = pooled("echo-*.json", ["ours (NativeAOT)", "ssh"])
print(f"\n| client, {mib} MiB through echo | runs | median wall | throughput | mean CPU (user+sys) | vs ssh |\n|---|---:|---:|---:|---:|---:|")
ssh_rate = 2 * mib / echo["ssh"][0]
for name, (wall, cpu, runs) in echo.items():
    rate = 2 * mib / wall
    print(f"| {name} | {runs} | {wall:.2f} s | {rate:.1f} MiB/s (both ways) | {cpu:.2f} s | {rate / ssh_rate:.2f}x |")
REPORT
