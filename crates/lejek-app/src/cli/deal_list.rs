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
    let query = ListQuery {
        filter: ctx.list_filter(FilterOf::Deal, &a.filter)?,
        sort: a.sort,
        me: ctx.user.clone(),
        // Counting builds no rows.
        limit: if a.count { Some(0) } else { a.limit },
        offset: a.offset,
    };
    if !a.count && super::list_stream::wanted(a.format, a.limit) {
        let views = |ids| ctx.svc.deal_views_of(ids);
        super::list_stream::print(
            ctx,
            FilterOf::Deal,
            &query,
            &deal_columns(),
            a.format,
            views,
        )?;
        return Ok(0);
    }
    let page = ctx.svc.page_deals(&query)?;
    if a.count {
        println!("{}", page.total);
        return Ok(0);
    }
    print_list(ctx, &deal_columns(), &page.rows, page.total, a.format);
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
            offset: 0,
            count: false,
            format: Format::Table,
        },
    )
}
