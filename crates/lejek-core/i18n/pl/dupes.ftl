### Polskie komunikaty duplikatów: wyszukiwanie i scalanie (zgłoszenie 20, punkt 2).

# Variables: $contact
dupes-err-self = nie można scalić kontaktu #{ $contact } z nim samym
# Variables: $merged, $kept
dupes-err-redirect = kontakt #{ $merged } został już scalony z #{ $kept }; podaj #{ $kept }
# Variables: $other, $keep
dupes-err-kinds = nie można scalić #{ $other } z #{ $keep }: firmę scala się tylko z firmą, osobę z osobą
# Variables: $login, $contact
dupes-err-not_yours = { $login } nie może scalić kontaktu #{ $contact }: może to zrobić administrator albo użytkownik, który założył oba kontakty
# Variables: $value
dupes-err-min_score = --min-score musi być liczbą od 0 do 100, a nie „{ $value }”
dupes-reason-nip = ten sam NIP
dupes-reason-email = ten sam e-mail
dupes-reason-phone = ten sam telefon
dupes-reason-name = ta sama nazwa
dupes-hdr-keep = Zostaje
dupes-hdr-other = Duplikat
dupes-hdr-score = Ocena
dupes-hdr-reasons = Powody
dupes-none = Brak prawdopodobnych duplikatów.
# Variables: $count
dupes-count = { $count ->
        [one] { $count } prawdopodobna para
        [few] { $count } prawdopodobne pary
        [many] { $count } prawdopodobnych par
       *[other] { $count } prawdopodobnej pary
    }
# Variables: $other, $other_name, $keep, $keep_name
dupes-ask = Scalić #{ $other } { $other_name } z #{ $keep } { $keep_name }? Jego interesy, osoby, notatki, komentarze i pliki przejdą; #{ $other } zostanie tylko jako przekierowanie [t/N]{" "}
dupes-cancelled = Niczego nie scalono.
# Variables: $other, $keep
dupes-merged = #{ $other } scalono z #{ $keep }
# Variables: $merged, $kept
dupes-followed = kontakt #{ $merged } scalono z #{ $kept }: pokazuję #{ $kept }
# Variables: $keep
hist-merged_into = scalono z #{ $keep }
# Variables: $other
hist-merged_from = dołączono #{ $other }
# Variables: $go_key, $merge_key
dupes-card-hint = { $go_key }: przejdź · { $merge_key }: scal z tym kontaktem
dupes-card-title = Możliwe duplikaty
# Variables: $contact, $name, $reasons, $score
dupes-card-line = #{ $contact } { $name } · { $reasons } ({ $score })
# Variables: $other, $keep
dupes-confirm = Scalić { $other } z { $keep }? Interesy, osoby, notatki i pliki przejdą do { $keep }.
dupes-tui-not_here = Wybierz na karcie kontaktu wiersz możliwego duplikatu
action-merge_duplicate = Karta kontaktu: scal możliwy duplikat z wiersza z tym kontaktem
help-contact-duplicates-about = Prawdopodobne duplikaty kontaktów: ten sam NIP, e-mail, telefon albo nazwa bez formy prawnej
help-contact-duplicates-after =
    lejek contact duplicates
    lejek contact duplicates --min-score 60 --format json
help-contact-duplicates-arg-format = Wynik: table, csv albo json
help-contact-duplicates-arg-min_score = Tylko pary z oceną co najmniej N (0-100)
help-contact-merge-about = Scal kontakt OTHER z KEEP: interesy, osoby, notatki, komentarze i pliki przechodzą; OTHER staje się przekierowaniem
help-contact-merge-after =
    lejek contact merge 12 57
    lejek contact merge 12 57 --yes
help-contact-merge-arg-keep = Kontakt, który zostaje
help-contact-merge-arg-other = Duplikat scalany z KEEP
help-contact-merge-arg-yes = Nie pytaj na terminalu (skrypt nigdy nie jest pytany)
