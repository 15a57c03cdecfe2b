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
    /// seq -> Event.
    Events,
    /// (entity kind, id, seq) -> ().
    EventsByEntity,
    /// (login, seq) -> Notification.
    Inbox,
    /// (contact, deal) -> ().
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
}

impl T {
    pub const ALL: [T; 21] = [
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
        T::EventsByEntity,
        T::Inbox,
        T::DealsByContact,
        T::DealsByCampaign,
        T::CampaignMembers,
        T::CampaignNames,
        T::PersonsByCompany,
        T::Templates,
        T::TemplateNames,
        T::Sends,
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
            T::Events => "events",
            T::EventsByEntity => "events_by_entity",
            T::Inbox => "inbox",
            T::DealsByContact => "deals_by_contact",
            T::DealsByCampaign => "deals_by_campaign",
            T::CampaignMembers => "campaign_members",
            T::CampaignNames => "campaign_names",
            T::PersonsByCompany => "persons_by_company",
            T::Templates => "templates",
            T::TemplateNames => "template_names",
            T::Sends => "sends",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}
