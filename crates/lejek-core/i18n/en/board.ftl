### English messages of the board (issue 19 item 5): the deals as a column per open stage.

action-board = The deals as a board: a column per open stage (again: the list)
action-stage_next = Board: move the deal to the next open stage
action-stage_prev = Board: move the deal to the previous open stage
action-agenda = The agenda: what you have due today and in the week ahead
agenda-pane_empty = Nothing due in the week ahead.
agenda-pane_keys = j/k: choose · Enter: go there · Esc: close
# Variables: $login, $count
agenda-pane_title = Agenda of { $login } · { $count } due
# Variables: $days
board-days = { $days } d in stage
hdr-in_stage = In stage
# Variables: $count
board-more = … and { $count } more
# Variables: $deal, $stage
board-moved = #{ $deal } moved to { $stage }
board-no_stages = No open stages: add one with lejek dict add deal-stage
board-title = Board
