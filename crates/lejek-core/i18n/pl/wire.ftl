### Polskie komunikaty o limitach serwera i zapisach wykonywanych dokładnie raz (zgłoszenie
### 15, punkty 4, 5, 8).

# Variables: $a0
wire-err-busy = serwer bazy obsługuje już { $a0 } połączeń; spróbuj ponownie za chwilę
# Variables: $a0
wire-err-panic = serwer bazy nie wykonał tego żądania (błąd wewnętrzny, zapisany w { $a0 }); serwer działa dalej
# Variables: $a0
wire-err-request_taken = identyfikator żądania zapisu użytkownika { $a0 } należy do żądania innego użytkownika; nic nie zapisano
