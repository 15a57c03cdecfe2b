### Polskie komunikaty długiej pracy tylko do odczytu na uszkodzonym lub pełnym magazynie
### oraz ukrywania sekretów (issue 15, punkty 6, 7 i 13).

# Variables: $path
guard-err-damaged = magazyn bazy { $path } jest uszkodzony i nie da się go otworzyć; odtwórz go z kopii (lejek restore)
# Variables: $tree, $count, $key, $error
guard-err-unreadable = nie da się odczytać magazynu: drzewo { $tree }, po { $count } wpisach (ostatni klucz { $key }): { $error }
# Variables: $tree, $count, $key
guard-err-keys_back = magazyn jest uszkodzony: w drzewie { $tree } klucze cofają się po { $count } wpisach (ostatni klucz { $key })
# Variables: $tree, $count
guard-err-too_many = magazyn jest uszkodzony: drzewo { $tree } pokazuje ponad { $count } wpisów, więcej niż może mieścić
# Variables: $tree, $count, $key, $byte
guard-err-damaged_at = nie da się odczytać magazynu: drzewo { $tree }, po { $count } wpisach (ostatni klucz { $key }): uszkodzone dane w bajcie { $byte }
# Variables: $tree, $count, $key
guard-err-damaged_data = nie da się odczytać magazynu: drzewo { $tree }, po { $count } wpisach (ostatni klucz { $key }): uszkodzone dane
guard-err-stopped = przerwano: klient się rozłączył
