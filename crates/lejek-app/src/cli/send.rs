//! `lejek send email|sms|retry`: a template to a deal's contact, or to the contact of every
//! open deal of a campaign once (cron reminders), through the configured transport (D12).
//! The campaign run's claims are the core's (`service::send_claims`); here the arguments,
//! the message's making and sending (`comms`), progress and printing.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::context::Context;
use crate::comms::compose::{Composed, Composer, compose};
use crate::comms::retry::{open_failures, recompose};
use crate::comms::send::{Delivered, Origin, Sender};
use crate::comms::sms;
use crate::i18n::{tr, trf};
use crate::model::{EntityKind, EntityRef, Id, MessageKind, MessageTemplate, StoredFile};
use crate::render::table::{key_values, table};
use crate::render::{Format, json, safe};
use crate::service::send_claims::{self, CampaignSender};
use crate::service::views::DealView;
use crate::service::{Command, Outcome, Result, validate};

#[derive(Subcommand, Debug)]
pub enum SendCmd {
    /// Send an e-mail from a template to a deal's contact (or a campaign's).
    #[command(after_help = concat!(
        "  lejek send email --deal 1 --template offer --dry-run    # preview, send nothing\n",
        "  lejek send email --deal 1 --template offer --attach terms.pdf\n",
        "  lejek send email --campaign \"Christmas 2026\" --template offer   # once per open deal",
    ))]
    Email(SendArgs),
    /// Send an SMS from a template to a deal's contact (or a campaign's).
    #[command(after_help = concat!(
        "  lejek send sms --deal 1 --template reminder --dry-run   # preview with its length\n",
        "  lejek send sms --campaign \"Christmas 2026\" --template reminder",
    ))]
    Sms(SendArgs),
    /// Send a failed message of a deal again (the last one, or the history entry --event).
    #[command(after_help = concat!(
        "  lejek send retry --deal 1\n",
        "  lejek send retry --deal 1 --event 5120",
    ))]
    Retry {
        /// The deal's id.
        #[arg(long)]
        deal: u64,
        /// The failed send's history entry (`deal show --format json`: seq).
        #[arg(long)]
        event: Option<u64>,
    },
    /// Every message sent (or not) to a deal's contact, in full, oldest first.
    #[command(after_help = concat!(
        "  lejek send log --deal 1\n",
        "  lejek send log --deal 1 --failed --format json",
    ))]
    Log {
        /// The deal's id.
        #[arg(long)]
        deal: u64,
        /// Only the failed sends not sent since (what `send retry` would send).
        #[arg(long)]
        failed: bool,
        /// Output: table or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}

#[derive(Args, Debug)]
pub struct SendArgs {
    /// The deal whose contact gets the message.
    #[arg(
        long,
        conflicts_with = "campaign",
        required_unless_present = "campaign"
    )]
    pub deal: Option<u64>,
    /// Every open deal of this campaign (id or name), once per deal: a re-run sends only
    /// to deals not sent this template yet.
    #[arg(long)]
    pub campaign: Option<String>,
    /// The template's name.
    #[arg(long)]
    pub template: String,
    /// Send here instead of the contact's e-mail address or phone number.
    #[arg(long, conflicts_with = "campaign")]
    pub to: Option<String>,
    /// Attach this file too (e-mail only); repeat for more.
    #[arg(long = "attach", value_name = "FILE")]
    pub attach: Vec<PathBuf>,
    /// Show the message (and an SMS's length) without sending or writing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Output: table or json.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// Exit code of a campaign run in which some sends failed (the rest went out).
const EXIT_SOME_FAILED: i32 = 3;

pub fn run(ctx: &Context, cmd: SendCmd) -> Result<i32> {
    match cmd {
        SendCmd::Email(a) => send(ctx, MessageKind::Email, a),
        SendCmd::Sms(a) => send(ctx, MessageKind::Sms, a),
        SendCmd::Retry { deal, event } => retry(ctx, deal, event),
        SendCmd::Log {
            deal,
            failed,
            format,
        } => log(ctx, deal, failed, format),
    }
}

fn sender(ctx: &Context) -> Sender<'_> {
    Sender::new(&ctx.svc, ctx.lang)
}

