### Polskie komunikaty o limitach serwera i zapisach wykonywanych dokładnie raz (zgłoszenie
### 15, punkty 4, 5, 8).

# Variables: $count
wire-err-busy = serwer bazy obsługuje już { $count ->
        [one] { $count } połączenie
        [few] { $count } połączenia
        [many] { $count } połączeń
       *[other] { $count } połączenia
    }; spróbuj ponownie za chwilę
# Variables: $log
wire-err-panic = serwer bazy nie wykonał tego żądania (błąd wewnętrzny, zapisany w { $log }); serwer działa dalej
# Variables: $login
wire-err-request_taken = identyfikator żądania zapisu użytkownika { $login } należy do żądania innego użytkownika; nic nie zapisano
