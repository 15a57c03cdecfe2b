//! Where popups go on the screen: a centred rectangle, and a cleared popup over nearly all
//! of the screen. Shared by every pane drawn over the views.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Clear;

/// A `width` x `height` rectangle in the middle of `area` (smaller when `area` is).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A cleared popup over nearly all of `area`: a cell of margin around it, at most
/// `max_width` wide. Returns where to draw it.
pub fn popup(frame: &mut Frame, area: Rect, max_width: u16) -> Rect {
    let r = centered(
        area,
        area.width.saturating_sub(2).min(max_width),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, r);
    r
}