fn send(ctx: &Context, kind: MessageKind, a: SendArgs) -> Result<i32> {
    if ctx.svc.user(&ctx.user)?.is_none() && !ctx.svc.is_remote() {
        return Err(super::bad("err.actor_unknown", &[&ctx.user]));
    }
    let t = ctx.svc.template(&a.template)?;
    if t.kind != kind {
        return Err(super::bad(
            "send.err.wrong_kind",
            &[&t.name, &t.kind.as_str(), &kind.as_str()],
        ));
    }
    if kind == MessageKind::Sms && !a.attach.is_empty() {
        return Err(super::bad("err.sms_attachment", &[]));
    }
    if let Some(to) = &a.to {
        match kind {
            MessageKind::Email => validate::email(Some(to))?,
            MessageKind::Sms => validate::phone(Some(to))?,
        };
    }
    for p in &a.attach {
        if !p.is_file() {
            return Err(super::bad("err.no_file", &[&p.display()]));
        }
    }
    match (a.deal, &a.campaign) {
        (Some(deal), _) => one(ctx, &t, deal, &a),
        (None, Some(c)) => campaign(ctx, &t, c, &a),
        (None, None) => Err(super::bad("send.err.no_target", &[])),
    }
}

fn one(ctx: &Context, t: &MessageTemplate, deal: Id, a: &SendArgs) -> Result<i32> {
    let mut m = compose(&ctx.svc, deal, t, a.to.as_deref(), ctx.lang)?;
    if a.dry_run {
        if m.to.is_empty() {
            return Err(no_address(ctx, &m)?);
        }
        preview(ctx, &m, &a.attach, a.format);
        return Ok(0);
    }
    m.attachments
        .extend(super::files::store_all(ctx, &a.attach)?);
    let out = sender(ctx).deliver(&m, Origin::default())?;
    report_one(ctx, &m, out, a.format)
}

/// The error for a deal whose contact has no address, naming the contact.
fn no_address(ctx: &Context, m: &Composed) -> Result<crate::service::Error> {
    let contact = ctx.svc.contact(ctx.svc.deal(m.deal_id)?.contact_id)?;
    let key = match m.kind {
        MessageKind::Email => "send.err.contact_no_email",
        MessageKind::Sms => "send.err.contact_no_phone",
    };
    Ok(super::bad(key, &[&contact.name]))
}

fn report_one(ctx: &Context, m: &Composed, out: Delivered, format: Format) -> Result<i32> {
    match out {
        Delivered::Sent(d) => {
            if format == Format::Json {
                let segments =
                    (m.kind == MessageKind::Sms).then(|| sms::segments(&m.body).segments);
                let v = serde_json::json!({
                    "deal": m.deal_id, "to": m.to, "status": "sent",
                    "transport": d.transport, "detail": d.detail, "sms_segments": segments,
                });
                println!("{}", json(&v));
            } else {
                let mut line = trf(
                    ctx.lang,
                    "send.sent",
                    &[
                        &crate::comms::kind_label(m.kind, ctx.lang),
                        &m.to,
                        &d.transport,
                        &d.detail,
                    ],
                );
                // What the network bills for an SMS.
                if m.kind == MessageKind::Sms {
                    line = format!(
                        "{line} · {}",
                        crate::comms::segments_text(&sms::segments(&m.body), ctx.lang)
                    );
                }
                println!("{}", safe(&line));
            }
            Ok(0)
        }
        Delivered::Failed { why, bad_input } => {
            let e = crate::service::Error::Invalid(why);
            if bad_input {
                // No address: the contact's fault, not the transport's (exit 2).
                if m.to.is_empty() {
                    return Err(no_address(ctx, m)?);
                }
                return Err(e);
            }
            eprintln!("lejek: {}", e.message(ctx.lang));
            Ok(1)
        }
    }
}

