### English messages of the shared-access server (`lejek serve`) and its protocol.

# Variables: $a0
server-err-malformed = the server rejected a malformed message: { $a0 }
# Variables: $a0
server-err-remote = { $a0 }
# Variables: $a0, $a1
server-err-version = protocol version mismatch: this lejek speaks version { $a0 }, the server speaks { $a1 }; restart the server with the same lejek version
# Variables: $a0
err-server = the database server: { $a0 }
# Variables: $a0
server-err-no_login = no system login for user id { $a0 }; the server cannot tell who you are
# Variables: $a0, $a1
server-err-not_admin = { $a0 } may not act as { $a1 }: only a lejek admin may use --user for someone else
