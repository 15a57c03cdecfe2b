//! Everything the user can ask the TUI to do, declared once in `table.rs`: each action's name
//! (what a keymap file writes), its section (and so its mode), its help text and its keys in
//! each preset. From that table come the `Action` enum, name lookup, the built-in keymaps
//! (`preset`), the help window's rows and the generated keymap docs (`docs`).

#[cfg(test)]
mod docs;
mod preset;
mod section;

pub use preset::{BASES, preset_toml};
pub use section::{Mode, Section};

/// One row of the action table: what `table.rs` says about an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Declared {
    /// The snake_case name a keymap file uses (`send_message`). A contract with users'
    /// `keymap.toml` files: never rename one.
    pub name: &'static str,
    /// The help window's heading it is listed under; it also fixes the mode.
    pub section: Section,
    /// The catalogue key of what it does: `action.<name>`.
    pub help_key: &'static str,
    /// Its keys in each preset, indexed like `BASES`, in the order the help shows them.
    pub keys: [&'static [&'static str]; BASES.len()],
}

/// Turns the table in `table.rs` into the enum and its lookups. A `macro_rules!` rather than
/// a list per use, so adding an action is one line and forgetting a part does not compile.
macro_rules! actions {
    ($(
        $section:ident {
            $( $variant:ident $name:literal $default:tt $arrows:tt, )*
        }
    )*) => {
        /// A user intention, independent of the key that asked for it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($( $variant, )*)*
        }

        /// Every action, in table order (which is declaration order).
        pub const ACTIONS: &[Action] = &[$($( Action::$variant, )*)*];

        impl Action {
            /// Its row of the table.
            pub fn declared(self) -> &'static Declared {
                match self {
                    $($(
                        Action::$variant => &Declared {
                            name: $name,
                            section: Section::$section,
                            help_key: concat!("action.", $name),
                            keys: [&$default, &$arrows],
                        },
                    )*)*
                }
            }

            /// The action a keymap file calls `name`, if any (exact spelling).
            pub fn from_name(name: &str) -> Option<Action> {
                match name {
                    $($( $name => Some(Action::$variant), )*)*
                    _ => None,
                }
            }
        }
    };
}

mod table;

pub use table::*;

impl Action {
    /// The snake_case name used in keymap files (`page_down`).
    pub fn name(self) -> &'static str {
        self.declared().name
    }

    /// The catalogue key of what it does, `action.<name>` (the help window's text).
    pub fn help_key(self) -> &'static str {
        self.declared().help_key
    }

    /// The help window's heading it is listed under.
    pub fn section(self) -> Section {
        self.declared().section
    }

    /// The keymap section it belongs in (it is allowed in no other).
    pub fn mode(self) -> Mode {
        self.section().mode()
    }
}

#[cfg(test)]
mod tests;
