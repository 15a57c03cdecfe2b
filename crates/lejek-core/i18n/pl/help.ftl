### Polish of `--help` (issue 16 item 5): clap's own headings and flags, and the top level with
### the commands that have no file of their own here. Examples use the dictionaries of a Polish
### database (`lejek --lang pl init`, the demo data).

## Clap's own: the section headings and its --help, --version and help.

help-heading-usage = Użycie
help-heading-commands = Polecenia
help-heading-arguments = Argumenty
help-heading-options = Opcje
help-heading-global = Opcje ogólne
help-heading-global_top = Opcje
help-heading-examples = Przykłady
help-builtin-help = Pokaż pomoc
help-builtin-version = Pokaż wersję
help-builtin-help_command = Pokaż tę pomoc albo pomoc podanego polecenia

## lejek

help-about = CRM, który mieszka w terminalu
help-after =
    lejek init                                        # nowa baza; jesteś jej administratorem
    lejek deal list --filter 'owner:me next:overdue' --sort next
    lejek --lang pl demo                              # TUI na polskich danych demonstracyjnych
help-arg-db = Katalog bazy (domyślnie: $LEJEK_DB, potem katalog danych XDG)
help-arg-user = Działaj jako ten użytkownik lejka (domyślnie: $LEJEK_USER, potem nazwa logowania)
help-arg-lang = Język interfejsu: pl albo en (domyślnie: $LEJEK_LANG, potem $LANG)
help-arg-keymap = Klawisze TUI: default (jak w vimie) albo arrows (domyślnie: $LEJEK_KEYMAP, potem default)
help-arg-no_server = Otwórz bazę w tym procesie zamiast przez jej serwer (dla jednego użytkownika; nie działa, gdy bazę ma serwer albo inny proces)
help-arg-color = Kolory: auto (tylko na terminalu i bez NO_COLOR), always albo never
help-arg-quiet = Na stderr tylko błędy (bez postępu i komunikatów)
help-arg-verbose = Więcej na stderr: -v co się dzieje, -vv szczegóły (LEJEK_LOG filtruje, np. lejek=debug)
help-arg-config = Plik konfiguracji (domyślnie: $XDG_CONFIG_HOME/lejek/config.toml)

## init

help-init-about = Utwórz bazę (z --demo: z danymi demonstracyjnymi)
help-init-after =
    lejek --lang pl init                        # polskie słowniki; jesteś administratorem
    lejek --db ~/crm-test --lang pl init --demo # dane demonstracyjne w innym katalogu
help-init-arg-demo = Wczytaj dane demonstracyjne (polskie firmy, interesy, kampanie i ich historię)

## tui

help-tui-about = Interfejs terminalowy (to samo otwiera samo `lejek` na terminalu)
help-tui-after =
    lejek tui
    lejek tui --keymap arrows   # strzałki i klawisze funkcyjne zamiast klawiszy vima

## demo

help-demo-about = Baza demonstracyjna (tworzona przy pierwszym użyciu) albo dane do testów skali
help-demo-after =
    lejek demo                  # TUI na ~/.local/share/lejek-demo
    lejek --db /tmp/duza demo generate --contacts 200000 --deals 600000
help-demo-generate-about = Wygeneruj dużą, powtarzalną bazę do testów wydajności
help-demo-generate-after =
    lejek --db /tmp/duza demo generate --contacts 200000 --deals 600000
    lejek --db /tmp/mala demo generate --contacts 100 --deals 300 --seed 7
help-demo-generate-arg-contacts = Ile kontaktów
help-demo-generate-arg-deals = Ile interesów
help-demo-generate-arg-seed = Ziarno losowania: to samo ziarno daje tę samą bazę

## inbox

help-inbox-about = Twoje powiadomienia
help-inbox-after =
    lejek inbox                 # nieprzeczytane powiadomienia
    lejek inbox --all --read    # wszystkie, i oznacz je jako przeczytane
help-inbox-arg-all = Także powiadomienia już przeczytane
help-inbox-arg-read = Oznacz wszystko pokazane jako przeczytane
help-inbox-arg-format = Wynik: table, csv albo json

## completions

help-completions-about = Wypisz skrypt podpowiadania dla powłoki: bash, zsh, fish, elvish albo powershell
help-completions-after =
    lejek completions bash > ~/.local/share/bash-completion/completions/lejek
    lejek completions zsh > ~/.zfunc/_lejek
    lejek completions fish > ~/.config/fish/completions/lejek.fish
help-completions-arg-shell = bash, zsh, fish, elvish albo powershell

## complete-values

help-complete_values-about = Wartości, które podpowiada skrypt powłoki: wartości słowników i loginy, po jednej w wierszu
help-complete_values-arg-kind = users, templates albo słownik: contact-status, contact-source, end-reason, contact-role, deal-stage, deal-source, loss-reason

## man

help-man-about = Zapisz strony man dla lejka i każdego polecenia
help-man-after =
    lejek man -o ~/.local/share/man/man1    # potem: man lejek-deal-add
    lejek man -o /tmp/lejek-man && man -l /tmp/lejek-man/lejek.1
help-man-arg-out = Katalog, do którego zapisać strony (domyślnie: bieżący)