/// What would be sent: recipient, subject, attachments, length, then the text.
fn preview(ctx: &Context, m: &Composed, extra: &[PathBuf], format: Format) {
    let l = ctx.lang;
    let mut files: Vec<String> = m.attachments.iter().map(|f| f.name.clone()).collect();
    files.extend(
        extra
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())),
    );
    let segments = (m.kind == MessageKind::Sms).then(|| sms::segments(&m.body));
    if format == Format::Json {
        let v = serde_json::json!({
            "deal": m.deal_id,
            "kind": m.kind.as_str(),
            "template": m.template,
            "to": m.to,
            "subject": m.subject,
            "body": m.body,
            "attachments": files,
            "sms_segments": segments.map(|s| s.segments),
        });
        println!("{}", json(&v));
        return;
    }
    let mut rows = vec![(tr(l, "col.to").to_owned(), m.to.clone())];
    if let Some(s) = &m.subject {
        rows.push((tr(l, "col.subject").to_owned(), s.clone()));
    }
    if !files.is_empty() {
        rows.push((tr(l, "col.files").to_owned(), files.join("\n")));
    }
    if let Some(s) = segments {
        rows.push((
            tr(l, "col.length").to_owned(),
            crate::comms::segments_text(&s, l),
        ));
    }
    println!("{}", key_values(&rows));
    println!("\n{}", safe(&m.body));
}

/// One row of a campaign run.
struct Row {
    deal: Id,
    contact: String,
    to: String,
    status: &'static str,
    detail: String,
}

fn campaign(ctx: &Context, t: &MessageTemplate, c: &str, a: &SendArgs) -> Result<i32> {
    let campaign = ctx.svc.find_campaign(c)?;
    let deals = send_claims::open_deals(ctx.svc.deals_of_campaign(campaign.id)?);
    let extra = if a.dry_run {
        Vec::new()
    } else {
        super::files::store_all(ctx, &a.attach)?
    };
    let mut rows = Vec::new();
    let bar = super::progress::Progress::bar(
        ctx.lang,
        trf(ctx.lang, "send.progress", &[&campaign.name]),
        deals.len() as u64,
    );
    let mut run = CampaignRun {
        ctx,
        template: t,
        composer: Composer::new(&ctx.svc, ctx.lang),
        sender: sender(ctx),
        extra,
        campaign_id: campaign.id,
    };
    let failed = send_claims::run(&mut run, t.id, &deals, a.dry_run, &mut |d| {
        bar.inc(1);
        rows.push(Row {
            deal: d.deal.id,
            contact: d.deal.contact.clone(),
            to: d.message.to.clone(),
            status: d.status.as_str(),
            detail: d.detail,
        });
    })?;
    drop(bar);
    print_rows(ctx, &rows, a.format, a.dry_run);
    Ok(if failed > 0 { EXIT_SOME_FAILED } else { 0 })
}

/// The CLI's steps of a campaign run (`service::send_claims` has the run itself).
struct CampaignRun<'a> {
    ctx: &'a Context,
    template: &'a MessageTemplate,
    composer: Composer<'a>,
    sender: Sender<'a>,
    /// `--attach`: files every message carries besides the template's.
    extra: Vec<StoredFile>,
    campaign_id: Id,
}

impl CampaignSender for CampaignRun<'_> {
    type Message = Composed;

    fn compose(&mut self, deal: &DealView) -> Result<Composed> {
        let mut m = self.composer.compose(&deal.deal, self.template, None)?;
        m.attachments.extend(self.extra.iter().cloned());
        Ok(m)
    }

    fn claimed(&self, template_id: Id, deal_id: Id) -> Result<bool> {
        Ok(self.ctx.svc.send_claim(template_id, deal_id)?.is_some())
    }

    fn apply(&self, cmd: Command) -> Result<Outcome> {
        self.ctx.apply(cmd)
    }

    fn deliver(&mut self, m: &Composed) -> Result<std::result::Result<String, String>> {
        let origin = Origin {
            campaign_id: Some(self.campaign_id),
            claimed: true,
            retry_of: None,
        };
        Ok(match self.sender.deliver(m, origin)? {
            Delivered::Sent(d) => Ok(d.detail),
            Delivered::Failed { why, .. } => Err(why.render(self.ctx.lang)),
        })
    }
}

