### Polskie komunikaty tablicy (zgłoszenie 19, punkt 5): interesy jako kolumna na każdy
### otwarty etap.

action-board = Interesy jako tablica: kolumna na każdy otwarty etap (ponownie: lista)
action-stage_next = Tablica: przesuń interes do następnego otwartego etapu
action-stage_prev = Tablica: przesuń interes do poprzedniego otwartego etapu
action-agenda = Plan dnia: co masz na dziś i na najbliższy tydzień
agenda-pane_empty = Nic na najbliższy tydzień.
agenda-pane_keys = j/k: wybór · Enter: przejdź · Esc: zamknij
# Variables: $login, $count
agenda-pane_title = Plan dnia: { $login } · { $count ->
        [one] { $count } pozycja
        [few] { $count } pozycje
        [many] { $count } pozycji
       *[other] { $count } pozycji
    }
# Variables: $days
board-days = { $days ->
        [one] { $days } dzień w etapie
       *[other] { $days } dni w etapie
    }
hdr-in_stage = W etapie
# Variables: $count
board-more = … i jeszcze { $count }
# Variables: $deal, $stage
board-moved = #{ $deal } przesunięty do etapu { $stage }
board-no_stages = Brak otwartych etapów: dodaj je przez lejek dict add deal-stage
board-title = Tablica
