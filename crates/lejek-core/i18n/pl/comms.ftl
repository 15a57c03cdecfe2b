### Polskie komunikaty wysyłki e-maili i SMS-ów oraz ich sekcji konfiguracji (issue 8).

# Variables: $a0, $a1
comms-err-unreachable = nie można połączyć się z { $a0 }: { $a1 }
# Variables: $a0, $a1
comms-err-tls = nie udało się nawiązać bezpiecznego połączenia (TLS) z { $a0 }: { $a1 }
# Variables: $a0
comms-err-no_starttls = serwer { $a0 } nie oferuje STARTTLS, a przy security = "starttls" nic nie jest wysyłane otwartym tekstem; użyj security = "tls" (port 465) lub zapytaj dostawcę poczty
# Variables: $a0, $a1, $a2
comms-err-auth = serwer { $a0 } odrzucił logowanie jako { $a1 }: { $a2 }
# Variables: $a0, $a1
comms-err-auth_needed = serwer { $a0 } wymaga logowania: ustaw user oraz password_file lub password_env w [email.smtp] ({ $a1 })
# Variables: $a0, $a1
comms-err-rejected = serwer { $a0 } odrzucił wiadomość: { $a1 }
# Variables: $a0, $a1, $a2
comms-err-gateway = bramka SMS { $a0 } odpowiedziała HTTP { $a1 }: { $a2 }
# Variables: $a0, $a1, $a2
comms-err-gateway_unconfirmed = bramka SMS { $a0 } nie potwierdziła wysłania (w odpowiedzi brak '{ $a1 }'): { $a2 }
# Variables: $a0, $a1
comms-err-command_start = nie można uruchomić { $a0 }: { $a1 }
# Variables: $a0, $a1, $a2
comms-err-command_exit = polecenie { $a0 } zakończyło się błędem (kod wyjścia { $a1 }): { $a2 }
# Variables: $a0, $a1, $a2
comms-err-command_signal = polecenie { $a0 } zostało przerwane sygnałem { $a1 }: { $a2 }
# Variables: $a0, $a1
comms-err-command_timeout = polecenie { $a0 } nie skończyło się w ciągu { $a1 } s i zostało zatrzymane
# Variables: $a0, $a1
comms-err-io = nie można zapisać { $a0 }: { $a1 }
# Variables: $a0, $a1
comms-err-bad_address = '{ $a0 }' to niepoprawny adres e-mail: { $a1 }
# Variables: $a0
comms-err-bad_phone = '{ $a0 }' to nie jest numer telefonu
# Variables: $a0, $a1, $a2
comms-err-secret_file = nie można odczytać { $a0 } ({ $a1 }): { $a2 }
# Variables: $a0, $a1
comms-err-secret_file_empty = plik { $a0 } ({ $a1 }) jest pusty
# Variables: $a0, $a1
comms-err-secret_env = zmienna środowiska { $a0 } ({ $a1 }) nie jest ustawiona lub jest pusta
# Variables: $a0, $a1
comms-err-ca_file = nie można użyć { $a0 } (email.smtp.ca_file) jako certyfikatu CA: { $a1 }
# Variables: $a0, $a1
comms-cfg-secret_literal = '{ $a0 }' jest niedozwolone: hasła i tokeny nie powinny leżeć w pliku konfiguracji; użyj { $a1 }_file (pliku, który możesz czytać tylko ty) lub { $a1 }_env (zmiennej środowiska)
# Variables: $a0, $a1
comms-cfg-both = '{ $a0 }' i '{ $a1 }' wykluczają się; zostaw jedno
# Variables: $a0, $a1, $a2
comms-cfg-needs = transport = "{ $a0 }" wymaga '{ $a1 }' w [{ $a2 }]
comms-cfg-user_alone = 'user' wymaga password_file lub password_env
comms-cfg-password_alone = hasło bez 'user' (loginu) nigdy nie zostanie użyte; dodaj user
# Variables: $a0, $a1, $a2
comms-cfg-integer = '{ $a0 }' musi być liczbą całkowitą od { $a1 } do { $a2 }
# Variables: $a0, $a1
comms-cfg-url = '{ $a0 }': '{ $a1 }' to nie adres http:// ani https://
# Variables: $a0
comms-cfg-quote = '{ $a0 }' ma niezamknięty cudzysłów
# Variables: $a0, $a1, $a2
comms-cfg-placeholder = nieznane pole {"{{"}{ $a0 }{"}}"} w '{ $a1 }'; znane: { $a2 }
# Variables: $a0
comms-cfg-field_secret = '{ $a0 }' wygląda na tajne dane: zapisz je w token_file lub token_env, a tu wpisz "{"{{"}token{"}}"}"
# Variables: $a0
comms-cfg-needs_token = '{ $a0 }' wymaga token_file lub token_env
