//! The six list views as panes, one per row type, and what each row type brings to its view
//! (columns, sort fields, the schema `:sort` reads, who reads its filter, its detail card). The `App` holds a `Views` and reaches a
//! view by its `View` (as a `dyn ViewPane`) or by its row type (`of::<DealView>()`), never
//! by a field of its own.

use super::columns::{
    Col, campaign_columns, contact_columns, deal_columns, inbox_columns, report_columns,
    task_columns,
};
use super::data::{Paged, Source};
use super::detail::{self, Detail};
use super::list_pane::{FilterBy, ListPane, ViewPane, ViewRow};
use super::rows::Sort;
use super::rows::{INBOX_SCHEMA, InboxRow, REPORT_SCHEMA, ReportRow};
use super::view::View;
use crate::backend::Backend;
use crate::filter::Schema;
use crate::i18n::Lang;
use crate::model::EntityKind;
use crate::service::Result;
use crate::service::query::FilterOf;
use crate::service::views::{
    CAMPAIGN_SCHEMA, CONTACT_SCHEMA, CampaignView, ContactView, DEAL_SCHEMA, DealView, TASK_SCHEMA,
    TaskView,
};

/// The list views of the main screen.
pub struct Views {
    deals: ListPane<DealView>,
    contacts: ListPane<ContactView>,
    campaigns: ListPane<CampaignView>,
    tasks: ListPane<TaskView>,
    reports: ListPane<ReportRow>,
    inbox: ListPane<InboxRow>,
}

impl Default for Views {
    /// Empty lists in sensible first orders: recent work first, people alphabetically, tasks
    /// by due date, the newest campaigns first.
    fn default() -> Self {
        let mut v = Views {
            deals: ListPane::default(),
            contacts: ListPane::default(),
            campaigns: ListPane::default(),
            tasks: ListPane::default(),
            reports: ListPane::default(),
            inbox: ListPane::default(),
        };
        let by = |field, desc| Some(Sort { field, desc });
        v.deals.set_sort(by("last", true));
        v.contacts.set_sort(by("name", false));
        v.tasks.set_sort(by("due", false));
        v.campaigns.set_sort(by("created", true));
        v
    }
}

impl Views {
    /// The list of view `v`.
    pub fn get(&self, v: View) -> &dyn ViewPane {
        match v {
            View::Deals => &self.deals,
            View::Contacts => &self.contacts,
            View::Campaigns => &self.campaigns,
            View::Tasks => &self.tasks,
            View::Reports => &self.reports,
            View::Inbox => &self.inbox,
        }
    }

    /// The list of view `v`, to change.
    pub fn get_mut(&mut self, v: View) -> &mut dyn ViewPane {
        match v {
            View::Deals => &mut self.deals,
            View::Contacts => &mut self.contacts,
            View::Campaigns => &mut self.campaigns,
            View::Tasks => &mut self.tasks,
            View::Reports => &mut self.reports,
            View::Inbox => &mut self.inbox,
        }
    }

    /// The list of rows of type `R`.
    pub fn of<R: Listed>(&self) -> &ListPane<R> {
        R::pane(self)
    }

    /// The list of rows of type `R`, to change.
    pub fn of_mut<R: Listed>(&mut self) -> &mut ListPane<R> {
        R::pane_mut(self)
    }
}

/// A row type with a list in `Views`.
pub trait Listed: ViewRow {
    fn pane(views: &Views) -> &ListPane<Self>;
    fn pane_mut(views: &mut Views) -> &mut ListPane<Self>;
}

/// Where a window of a records' list comes from: the service's `page_*` for `of`.
macro_rules! source {
    ($of:ident, $page:ident, $paged:ident) => {
        Some(Source {
            of: FilterOf::$of,
            page: Backend::$page,
            arrived: Paged::$paged,
        })
    };
}

/// `ViewRow` and `Listed` for a row type: its view, its field in `Views`, its columns, the
/// schema `:sort` reads, who reads its filter (and where its windows come from, for a list
/// the service filters) and how its card is built.
macro_rules! listed {
    ($row:ty, $view:ident, $field:ident, $columns:expr, $schema:expr, $filter:expr, $source:expr, $card:expr) => {
        impl ViewRow for $row {
            const VIEW: View = View::$view;
            const FILTER: FilterBy = $filter;
            const SOURCE: Option<Source<Self>> = $source;

            fn columns() -> Vec<Col<Self>> {
                $columns()
            }

            fn sort_schema() -> &'static Schema {
                &$schema
            }

            fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail> {
                $card(self, svc, lang)
            }
        }

        impl Listed for $row {
            fn pane(views: &Views) -> &ListPane<Self> {
                &views.$field
            }

            fn pane_mut(views: &mut Views) -> &mut ListPane<Self> {
                &mut views.$field
            }
        }
    };
}

