//! The Polish of `--help` (issue 9): each command's description and examples, the help of
//! every argument, and clap's own headings and flags. Applied to the built command tree by
//! `help.rs` when the user's language is Polish.

use clap::Command;

/// The heading over the examples.
pub const EXAMPLES: &str = "Przykłady:";

/// (command path, description, examples). Examples use the dictionaries of a Polish
/// database (`lejek --lang pl init`, the demo data).
const COMMANDS: &[(&str, &str, &str)] = &[
    (
        "",
        "CRM, który mieszka w terminalu",
        concat!(
            "  lejek init                                        # nowa baza; jesteś jej administratorem\n",
            "  lejek deal list --filter 'owner:me next:overdue' --sort next\n",
            "  lejek --lang pl demo                              # TUI na polskich danych demonstracyjnych",
        ),
    ),
    (
        "init",
        "Utwórz bazę (z --demo: z danymi demonstracyjnymi)",
        concat!(
            "  lejek --lang pl init                        # polskie słowniki; jesteś administratorem\n",
            "  lejek --db ~/crm-test --lang pl init --demo # dane demonstracyjne w innym katalogu",
        ),
    ),
    (
        "tui",
        "Interfejs terminalowy (to samo otwiera samo `lejek` na terminalu)",
        concat!(
            "  lejek tui\n",
            "  lejek tui --keymap arrows   # strzałki i klawisze funkcyjne zamiast klawiszy vima",
        ),
    ),
    (
        "demo",
        "Baza demonstracyjna (tworzona przy pierwszym użyciu) albo dane do testów skali",
        concat!(
            "  lejek demo                  # TUI na ~/.local/share/lejek-demo\n",
            "  lejek --db /tmp/duza demo generate --contacts 200000 --deals 600000",
        ),
    ),
    (
        "demo generate",
        "Wygeneruj dużą, powtarzalną bazę do testów wydajności",
        concat!(
            "  lejek --db /tmp/duza demo generate --contacts 200000 --deals 600000\n",
            "  lejek --db /tmp/mala demo generate --contacts 100 --deals 300 --seed 7",
        ),
    ),
    (
        "contact",
        "Kontakty: firmy i osoby",
        concat!(
            "  lejek contact add --kind firma --name \"Łódzka Drukarnia\" --city Łódź\n",
            "  lejek contact list --filter 'miasto:lodz kind:firma' --sort name",
        ),
    ),
    (
        "contact add",
        "Dodaj kontakt; wypisuje jego numer",
        concat!(
            "  lejek contact add --kind firma --name \"Łódzka Drukarnia\" --nip 725-183-29-19 \\\n",
            "        --city Łódź --email biuro@drukarnia.pl --status potencjalny --source targi --tag vip\n",
            "  lejek contact add --kind osoba --name \"Jan Kowalski\" --company 1 --role decydent",
        ),
    ),
    (
        "contact list",
        "Lista kontaktów",
        concat!(
            "  lejek contact list --filter 'miasto:lodz kind:firma' --sort name\n",
            "  lejek contact list --filter 'tag:vip' --format csv > vip.csv",
        ),
    ),
    (
        "contact show",
        "Kontakt z jego interesami i historią",
        concat!(
            "  lejek contact show 1\n",
            "  lejek contact show 1 --format json",
        ),
    ),
    (
        "contact set",
        "Zmień pola kontaktu",
        concat!(
            "  lejek contact set 1 --phone \"+48 42 600 100 200\" --tag drukarnia --untag vip\n",
            "  lejek contact set 1 --reopen        # znów klient po zakończeniu współpracy",
        ),
    ),
    (
        "contact end",
        "Zakończenie współpracy: powód i data (C4)",
        concat!(
            "  lejek contact end 1 --reason cena\n",
            "  lejek contact end 1 --reason konkurencja --date 2026-11-01",
        ),
    ),
    (
        "deal",
        "Interesy",
        concat!(
            "  lejek deal add --contact 1 --title \"Ulotki A5\" --value \"1 234,56\" --next +3d\n",
            "  lejek deal list --filter 'owner:me next:overdue' --sort next",
        ),
    ),
    (
        "deal add",
        "Dodaj interes; wypisuje jego numer",
        concat!(
            "  lejek deal add --contact 1 --title \"Ulotki A5\" --offer Druk --value \"1 234,56\" \\\n",
            "        --source polecenie --next +3d --tag swieta\n",
            "  lejek deal add --contact 1 --title Kalendarze --value 800 --currency EUR --format json",
        ),
    ),
    (
        "deal list",
        "Lista interesów",
        concat!(
            "  lejek deal list --filter 'owner:me next:overdue' --sort next\n",
            "  lejek deal list --filter 'etap:neg wartosc>=10000' --sort value:desc --limit 20",
        ),
    ),
    (
        "deal show",
        "Interes z jego historią",
        concat!("  lejek deal show 1\n", "  lejek deal show 1 --format json",),
    ),
    (
        "deal set",
        "Zmień pola interesu",
        concat!(
            "  lejek deal set 1 --stage negocjacje --value \"12 500,00\" --next pon\n",
            "  lejek deal set 1 --owner piotr                  # piotr dostaje powiadomienie\n",
            "  lejek deal set 1 --clear next --untag swieta",
        ),
    ),
    (
        "deal note",
        "Dodaj notatkę",
        "  lejek deal note 1 \"Klient prosi o próbki\"",
    ),
    (
        "deal comment",
        "Dodaj komentarz do dyskusji",
        "  lejek deal comment 1 \"Proponuję rabat 5%\"",
    ),
    (
        "deal attach",
        "Dołącz plik (kopiowany do bazy)",
        concat!(
            "  lejek deal attach 1 ~/oferty/oferta.pdf\n",
            "  lejek deal attach 1 skan.pdf --name \"Podpisana umowa\"",
        ),
    ),
    (
        "deal win",
        "Oznacz interes jako wygrany",
        concat!(
            "  lejek deal win 1\n",
            "  lejek deal win 1 --stage wygrany        # gdy etapów wygranych jest kilka",
        ),
    ),
    (
        "deal lose",
        "Oznacz interes jako przegrany; powód jest wymagany",
        "  lejek deal lose 1 --reason cena",
    ),
    (
        "campaign",
        "Kampanie",
        concat!(
            "  lejek campaign create --name \"Boże Narodzenie 2026\" --goals \"20 nowych klientów\"\n",
            "  lejek campaign list",
        ),
    ),
    (
        "campaign create",
        "Utwórz kampanię; wypisuje jej numer. Z --contacts albo --csv także po jednym interesie \
         na kontakt (wsad dla skryptów i crona: ponowne uruchomienie dodaje tylko brakujące)",
        concat!(
            "  lejek campaign create --name \"Boże Narodzenie 2026\" --goals \"20 nowych klientów\" --tag swieta\n",
            "  lejek campaign create --name \"Powrót 2026\" --contacts 'status:archiwalny reason:cena' \\\n",
            "        --deal-title \"Oferta powrotna\" --value \"4 500,00\" --next pon --dry-run",
        ),
    ),
    (
        "campaign add-deals",
        "Dodaj po jednym interesie na kontakt do istniejącej kampanii (wsad; ponowne \
         uruchomienie dodaje tylko brakujące)",
        concat!(
            "  lejek campaign add-deals \"Boże Narodzenie 2026\" --contacts 'tag:vip' --deal-title Kalendarze\n",
            "  lejek campaign add-deals 1 --csv targi.csv --deal-title \"Oferta targowa\" --format json",
        ),
    ),
    (
        "campaign list",
        "Lista kampanii z ich interesami: wartość otwartych, wygranych i przegranych",
        concat!(
            "  lejek campaign list\n",
            "  lejek campaign list --filter 'tag:swieta' --format json",
        ),
    ),
    (
        "campaign show",
        "Kampania z jej interesami, postępem i historią",
        concat!(
            "  lejek campaign show 1\n",
            "  lejek campaign show \"boze narodzenie 2026\"     # po nazwie: bez względu na wielkość liter i ogonki",
        ),
    ),
    (
        "campaign comment",
        "Dodaj komentarz do dyskusji o kampanii",
        "  lejek campaign comment 1 \"Materiały gotowe\"",
    ),
    (
        "campaign attach",
        "Dołącz plik (materiał marketingowy) do kampanii",
        concat!(
            "  lejek campaign attach 1 plakat.pdf\n",
            "  lejek campaign attach \"Boże Narodzenie 2026\" ulotka-v2.pdf --name Ulotka",
        ),
    ),
    (
        "task",
        "Zadania i spotkania",
        concat!(
            "  lejek task add --title \"Zadzwonić do drukarni\" --due jutro --deal 1\n",
            "  lejek task list --filter 'assignee:me done:no' --sort due",
        ),
    ),
    (
        "task add",
        "Dodaj zadanie albo spotkanie; wypisuje jego numer",
        concat!(
            "  lejek task add --title \"Zadzwonić do drukarni\" --due jutro --deal 1\n",
            "  lejek task add --title \"Spotkanie w Gdańsku\" --kind meeting --assignee piotr \\\n",
            "        --due \"pon 09:15\" --campaign \"Boże Narodzenie 2026\"",
        ),
    ),
    (
        "task list",
        "Lista zadań i spotkań",
        concat!(
            "  lejek task list --filter 'assignee:me done:no' --sort due\n",
            "  lejek task list --filter 'kind:meeting due>=today' --format csv",
        ),
    ),
    (
        "task done",
        "Oznacz zadanie jako wykonane (spotkanie: jako odbyte)",
        "  lejek task done 1",
    ),
    (
        "task set",
        "Zmień tytuł, rodzaj, wykonawcę albo termin zadania",
        concat!(
            "  lejek task set 1 --assignee kasia --due \"2026-12-02 09:30\"\n",
            "  lejek task set 1 --due \"\"            # bez terminu",
        ),
    ),
    (
        "dict",
        "Słowniki: statusy, źródła, powody, role, etapy",
        concat!(
            "  lejek dict list deal-stage\n",
            "  lejek dict add deal-source partner",
        ),
    ),
    (
        "dict list",
        "Pokaż słownik: contact-status, contact-source, end-reason, contact-role, deal-stage, \
         deal-source, loss-reason",
        concat!(
            "  lejek dict list deal-stage\n",
            "  lejek dict list loss-reason --format json",
        ),
    ),
    (
        "dict add",
        "Dodaj wartość (do deal-stage: --stage-kind open|won|lost)",
        concat!(
            "  lejek dict add deal-source partner\n",
            "  lejek dict add deal-stage umowa --stage-kind open",
        ),
    ),
    (
        "dict rename",
        "Zmień nazwę wartości; rekordy nadal na nią wskazują",
        "  lejek dict rename deal-source polecenie \"polecenie klienta\"",
    ),
    (
        "dict retire",
        "Wycofaj wartość: rekordy ją zachowują, nowe wybory jej nie proponują",
        "  lejek dict retire loss-reason termin",
    ),
    (
        "user",
        "Użytkownicy",
        concat!(
            "  lejek user add piotr --name \"Piotr Nowak\"\n",
            "  lejek user list",
        ),
    ),
    (
        "user add",
        "Dodaj użytkownika",
        concat!(
            "  lejek user add piotr --name \"Piotr Nowak\"\n",
            "  lejek user add kasia --name \"Katarzyna Lis\" --admin",
        ),
    ),
    (
        "user set",
        "Zmień imię i nazwisko lub uprawnienia administratora (tylko administrator; ostatni administrator nim zostaje)",
        concat!(
            "  lejek user set kasia --admin\n",
            "  lejek user set piotr --no-admin --name \"Piotr Nowak\"",
        ),
    ),
    (
        "user list",
        "Lista użytkowników",
        concat!("  lejek user list\n", "  lejek user list --format csv",),
    ),
    (
        "report",
        "Raporty R1-R8: lejek report NAZWA [filtry] --format table|csv|json|chart",
        concat!(
            "  lejek report funnel\n",
            "  lejek report deal-value --interval quarter --by owner --from 2026-01-01\n",
            "  lejek report deal-loss-reasons --from 2026-Q3 --to 2026-Q3 --format csv > straty.csv\n",
            "  lejek report funnel --owner anna --source \"zapytanie ze strony\" --format chart",
        ),
    ),
    (
        "inbox",
        "Twoje powiadomienia",
        concat!(
            "  lejek inbox                 # nieprzeczytane powiadomienia\n",
            "  lejek inbox --all --read    # wszystkie, i oznacz je jako przeczytane",
        ),
    ),
    (
        "import",
        "Import kontaktów, interesów albo całego `export all` z CSV lub JSON (X5)",
        concat!(
            "  lejek import contacts klienci.csv --dry-run --rejects do-poprawy.csv\n",
            "  lejek import all lejek.json",
        ),
    ),
    (
        "import contacts",
        "Kontakty z CSV (albo z JSON-a `export contacts`)",
        concat!(
            "  lejek import contacts klienci.csv            # Excel z polskiego Windowsa: cp1250, ';'\n",
            "  lejek import contacts klienci.csv --dry-run --rejects do-poprawy.csv\n",
            "  lejek import contacts nowsze.csv --update     # scal z kontaktami, które już są",
        ),
    ),
    (
        "import deals",
        "Interesy z CSV (albo z JSON-a `export deals`), z historią na ile ją podano",
        concat!(
            "  lejek import deals interesy.csv --create-missing   # dodaj brakujących opiekunów i wartości\n",
            "  lejek import deals interesy.csv --contact-by nip --map \"Kod klienta=nip\"",
        ),
    ),
    (
        "import all",
        "Wszystko, co zapisał `export all --format json`",
        "  lejek import all lejek.json                  # to, co zapisał `lejek export all`",
    ),
    (
        "export",
        "Eksport kontaktów, interesów, kampanii, zadań albo wszystkiego do CSV lub JSON (X5)",
        concat!(
            "  lejek export deals --format csv --delimiter ';' --bom -o interesy.csv   # polski Excel\n",
            "  lejek export contacts --filter 'miasto:lodz kind:firma' --format csv > firmy.csv\n",
            "  lejek export all -o lejek.json          # wszystko, dla `lejek import all`",
        ),
    ),
    (
        "backup",
        "Zapisz do PLIKU spójną kopię całej bazy (rekordy, historię, pliki)",
        "  lejek backup /srv/kopie/lejek-2026-11-28.bak   # w trakcie pracy wszystkich",
    ),
    (
        "restore",
        "Odtwórz kopię w pustym katalogu bazy (--db)",
        "  lejek --db /srv/lejek-odtworzona restore /srv/kopie/lejek-2026-11-28.bak",
    ),
    (
        "check",
        "Sprawdź bazę; z --repair odbuduj indeksy z rekordów",
        concat!(
            "  lejek check                 # kod 0: w porządku; 1: problemy, po jednym w wierszu\n",
            "  lejek check --repair        # administratorzy: odbuduj indeksy",
        ),
    ),
    (
        "completions",
        "Wypisz skrypt podpowiadania dla powłoki: bash, zsh, fish, elvish albo powershell",
        concat!(
            "  lejek completions bash > ~/.local/share/bash-completion/completions/lejek\n",
            "  lejek completions zsh > ~/.zfunc/_lejek\n",
            "  lejek completions fish > ~/.config/fish/completions/lejek.fish",
        ),
    ),
    (
        "complete-values",
        "Wartości, które podpowiada skrypt powłoki: wartości słowników i loginy, po jednej w wierszu",
        "",
    ),
    (
        "man",
        "Zapisz strony man dla lejka i każdego polecenia",
        concat!(
            "  lejek man -o ~/.local/share/man/man1    # potem: man lejek-deal-add\n",
            "  lejek man -o /tmp/lejek-man && man -l /tmp/lejek-man/lejek.1",
        ),
    ),
    (
        "config",
        "Plik konfiguracji: gdzie jest, co obowiązuje, przykład z komentarzami",
        concat!(
            "  lejek config init           # przykładowy plik z komentarzami do edycji\n",
            "  lejek config show           # każde ustawienie i skąd pochodzi",
        ),
    ),
    (
        "config path",
        "Gdzie jest plik konfiguracji (czy istnieje, czy nie)",
        "  lejek config path           # gdzie lejek szuka pliku konfiguracji",
    ),
    (
        "config show",
        "Każde obowiązujące ustawienie i skąd pochodzi: flaga, środowisko, plik konfiguracji \
         (z wierszem) albo wartość domyślna",
        "  lejek config show           # każde ustawienie i skąd pochodzi",
    ),
    (
        "config init",
        "Zapisz przykładowy plik konfiguracji z komentarzami (nigdy na istniejący: kod 2)",
        "  lejek config init           # przykładowy plik z komentarzami (nigdy na istniejący)",
    ),
    (
        "serve",
        "Udostępniaj bazę innym procesom lejka przez <db>/lejek.sock (wspólny dostęp)",
        concat!(
            "  lejek --db /srv/lejek serve --idle 0    # dla usługi systemd: nigdy nie kończ\n",
            "  lejek serve --idle 60",
        ),
    ),
    (
        "template",
        "Szablony wiadomości e-mail i SMS z polami i domyślnymi załącznikami (D12)",
        concat!(
            "  lejek template add --kind sms --name przypomnienie --body \"Do zobaczenia {{deal.next_activity}}\"\n",
            "  lejek template list",
        ),
    ),
    (
        "template add",
        "Dodaj szablon e-mail albo SMS; pola są sprawdzane teraz, nie przy wysyłce",
        concat!(
            "  lejek template add --kind email --name oferta --subject \"Oferta dla {{contact.name}}\" \\\n",
            "        --body \"Dzień dobry {{contact.first_name}}, {{deal.title}}: {{deal.value}}\"\n",
            "  lejek template add --kind sms --name przypomnienie --body \"Przypominamy: {{deal.title}}, {{owner.name}}\"",
        ),
    ),
    (
        "template edit",
        "Zmień szablon; bez zmian do podania, na terminalu, otwórz go w $EDITOR",
        concat!(
            "  lejek template edit oferta --subject \"Nasza oferta: {{deal.title}}\"\n",
            "  lejek template edit oferta --attach cennik.pdf --detach stary-cennik.pdf\n",
            "  lejek template edit oferta                    # w $EDITOR",
        ),
    ),
    (
        "template list",
        "Lista szablonów",
        concat!(
            "  lejek template list\n",
            "  lejek template list --format json",
        ),
    ),
    (
        "template show",
        "Szablon w całości, z jego polami i (SMS) długością w częściach",
        concat!(
            "  lejek template show oferta\n",
            "  lejek template show oferta --format json",
        ),
    ),
    (
        "template remove",
        "Usuń szablon (to, co nim wysłano, zostaje w historii interesów)",
        "  lejek template remove przypomnienie",
    ),
    (
        "send",
        "Wyślij e-mail albo SMS z szablonu do kontaktu interesu albo do kampanii (D12)",
        concat!(
            "  lejek send email --deal 1 --template oferta --dry-run\n",
            "  lejek send sms --campaign \"Boże Narodzenie 2026\" --template przypomnienie   # cron: raz na interes",
        ),
    ),
    (
        "send email",
        "Wyślij e-mail z szablonu do kontaktu interesu (albo kampanii)",
        concat!(
            "  lejek send email --deal 1 --template oferta --dry-run    # podgląd, nic nie wysyła\n",
            "  lejek send email --deal 1 --template oferta --attach warunki.pdf\n",
            "  lejek send email --campaign \"Boże Narodzenie 2026\" --template oferta   # raz na otwarty interes",
        ),
    ),
    (
        "send sms",
        "Wyślij SMS z szablonu do kontaktu interesu (albo kampanii)",
        concat!(
            "  lejek send sms --deal 1 --template przypomnienie --dry-run   # podgląd z długością\n",
            "  lejek send sms --campaign \"Boże Narodzenie 2026\" --template przypomnienie",
        ),
    ),
    (
        "send log",
        "Wszystkie wiadomości (wysłane i nie) do kontaktu interesu, w całości, od najstarszej",
        concat!(
            "  lejek send log --deal 1\n",
            "  lejek send log --deal 1 --failed --format json",
        ),
    ),
    (
        "send retry",
        "Wyślij ponownie nieudaną wiadomość interesu (ostatnią albo wpis historii --event)",
        concat!(
            "  lejek send retry --deal 1\n",
            "  lejek send retry --deal 1 --event 5120",
        ),
    ),
];