fn print_rows(ctx: &Context, rows: &[Row], format: Format, dry_run: bool) {
    let l = ctx.lang;
    if format == Format::Json {
        let v: Vec<_> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "deal": r.deal, "contact": r.contact, "to": r.to,
                    "status": r.status, "detail": r.detail,
                })
            })
            .collect();
        println!("{}", json(&v));
        return;
    }
    let headers = [
        "col.deal",
        "col.contact",
        "col.to",
        "col.status",
        "col.detail",
    ]
    .map(|k| tr(l, k).to_owned());
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.deal.to_string(),
                r.contact.clone(),
                r.to.clone(),
                tr(l, status_key(r.status)).to_owned(),
                r.detail.clone(),
            ]
        })
        .collect();
    println!("{}", table(&headers, &body));
    let count = |s: &str| rows.iter().filter(|r| r.status == s).count();
    let summary = if dry_run {
        trf(
            l,
            "send.summary_dry",
            &[&count("would_send"), &count("skipped")],
        )
    } else {
        trf(
            l,
            "send.summary",
            &[&count("sent"), &count("skipped"), &count("failed")],
        )
    };
    super::progress::summary(summary);
}

fn status_key(status: &str) -> &'static str {
    match status {
        "sent" => "send.status.sent",
        "failed" => "send.status.failed",
        "skipped" => "send.status.skipped",
        _ => "send.status.would_send",
    }
}

fn retry(ctx: &Context, deal: Id, event: Option<u64>) -> Result<i32> {
    let on = EntityRef {
        kind: EntityKind::Deal,
        id: deal,
    };
    ctx.svc.deal(deal)?;
    let history = ctx.svc.history(on)?;
    let open = open_failures(&history);
    let found = match event {
        Some(seq) => open.iter().find(|(s, _)| *s == seq),
        None => open.last(),
    };
    let Some((seq, failed)) = found else {
        return Err(match event {
            Some(seq) => super::bad("send.err.no_such_failure", &[&seq, &deal]),
            None => super::bad("send.err.nothing_to_retry", &[&deal]),
        });
    };
    let m = recompose(&ctx.svc, deal, failed)?;
    let origin = Origin {
        campaign_id: failed.campaign_id,
        claimed: failed.campaign_id.is_some(),
        retry_of: Some(*seq),
    };
    let out = sender(ctx).deliver(&m, origin)?;
    report_one(ctx, &m, out, Format::Table)
}

/// `send log`: the deal's messages as they went (or did not), each in full.
fn log(ctx: &Context, deal: Id, failed_only: bool, format: Format) -> Result<i32> {
    ctx.svc.deal(deal)?;
    let history = ctx.svc.history(EntityRef {
        kind: EntityKind::Deal,
        id: deal,
    })?;
    let open: Vec<u64> = open_failures(&history).iter().map(|(s, _)| *s).collect();
    let entries: Vec<_> = history
        .iter()
        .filter_map(|e| match &e.change {
            crate::model::Change::MessageSent(m) => Some((e, m.as_ref())),
            _ => None,
        })
        .filter(|(e, _)| !failed_only || open.contains(&e.seq))
        .collect();
    if format == Format::Json {
        let v: Vec<_> = entries
            .iter()
            .map(|(e, m)| {
                serde_json::json!({
                    "seq": e.seq, "at": e.at.to_rfc3339(), "actor": e.actor, "message": m,
                })
            })
            .collect();
        println!("{}", json(&v));
        return Ok(0);
    }
    let l = ctx.lang;
    for (i, (e, m)) in entries.iter().enumerate() {
        if i > 0 {
            println!();
        }
        let outcome = match &m.result {
            crate::model::SendResult::Sent { detail } => {
                trf(l, "send.log.sent", &[&m.transport, detail])
            }
            crate::model::SendResult::Failed { error } => trf(l, "send.log.failed", &[error]),
        };
        let mut rows = vec![
            (
                tr(l, "col.when").to_owned(),
                format!(
                    "{} · {} · #{}",
                    crate::render::history::when(e, l),
                    e.actor,
                    e.seq
                ),
            ),
            (
                tr(l, "col.kind").to_owned(),
                crate::comms::kind_label(m.kind, ctx.lang).to_owned(),
            ),
            (tr(l, "col.to").to_owned(), m.to.clone()),
        ];
        if let Some(s) = &m.subject {
            rows.push((tr(l, "col.subject").to_owned(), s.clone()));
        }
        if !m.attachments.is_empty() {
            let names: Vec<&str> = m.attachments.iter().map(|f| f.name.as_str()).collect();
            rows.push((tr(l, "col.files").to_owned(), names.join("\n")));
        }
        rows.push((tr(l, "col.result").to_owned(), outcome));
        println!("{}", key_values(&rows));
        println!("{}", safe(&m.body));
    }
    Ok(0)
}