listed!(
    DealView,
    Deals,
    deals,
    deal_columns,
    DEAL_SCHEMA,
    FilterBy::Service(FilterOf::Deal),
    source!(Deal, page_deals, Deals),
    |r: &DealView, svc, lang| detail::deal(svc, r.id, lang)
);
listed!(
    ContactView,
    Contacts,
    contacts,
    contact_columns,
    CONTACT_SCHEMA,
    FilterBy::Service(FilterOf::Contact),
    source!(Contact, page_contacts, Contacts),
    |r: &ContactView, svc, lang| detail::contact(svc, r.id, lang)
);
listed!(
    TaskView,
    Tasks,
    tasks,
    task_columns,
    TASK_SCHEMA,
    FilterBy::Service(FilterOf::Task),
    source!(Task, page_tasks, Tasks),
    |r: &TaskView, svc, lang| detail::task(svc, r.id, lang)
);

impl ViewRow for CampaignView {
    const VIEW: View = View::Campaigns;
    const FILTER: FilterBy = FilterBy::Service(FilterOf::Campaign);
    const SOURCE: Option<Source<Self>> = source!(Campaign, page_campaigns, Campaigns);

    fn columns() -> Vec<Col<Self>> {
        campaign_columns()
    }

    /// The totals' columns sort by the number of deals too; the sort key steps once.
    fn sort_fields() -> Vec<&'static str> {
        vec!["name", "deals", "created"]
    }

    fn sort_schema() -> &'static Schema {
        &CAMPAIGN_SCHEMA
    }

    fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail> {
        detail::campaign(svc, self.id, lang)
    }
}

impl Listed for CampaignView {
    fn pane(views: &Views) -> &ListPane<Self> {
        &views.campaigns
    }

    fn pane_mut(views: &mut Views) -> &mut ListPane<Self> {
        &mut views.campaigns
    }
}

impl ViewRow for InboxRow {
    const VIEW: View = View::Inbox;
    const FILTER: FilterBy = FilterBy::Local(&INBOX_SCHEMA);

    fn columns() -> Vec<Col<Self>> {
        inbox_columns()
    }

    /// The notifications stay in the order they came.
    fn sort_fields() -> Vec<&'static str> {
        Vec::new()
    }

    /// `:sort` knows no field of the inbox (its filter fields are not sort keys).
    fn sort_schema() -> &'static Schema {
        &REPORT_SCHEMA
    }

    /// The card of the record the notification is about (none for a contact's).
    fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail> {
        let e = self.entity;
        match e.kind {
            EntityKind::Deal => detail::deal(svc, e.id, lang),
            EntityKind::Campaign => detail::campaign(svc, e.id, lang),
            EntityKind::Task => detail::task(svc, e.id, lang),
            _ => Ok(Detail::default()),
        }
    }
}

impl Listed for InboxRow {
    fn pane(views: &Views) -> &ListPane<Self> {
        &views.inbox
    }

    fn pane_mut(views: &mut Views) -> &mut ListPane<Self> {
        &mut views.inbox
    }
}

listed!(
    ReportRow,
    Reports,
    reports,
    report_columns,
    REPORT_SCHEMA,
    FilterBy::Local(&REPORT_SCHEMA),
    None,
    |r: &ReportRow, _, lang| Ok(detail::report(r.name, &r.title, lang))
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::sort::parse_sort;

    /// A list the service filters gets its windows from the same list, and the service
    /// reads every sort its sort key steps through.
    fn windowed<R: ViewRow>() {
        let source = R::SOURCE.unwrap_or_else(|| panic!("{:?} has no windows", R::VIEW));
        assert!(matches!(R::FILTER, FilterBy::Service(of) if of == source.of));
        for field in R::sort_fields().into_iter().filter(|f| !f.is_empty()) {
            let spec = Sort { field, desc: true }.spec();
            let parsed = parse_sort(&spec, R::sort_schema())
                .unwrap_or_else(|e| panic!("{:?} sorts by {spec}: {e:?}", R::VIEW));
            assert_eq!((parsed.field, parsed.desc), (field, true));
        }
    }

    #[test]
    fn the_records_lists_are_windows_of_the_service_and_the_short_lists_held_whole() {
        windowed::<DealView>();
        windowed::<ContactView>();
        windowed::<CampaignView>();
        windowed::<TaskView>();
        assert!(InboxRow::SOURCE.is_none() && ReportRow::SOURCE.is_none());
        assert!(matches!(InboxRow::FILTER, FilterBy::Local(_)));
    }
}
