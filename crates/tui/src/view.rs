//! The six views of the main screen (deals, contacts, campaigns, tasks, reports, inbox), in
//! tab order. A leaf: panes and forms name a view without knowing the `App` that shows it.

use crate::model::EntityKind;

/// The six views, in tab order (keys 1-6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Deals,
    Contacts,
    Campaigns,
    Tasks,
    Reports,
    Inbox,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Deals,
        View::Contacts,
        View::Campaigns,
        View::Tasks,
        View::Reports,
        View::Inbox,
    ];

    pub fn label_key(self) -> &'static str {
        match self {
            View::Deals => "view.deals",
            View::Contacts => "view.contacts",
            View::Campaigns => "view.campaigns",
            View::Tasks => "view.tasks",
            View::Reports => "view.reports",
            View::Inbox => "view.inbox",
        }
    }

    /// The kind of record the view lists (None for reports and the inbox).
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            View::Deals => Some(EntityKind::Deal),
            View::Contacts => Some(EntityKind::Contact),
            View::Campaigns => Some(EntityKind::Campaign),
            View::Tasks => Some(EntityKind::Task),
            View::Reports | View::Inbox => None,
        }
    }

    /// The view that lists records of `kind`.
    pub fn of(kind: EntityKind) -> Option<View> {
        View::ALL.into_iter().find(|v| v.kind() == Some(kind))
    }

    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}
