### Polskie komunikaty usuwania i praw z RODO (zgłoszenie 20, punkty 3 i 4).

# Variables: $login
erase-err-admin_remove = { $login } nie jest administratorem: interesy i kontakty usuwa tylko administrator
# Variables: $login
erase-err-admin_erase = { $login } nie jest administratorem: dane osobowe usuwa tylko administrator
# Variables: $login
erase-err-admin_export = { $login } nie jest administratorem: dane osoby eksportuje tylko administrator
# Variables: $contact, $count
erase-err-contact_has_deals = kontakt #{ $contact } ma { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }: najpierw je usuń albo dodaj --with-deals, by usunąć je razem z nim
# Variables: $company, $count
erase-err-company_has_persons = firma #{ $company } ma { $count ->
        [one] { $count } osobę
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }: dodaj --detach-persons, by zostały bez firmy
# Variables: $task, $assignee
erase-err-not_your_task = zadanie #{ $task } jest przypisane do { $assignee }: usunąć je może tylko ta osoba albo administrator
# Variables: $file
erase-err-no_file = nie ma załącznika o id { $file }
# Variables: $file, $author
erase-err-not_your_file = plik #{ $file } dołączył(a) { $author }: usunąć go może tylko ta osoba albo administrator
# Variables: $deal, $login, $when
erase-err-removed_deal = interes #{ $deal } usunął(ęła) { $login } dnia { $when }
# Variables: $contact, $login, $when
erase-err-removed_contact = kontakt #{ $contact } usunął(ęła) { $login } dnia { $when }
# Variables: $task, $login, $when
erase-err-removed_task = zadanie #{ $task } usunął(ęła) { $login } dnia { $when }
# Variables: $note, $deal
erase-err-note_not_here = notatka #{ $note } nie należy do interesu #{ $deal }
erase-redacted = [usunięto]
# Variables: $contact
erase-anon_name = [usunięto #{ $contact }]
# Variables: $contact
erase-ask = Zanonimizować { $contact } wszędzie (kartoteka, historia, notatki, wiadomości, pliki)? Tego nie da się cofnąć. [t/N]
erase-cancelled = Nic nie usunięto.
# Variables: $contact
erase-done = Kontakt #{ $contact } zanonimizowany.
erase-field-erased = usunięto dane osobowe (RODO)
# Variables: $deal
erase-confirm-deal = Usunąć interes { $deal } z jego zadaniami, notatkami i plikami? Historia zostanie.
# Variables: $contact
erase-confirm-contact = Usunąć kontakt { $contact }? Historia zostanie.
# Variables: $contact, $count
erase-confirm-contact_deals = Usunąć kontakt { $contact } razem z { $count ->
        [one] { $count } interesem
       *[other] { $count } interesami
    }? Ich historia zostanie.
# Variables: $task
erase-confirm-task = Usunąć zadanie { $task }? Historia zostanie.
# Variables: $file
erase-confirm-file = Usunąć plik { $file }?
erase-field-task = zadanie
help-contact-remove-about = Usuń kontakt (tylko administrator); historia zostaje i mówi, kto go usunął
help-contact-remove-after =
    lejek contact remove 12
    lejek contact remove 12 --with-deals        # razem z jego interesami
    lejek contact remove 3 --detach-persons     # firma: jej osoby zostają
help-contact-remove-arg-id = Numer kontaktu
help-contact-remove-arg-with_deals = Usuń też jego interesy (bez tego odmowa, dopóki jakieś ma)
help-contact-remove-arg-detach_persons = Osoby firmy zostają, bez firmy (bez tego odmowa)
help-contact-export_personal-about = Wszystko, co lejek wie o osobie, jako JSON (RODO art. 15 i 20; tylko administrator)
help-contact-export_personal-after =
    lejek contact export-personal 12
    lejek contact export-personal 12 -o osoba-12.json
help-contact-export_personal-arg-id = Numer kontaktu
help-contact-export_personal-arg-output = Zapisz do tego pliku (czytelnego tylko dla ciebie) zamiast na standardowe wyjście
help-contact-erase-about = Zanonimizuj osobę wszędzie (RODO art. 17; tylko administrator): kwoty, etapy i daty zostają
help-contact-erase-after =
    lejek contact erase 12            # w terminalu najpierw pyta
    lejek contact erase 12 --yes
help-contact-erase-arg-id = Numer kontaktu
help-contact-erase-arg-yes = Nie pytaj
help-deal-note_remove-about = Usuń notatkę tego interesu (swoją; administrator także cudzą); historia zachowuje jej treść
help-deal-note_remove-after = lejek deal note-remove 1 7
help-deal-note_remove-arg-id = Numer interesu
help-deal-note_remove-arg-note = Numer notatki
help-deal-remove-about = Usuń interes z jego zadaniami, notatkami i plikami (tylko administrator); historia zostaje
help-deal-remove-after = lejek deal remove 1
help-deal-remove-arg-id = Numer interesu
help-deal-file-remove-about = Usuń dołączony plik (ten, kto go dołączył, albo administrator)
help-deal-file-remove-after =
    lejek deal file remove 1 oferta.pdf
    lejek deal file remove 1 '#7'
help-deal-file-remove-arg-id = Numer interesu
help-deal-file-remove-arg-file = Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER
help-campaign-file-remove-about = Usuń dołączony plik (ten, kto go dołączył, albo administrator)
help-campaign-file-remove-after = lejek campaign file remove 1 plakat.pdf
help-campaign-file-remove-arg-campaign = Numer albo nazwa kampanii
help-campaign-file-remove-arg-file = Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER
help-task-remove-about = Usuń zadanie lub spotkanie (osoba, której je przypisano, albo administrator); historia zostaje
help-task-remove-after = lejek task remove 1
help-task-remove-arg-id = Numer zadania
