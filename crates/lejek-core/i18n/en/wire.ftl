### English messages of the server's limits and exactly-once writes (issue 15 items 4, 5, 8).

# Variables: $a0
wire-err-busy = the database server already serves { $a0 } connections; try again in a moment
# Variables: $a0
wire-err-panic = the database server failed on this request (an internal error, logged in { $a0 }); it goes on serving
# Variables: $a0
wire-err-request_taken = the request id of { $a0 }'s write belongs to another user's request; nothing was written
