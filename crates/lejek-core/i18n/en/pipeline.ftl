### English messages of the pipeline (issue 19): stage order, probability and rot days,
### expected close date, days in stage and rotting deals.

err-move_before_or_after = Say where to move it: --before NAME or --after NAME
# Variables: $stage
err-move_itself = { $stage } cannot be moved next to itself
# Variables: $stage, $kind, $other, $other_kind
err-move_other_kind = { $stage } is a stage of kind { $kind } and { $other } of kind { $other_kind }: a stage moves only among stages of its kind (open stages come first, then won, then lost)
err-stage_set_nothing = Nothing to set: give --probability, --rot-days or both
# Variables: $stage, $kind
err-stage_closed_fixed = { $stage } is a { $kind } stage: its probability is fixed (won 100%, lost 0%) and its deals do not rot
# Variables: $value
err-probability_range = Probability { $value } is out of range: give 0 to 100 (percent)
# Variables: $value, $max
err-rot_days_range = Rot days { $value } is out of range: give 1 to { $max }
# Variables: $dictionary
err-stage_set_only_stages = dict set sets deal stages' probability and rot days; { $dictionary } has neither
# Variables: $option, $value
err-stage_number = { $option }: expected a whole number or none, got "{ $value }"
col-probability = Probability
col-rot_days = Rot days
col-position = Place in order
col-expected = Expected close
col-days_in_stage = In stage
col-rotting = Rotting
show-rotting = no activity for longer than its stage allows
