### Polish messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

picker-col-deal = Interes
picker-hint-contact = wpisz część nazwy, NIP-u, e-maila, telefonu albo #numer
picker-hint-deal = wpisz część tytułu albo #numer
picker-hint-campaign = wpisz część nazwy albo #numer
picker-hint-user = wpisz część imienia, nazwiska albo loginu
# Variables: $count
picker-hint-found = znaleziono { $count } · ↑↓ i Enter: wybierz
picker-err-choose = wybierz z listy: wpisz część nazwy i zatwierdź Enterem
# Variables: $text
picker-err-none = nic nie pasuje do '{ $text }'
# Variables: $count
picker-more = … i { $count } więcej
# Variables: $error
picker-err-lookup = nie udało się wyszukać: { $error }