/// The description of clap's own `help` subcommands.
const HELP_COMMAND: &str = "Pokaż tę pomoc albo pomoc podanego polecenia";

/// English help of an argument (its doc comment, or clap's) -> Polish.
const ARGS: &[(&str, &str)] = &[
    // Clap's own flags.
    ("Print help", "Pokaż pomoc"),
    ("Print version", "Pokaż wersję"),
    // Global options.
    (
        "Database directory (default: $LEJEK_DB, then the XDG data directory)",
        "Katalog bazy (domyślnie: $LEJEK_DB, potem katalog danych XDG)",
    ),
    (
        "Act as this lejek user (default: $LEJEK_USER, then the login name)",
        "Działaj jako ten użytkownik lejka (domyślnie: $LEJEK_USER, potem nazwa logowania)",
    ),
    (
        "Interface language: pl or en (default: $LEJEK_LANG, then $LANG)",
        "Język interfejsu: pl albo en (domyślnie: $LEJEK_LANG, potem $LANG)",
    ),
    (
        "TUI key map: default (vim-style) or arrows (default: $LEJEK_KEYMAP, then default)",
        "Klawisze TUI: default (jak w vimie) albo arrows (domyślnie: $LEJEK_KEYMAP, potem default)",
    ),
    (
        "Open the database in this process instead of through its server (single-user use; \
         fails while a server or another process has the database)",
        "Otwórz bazę w tym procesie zamiast przez jej serwer (dla jednego użytkownika; nie \
         działa, gdy bazę ma serwer albo inny proces)",
    ),
    (
        "Colour: auto (only on a terminal and without NO_COLOR), always or never",
        "Kolory: auto (tylko na terminalu i bez NO_COLOR), always albo never",
    ),
    (
        "Only errors on stderr (no progress, no notices)",
        "Na stderr tylko błędy (bez postępu i komunikatów)",
    ),
    (
        "Say more on stderr: -v what happens, -vv details (LEJEK_LOG filters, e.g. lejek=debug)",
        "Więcej na stderr: -v co się dzieje, -vv szczegóły (LEJEK_LOG filtruje, np. lejek=debug)",
    ),
    (
        "Configuration file (default: $XDG_CONFIG_HOME/lejek/config.toml)",
        "Plik konfiguracji (domyślnie: $XDG_CONFIG_HOME/lejek/config.toml)",
    ),
    // init, demo.
    (
        "Load the demo data (Polish companies, deals, campaigns and their history)",
        "Wczytaj dane demonstracyjne (polskie firmy, interesy, kampanie i ich historię)",
    ),
    ("How many contacts", "Ile kontaktów"),
    ("How many deals", "Ile interesów"),
    (
        "The random seed: the same seed gives the same database",
        "Ziarno losowania: to samo ziarno daje tę samą bazę",
    ),
    // Lists and cards.
    (
        "Filter expression (see README: the filter language)",
        "Wyrażenie filtra (zob. README: język filtrów)",
    ),
    (
        "Sort by FIELD or FIELD:desc",
        "Sortuj według POLA albo POLA:desc",
    ),
    ("Show at most N rows", "Pokaż najwyżej N wierszy"),
    ("Output: table, csv or json", "Wynik: table, csv albo json"),
    (
        "table or csv: print the new id; json: the whole record",
        "table albo csv: wypisz numer nowego rekordu; json: cały rekord",
    ),
    ("The record's id", "Numer rekordu"),
    // Contacts.
    ("company or person", "company (firma) albo person (osoba)"),
    (
        "Company name, or a person's first and last name",
        "Nazwa firmy albo imię i nazwisko osoby",
    ),
    (
        "The company a person belongs to (contact id)",
        "Firma, do której należy osoba (numer kontaktu)",
    ),
    (
        "E-mail address (\"\" clears it)",
        "Adres e-mail (\"\" go czyści)",
    ),
    (
        "Phone number (\"\" clears it)",
        "Numer telefonu (\"\" go czyści)",
    ),
    ("City (\"\" clears it)", "Miasto (\"\" je czyści)"),
    ("Street address (\"\" clears it)", "Adres (\"\" go czyści)"),
    (
        "Tax number (NIP), e.g. 725-183-29-19; the checksum is verified",
        "NIP, np. 725-183-29-19; suma kontrolna jest sprawdzana",
    ),
    (
        "Contact status (a contact-status dictionary value)",
        "Status kontaktu (wartość słownika contact-status)",
    ),
    (
        "Where the contact came from (a contact-source dictionary value)",
        "Skąd jest kontakt (wartość słownika contact-source)",
    ),
    (
        "Add a tag; repeat for several",
        "Dodaj etykietę; powtórz, by dodać kilka",
    ),
    (
        "Add a role (a contact-role dictionary value); repeat for several",
        "Dodaj rolę (wartość słownika contact-role); powtórz, by dodać kilka",
    ),
    ("The contact's id", "Numer kontaktu"),
    (
        "Remove a tag; repeat for several",
        "Usuń etykietę; powtórz, by usunąć kilka",
    ),
    (
        "Remove a role; repeat for several",
        "Usuń rolę; powtórz, by usunąć kilka",
    ),
    (
        "Bring an ended customer back (clears end reason and date)",
        "Przywróć klienta po zakończeniu współpracy (czyści powód i datę zakończenia)",
    ),
    (
        "Why the cooperation ended (an end-reason dictionary value)",
        "Dlaczego współpraca się skończyła (wartość słownika end-reason)",
    ),
    ("Default: today", "Domyślnie: dziś"),
    // Deals.
    ("What the deal is about", "Czego dotyczy interes"),
    (
        "The product or service offered",
        "Oferowany produkt albo usługa",
    ),
    ("A longer description", "Dłuższy opis"),
    (
        "The salesperson's login (default: you); a new owner gets a notification",
        "Login handlowca (domyślnie: ty); nowy opiekun dostaje powiadomienie",
    ),
    (
        "Stage (a deal-stage dictionary value or its unambiguous prefix)",
        "Etap (wartość słownika deal-stage albo jej jednoznaczny początek)",
    ),
    (
        "Where the deal came from (a deal-source dictionary value)",
        "Skąd jest interes (wartość słownika deal-source)",
    ),
    (
        "Money, e.g. 1200, \"12 500,00\", 1234.56",
        "Kwota, np. 1200, \"12 500,00\", 1234.56",
    ),
    (
        "Currency of --value (default PLN), e.g. EUR",
        "Waluta --value (domyślnie PLN), np. EUR",
    ),
    (
        "Next activity: 2026-12-01, +3d, mon, pon, jutro...",
        "Następne działanie: 2026-12-01, +3d, pon, jutro, mon...",
    ),
    ("Campaign id or name", "Numer albo nazwa kampanii"),
    ("The deal's id", "Numer interesu"),
    (
        "Move the deal to another contact",
        "Przenieś interes do innego kontaktu",
    ),
    (
        "Loss reason, when --stage names a lost stage",
        "Powód przegranej, gdy --stage to etap przegrany",
    ),
    (
        "Clear fields: next, value, source, campaign, offer, description",
        "Wyczyść pola: next, value, source, campaign, offer, description",
    ),
    ("The note", "Treść notatki"),
    ("The comment", "Treść komentarza"),
    ("The file to attach", "Plik do dołączenia"),
    (
        "Name to show (default: the file name)",
        "Nazwa do wyświetlania (domyślnie: nazwa pliku)",
    ),
    (
        "Which won stage (default: the first)",
        "Który etap wygrany (domyślnie: pierwszy)",
    ),
    (
        "Why it was lost (a loss-reason dictionary value)",
        "Dlaczego przegrany (wartość słownika loss-reason)",
    ),
    (
        "Which lost stage (default: the first)",
        "Który etap przegrany (domyślnie: pierwszy)",
    ),
    // Campaigns and batches.
    (
        "The campaign's name, which is its identity: a batch re-run finds it by name",
        "Nazwa kampanii, która ją wyznacza: ponowny wsad znajduje ją po nazwie",
    ),
    (
        "What the campaign should achieve",
        "Co kampania ma osiągnąć",
    ),
    ("Communication rules", "Zasady komunikacji"),
    (
        "The campaign's description; in a batch, the description of every new deal",
        "Opis kampanii; we wsadzie opis każdego nowego interesu",
    ),
    (
        "The campaign's tags; in a batch, the tags of every new deal",
        "Etykiety kampanii; we wsadzie etykiety każdego nowego interesu",
    ),
    (
        "Contacts matching this filter expression (the filter language) get a deal",
        "Interes dostają kontakty pasujące do tego wyrażenia (język filtrów)",
    ),
    (
        "Contacts listed in a CSV file with a header: matched by id, else nip, else email, \
         else exact name; UTF-8 or Windows-1250; `,` or `;`",
        "Kontakty z pliku CSV z nagłówkiem: dopasowane po id, potem nip, potem e-mailu, potem \
         dokładnej nazwie; UTF-8 albo Windows-1250; `,` albo `;`",
    ),
    ("Title of every new deal", "Tytuł każdego nowego interesu"),
    (
        "Offer (product or service) of every new deal",
        "Oferta (produkt albo usługa) każdego nowego interesu",
    ),
    (
        "Initial value of every new deal, e.g. 1200, \"12 500,00\"",
        "Początkowa wartość każdego nowego interesu, np. 1200, \"12 500,00\"",
    ),
    (
        "Currency of --value (default PLN)",
        "Waluta --value (domyślnie PLN)",
    ),
    (
        "Owner of every new deal (default: you)",
        "Opiekun każdego nowego interesu (domyślnie: ty)",
    ),
    ("Deal source", "Źródło interesu"),
    (
        "Initial stage (default: the first open stage)",
        "Etap początkowy (domyślnie: pierwszy otwarty)",
    ),
    (
        "Next activity of every new deal: 2026-12-01, +3d, pon...",
        "Następne działanie każdego nowego interesu: 2026-12-01, +3d, pon...",
    ),
    (
        "Show what would be created; write nothing",
        "Pokaż, co zostałoby utworzone; nic nie zapisuj",
    ),
    (
        "While another lejek process holds the database, wait up to SECONDS for it \
         (default 60), then fail",
        "Gdy bazę trzyma inny proces lejka, czekaj na nią najwyżej SEKUNDY (domyślnie 60), \
         potem zgłoś błąd",
    ),
    (
        "The description of every new deal",
        "Opis każdego nowego interesu",
    ),
    ("Tags of every new deal", "Etykiety każdego nowego interesu"),
    (
        "table, or json for the summary",
        "table albo json dla podsumowania",
    ),
    ("Id or name", "Numer albo nazwa"),
    // Tasks.
    ("What is to be done", "Co jest do zrobienia"),
    ("task or meeting", "task (zadanie) albo meeting (spotkanie)"),
    (
        "Who does it (a login; default: you)",
        "Kto je wykonuje (login; domyślnie: ty)",
    ),
    (
        "Due date, optionally with a time: 2026-12-01, \"2026-12-01 14:30\", +2d",
        "Termin, także z godziną: 2026-12-01, \"2026-12-01 14:30\", +2d",
    ),
    (
        "The deal it belongs to (id)",
        "Interes, którego dotyczy (numer)",
    ),
    ("The task's id", "Numer zadania"),
    ("Who does it (a login)", "Kto je wykonuje (login)"),
    (
        "Due date, optionally with a time; an empty value clears it",
        "Termin, także z godziną; pusta wartość go czyści",
    ),
    // Dictionaries and users.
    ("Which dictionary", "Który słownik"),
    ("The new entry", "Nowa wartość"),
    (
        "For deal-stage: open, won or lost",
        "Dla deal-stage: open, won albo lost",
    ),
    ("The entry's name now", "Obecna nazwa wartości"),
    ("Its new name", "Jej nowa nazwa"),
    ("The entry to retire", "Wartość do wycofania"),
    (
        "The login: the system account name of the person",
        "Login: nazwa konta systemowego tej osoby",
    ),
    (
        "Full name (default: the login)",
        "Imię i nazwisko (domyślnie: login)",
    ),
    (
        "May change dictionaries, add users and repair the store",
        "Może zmieniać słowniki, dodawać użytkowników i naprawiać bazę",
    ),
    (
        "The login of the user to change",
        "Login użytkownika do zmiany",
    ),
    ("New full name", "Nowe imię i nazwisko"),
    ("Make the user an admin", "Nadaj uprawnienia administratora"),
    (
        "Take the admin flag away",
        "Odbierz uprawnienia administratora",
    ),
    // Reports.
    (
        "contact-sources, contact-end-reasons, deal-sources, deal-loss-reasons, deal-value, \
         sales-activity, funnel or deal-stages",
        "contact-sources, contact-end-reasons, deal-sources, deal-loss-reasons, deal-value, \
         sales-activity, funnel albo deal-stages",
    ),
    (
        "First day of the period: 2026-01-01, 2026-Q1, 2026-03, 2026, -90d... (default: twelve \
         calendar months to --to)",
        "Pierwszy dzień okresu: 2026-01-01, 2026-Q1, 2026-03, 2026, -90d... (domyślnie: \
         dwanaście miesięcy kalendarzowych do --to)",
    ),
    (
        "Last day of the period, inclusive (default: --as-of, else today); a month, quarter or \
         year means its last day",
        "Ostatni dzień okresu, włącznie (domyślnie: --as-of, inaczej dziś); miesiąc, kwartał \
         albo rok oznacza jego ostatni dzień",
    ),
    (
        "The report as it stood at the end of this day (deal reports), rebuilt from history",
        "Raport według stanu na koniec tego dnia (raporty interesów), odtworzony z historii",
    ),
    (
        "month, quarter or year (deal-value, sales-activity)",
        "month, quarter albo year (deal-value, sales-activity)",
    ),
    ("A salesperson's login, or me", "Login handlowca albo me"),
    (
        "A contact id (deal reports)",
        "Numer kontaktu (raporty interesów)",
    ),
    (
        "Deal source; repeat for any of several",
        "Źródło interesu; powtórz, by wziąć którekolwiek z kilku",
    ),
    (
        "Tag; repeat to require several",
        "Etykieta; powtórz, by wymagać kilku",
    ),
    (
        "Contact kind: company or person (contact reports)",
        "Rodzaj kontaktu: company albo person (raporty kontaktów)",
    ),
    (
        "Contact role; repeat to require several (contact reports)",
        "Rola kontaktu; powtórz, by wymagać kilku (raporty kontaktów)",
    ),
    (
        "Deals now (or --as-of) in this stage",
        "Interesy teraz (albo --as-of) na tym etapie",
    ),
    (
        "Deals now (or --as-of) in a stage of this kind: open, won or lost",
        "Interesy teraz (albo --as-of) na etapie tego rodzaju: open, won albo lost",
    ),
    (
        "deal-value: a value column per owner, contact or tag",
        "deal-value: kolumna wartości dla każdego opiekuna, kontaktu albo etykiety",
    ),
    (
        "Only records matching this filter expression (their current state)",
        "Tylko rekordy pasujące do tego wyrażenia filtra (w obecnym stanie)",
    ),
    // Inbox.
    (
        "Include notifications already read",
        "Także powiadomienia już przeczytane",
    ),
    (
        "Mark everything shown as read",
        "Oznacz wszystko pokazane jako przeczytane",
    ),
    // Import and export.
    (
        "The file's encoding: utf-8, windows-1250 (cp1250), iso-8859-2 (default: detected)",
        "Kodowanie pliku: utf-8, windows-1250 (cp1250), iso-8859-2 (domyślnie: wykrywane)",
    ),
    (
        "The column separator: ';', ',' or tab (default: detected from the header)",
        "Separator kolumn: ';', ',' albo tab (domyślnie: wykrywany z nagłówka)",
    ),
    (
        "Read a column as a field, e.g. --map \"Kod klienta=nip\"; `COLUMN=-` ignores it",
        "Czytaj kolumnę jako pole, np. --map \"Kod klienta=nip\"; `KOLUMNA=-` ją pomija",
    ),
    (
        "Add owners, dictionary values, campaigns and contacts the file names and the database \
         lacks (otherwise each is reported and its rows rejected)",
        "Dodaj opiekunów, wartości słowników, kampanie i kontakty, które plik wymienia, a których \
         baza nie ma (inaczej każdy jest zgłaszany, a jego wiersze odrzucane)",
    ),
    (
        "Merge a row that matches a contact already there into it, instead of skipping it",
        "Scal wiersz pasujący do istniejącego kontaktu z tym kontaktem, zamiast go pomijać",
    ),
    (
        "Check and plan everything, write nothing",
        "Sprawdź i zaplanuj wszystko, nic nie zapisuj",
    ),
    (
        "Write the rejected rows to this CSV file (their columns, then line and reason)",
        "Zapisz odrzucone wiersze do tego pliku CSV (ich kolumny, potem wiersz i powód)",
    ),
    (
        "table: the account on stderr only; json: also the whole account on stdout",
        "table: rozliczenie tylko na stderr; json: także całe rozliczenie na stdout",
    ),
    (
        "Which column finds a deal's contact: id, nip, email or name (default: the first of \
         contact_id, nip, email, contact the row fills)",
        "Która kolumna wskazuje kontakt interesu: id, nip, email albo name (domyślnie: pierwsza \
         z contact_id, nip, email, contact, którą wiersz wypełnia)",
    ),
    (
        "contacts, deals, campaigns, tasks or all",
        "contacts, deals, campaigns, tasks albo all",
    ),
    (
        "Only the records matching this filter (the list's filter language); not with `all`",
        "Tylko rekordy pasujące do tego filtra (język filtrów list); nie z `all`",
    ),
    (
        "json (the default; `all` is JSON only) or csv",
        "json (domyślnie; `all` tylko jako JSON) albo csv",
    ),
    (
        "Write to FILE (FILE.tmp, then renamed over FILE) instead of standard output",
        "Zapisz do PLIKU (PLIK.tmp, potem przemianowany na PLIK) zamiast na standardowe wyjście",
    ),
    (
        "CSV: start with a UTF-8 byte order mark (for Excel)",
        "CSV: zacznij od znacznika kolejności bajtów UTF-8 (dla Excela)",
    ),
    (
        "CSV field separator: ',' (the default), ';' (Polish Excel; money then has a decimal \
         comma) or tab",
        "Separator pól CSV: ',' (domyślnie), ';' (polski Excel; kwoty mają wtedy przecinek \
         dziesiętny) albo tab",
    ),
    // Maintenance, shell, server.
    ("The backup file to write", "Plik kopii do zapisania"),
    ("The backup file to read", "Plik kopii do odczytania"),
    (
        "Rebuild every index from the records (admins only)",
        "Odbuduj każdy indeks z rekordów (tylko administratorzy)",
    ),
    (
        "bash, zsh, fish, elvish or powershell",
        "bash, zsh, fish, elvish albo powershell",
    ),
    (
        "users, templates, or a dictionary: contact-status, contact-source, end-reason, \
         contact-role, deal-stage, deal-source, loss-reason",
        "users, templates albo słownik: contact-status, contact-source, end-reason, contact-role, \
         deal-stage, deal-source, loss-reason",
    ),
    (
        "Directory to write the pages into (default: the current directory)",
        "Katalog, do którego zapisać strony (domyślnie: bieżący)",
    ),
    (
        "Exit after this many seconds without clients (0: never)",
        "Zakończ po tylu sekundach bez klientów (0: nigdy)",
    ),
    ("email or sms", "email albo sms"),
    (
        "Only the failed sends not sent since (what `send retry` would send)",
        "Tylko nieudane wysyłki, których od tego czasu nie ponowiono (to, co wyśle `send retry`)",
    ),
    ("Output: table or json", "Wynik: table albo json"),
    (
        "The template's name, unique (what `send --template` takes)",
        "Nazwa szablonu, niepowtarzalna (to, co przyjmuje `send --template`)",
    ),
    (
        "The e-mail's subject (e-mail only); may use placeholders",
        "Temat wiadomości (tylko e-mail); może zawierać pola",
    ),
    (
        "The text, with placeholders such as {{contact.first_name}}",
        "Treść, z polami takimi jak {{contact.first_name}}",
    ),
    (
        "Read the text from FILE (`-`: standard input)",
        "Wczytaj treść z PLIKU (`-`: standardowe wejście)",
    ),
    (
        "A default attachment (e-mail only); repeat for more",
        "Domyślny załącznik (tylko e-mail); powtórz, by dodać więcej",
    ),
    (
        "table or csv: print the new id; json: the whole template",
        "table albo csv: wypisz nowy identyfikator; json: cały szablon",
    ),
    ("The template's name", "Nazwa szablonu"),
    ("A new name", "Nowa nazwa"),
    ("A new subject (e-mail only)", "Nowy temat (tylko e-mail)"),
    ("A new text", "Nowa treść"),
    (
        "Add a default attachment (a file of the same name is replaced)",
        "Dodaj domyślny załącznik (plik o tej samej nazwie zostaje zastąpiony)",
    ),
    (
        "Remove the default attachment of this name",
        "Usuń domyślny załącznik o tej nazwie",
    ),
    (
        "The deal whose contact gets the message",
        "Interes, do którego kontaktu trafi wiadomość",
    ),
    (
        "Every open deal of this campaign (id or name), once per deal: a re-run sends only to \
         deals not sent this template yet",
        "Każdy otwarty interes tej kampanii (id albo nazwa), raz na interes: ponowne \
         uruchomienie wysyła tylko tam, gdzie tego szablonu jeszcze nie wysłano",
    ),
    (
        "Send here instead of the contact's e-mail address or phone number",
        "Wyślij tutaj zamiast na adres e-mail albo numer telefonu kontaktu",
    ),
    (
        "Attach this file too (e-mail only); repeat for more",
        "Dołącz też ten plik (tylko e-mail); powtórz, by dodać więcej",
    ),
    (
        "Show the message (and an SMS's length) without sending or writing anything",
        "Pokaż wiadomość (i długość SMS-a) bez wysyłania i zapisywania czegokolwiek",
    ),
    (
        "The failed send's history entry (`deal show --format json`: seq)",
        "Wpis historii nieudanej wysyłki (`deal show --format json`: seq)",
    ),
];

