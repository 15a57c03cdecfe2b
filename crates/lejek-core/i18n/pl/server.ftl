### Polish messages of the shared-access server (`lejek serve`) and its protocol.

# Variables: $a0
server-err-malformed = serwer odrzucił błędną wiadomość: { $a0 }
# Variables: $a0
server-err-remote = { $a0 }
# Variables: $a0, $a1
server-err-version = niezgodna wersja protokołu: ten lejek używa wersji { $a0 }, serwer wersji { $a1 }; uruchom serwer ponownie tą samą wersją lejka
# Variables: $a0
err-server = serwer bazy danych: { $a0 }
# Variables: $a0
server-err-no_login = brak loginu systemowego dla identyfikatora { $a0 }; serwer nie wie, kim jesteś
# Variables: $a0, $a1
server-err-not_admin = { $a0 } nie może działać jako { $a1 }: tylko administrator lejka może podać --user innej osoby
