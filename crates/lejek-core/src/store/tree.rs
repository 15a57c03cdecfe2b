//! The trees of the database. One tree per record kind plus index trees; the write path
//! refers to them by `T`, an index into the store's tree list.

/// Tree handles, in the order `Store::open` opens them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum T {
    /// Counters and the database format version.
    Meta,
    Users,
    Dicts,
    Contacts,
    Deals,
    Campaigns,
    Tasks,
    Notes,
    Comments,
    Attachments,
    /// (entity kind, id, seq) -> Event: a record's history is one range of keys (format 4).
    Events,
    /// seq / 64 -> the (seq, record) of those 64 events: the order of all events, one key per
    /// 64 of them (`event_log`).
    EventLog,
    /// (login, seq) -> Notification.
    Inbox,
    /// contact -> its deal ids, packed (`id_set`): one key per contact (format 4).
    DealsByContact,
    /// (campaign, deal) -> ().
    DealsByCampaign,
    /// (campaign, contact) -> deal id: makes batch re-runs idempotent (B2).
    CampaignMembers,
    /// folded campaign name -> campaign id: the name is the campaign's identity.
    CampaignNames,
    /// (company, person) -> ().
    PersonsByCompany,
    /// id -> MessageTemplate (D12, format 3).
    Templates,
    /// folded template name -> template id: the name is unique.
    TemplateNames,
    /// (template, deal) -> SendClaim: makes `send --campaign` idempotent.
    Sends,
    /// merged contact -> the contact it was merged into (issue 20 item 2): a redirect, so
    /// the merged id still finds the kept record. A new tree: an older database has it
    /// empty, which needs no upgrade.
    ContactRedirects,
    /// id -> FieldDef: custom field definitions (issue 20, format 8).
    Fields,
}

impl T {
    pub const ALL: [T; 23] = [
        T::Meta,
        T::Users,
        T::Dicts,
        T::Contacts,
        T::Deals,
        T::Campaigns,
        T::Tasks,
        T::Notes,
        T::Comments,
        T::Attachments,
        T::Events,
        T::EventLog,
        T::Inbox,
        T::DealsByContact,
        T::DealsByCampaign,
        T::CampaignMembers,
        T::CampaignNames,
        T::PersonsByCompany,
        T::Templates,
        T::TemplateNames,
        T::Sends,
        T::ContactRedirects,
        T::Fields,
    ];

    pub fn name(self) -> &'static str {
        match self {
            T::Meta => "meta",
            T::Users => "users",
            T::Dicts => "dicts",
            T::Contacts => "contacts",
            T::Deals => "deals",
            T::Campaigns => "campaigns",
            T::Tasks => "tasks",
            T::Notes => "notes",
            T::Comments => "comments",
            T::Attachments => "attachments",
            T::Events => "history",
            T::EventLog => "event_log",
            T::Inbox => "inbox",
            T::DealsByContact => "contact_deals",
            T::DealsByCampaign => "deals_by_campaign",
            T::CampaignMembers => "campaign_members",
            T::CampaignNames => "campaign_names",
            T::PersonsByCompany => "persons_by_company",
            T::Templates => "templates",
            T::TemplateNames => "template_names",
            T::Sends => "sends",
            T::ContactRedirects => "contact_redirects",
            T::Fields => "custom_fields",
        }
    }

    /// Find a tree by its name.
    pub fn named(name: &[u8]) -> Option<T> {
        T::ALL.into_iter().find(|t| t.name().as_bytes() == name)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Trees of formats 1-3 that format 4 replaced: `events` (seq -> Event), `events_by_entity`
/// ((kind, id, seq) -> ()) and `deals_by_contact` ((contact, deal) -> ()). Opening an older
/// database moves them into `history`, `event_log` and `contact_deals` (`migrate`); a backup
/// made by an older build may still hold them.
pub const LEGACY: [&str; 3] = ["events", "events_by_entity", "deals_by_contact"];
