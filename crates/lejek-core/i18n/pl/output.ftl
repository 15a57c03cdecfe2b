### Polskie komunikaty pasków postępu i logowania na stderr (issue 9).

# Variables: $a0
progress-left = zostało { $a0 }
progress-records = rekordy
progress-contacts = kontakty
progress-backup = kopia zapasowa
progress-restore = odtwarzanie
progress-check = sprawdzanie
# Variables: $a0, $a1
log-bad_filter = { $a0 } nie jest poprawnym filtrem ({ $a1 }); poziom logowania według opcji