/// Rewrite `cmd` (the whole tree) in Polish.
pub fn translate(mut cmd: Command) -> Command {
    // Built first, so clap's own `--help`, `--version` and `help` exist to be translated.
    cmd.build();
    super::help::for_each_command(cmd, "", &|path, c| command(path, c))
}

fn command(path: &str, mut cmd: Command) -> Command {
    // `lejek help deal add` describes `deal add`: the mirror's path without its `help`.
    let mirrored = path
        .split(' ')
        .filter(|w| *w != "help")
        .collect::<Vec<_>>()
        .join(" ");
    if cmd.get_name() == "help" {
        cmd = cmd.about(HELP_COMMAND);
    } else if let Some((_, about, examples)) = COMMANDS.iter().find(|(p, ..)| *p == mirrored) {
        cmd = cmd.about(*about).long_about(None);
        if mirrored == path && !examples.is_empty() {
            cmd = cmd.after_help(*examples);
        }
    }
    let template = template(&cmd);
    let mut position = 0;
    cmd.help_template(template)
        .subcommand_help_heading("Polecenia")
        .mut_args(|mut a| {
            // Clap's "Arguments" and "Options" are fixed English, but an argument's own
            // heading is not; with one on every argument only those are shown.
            let heading = if a.is_positional() {
                // Sorted like options under a heading: keep them in the order they are typed.
                position += 1;
                a = a.display_order(position);
                "Argumenty"
            } else if a.is_global_set() && !path.is_empty() {
                "Opcje ogólne"
            } else {
                "Opcje"
            };
            a = a.help_heading(heading);
            match a.get_help().and_then(arg_help) {
                Some(pl) => a.help(pl).long_help(None),
                None => a,
            }
        })
}

