### Polskie komunikaty tablicy (zgłoszenie 19, punkt 5): interesy jako kolumna na każdy
### otwarty etap.

action-board = Interesy jako tablica: kolumna na każdy otwarty etap (ponownie: lista)
action-stage_next = Tablica: przesuń interes do następnego otwartego etapu
action-stage_prev = Tablica: przesuń interes do poprzedniego otwartego etapu
action-agenda = Plan dnia: co masz na dziś i na najbliższy tydzień
agenda-pane_empty = Nic na najbliższy tydzień.
agenda-pane_keys = j/k: wybór · Enter: przejdź · Esc: zamknij
# Variables: $a0, $a1
agenda-pane_title = Plan dnia: { $a0 } · pozycje: { $a1 }
# Variables: $a0
board-days = { $a0 } dni w etapie
hdr-in_stage = W etapie
# Variables: $a0
board-more = … i jeszcze { $a0 }
# Variables: $a0, $a1
board-moved = #{ $a0 } przesunięty do etapu { $a1 }
board-no_stages = Brak otwartych etapów: dodaj je przez lejek dict add deal-stage
board-title = Tablica
