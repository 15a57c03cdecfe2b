### English messages of the board (issue 19 item 5): the deals as a column per open stage.

action-board = The deals as a board: a column per open stage (again: the list)
action-stage_next = Board: move the deal to the next open stage
action-stage_prev = Board: move the deal to the previous open stage
action-agenda = The agenda: what you have due today and in the week ahead
agenda-pane_empty = Nothing due in the week ahead.
agenda-pane_keys = j/k: choose · Enter: go there · Esc: close
# Variables: $a0, $a1
agenda-pane_title = Agenda of { $a0 } · { $a1 } due
# Variables: $a0
board-days = { $a0 } d in stage
hdr-in_stage = In stage
# Variables: $a0
board-more = … and { $a0 } more
# Variables: $a0, $a1
board-moved = #{ $a0 } moved to { $a1 }
board-no_stages = No open stages: add one with lejek dict add deal-stage
board-title = Board
