#!/usr/bin/python3
"""paramiko 2.12 (Debian python3-paramiko, the stack under ncclient) as a client of our SSH server role.

--listen: listen on 127.0.0.1:0, print "LISTENING <port>", accept ONE connection (our server dials out, RFC
8071) and run paramiko's Transport over the accepted socket. --connect PORT: dial our listening server.
Algorithms are pinned to what paramiko 2.12 shares with us: kex curve25519-sha256@libssh.org, ssh-ed25519,
aes128/256-ctr with hmac-sha2-256/512 (no strict kex in this version). The host key must equal --host-key.

Modes: subsystem / exec echo --bytes through the channel and check it; password (password, then
keyboard-interactive); keys (publickey with each --key until refused or disconnected); idle (key exchange,
then no authentication until the server ends the session). One "RESULT ..." line on stdout tells the test.
"""
import argparse
import hashlib
import socket
import sys
import threading

import paramiko


def result(*words):
    sys.stdout.write("RESULT " + " ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def open_transport(args):
    if args.listen:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        sys.stdout.write("LISTENING %d\n" % listener.getsockname()[1])
        sys.stdout.flush()
        listener.settimeout(30)
        sock, _ = listener.accept()
        listener.close()
    else:
        sock = socket.create_connection(("127.0.0.1", args.connect), timeout=30)
    sock.settimeout(None)
    transport = paramiko.Transport(sock)
    options = transport.get_security_options()
    options.kex = ("curve25519-sha256@libssh.org",)
    options.key_types = ("ssh-ed25519",)
    options.ciphers = (args.cipher,)
    options.digests = (args.mac,)
    transport.start_client(timeout=30)
    key = transport.get_remote_server_key()
    if key.get_name() + " " + key.get_base64() != args.host_key:
        result("host-key-mismatch", key.get_name(), key.get_base64())
        sys.exit(3)
    return transport


def echo(transport, args):
    transport.auth_publickey("manager", paramiko.Ed25519Key.from_private_key_file(args.key[0]))
    channel = transport.open_session(timeout=30)
    if args.mode == "subsystem":
        channel.invoke_subsystem("echo")
    else:
        channel.exec_command("cat -")
    data = bytes((i * 7 + (i >> 8)) & 0xFF for i in range(args.bytes))

    def send():
        channel.sendall(data)
        channel.shutdown_write()

    writer = threading.Thread(target=send)
    writer.start()
    received = bytearray()
    while True:
        chunk = channel.recv(65536)
        if not chunk:
            break
        received += chunk
    writer.join()
    status = channel.recv_exit_status()
    same = hashlib.sha256(received).digest() == hashlib.sha256(data).digest()
    result("echo" if same else "echo-mismatch", len(received), status, transport.remote_cipher, transport.remote_mac)
    channel.close()
    transport.close()
    return 0 if same else 1


def wrong_methods(transport):
    refusals = []
    for attempt in ("password", "keyboard-interactive"):
        try:
            if attempt == "password":
                transport.auth_password("manager", "not-a-password")
            else:
                transport.auth_interactive("manager", lambda title, instructions, prompts: ["x" for _ in prompts])
            result("accepted", attempt)
            return 1
        except paramiko.BadAuthenticationType as e:
            refusals.append(attempt + ":" + ",".join(e.allowed_types))
    result("refused", *refusals)
    transport.close()
    return 0


def many_keys(transport, args):
    refused = 0
    for path in args.key:
        try:
            transport.auth_publickey("manager", paramiko.Ed25519Key.from_private_key_file(path))
            result("accepted", refused)
            return 1
        except paramiko.AuthenticationException:
            refused += 1
        except (paramiko.SSHException, EOFError, OSError):
            break
        if not transport.is_active():
            break
    state = "active" if transport.is_active() else "closed"
    result("refused", refused, state)
    transport.close()
    return 0


def idle(transport):
    transport.join(60)
    result("closed" if not transport.is_active() else "still-open")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", action="store_true")
    parser.add_argument("--connect", type=int)
    parser.add_argument("--host-key", required=True)
    parser.add_argument("--key", action="append", default=[])
    parser.add_argument("--cipher", default="aes128-ctr")
    parser.add_argument("--mac", default="hmac-sha2-256")
    parser.add_argument("--mode", default="subsystem", choices=["subsystem", "exec", "password", "keys", "idle"])
    parser.add_argument("--bytes", type=int, default=100000)
    args = parser.parse_args()
    transport = open_transport(args)
    if args.mode in ("subsystem", "exec"):
        return echo(transport, args)
    if args.mode == "password":
        return wrong_methods(transport)
    if args.mode == "keys":
        return many_keys(transport, args)
    return idle(transport)


if __name__ == "__main__":
    sys.exit(main())
