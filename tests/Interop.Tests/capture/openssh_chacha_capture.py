#!/usr/bin/python3
"""Minimal SSH client that captures chacha20-poly1305@openssh.com packets from a real OpenSSH server.

Runs with Debian's /usr/bin/python3 (3.11): the standard library plus python3-cryptography. It negotiates
curve25519-sha256 / ssh-ed25519 / chacha20-poly1305@openssh.com, verifies the host key's signature over the
exchange hash, sends SERVICE_REQUEST "ssh-userauth" and USERAUTH_REQUEST "none", verifies and decrypts
the server's replies (EXT_INFO, SERVICE_ACCEPT, USERAUTH_FAILURE), and prints every encrypted packet of both
directions as JSON: the 64-byte key, the sequence number, the bytes on the wire and the plaintext.

    /usr/bin/python3 openssh_chacha_capture.py --port 2222 [--no-strict-kex]
"""
import argparse
import datetime
import hashlib
import json
import os
import socket
import struct
import sys

import cryptography
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.poly1305 import Poly1305

CLIENT_VERSION = "SSH-2.0-CallhomeChaChaCapture_1.0"
CIPHER = "chacha20-poly1305@openssh.com"
# RFC 4250 §4.1.2 message numbers (plus RFC 8308 EXT_INFO).
MESSAGE_NAMES = {1: "DISCONNECT", 2: "IGNORE", 3: "UNIMPLEMENTED", 4: "DEBUG", 5: "SERVICE_REQUEST",
                 6: "SERVICE_ACCEPT", 7: "EXT_INFO", 20: "KEXINIT", 21: "NEWKEYS", 30: "KEX_ECDH_INIT",
                 31: "KEX_ECDH_REPLY", 50: "USERAUTH_REQUEST", 51: "USERAUTH_FAILURE", 53: "USERAUTH_BANNER"}


class ProtocolError(Exception):
    pass


# --- RFC 4251 §5 data types -------------------------------------------------------------------------------
def ssh_string(data):
    if isinstance(data, str):
        data = data.encode()
    return struct.pack(">I", len(data)) + data


def ssh_mpint(value_bytes):
    """mpint of an unsigned big-endian integer: no leading zero bytes, one 0x00 if the top bit is set."""
    value_bytes = value_bytes.lstrip(b"\x00")
    if value_bytes and value_bytes[0] & 0x80:
        value_bytes = b"\x00" + value_bytes
    return ssh_string(value_bytes)


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ProtocolError("truncated message")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self):
        return self.take(1)[0]

    def uint32(self):
        return struct.unpack(">I", self.take(4))[0]

    def string(self):
        return self.take(self.uint32())

    def name_list(self):
        names = self.string().decode()
        return names.split(",") if names else []


# --- chacha20-poly1305@openssh.com (OpenSSH PROTOCOL.chacha20poly1305) ------------------------------------
def chacha20(key32, seqnr, block_counter, data):
    # The nonce is the sequence number as uint64 big-endian; ChaCha20 state words 12-13 hold the block counter
    # and 14-15 the nonce. cryptography's 16-byte "nonce" is exactly those four words as bytes: counter as
    # 8 little-endian bytes, then the 8 nonce bytes.
    iv = struct.pack("<Q", block_counter) + struct.pack(">Q", seqnr)
    return Cipher(algorithms.ChaCha20(key32, iv), mode=None).encryptor().update(data)


class ChaChaPoly:
    """One direction. The 64-byte key is K_2 (payload key) || K_1 (length key), as OpenSSH's
    chachapoly_init keys main_ctx with key[0:32] and header_ctx with key[32:64]."""

    def __init__(self, key64):
        self.key64, self.k2, self.k1 = key64, key64[:32], key64[32:]

    def poly_key(self, seqnr):
        return chacha20(self.k2, seqnr, 0, bytes(32))  # first 32 bytes of block 0 under K_2

    def seal(self, seqnr, plaintext):
        encrypted = chacha20(self.k1, seqnr, 0, plaintext[:4]) + chacha20(self.k2, seqnr, 1, plaintext[4:])
        return encrypted + Poly1305.generate_tag(self.poly_key(seqnr), encrypted)

    def open_length(self, seqnr, encrypted_length):
        return struct.unpack(">I", chacha20(self.k1, seqnr, 0, encrypted_length))[0]

    def open(self, seqnr, wire):
        body, tag = wire[:-16], wire[-16:]
        Poly1305.verify_tag(self.poly_key(seqnr), body, tag)  # constant time; raises InvalidSignature
        return chacha20(self.k1, seqnr, 0, body[:4]) + chacha20(self.k2, seqnr, 1, body[4:])


