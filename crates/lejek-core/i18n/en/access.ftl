### English messages of who may do what (issue 15): admin-only commands, the server's clock.

# Variables: $login
err-admin_users = only an admin may add or change users ('{ $login }' is not one)
# Variables: $client_time, $server_time
err-client_clock = your clock ({ $client_time }) is not the server's ({ $server_time }): writes are dated by the server; unset LEJEK_NOW (only an admin may enter a write with another date)
# Variables: $login
err-last_admin = { $login } is the last admin: make another user an admin first
# Variables: $login, $other
err-other_user_local = { $login } may not act as { $other }: only a lejek admin or root may use --user for someone else
# Variables: $recorded
hist-backdated = entered with the date above; the server recorded it on { $recorded }
