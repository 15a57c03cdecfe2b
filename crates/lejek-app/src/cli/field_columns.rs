//! `--column FIELD` on `deal list` and `contact list` (issue 20 item 1): custom fields as
//! optional columns of the table and the CSV (JSON always carries every field).

use super::context::Context;
use crate::i18n::Lang;
use crate::model::FieldOn;
use crate::render::columns::{Column, WithFields, field_column};
use crate::service::{Result, invalid};

/// `cols` and, after them, a column for each custom field named, headed by its label in the
/// user's language; a name that is not an active field of `on` is bad input.
pub fn with_fields<V: WithFields + 'static>(
    ctx: &Context,
    on: FieldOn,
    mut cols: Vec<Column<V>>,
    names: &[String],
) -> Result<Vec<Column<V>>> {
    if names.is_empty() {
        return Ok(cols);
    }
    let defs = ctx.svc.field_defs()?;
    for name in names {
        let wanted = name.trim().to_lowercase();
        let def = defs
            .iter()
            .find(|d| d.on == on && !d.retired && d.name == wanted)
            .ok_or_else(|| invalid("fields.err.unknown", &[&on.as_str(), &name.trim()]))?;
        let label = match ctx.lang {
            Lang::Pl => def.label_pl.as_deref(),
            Lang::En => def.label_en.as_deref(),
        };
        cols.push(field_column(&def.name, label.unwrap_or(&def.name)));
    }
    Ok(cols)
}
