### English messages of the shared-access server (`lejek serve`) and its protocol.

# Variables: $error
server-err-malformed = the server rejected a malformed message: { $error }
# Variables: $error
server-err-remote = { $error }
# Variables: $ours, $theirs
server-err-version = protocol version mismatch: this lejek speaks version { $ours }, the server speaks { $theirs }; restart the server with the same lejek version
# Variables: $error
err-server = the database server: { $error }
# Variables: $uid
server-err-no_login = no system login for user id { $uid }; the server cannot tell who you are
# Variables: $login, $other
server-err-not_admin = { $login } may not act as { $other }: only a lejek admin may use --user for someone else
