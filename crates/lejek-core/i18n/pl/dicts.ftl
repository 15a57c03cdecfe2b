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
# Variables: $a0, $a1, $a2, $a3, $a4, $a5, $a6, $a7
tui-dict-keys = { $a0 } { $a1 }: słownik · { $a2 }: nowa wartość · { $a3 }: zmień · { $a4 }: wycofaj/przywróć · { $a5 } { $a6 }: przesuń etap · { $a7 }: zamknij
# Variables: $a0, $a1, $a2
tui-dict-keys_read_only = { $a0 } { $a1 }: słownik · { $a2 }: zamknij · zmiany wprowadza administrator
# Variables: $a0
tui-dict-none = Ten słownik jest pusty: { $a0 } dodaje wartość.
tui-dict-retired = wycofana
col-chance = Szansa
# Variables: $a0
tui-dict-gone = Tej wartości nie ma już w słowniku (#{ $a0 })
# Variables: $a0, $a1
tui-dict-confirm_retire = Wycofać { $a0 } ze słownika { $a1 }? Zapisane rekordy ją zachowają, ale nie da się jej wybrać.
# Variables: $a0, $a1
tui-dict-confirm_unretire = Przywrócić { $a0 } w słowniku { $a1 }? Znów będzie do wyboru.
# Variables: $a0
tui-dict-new = Nowa wartość: { $a0 }
# Variables: $a0, $a1
tui-dict-edit = Zmiana wartości { $a0 } ({ $a1 })
tui-dict-stage_kind = Rodzaj etapu
tui-dict-probability = Prawdopodobieństwo wygranej (%)
tui-dict-rot_days = Dni bez aktywności do zaniedbania
tui-dict-not_admin = Słowniki zmienia tylko administrator
tui-dict-move_stages_only = Kolejność ustawia się tylko etapom interesów
