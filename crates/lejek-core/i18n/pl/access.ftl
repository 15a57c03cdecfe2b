### Polskie komunikaty o tym, kto co może (zadanie 15): polecenia administratora, zegar serwera.

# Variables: $login
err-admin_users = tylko administrator może dodawać i zmieniać użytkowników ('{ $login }' nim nie jest)
# Variables: $client_time, $server_time
err-client_clock = twój zegar ({ $client_time }) nie jest zegarem serwera ({ $server_time }): zapisy datuje serwer; usuń LEJEK_NOW (zapis z inną datą może wprowadzić tylko administrator)
# Variables: $login
err-last_admin = { $login } jest ostatnim administratorem: najpierw nadaj uprawnienia komuś innemu
# Variables: $login, $other
err-other_user_local = { $login } nie może działać jako { $other }: tylko administrator lejka lub root może podać --user innej osoby
# Variables: $recorded
hist-backdated = wpisane z datą powyżej; serwer zapisał je { $recorded }
