### English messages of the server's limits and exactly-once writes (issue 15 items 4, 5, 8).

# Variables: $count
wire-err-busy = the database server already serves { $count ->
        [one] { $count } connection
       *[other] { $count } connections
    }; try again in a moment
# Variables: $log
wire-err-panic = the database server failed on this request (an internal error, logged in { $log }); it goes on serving
# Variables: $login
wire-err-request_taken = the request id of { $login }'s write belongs to another user's request; nothing was written
