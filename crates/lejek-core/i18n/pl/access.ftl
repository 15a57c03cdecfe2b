### Polskie komunikaty o tym, kto co może (zadanie 15): polecenia administratora, zegar serwera.

# Variables: $a0
err-admin_users = tylko administrator może dodawać i zmieniać użytkowników ('{ $a0 }' nim nie jest)
# Variables: $a0, $a1
err-client_clock = twój zegar ({ $a0 }) nie jest zegarem serwera ({ $a1 }): zapisy datuje serwer; usuń LEJEK_NOW (zapis z inną datą może wprowadzić tylko administrator)
# Variables: $a0
err-last_admin = { $a0 } jest ostatnim administratorem: najpierw nadaj uprawnienia komuś innemu
# Variables: $a0, $a1
err-other_user_local = { $a0 } nie może działać jako { $a1 }: tylko administrator lejka lub root może podać --user innej osoby
# Variables: $a0
hist-backdated = wpisane z datą powyżej; serwer zapisał je { $a0 }
