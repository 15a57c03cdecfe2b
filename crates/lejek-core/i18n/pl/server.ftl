### Polish messages of the shared-access server (`lejek serve`) and its protocol.

# Variables: $error
server-err-malformed = serwer odrzucił błędną wiadomość: { $error }
# Variables: $error
server-err-remote = { $error }
# Variables: $ours, $theirs
server-err-version = niezgodna wersja protokołu: ten lejek używa wersji { $ours }, serwer wersji { $theirs }; uruchom serwer ponownie tą samą wersją lejka
# Variables: $error
err-server = serwer bazy danych: { $error }
# Variables: $uid
server-err-no_login = brak loginu systemowego dla identyfikatora { $uid }; serwer nie wie, kim jesteś
# Variables: $login, $other
server-err-not_admin = { $login } nie może działać jako { $other }: tylko administrator lejka może podać --user innej osoby
