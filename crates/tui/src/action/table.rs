//! The one declaration of every TUI action: under its help heading (which fixes its keymap
//! mode), each row is `Variant "name" [keys in keymaps/default.toml] [keys in keymaps/arrows.toml]`.
//!
//! The name is what users write in their `keymap.toml` (never rename one); the help text is
//! the catalogue key `action.<name>` (both languages); keys are listed in the order the help
//! window shows them, the first being the one hint lines show. Rows come in the order of the
//! keymap files. After a change here run `LEJEK_WRITE_DOCS=1 cargo test -p lejek --lib
//! tui::action` to rewrite `keymaps/*.toml` and `keymaps/README.md`; a test fails until then.

use super::{Declared, Section};

actions! {
    General {
        Quit "quit" ["q", "ctrl-c"] ["f10", "q", "ctrl-q"],
        Help "help" ["?", "f1"] ["f1", "?"],
        Back "back" ["esc"] ["esc", "backspace"],
        Open "open" ["enter"] ["enter"],
        CommandLine "command_line" [":"] [":", "f9"],
        Refresh "refresh" ["r", "ctrl-l"] ["f5", "r"],
    }
    Movement {
        Up "up" ["k", "up"] ["up"],
        Down "down" ["j", "down"] ["down"],
        PageUp "page_up" ["pgup", "ctrl-u", "ctrl-b"] ["pgup"],
        PageDown "page_down" ["pgdown", "ctrl-d", "ctrl-f"] ["pgdown"],
        Top "top" ["g", "home"] ["home", "ctrl-home"],
        Bottom "bottom" ["G", "end"] ["end", "ctrl-end"],
        NextTab "next_tab" ["]", "l", "right"] ["right", "]"],
        PrevTab "prev_tab" ["[", "h", "left"] ["left", "["],
    }
    Views {
        NextView "next_view" ["tab"] ["tab", "ctrl-pgdown"],
        PrevView "prev_view" ["backtab"] ["backtab", "ctrl-pgup"],
        ViewDeals "view_deals" ["1"] ["1"],
        ViewContacts "view_contacts" ["2"] ["2"],
        ViewCampaigns "view_campaigns" ["3"] ["3"],
        ViewTasks "view_tasks" ["4"] ["4"],
        ViewReports "view_reports" ["5"] ["5"],
        ViewInbox "view_inbox" ["6"] ["6"],
        JumpBack "jump_back" ["ctrl-o", "backspace", "alt-left"] ["alt-left", "ctrl-o"],
        JumpForward "jump_forward" ["ctrl-n", "alt-right"] ["alt-right", "ctrl-n"],
        Board "board" ["B"] ["f7", "B"],
        Agenda "agenda" ["P"] ["f11", "P"],
        Dictionaries "dictionaries" ["L"] ["f12", "L"],
    }
    Lists {
        Filter "filter" ["/"] ["f3", "/", "ctrl-f"],
        MyDeals "my_deals" ["m"] ["m"],
        SortNext "sort_next" ["s"] ["f6", "s"],
        SortReverse "sort_reverse" ["S"] ["shift-f6", "S"],
        Select "select" ["space"] ["space"],
        SelectAll "select_all" ["a"] ["ctrl-a", "+"],
        SelectNone "select_none" ["A"] ["-"],
        New "new" ["n"] ["f4", "insert", "n"],
        Edit "edit" ["e"] ["f2", "e"],
    }
    // Each opens a form or asks first.
    Records {
        ChangeStage "change_stage" ["c"] ["c"],
        SetNextActivity "set_next_activity" ["d"] ["d"],
        SetValue "set_value" ["v"] ["v"],
        AddNote "add_note" ["o"] ["o"],
        AddComment "add_comment" ["C"] ["C"],
        AttachFile "attach_file" ["f"] ["f"],
        Win "win" ["w"] ["w"],
        Lose "lose" ["x"] ["x"],
        StageNext "stage_next" [">"] [">"],
        StagePrev "stage_prev" ["<"] ["<"],
        AssignOwner "assign_owner" ["O"] ["O"],
        EditTags "edit_tags" ["t"] ["t"],
        TaskDone "task_done" ["D"] ["D"],
        EndContact "end_contact" ["E"] ["E"],
        NewDealForContact "new_deal_for_contact" ["N"] ["N"],
        BulkCampaign "bulk_campaign" ["b"] ["b"],
        MarkRead "mark_read" ["R"] ["R"],
        // Z for "złącz" (join): on a contact card's possible duplicate line (issue 20).
        MergeDuplicate "merge_duplicate" ["Z"] ["Z"],
    }
    // E-mail and SMS (D12): send a template from a deal (a preview first), send its last
    // failed message again, the templates screen, and removing the template under the cursor.
    Messages {
        SendMessage "send_message" ["M"] ["M"],
        RetrySend "retry_send" ["ctrl-r"] ["ctrl-r"],
        Templates "templates" ["T"] ["T"],
        Remove "remove" ["X", "delete"] ["f8", "delete", "X"],
    }
    Input {
        InputApply "input_apply" ["enter"] ["enter"],
        InputCancel "input_cancel" ["esc", "ctrl-c"] ["esc", "ctrl-c"],
    }
    Form {
        FormSubmit "form_submit" ["enter", "ctrl-s"] ["enter", "ctrl-s", "f2"],
        FormCancel "form_cancel" ["esc"] ["esc"],
        FormNextField "form_next_field" ["tab", "down"] ["tab", "down"],
        FormPrevField "form_prev_field" ["backtab", "up"] ["backtab", "up"],
        FormEditor "form_editor" ["ctrl-e"] ["ctrl-e", "f4"],
    }
    Help {
        HelpClose "help_close" ["esc", "q", "?", "enter", "f1"] ["esc", "f1", "f10", "q", "?", "enter"],
        HelpUp "help_up" ["k", "up"] ["up"],
        HelpDown "help_down" ["j", "down"] ["down"],
    }
    // y or t (tak) for yes.
    Confirm {
        ConfirmYes "confirm_yes" ["y", "Y", "t", "T"] ["y", "Y", "t", "T"],
        ConfirmNo "confirm_no" ["n", "N", "esc"] ["n", "N", "esc"],
    }
}
