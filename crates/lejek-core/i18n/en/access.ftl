### English messages of who may do what (issue 15): admin-only commands, the server's clock.

# Variables: $a0
err-admin_users = only an admin may add or change users ('{ $a0 }' is not one)
# Variables: $a0, $a1
err-client_clock = your clock ({ $a0 }) is not the server's ({ $a1 }): writes are dated by the server; unset LEJEK_NOW (only an admin may enter a write with another date)
# Variables: $a0
err-last_admin = { $a0 } is the last admin: make another user an admin first
# Variables: $a0, $a1
err-other_user_local = { $a0 } may not act as { $a1 }: only a lejek admin or root may use --user for someone else
# Variables: $a0
hist-backdated = entered with the date above; the server recorded it on { $a0 }
