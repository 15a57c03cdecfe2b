//! The deal list: `lejek deal list`, and what `lejek` alone (or `lejek demo`) prints in a
//! pipe. Shared by those handlers, which do not call each other (issue 16).

use super::args::ListArgs;
use super::context::Context;
use super::show::print_list;
use crate::render::Format;
use crate::render::columns::deal_columns;
use crate::service::Result;
use crate::service::query::{FilterOf, ListQuery};

/// The deals `a` selects, printed as `a.format` says.
pub fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let rows = ctx.svc.list_deals(&ListQuery {
        filter: ctx.list_filter(FilterOf::Deal, &a.filter)?,
        sort: a.sort,
        me: ctx.user.clone(),
        limit: a.limit,
        offset: 0,
    })?;
    print_list(ctx, &deal_columns(), &rows, a.format);
    Ok(0)
}

/// `lejek` with no command in a pipe: the deal list with its default filter, as a table.
pub fn list_default(ctx: &Context) -> Result<i32> {
    list(
        ctx,
        ListArgs {
            filter: String::new(),
            sort: None,
            limit: None,
            format: Format::Table,
        },
    )
}
