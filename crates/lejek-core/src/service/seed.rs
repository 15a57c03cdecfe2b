//! The dictionaries a new database starts with, in the user's language (X2). Admins rename,
//! add and retire entries later; these are only a sensible start.

use crate::i18n::Lang;
use crate::model::{DictKind, StageKind};

/// Statuses, contact sources, end reasons, roles, stages, deal sources, loss reasons.
type Lists = (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [(&'static str, StageKind)],
    &'static [&'static str],
    &'static [&'static str],
);

/// (kind, name, stage kind) in dictionary order.
pub fn default_dicts(lang: Lang) -> Vec<(DictKind, &'static str, Option<StageKind>)> {
    use DictKind::*;
    use StageKind::*;
    let (status, csource, end, role, stages, dsource, loss): Lists = match lang {
        Lang::Pl => (
            &["potencjalny", "aktualny", "archiwalny"],
            &[
                "strona www",
                "polecenie",
                "targi",
                "telefon",
                "mailing",
                "inne",
            ],
            &[
                "cena",
                "jakość",
                "konkurencja",
                "zakończenie działalności",
                "brak kontaktu",
            ],
            &["decydent", "księgowość", "zakupy", "kontakt techniczny"],
            &[
                ("nowy", Open),
                ("kwalifikacja", Open),
                ("oferta", Open),
                ("negocjacje", Open),
                ("wygrany", Won),
                ("przegrany", Lost),
            ],
            &[
                "własna inicjatywa",
                "zapytanie ze strony",
                "polecenie",
                "targi",
                "kampania",
            ],
            &[
                "cena",
                "konkurencja",
                "termin",
                "brak budżetu",
                "brak odpowiedzi",
            ],
        ),
        Lang::En => (
            &["potential", "current", "archived"],
            &[
                "website",
                "referral",
                "trade fair",
                "phone",
                "mailing",
                "other",
            ],
            &[
                "price",
                "quality",
                "competition",
                "closed business",
                "no contact",
            ],
            &[
                "decision maker",
                "accounting",
                "purchasing",
                "technical contact",
            ],
            &[
                ("new", Open),
                ("qualification", Open),
                ("proposal", Open),
                ("negotiation", Open),
                ("won", Won),
                ("lost", Lost),
            ],
            &[
                "own initiative",
                "web enquiry",
                "referral",
                "trade fair",
                "campaign",
            ],
            &["price", "competition", "timing", "no budget", "no response"],
        ),
    };
    let mut out = Vec::new();
    for (kind, names) in [
        (ContactStatus, status),
        (ContactSource, csource),
        (EndReason, end),
        (ContactRole, role),
        (DealSource, dsource),
        (LossReason, loss),
    ] {
        out.extend(names.iter().map(|n| (kind, *n, None)));
    }
    out.extend(stages.iter().map(|(n, k)| (DealStage, *n, Some(*k))));
    out
}
