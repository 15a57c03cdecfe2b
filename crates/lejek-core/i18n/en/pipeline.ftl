### English messages of the pipeline (issue 19): stage order, probability and rot days,
### expected close date, days in stage and rotting deals.

err-move_before_or_after = Say where to move it: --before NAME or --after NAME
# Variables: $a0
err-move_itself = { $a0 } cannot be moved next to itself
# Variables: $a0, $a1, $a2, $a3
err-move_other_kind = { $a0 } is a stage of kind { $a1 } and { $a2 } of kind { $a3 }: a stage moves only among stages of its kind (open stages come first, then won, then lost)
err-stage_set_nothing = Nothing to set: give --probability, --rot-days or both
# Variables: $a0, $a1
err-stage_closed_fixed = { $a0 } is a { $a1 } stage: its probability is fixed (won 100%, lost 0%) and its deals do not rot
# Variables: $a0
err-probability_range = Probability { $a0 } is out of range: give 0 to 100 (percent)
# Variables: $a0, $a1
err-rot_days_range = Rot days { $a0 } is out of range: give 1 to { $a1 }
# Variables: $a0
err-stage_set_only_stages = dict set sets deal stages' probability and rot days; { $a0 } has neither
# Variables: $a0, $a1
err-stage_number = { $a0 }: expected a whole number or none, got "{ $a1 }"
col-probability = Probability
col-rot_days = Rot days
col-position = Place in order
col-expected = Expected close
col-days_in_stage = In stage
col-rotting = Rotting
show-rotting = no activity for longer than its stage allows
