#!/usr/bin/python3
"""A NETCONF manager on stdin/stdout, run by OpenSSH sshd as the `netconf-turn` subsystem (the call-home
draft's mode: the device is the SSH client and opens this subsystem, then serves NETCONF to us).

It reads the device's hello, sends its own (base:1.0 and 1.1, so both switch to chunked framing, RFC 6242
§4.1), runs get with a subtree filter, edit-config, get-config and close-session, and writes what it saw as
JSON to the file named by its first argument.
"""
import json
import os
import re
import sys

BASE = "urn:ietf:params:xml:ns:netconf:base:1.0"
PDU = "urn:callhome:yang:callhome-pdu"
stdin = sys.stdin.buffer
stdout = sys.stdout.buffer


def read_eom():
    data = b""
    while not data.endswith(b"]]>]]>"):
        byte = stdin.read(1)
        if not byte:
            raise EOFError("end of input inside a message")
        data += byte
    return data[:-6].decode()


def read_chunked():
    message = b""
    while True:
        if stdin.read(2) != b"\n#":
            raise ValueError("bad chunk start")
        size = b""
        while True:
            c = stdin.read(1)
            if c == b"\n":
                break
            size += c
        if size == b"#":
            return message.decode()
        message += stdin.read(int(size))


def send_chunked(text):
    data = text.encode()
    stdout.write(b"\n#%d\n" % len(data) + data + b"\n##\n")
    stdout.flush()


def rpc(message_id, body):
    send_chunked('<rpc message-id="%d" xmlns="%s">%s</rpc>' % (message_id, BASE, body))
    return read_chunked()


def main():
    out = {}
    hello = read_eom()
    out["hello_has_base11"] = "urn:ietf:params:netconf:base:1.1" in hello
    out["session_id"] = re.search(r"<session-id>(\d+)</session-id>", hello).group(1)
    stdout.write(('<hello xmlns="%s"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability>'
                  '<capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>]]>]]>' % BASE).encode())
    stdout.flush()
    out["get"] = rpc(1, '<get><filter type="subtree"><pdu xmlns="%s"><outlet><id>5</id></outlet></pdu></filter></get>' % PDU)
    out["edit"] = rpc(2, '<edit-config><target><running/></target><config><pdu xmlns="%s"><outlet><id>5</id>'
                         '<name>turned</name></outlet></pdu></config></edit-config>' % PDU)
    out["get_config"] = rpc(3, '<get-config><source><running/></source><filter><pdu xmlns="%s"><outlet><id>5</id>'
                               '</outlet></pdu></filter></get-config>' % PDU)
    out["close"] = rpc(4, "<close-session/>")
    # Written aside, then renamed: the test waits for the name to appear, never for a half-written file.
    with open(sys.argv[1] + ".part", "w") as result:
        json.dump(out, result)
    os.rename(sys.argv[1] + ".part", sys.argv[1])


if __name__ == "__main__":
    main()
