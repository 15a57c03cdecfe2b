### Polskie komunikaty pasków postępu i logowania na stderr (issue 9).

# Variables: $time
progress-left = zostało { $time }
progress-records = rekordy
progress-contacts = kontakty
progress-backup = kopia zapasowa
progress-restore = odtwarzanie
progress-check = sprawdzanie
# Variables: $filter, $error
log-bad_filter = { $filter } nie jest poprawnym filtrem ({ $error }); poziom logowania według opcji
