### Polskie komunikaty długiej pracy tylko do odczytu na uszkodzonym lub pełnym magazynie
### oraz ukrywania sekretów (issue 15, punkty 6, 7 i 13).

# Variables: $a0
guard-err-damaged = magazyn bazy { $a0 } jest uszkodzony i nie da się go otworzyć; odtwórz go z kopii (lejek restore)
# Variables: $a0, $a1, $a2, $a3
guard-err-unreadable = nie da się odczytać magazynu: drzewo { $a0 }, po { $a1 } wpisach (ostatni klucz { $a2 }): { $a3 }
# Variables: $a0, $a1, $a2
guard-err-keys_back = magazyn jest uszkodzony: w drzewie { $a0 } klucze cofają się po { $a1 } wpisach (ostatni klucz { $a2 })
# Variables: $a0, $a1
guard-err-too_many = magazyn jest uszkodzony: drzewo { $a0 } pokazuje ponad { $a1 } wpisów, więcej niż może mieścić
# Variables: $a0, $a1, $a2, $a3
guard-err-damaged_at = nie da się odczytać magazynu: drzewo { $a0 }, po { $a1 } wpisach (ostatni klucz { $a2 }): uszkodzone dane w bajcie { $a3 }
# Variables: $a0, $a1, $a2
guard-err-damaged_data = nie da się odczytać magazynu: drzewo { $a0 }, po { $a1 } wpisach (ostatni klucz { $a2 }): uszkodzone dane
guard-err-stopped = przerwano: klient się rozłączył
