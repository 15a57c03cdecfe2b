### Polskie błędy wpisywanych wartości: dat, kwot, NIP-u (issue 21: przeniesione z kodu
### model/date_error.rs, model/money.rs i model/nip.rs).

date-err-empty = data jest wymagana
# Variables: $value
date-err-invalid = to nie jest data: '{ $value }' (np. 28.11.2026, 2026-11-28, dziś, +3d, pt)
# Variables: $value
date-err-no_such_day = nie ma takiego dnia: '{ $value }'
money-err-empty = kwota jest wymagana
# Variables: $value
money-err-not_amount = to nie jest kwota: '{ $value }' (np. 1234,56 lub 1 234,56)
# Variables: $value
money-err-ambiguous = niejednoznaczna kwota: '{ $value }' (tysiące oddziel spacją, np. 1 234, a ',' lub '.' używaj tylko dla groszy)
# Variables: $value
money-err-too_many_decimals = za dużo miejsc po przecinku w '{ $value }' (najwyżej 2)
# Variables: $value
money-err-too_large = za duża kwota: '{ $value }'
nip-err-empty = NIP jest wymagany
# Variables: $value
nip-err-bad_format = to nie jest NIP: '{ $value }' (oczekiwano 10 cyfr, np. 725-183-29-19)
# Variables: $value
nip-err-bad_checksum = błędny NIP: '{ $value }' (cyfra kontrolna się nie zgadza; sprawdź literówki)
