### Polskie komunikaty pól własnych (issue 20 item 1): definiowanie, wycofywanie, wartości.

entity-field = pole
fields-yes = tak
fields-no = nie
fields-col-values = Wartości
fields-col-label = Etykieta
# Variables: $name
fields-err-bad_name = { $name } nie nadaje się na nazwę pola: użyj małych liter a-z, cyfr i _, zaczynając od litery (najwyżej 40 znaków)
# Variables: $name
fields-err-reserved = { $name } to wbudowane pole lub słowo filtra: wybierz inną nazwę
# Variables: $on, $name
fields-err-exists = Pole { $name } ({ $on }) już istnieje
# Variables: $value
fields-err-value_twice = Wartość { $value } podano dwa razy
# Variables: $name
fields-err-choice_needs_values = Pole wyboru { $name } potrzebuje wartości: --values a,b,c
# Variables: $name
fields-err-values_only_choice = Wartości ma tylko pole wyboru ({ $name } nim nie jest)
# Variables: $on, $name
fields-err-unknown = Nie ma pola { $name } ({ $on }); listę pokazuje lejek field list
# Variables: $name
fields-err-retired = Pole { $name } jest wycofane: nie można już ustawiać jego wartości
# Variables: $field, $value
fields-err-not_number = { $field }: { $value } to nie liczba
# Variables: $field, $value
fields-err-not_money = { $field }: { $value } to nie kwota
# Variables: $field, $value
fields-err-not_date = { $field }: { $value } to nie data
# Variables: $field, $value
fields-err-not_bool = { $field }: { $value } to nie tak ani nie
# Variables: $field, $value, $values
fields-err-not_choice = { $field }: { $value } nie jest żadną z wartości { $values }
# Variables: $name, $kind
fields-err-by_choice = --by field: grupuje według pola wyboru; { $name } jest rodzaju { $kind }
fields-col-on = Dotyczy
# Variables: $value
fields-err-on = { $value } to ani deal, ani contact
# Variables: $value, $kinds
fields-err-kind = { $value } to nie rodzaj pola: { $kinds }
fields-err-column_list = --column wskazuje pole własne: mają je tylko listy interesów i kontaktów
# Variables: $value
fields-err-pair = --field wymaga NAZWA=WARTOŚĆ (NAZWA= czyści pole), a nie { $value }

## --help polecenia `lejek field` i opcji --field

help-field-about = Pola własne szans i kontaktów
help-field-after =
    lejek field add deal --name waga --kind number
    lejek field list
help-field-add-about = Dodaj pole własne (administrator): rodzaje text, number, money, date, choice, bool
help-field-add-after =
    lejek field add deal --name waga --kind number --label-pl Waga --label-en Weight
    lejek field add contact --name branza --kind choice --values transport,handel
help-field-add-arg-on = deal (szansa) lub contact (kontakt)
help-field-add-arg-name = Małe litery, cyfry i _; tak pole nazywają filtry, --field i pliki
help-field-add-arg-kind = text, number, money, date, choice lub bool (tak/nie)
help-field-add-arg-values = Wartości pola wyboru, rozdzielone przecinkami
help-field-add-arg-label_pl = Etykieta po polsku
help-field-add-arg-label_en = Etykieta po angielsku
help-field-list-about = Pokaż pola własne (szans, kontaktów albo wszystkie)
help-field-list-after =
    lejek field list
    lejek field list deal --format json
help-field-list-arg-on = deal lub contact (bez niego: wszystkie)
help-field-list-arg-format = Wynik: table, csv lub json
help-field-retire-about = Wycofaj pole własne (administrator): znika z kart, formularzy i filtrów; wartości zostają w historii i eksporcie
help-field-retire-after = lejek field retire deal waga
help-field-retire-arg-on = deal lub contact
help-field-retire-arg-name = Nazwa pola
help-deal-add-arg-field = Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać
help-deal-set-arg-field = Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać
help-contact-add-arg-field = Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać
help-contact-set-arg-field = Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać
