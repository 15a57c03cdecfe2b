### Polskie komunikaty wysyłki e-maili i SMS-ów oraz ich sekcji konfiguracji (issue 8).

# Variables: $server, $error
comms-err-unreachable = nie można połączyć się z { $server }: { $error }
# Variables: $server, $error
comms-err-tls = nie udało się nawiązać bezpiecznego połączenia (TLS) z { $server }: { $error }
# Variables: $server
comms-err-no_starttls = serwer { $server } nie oferuje STARTTLS, a przy security = "starttls" nic nie jest wysyłane otwartym tekstem; użyj security = "tls" (port 465) lub zapytaj dostawcę poczty
# Variables: $server, $user, $error
comms-err-auth = serwer { $server } odrzucił logowanie jako { $user }: { $error }
# Variables: $server, $config_file
comms-err-auth_needed = serwer { $server } wymaga logowania: ustaw user oraz password_file lub password_env w [email.smtp] ({ $config_file })
# Variables: $server, $error
comms-err-rejected = serwer { $server } odrzucił wiadomość: { $error }
# Variables: $gateway, $status, $answer
comms-err-gateway = bramka SMS { $gateway } odpowiedziała HTTP { $status }: { $answer }
# Variables: $gateway, $expected, $answer
comms-err-gateway_unconfirmed = bramka SMS { $gateway } nie potwierdziła wysłania (w odpowiedzi brak '{ $expected }'): { $answer }
# Variables: $command, $error
comms-err-command_start = nie można uruchomić { $command }: { $error }
# Variables: $command, $status, $output
comms-err-command_exit = polecenie { $command } zakończyło się błędem (kod wyjścia { $status }): { $output }
# Variables: $command, $signal, $output
comms-err-command_signal = polecenie { $command } zostało przerwane sygnałem { $signal }: { $output }
# Variables: $command, $seconds
comms-err-command_timeout = polecenie { $command } nie skończyło się w ciągu { $seconds } s i zostało zatrzymane
# Variables: $file, $error
comms-err-io = nie można zapisać { $file }: { $error }
# Variables: $address, $error
comms-err-bad_address = '{ $address }' to niepoprawny adres e-mail: { $error }
# Variables: $phone
comms-err-bad_phone = '{ $phone }' to nie jest numer telefonu
# Variables: $file, $setting, $error
comms-err-secret_file = nie można odczytać { $file } ({ $setting }): { $error }
# Variables: $file, $setting
comms-err-secret_file_empty = plik { $file } ({ $setting }) jest pusty
# Variables: $variable, $setting
comms-err-secret_env = zmienna środowiska { $variable } ({ $setting }) nie jest ustawiona lub jest pusta
# Variables: $file, $error
comms-err-ca_file = nie można użyć { $file } (email.smtp.ca_file) jako certyfikatu CA: { $error }
# Variables: $setting, $stem
comms-cfg-secret_literal = '{ $setting }' jest niedozwolone: hasła i tokeny nie powinny leżeć w pliku konfiguracji; użyj { $stem }_file (pliku, który możesz czytać tylko ty) lub { $stem }_env (zmiennej środowiska)
# Variables: $setting, $other
comms-cfg-both = '{ $setting }' i '{ $other }' wykluczają się; zostaw jedno
# Variables: $transport, $setting, $section
comms-cfg-needs = transport = "{ $transport }" wymaga '{ $setting }' w [{ $section }]
comms-cfg-user_alone = 'user' wymaga password_file lub password_env
comms-cfg-password_alone = hasło bez 'user' (loginu) nigdy nie zostanie użyte; dodaj user
# Variables: $setting, $min, $max
comms-cfg-integer = '{ $setting }' musi być liczbą całkowitą od { $min } do { $max }
# Variables: $setting, $url
comms-cfg-url = '{ $setting }': '{ $url }' to nie adres http:// ani https://
# Variables: $setting
comms-cfg-quote = '{ $setting }' ma niezamknięty cudzysłów
# Variables: $placeholder, $setting, $known
comms-cfg-placeholder = nieznane pole {"{{"}{ $placeholder }{"}}"} w '{ $setting }'; znane: { $known }
# Variables: $setting
comms-cfg-field_secret = '{ $setting }' wygląda na tajne dane: zapisz je w token_file lub token_env, a tu wpisz "{"{{"}token{"}}"}"
# Variables: $setting
comms-cfg-needs_token = '{ $setting }' wymaga token_file lub token_env
