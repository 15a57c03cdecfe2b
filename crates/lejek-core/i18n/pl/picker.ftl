### Polish messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

picker-col-deal = Interes
picker-hint-contact = wpisz część nazwy, NIP-u, e-maila, telefonu albo #numer
picker-hint-deal = wpisz część tytułu albo #numer
picker-hint-campaign = wpisz część nazwy albo #numer
picker-hint-user = wpisz część imienia, nazwiska albo loginu
# Variables: $a0
picker-hint-found = znalezione: { $a0 } · ↑↓ i Enter: wybierz
picker-err-choose = wybierz z listy: wpisz część nazwy i zatwierdź Enterem
# Variables: $a0
picker-err-none = nic nie pasuje do '{ $a0 }'
# Variables: $a0
picker-more = … i { $a0 } więcej
# Variables: $a0
picker-err-lookup = nie udało się wyszukać: { $a0 }
