### Polskie komunikaty ekranu słowników w TUI (issue 19 item 8): nazwy słowników, klawisze,
### pytania i formularze.

action-dictionaries = Słowniki: etapy, źródła, powody, role, statusy
tui-dict-title = Słowniki
tui-dict-read_only = tylko do odczytu: zmienia je administrator
dict-name-contact_status = Statusy klienta
dict-name-contact_source = Źródła pozyskania
dict-name-end_reason = Powody zakończenia współpracy
dict-name-contact_role = Role
dict-name-deal_stage = Etapy interesów
dict-name-deal_source = Źródła interesów
dict-name-loss_reason = Powody przegrania
# Variables: $prev_key, $next_key, $add_key, $edit_key, $retire_key, $up_key, $down_key, $close_key
tui-dict-keys = { $prev_key } { $next_key }: słownik · { $add_key }: nowa wartość · { $edit_key }: zmień · { $retire_key }: wycofaj/przywróć · { $up_key } { $down_key }: przesuń etap · { $close_key }: zamknij
# Variables: $prev_key, $next_key, $close_key
tui-dict-keys_read_only = { $prev_key } { $next_key }: słownik · { $close_key }: zamknij · zmiany wprowadza administrator
# Variables: $add_key
tui-dict-none = Ten słownik jest pusty: { $add_key } dodaje wartość.
tui-dict-retired = wycofana
col-chance = Szansa
# Variables: $id
tui-dict-gone = Tej wartości nie ma już w słowniku (#{ $id })
# Variables: $value, $dictionary
tui-dict-confirm_retire = Wycofać { $value } ze słownika { $dictionary }? Zapisane rekordy ją zachowają, ale nie da się jej wybrać.
# Variables: $value, $dictionary
tui-dict-confirm_unretire = Przywrócić { $value } w słowniku { $dictionary }? Znów będzie do wyboru.
# Variables: $dictionary
tui-dict-new = Nowa wartość: { $dictionary }
# Variables: $value, $dictionary
tui-dict-edit = Zmiana wartości { $value } ({ $dictionary })
tui-dict-stage_kind = Rodzaj etapu
tui-dict-probability = Prawdopodobieństwo wygranej (%)
tui-dict-rot_days = Dni bez aktywności do zaniedbania
tui-dict-not_admin = Słowniki zmienia tylko administrator
tui-dict-move_stages_only = Kolejność ustawia się tylko etapom interesów
