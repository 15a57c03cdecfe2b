//! The deal list: `lejek deal list`, and what `lejek` alone (or `lejek demo`) prints in a
//! pipe. Shared by those handlers, which do not call each other (issue 16).

use super::args::ListArgs;
use super::context::Context;
use crate::model::FieldOn;
use crate::render::Format;
use crate::render::columns::deal_columns;
use crate::service::Result;
use crate::service::query::FilterOf;

/// The deals `a` selects, printed as `a.format` says.
pub fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let cols = super::field_columns::with_fields(ctx, FieldOn::Deal, deal_columns(), &a.columns)?;
    super::list_stream::run(
        ctx,
        a,
        FilterOf::Deal,
        &cols,
        |q| ctx.svc.page_deals(q),
        Some(&mut |ids| ctx.svc.deal_views_of(ids)),
    )
}

/// `lejek` with no command in a pipe: the deal list with its default filter, as a table.
pub fn list_default(ctx: &Context) -> Result<i32> {
    list(
        ctx,
        ListArgs {
            filter: String::new(),
            sort: None,
            limit: None,
            offset: 0,
            count: false,
            format: Format::Table,
            columns: Vec::new(),
        },
    )
}