/// The Polish of an argument's English help.
fn arg_help(english: &clap::builder::StyledStr) -> Option<&'static str> {
    let english = english.to_string();
    ARGS.iter()
        .find(|(en, _)| *en == english)
        .map(|(_, pl)| *pl)
}

/// Clap's default help layout with "Usage:" in Polish (fixed English in clap: only a
/// template can say it otherwise), styled as clap styles it.
fn template(cmd: &Command) -> String {
    let usage = cmd.get_styles().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}Użycie:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        usage.render_reset()
    )
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::*;
    use crate::cli::help::for_each_command;

    /// The English tree, built (with clap's own flags), and what each part says.
    fn english() -> (BTreeSet<String>, BTreeSet<String>) {
        let mut cmd = crate::cli::command();
        cmd.build();
        let paths = RefCell::new(BTreeSet::new());
        let helps = RefCell::new(BTreeSet::new());
        for_each_command(cmd, "", &|path, c| {
            if !path.split(' ').any(|w| w == "help") {
                paths.borrow_mut().insert(path.to_owned());
            }
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                helps
                    .borrow_mut()
                    .extend(a.get_help().map(ToString::to_string));
            }
            c
        });
        (paths.into_inner(), helps.into_inner())
    }

    #[test]
    fn every_command_and_argument_has_its_polish() {
        let (paths, helps) = english();
        let described: BTreeSet<String> = COMMANDS.iter().map(|(p, ..)| p.to_string()).collect();
        let missing: Vec<_> = paths.difference(&described).collect();
        assert!(
            missing.is_empty(),
            "commands without Polish in help_pl.rs: {missing:?}"
        );
        let stale: Vec<_> = described.difference(&paths).collect();
        assert!(
            stale.is_empty(),
            "Polish for commands that no longer exist: {stale:?}"
        );
        let translated: BTreeSet<String> = ARGS.iter().map(|(en, _)| en.to_string()).collect();
        let missing: Vec<_> = helps.difference(&translated).collect();
        assert!(
            missing.is_empty(),
            "argument help without Polish in help_pl.rs: {missing:#?}"
        );
        let stale: Vec<_> = translated.difference(&helps).collect();
        assert!(
            stale.is_empty(),
            "Polish of argument help no longer said: {stale:#?}"
        );
    }
}
