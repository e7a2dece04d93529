#!/usr/bin/python3
"""ProxyCommand for a stock client (ssh, dbclient -J) whose server dials out to it (RFC 8071 shape).

Listens on 127.0.0.1 (port 0 = any free port), reports "LISTENING <port>" on stderr (the client passes the
proxy's stderr through, so the test reads it there), accepts ONE connection from our server, then relays
stdin -> socket and socket -> stdout until both ends are done.
"""
import os
import select
import socket
import sys


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0))
    listener.listen(1)
    sys.stderr.write("LISTENING %d\n" % listener.getsockname()[1])
    sys.stderr.flush()
    connection, _ = listener.accept()
    listener.close()
    sources = [0, connection.fileno()]
    while sources:
        readable, _, _ = select.select(sources, [], [])
        if 0 in readable:
            data = os.read(0, 65536)
            if data:
                connection.sendall(data)
            else:
                connection.shutdown(socket.SHUT_WR)
                sources.remove(0)
        if connection.fileno() in readable:
            data = connection.recv(65536)
            if not data:
                break
            os.write(1, data)


if __name__ == "__main__":
    main()
