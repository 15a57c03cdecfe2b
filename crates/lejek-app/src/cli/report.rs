//! `lejek report NAME [filters] --format table|csv|json|chart` (R1-R9).

use chrono::NaiveDate;
use clap::Args;

use super::context::Context;
use crate::render::report::{ReportFormat, render};
use crate::report::{Params, period_day};
use crate::service::Result;

/// The report's arguments. Which filters apply depends on the report; one that does not
/// apply is refused (exit 2) rather than ignored.
#[derive(Args, Debug)]
pub struct ReportArgs {
    /// contact-sources, contact-end-reasons, deal-sources, deal-loss-reasons, deal-value,
    /// sales-activity, funnel, deal-stages or forecast (open deals by expected close date,
    /// with their value weighted by their stage's probability; a stage without a
    /// probability weighs 0 and is counted in the no_probability column; with --as-of the
    /// expected close date is the current one, as its history is not kept).
    pub name: String,
    /// First day of the period: 2026-01-01, 2026-Q1, 2026-03, 2026, -90d...
    /// (default: twelve calendar months to --to).
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Last day of the period, inclusive (default: --as-of, else today); a month, quarter
    /// or year means its last day.
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    /// The report as it stood at the end of this day (deal reports), rebuilt from history.
    #[arg(long = "as-of", allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// month, quarter or year (deal-value, sales-activity); month or quarter (forecast).
    #[arg(long)]
    pub interval: Option<String>,
    /// A salesperson's login, or me.
    #[arg(long)]
    pub owner: Option<String>,
    /// A contact id (deal reports).
    #[arg(long)]
    pub contact: Option<u64>,
    /// Deal source; repeat for any of several.
    #[arg(long = "source")]
    pub sources: Vec<String>,
    /// Tag; repeat to require several.
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Contact kind: company or person (contact reports).
    #[arg(long)]
    pub kind: Option<String>,
    /// Contact role; repeat to require several (contact reports).
    #[arg(long = "role")]
    pub roles: Vec<String>,
    /// Deals now (or --as-of) in this stage.
    #[arg(long)]
    pub stage: Option<String>,
    /// Deals now (or --as-of) in a stage of this kind: open, won or lost.
    #[arg(long = "stage-kind")]
    pub stage_kind: Option<String>,
    /// deal-value: a value column per owner, contact or tag; forecast: owner or stage, a row
    /// per owner or stage in each interval.
    #[arg(long)]
    pub by: Option<String>,
    /// Only records matching this filter expression (their current state).
    #[arg(long, allow_hyphen_values = true)]
    pub filter: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
}

pub fn run(ctx: &Context, a: ReportArgs) -> Result<i32> {
    let today = ctx.today();
    // A month, quarter or year starts the period on its first day and ends it on its last.
    let day = |s: &Option<String>, last: bool| -> Result<Option<NaiveDate>> {
        s.as_deref().map(|s| period_day(s, today, last)).transpose()
    };
    let params = Params {
        from: day(&a.from, false)?,
        to: day(&a.to, true)?,
        as_of: day(&a.as_of, true)?,
        interval: a.interval,
        owner: a.owner,
        contact: a.contact,
        sources: a.sources,
        tags: a.tags,
        kind: a.kind,
        roles: a.roles,
        stage: a.stage,
        stage_kind: a.stage_kind,
        by: a.by,
        filter: a.filter,
        me: ctx.user.clone(),
    };
    let report = ctx.svc.report(&a.name, &params)?;
    print!("{}", render(&report, a.format, ctx.lang));
    Ok(0)
}
