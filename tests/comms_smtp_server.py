#!/usr/bin/env python3
"""A real SMTP server on loopback for tests/comms_transport.rs, and a reader of what it saved.

  serve DIR [--user U --password P] [--echo-auth] [--starttls CERT KEY]
      Listen on a free port of 127.0.0.1 (aiosmtpd), print "PORT <n>" once ready, and save
      each message as DIR/<k>.eml with its envelope in DIR/<k>.json. With --user, AUTH
      PLAIN/LOGIN is required (offered over the plain connection unless --starttls). With
      --echo-auth, every login is refused with a reply that quotes what the client sent
      (the AUTH PLAIN line in base64, the password in base64 and as it is), as careless
      servers do. With
      --starttls, STARTTLS with that certificate and key is offered, and required. Runs
      until its standard input closes (the test holds it open), or until it is killed.

  parse FILE
      Print, as JSON, what Python's email module (policy.default) reads in the message:
      headers decoded, the text body, and each attachment's name, type, size and SHA-256.
"""

import argparse
import hashlib
import json
import os
import socket
import sys
import warnings
from email import message_from_binary_file, policy

# aiosmtpd warns that AUTH without TLS is unsafe: true, and this server is for a test on
# loopback only.
warnings.simplefilter("ignore")


def serve(directory, user, password, starttls, echo_auth=False):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    class Saver:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Saver.count += 1
            base = os.path.join(directory, str(Saver.count))
            login = getattr(session, "login_data", None)
            meta = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "login": login.decode() if isinstance(login, bytes) else login,
            }
            # Written aside and renamed: the test polls for the .eml.
            with open(base + ".json.tmp", "w") as f:
                json.dump(meta, f)
            os.replace(base + ".json.tmp", base + ".json")
            with open(base + ".eml.tmp", "wb") as f:
                f.write(envelope.original_content or envelope.content)
            os.replace(base + ".eml.tmp", base + ".eml")
            return "250 2.0.0 Ok: queued as TEST%d" % Saver.count

    def authenticator(server, session, envelope, mechanism, auth_data):
        if echo_auth:
            import base64

            sent_login = auth_data.login
            sent_password = auth_data.password
            line = base64.b64encode(b"\0" + sent_login + b"\0" + sent_password).decode()
            quoted = base64.b64encode(sent_password).decode()
            message = "535 5.7.8 refused: AUTH %s %s (login %s, password %s = %s)" % (
                mechanism,
                line,
                sent_login.decode(),
                quoted,
                sent_password.decode(),
            )
            return AuthResult(success=False, handled=False, message=message)
        good = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=good, handled=False)

    # A free port: bound by the kernel, released, then taken by the controller at once.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = {}
    if user is not None:
        options.update(
            authenticator=authenticator,
            auth_require_tls=starttls is not None,
            auth_required=True,
        )
    if starttls is not None:
        import ssl

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*starttls)
        options.update(tls_context=context, require_starttls=True)
    controller = Controller(Saver(), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


def parse(path):
    with open(path, "rb") as f:
        m = message_from_binary_file(f, policy=policy.default)
    body = m.get_body(preferencelist=("plain",))
    out = {
        "from": str(m["from"]),
        "to": str(m["to"]),
        "subject": str(m["subject"]),
        "date": str(m["date"]),
        "message_id": str(m["message-id"]),
        "content_type": m.get_content_type(),
        "body": body.get_content() if body is not None else None,
        "attachments": [],
        "defects": [repr(d) for d in m.defects],
    }
    for part in m.iter_attachments():
        data = part.get_payload(decode=True) or b""
        out["attachments"].append(
            {
                "name": part.get_filename(),
                "type": part.get_content_type(),
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    print(json.dumps(out, ensure_ascii=False))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("serve")
    s.add_argument("dir")
    s.add_argument("--user")
    s.add_argument("--password")
    s.add_argument("--echo-auth", action="store_true")
    s.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    p = commands.add_parser("parse")
    p.add_argument("file")
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args.dir, args.user, args.password, args.starttls, args.echo_auth)
    else:
        parse(args.file)


if __name__ == "__main__":
    main(sys.argv[1:])
