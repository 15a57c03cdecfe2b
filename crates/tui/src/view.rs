//! The six views of the main screen (deals, contacts, campaigns, tasks, reports, inbox), in
//! tab order. A leaf: panes and forms name a view without knowing the `App` that shows it.

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

    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}
