#!/usr/bin/python3
"""ncclient 0.6.13 (Debian python3-ncclient) as the manager of an RFC 8071 call home.

Usage: ncclient_manager.py PORT KEY {pdu|ups}. manager.call_home() listens on 127.0.0.1:PORT; "LISTENING" is
printed once the socket listens, so the device under test dials only then. Over the session it runs a get with a
subtree filter, an edit-config, the device's action RPC (switch-outlet or start-self-test), an edit-config the
device must refuse, a get-config, then create-subscription; after "SUBSCRIBED" it waits for one notification
(the test makes the device raise it), recording any others that come first (config-change). The results go to stdout as one "RESULT <json>" line.
"""
import json
import socket
import sys

from ncclient import manager
from ncclient.xml_ import to_ele

BASE = "urn:ietf:params:xml:ns:netconf:base:1.0"
PDU = "urn:callhome:yang:callhome-pdu"
UPS = "urn:callhome:yang:callhome-ups"
SYSTEM = "urn:callhome:yang:callhome-system"

REQUESTS = {
    "pdu": {
        "filter": '<pdu xmlns="%s"><outlet><id>3</id></outlet></pdu>' % PDU,
        "edit": '<pdu xmlns="%s"><outlet><id>3</id><name>core-switch</name></outlet></pdu>' % PDU,
        "action": '<switch-outlet xmlns="%s"><id>3</id><action>on</action></switch-outlet>' % PDU,
        "bad_edit": '<pdu xmlns="%s"><outlet><id>3</id><name></name></outlet></pdu>' % PDU,
        "event": "outlet-overcurrent",
    },
    "ups": {
        "filter": '<ups xmlns="%s"><battery/></ups>' % UPS,
        "edit": '<system xmlns="%s"><contact>ops@example.net</contact></system>' % SYSTEM,
        "action": '<start-self-test xmlns="%s"/>' % UPS,
        "bad_edit": '<system xmlns="%s"><name></name></system>' % SYSTEM,
        "event": "on-battery",
    },
}


def main():
    port = int(sys.argv[1])
    key = sys.argv[2]
    requests = REQUESTS[sys.argv[3]]
    listen = socket.socket.listen

    def announce(sock, *args):
        listen(sock, *args)
        print("LISTENING", flush=True)

    socket.socket.listen = announce
    m = manager.call_home(host="127.0.0.1", port=port, username="manager", key_filename=key,
                          hostkey_verify=False, allow_agent=False, look_for_keys=False, timeout=30)
    socket.socket.listen = listen
    out = {"session_id": m.session_id, "capabilities": sorted(m.server_capabilities)}
    reply = m.get(filter=("subtree", requests["filter"]))
    out["get"] = reply.data_xml
    reply = m.edit_config(target="running", config='<config xmlns="%s">%s</config>' % (BASE, requests["edit"]))
    out["edit_ok"] = reply.ok
    reply = m.dispatch(to_ele(requests["action"]))
    out["action_ok"] = reply.ok
    try:
        m.edit_config(target="running", config='<config xmlns="%s">%s</config>' % (BASE, requests["bad_edit"]))
        out["bad_edit"] = "accepted"
    except Exception as error:  # ncclient raises RPCError for an rpc-error reply
        out["bad_edit"] = getattr(error, "tag", str(error))
    reply = m.get_config(source="running")
    out["get_config"] = reply.data_xml
    m.create_subscription()
    print("SUBSCRIBED", flush=True)
    # Other events may come first (config-change of the edit above): keep reading until the device's own.
    out["notification"] = None
    out["others"] = []
    while out["notification"] is None:
        notification = m.take_notification(block=True, timeout=30)
        if notification is None:
            break
        xml = notification.notification_xml
        if requests["event"] in xml:
            out["notification"] = xml
        else:
            out["others"].append(xml)
    m.close_session()
    print("RESULT " + json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
