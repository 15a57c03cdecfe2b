//! The jump list (issue 18 item 4): where the user was before following a link on a card,
//! to go back and forward again as in helix or a browser (`Ctrl-o`, `Ctrl-n`).

use super::detail_pane::Pin;
use super::view::View;

/// How many places each direction keeps; older ones are forgotten.
const KEPT: usize = 100;

/// A place on screen: the view, the record its card showed, and how the card was open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub view: View,
    /// The record under the cursor or on the card (None: an empty list).
    pub id: Option<u64>,
    /// The card stayed on a record the list did not show.
    pub pin: Option<Pin>,
    pub tab: usize,
    pub line: usize,
    pub zoomed: bool,
}

/// Places behind and ahead of the one on screen.
#[derive(Debug, Default)]
pub struct Jumps {
    back: Vec<Place>,
    forward: Vec<Place>,
}

impl Jumps {
    /// A link was followed from `from`: it goes behind, and nothing is ahead any more.
    pub fn left(&mut self, from: Place) {
        push(&mut self.back, from);
        self.forward.clear();
    }

    /// Going back from `here`: the place to show, if there is one (`here` goes ahead).
    pub fn back(&mut self, here: Place) -> Option<Place> {
        let to = self.back.pop()?;
        push(&mut self.forward, here);
        Some(to)
    }

    /// Going forward from `here`: the place to show, if there is one (`here` goes behind).
    pub fn forward(&mut self, here: Place) -> Option<Place> {
        let to = self.forward.pop()?;
        push(&mut self.back, here);
        Some(to)
    }
}

fn push(stack: &mut Vec<Place>, p: Place) {
    if stack.last() == Some(&p) {
        return;
    }
    if stack.len() == KEPT {
        stack.remove(0);
    }
    stack.push(p);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: u64) -> Place {
        Place {
            view: View::Deals,
            id: Some(id),
            pin: None,
            tab: 0,
            line: 0,
            zoomed: true,
        }
    }

    #[test]
    fn back_and_forward_walk_the_places_and_a_new_jump_forgets_what_was_ahead() {
        let mut j = Jumps::default();
        j.left(at(1));
        j.left(at(2));
        // On 3: back to 2, back to 1, forward to 2.
        assert_eq!(j.back(at(3)), Some(at(2)));
        assert_eq!(j.back(at(2)), Some(at(1)));
        assert_eq!(j.back(at(1)), None, "nothing behind the first place");
        assert_eq!(j.forward(at(1)), Some(at(2)));
        assert_eq!(j.forward(at(2)), Some(at(3)));
        assert_eq!(j.forward(at(3)), None);
        // From 3 back to 2, then a link from 2 to 4: 3 is no longer ahead.
        assert_eq!(j.back(at(3)), Some(at(2)));
        j.left(at(2));
        assert_eq!(j.forward(at(4)), None);
        assert_eq!(j.back(at(4)), Some(at(2)));
    }

    #[test]
    fn only_the_last_hundred_places_are_kept() {
        let mut j = Jumps::default();
        for id in 0..150 {
            j.left(at(id));
        }
        let mut n = 0;
        let mut here = at(1000);
        while let Some(p) = j.back(here) {
            here = p;
            n += 1;
        }
        assert_eq!(n, KEPT);
        assert_eq!(here, at(50), "the oldest kept is the 51st");
    }
}