# --- RFC 4253 §6 binary packet protocol --------------------------------------------------------------------
class Connection:
    def __init__(self, sock):
        self.sock, self.buffer = sock, b""
        self.send_seq = self.recv_seq = 0  # RFC 4253 §6.4: uint32, starts at zero, never reset (but see strict kex)
        self.send_cipher = self.recv_cipher = None
        self.sent, self.received = [], []

    def read_exact(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ProtocolError("connection closed by server")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def read_line(self):
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ProtocolError("connection closed during version exchange")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode()

    @staticmethod
    def frame(payload, aligned_prefix):
        # §6: padding >= 4 bytes, random; the padded length is a multiple of 8. With cipher "none" the whole
        # packet is aligned; chacha20-poly1305 aligns packet_length only (its length field is the AAD).
        padding = 4 + (-(aligned_prefix + 1 + len(payload) + 4)) % 8
        return struct.pack(">IB", 1 + len(payload) + padding, padding) + payload + os.urandom(padding)

    def send(self, payload):
        if self.send_cipher is None:
            self.sock.sendall(self.frame(payload, 4))
        else:
            plaintext = self.frame(payload, 0)
            wire = self.send_cipher.seal(self.send_seq, plaintext)
            self.sent.append(record(self.send_cipher, self.send_seq, wire, plaintext))
            self.sock.sendall(wire)
        self.send_seq = (self.send_seq + 1) & 0xFFFFFFFF

    def receive(self):
        if self.recv_cipher is None:
            plaintext = self.read_exact(4)
            length = struct.unpack(">I", plaintext)[0]
            if length < 5 or length > 35000:
                raise ProtocolError("bad packet length %d" % length)
            plaintext += self.read_exact(length)
        else:
            encrypted_length = self.read_exact(4)
            length = self.recv_cipher.open_length(self.recv_seq, encrypted_length)
            if length < 8 or length > 35000 or length % 8:
                raise ProtocolError("bad packet length %d" % length)
            wire = encrypted_length + self.read_exact(length + 16)
            try:
                plaintext = self.recv_cipher.open(self.recv_seq, wire)
            except InvalidSignature:
                raise ProtocolError("Poly1305 tag mismatch at sequence number %d" % self.recv_seq) from None
            self.received.append(record(self.recv_cipher, self.recv_seq, wire, plaintext))
        self.recv_seq = (self.recv_seq + 1) & 0xFFFFFFFF
        padding = plaintext[4]
        return plaintext[5:len(plaintext) - padding]


def record(cipher, seqnr, wire, plaintext):
    message = plaintext[5]
    return {"sequence_number": seqnr, "message_number": message, "message_name": MESSAGE_NAMES.get(message, "?"),
            "key": cipher.key64.hex(), "wire": wire.hex(), "plaintext": plaintext.hex()}


def kexinit_payload(strict):
    kex = ["curve25519-sha256", "ext-info-c"] + (["kex-strict-c-v00@openssh.com"] if strict else [])
    lists = [kex, ["ssh-ed25519"], [CIPHER], [CIPHER], ["hmac-sha2-256"], ["hmac-sha2-256"], ["none"], ["none"], [], []]
    # RFC 4253 §7.1: byte 20, 16-byte cookie, ten name-lists, boolean first_kex_packet_follows, uint32 0.
    return bytes([20]) + os.urandom(16) + b"".join(ssh_string(",".join(n)) for n in lists) + b"\x00" + bytes(4)


def negotiate(client_lists, server_lists):
    # §7.1: the first algorithm on the client's list that the server also supports.
    chosen = []
    for client, server in zip(client_lists, server_lists):
        match = next((name for name in client if name in server), None)
        if match is None:
            raise ProtocolError("no common algorithm in %s / %s" % (client, server))
        chosen.append(match)
    return chosen


def derive_key(k_h, letter, session_id, size):
    # RFC 4253 §7.2: K1 = HASH(K || H || X || session_id); K(n+1) = HASH(K || H || K1 || ... || Kn), where
    # k_h is the mpint K followed by H. chacha20-poly1305@openssh.com takes 64 bytes: two SHA-256 rounds.
    key = hashlib.sha256(k_h + letter + session_id).digest()
    while len(key) < size:
        key += hashlib.sha256(k_h + key).digest()
    return key[:size]


def capture(host, port, strict, timeout):
    sock = socket.create_connection((host, port), timeout=timeout)
    conn = Connection(sock)
    # RFC 4253 §4.2 version exchange; a server may send other lines first.
    sock.sendall(CLIENT_VERSION.encode() + b"\r\n")
    server_version = conn.read_line()
    while not server_version.startswith("SSH-"):
        server_version = conn.read_line()
    if not server_version.startswith("SSH-2.0-"):
        raise ProtocolError("unsupported server version " + server_version)

    client_kexinit = kexinit_payload(strict)
    conn.send(client_kexinit)  # sequence number 0 (strict kex requires KEXINIT to be the first packet)
    server_kexinit = conn.receive()
    if server_kexinit[0] != 20:
        raise ProtocolError("expected KEXINIT, got message %d" % server_kexinit[0])
    reader = Reader(server_kexinit[17:])
    server_lists = [reader.name_list() for _ in range(10)]
    client_reader = Reader(client_kexinit[17:])
    client_lists = [client_reader.name_list() for _ in range(10)]
    names = negotiate(client_lists[:8], server_lists[:8])
    if names[0] != "curve25519-sha256" or names[1] != "ssh-ed25519" or names[2:4] != [CIPHER, CIPHER]:
        raise ProtocolError("unexpected negotiation %s" % names)
    strict_kex = strict and "kex-strict-s-v00@openssh.com" in server_lists[0]

    # RFC 8731 §3: Q_C is an X25519 public key; the server answers with K_S, Q_S and the signature over H.
    ephemeral = X25519PrivateKey.generate()
    q_c = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    conn.send(bytes([30]) + ssh_string(q_c))
    reply = conn.receive()
    if reply[0] != 31:
        raise ProtocolError("expected KEX_ECDH_REPLY, got message %d" % reply[0])
    reader = Reader(reply[1:])
    k_s, q_s, signature_blob = reader.string(), reader.string(), reader.string()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(q_s))
    if shared == bytes(32):
        raise ProtocolError("all-zero X25519 shared secret (RFC 8731 §3)")
    k = ssh_mpint(shared)  # RFC 8731 §3.1: the 32 bytes as an unsigned big-endian integer, encoded as mpint
    # RFC 4253 §8: H = HASH(V_C || V_S || I_C || I_S || K_S || Q_C || Q_S || K) (RFC 5656 §4 for the Q fields).
    exchange_hash = hashlib.sha256(
        ssh_string(CLIENT_VERSION) + ssh_string(server_version) + ssh_string(client_kexinit) +
        ssh_string(server_kexinit) + ssh_string(k_s) + ssh_string(q_c) + ssh_string(q_s) + k).digest()

    # RFC 8709 §4/§6: key blob "ssh-ed25519" || string(32-byte key); signature "ssh-ed25519" || string(64 bytes).
    key_reader, sig_reader = Reader(k_s), Reader(signature_blob)
    if key_reader.string() != b"ssh-ed25519" or sig_reader.string() != b"ssh-ed25519":
        raise ProtocolError("host key or signature is not ssh-ed25519")
    host_key = key_reader.string()
    try:
        Ed25519PublicKey.from_public_bytes(host_key).verify(sig_reader.string(), exchange_hash)
    except InvalidSignature:
        raise ProtocolError("host key signature over H does not verify") from None

    session_id = exchange_hash  # §7.2: the first exchange's H
    k_h = k + exchange_hash
    key_c2s = derive_key(k_h, b"C", session_id, 64)  # "C": encryption key client to server
    key_s2c = derive_key(k_h, b"D", session_id, 64)  # "D": encryption key server to client

    # §7.3: each side switches its outgoing keys after sending NEWKEYS, its incoming keys after receiving it.
    # Strict kex (OpenSSH PROTOCOL, "kex-strict"): the sequence number of that direction also restarts at 0.
    conn.send(bytes([21]))
    conn.send_cipher = ChaChaPoly(key_c2s)
    if strict_kex:
        conn.send_seq = 0
    if conn.receive() != bytes([21]):
        raise ProtocolError("expected NEWKEYS")
    conn.recv_cipher = ChaChaPoly(key_s2c)
    if strict_kex:
        conn.recv_seq = 0

    # RFC 4253 §10 service request; RFC 8308 §2.4 EXT_INFO may come first; RFC 4252 §5.2 "none" request.
    conn.send(bytes([5]) + ssh_string("ssh-userauth"))
    while True:
        message = conn.receive()
        if message[0] == 6:
            break
        if message[0] not in (2, 4, 7):
            raise ProtocolError("unexpected message %d before SERVICE_ACCEPT" % message[0])
    if Reader(message[1:]).string() != b"ssh-userauth":
        raise ProtocolError("SERVICE_ACCEPT for another service")
    conn.send(bytes([50]) + ssh_string("capture") + ssh_string("ssh-connection") + ssh_string("none"))
    while True:
        message = conn.receive()
        if message[0] == 51:
            break
        if message[0] not in (2, 4, 53):
            raise ProtocolError("unexpected message %d before USERAUTH_FAILURE" % message[0])
    # RFC 4253 §11.1 DISCONNECT, reason 11 BY_APPLICATION.
    conn.send(bytes([1]) + struct.pack(">I", 11) + ssh_string("capture done") + ssh_string(""))
    sock.close()

    return {
        "description": "chacha20-poly1305@openssh.com packets of one session with a real OpenSSH sshd, "
                       "captured by tests/Interop.Tests/capture/openssh_chacha_capture.py",
        "captured_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "capture_tool": "Python %s, cryptography %s" % (sys.version.split()[0], cryptography.__version__),
        "client_version": CLIENT_VERSION,
        "server_version": server_version,
        "openssh_version": server_version[len("SSH-2.0-"):],
        "algorithms": dict(zip(["kex", "host_key", "cipher_client_to_server", "cipher_server_to_client",
                                "mac_client_to_server", "mac_server_to_client", "compression_client_to_server",
                                "compression_server_to_client"], names)),
        "strict_kex": strict_kex,
        "notes": "the MAC algorithms are negotiated but unused: chacha20-poly1305@openssh.com authenticates "
                 "itself. With strict kex each direction's sequence number restarts at 0 after NEWKEYS; "
                 "without it the first encrypted packet of each direction has sequence number 3.",
        "key_layout": "key = K_2 (payload and Poly1305-key ChaCha20 key) || K_1 (length ChaCha20 key); "
                      "nonce = uint64 big-endian sequence number; Poly1305 key = ChaCha20(K_2, counter 0)[0:32]; "
                      "payload at counter 1; tag = Poly1305 over encrypted length || encrypted payload",
        "host_key_ed25519": host_key.hex(),
        "session_id": session_id.hex(),
        "server_to_client": conn.received,
        "client_to_server": conn.sent,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--no-strict-kex", action="store_true", help="do not offer kex-strict-c-v00@openssh.com")
    parser.add_argument("--timeout", type=float, default=20.0, help="socket timeout in seconds")
    args = parser.parse_args()
    try:
        result = capture(args.host, args.port, not args.no_strict_kex, args.timeout)
    except (ProtocolError, OSError) as error:
        print("capture failed: %s" % error, file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
