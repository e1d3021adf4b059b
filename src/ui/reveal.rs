//! Where to scroll so that a claim's highlights show in full: the pure
//! geometry behind bringing a selection into view.
//!
//! The text is read through a band that nothing covers: below the title bar
//! (which stays on top of the text on narrow screens) and above the sheet
//! (which covers the bottom of the text when a card shows in it).

/// A vertical stretch in viewport pixels, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stretch {
    pub top: f64,
    pub bottom: f64,
}

/// Room kept between the highlights and the edges of the band.
pub const MARGIN: f64 = 16.0;

/// How far to scroll (positive: down) so that `claim` shows inside `band`:
/// nothing when it already does; centred in the band when it fits; its top
/// at the top of the band when it does not.
pub fn scroll_by(claim: Stretch, band: Stretch) -> Option<f64> {
    let top = band.top + MARGIN;
    let bottom = band.bottom - MARGIN;
    if claim.top >= top && claim.bottom <= bottom {
        return None;
    }
    let room = bottom - top;
    let height = claim.bottom - claim.top;
    let target = if height >= room {
        top
    } else {
        top + (room - height) / 2.0
    };
    let delta = claim.top - target;
    (delta.abs() >= 1.0).then_some(delta)
}

/// Whether a scroll of `delta` pixels through a view `view` pixels tall is
/// far enough to jump rather than glide, when the report is long enough to
/// be drawn in windows: more than two views.
pub fn jumps(delta: f64, view: f64) -> bool {
    delta.abs() > 2.0 * view.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(top: f64, bottom: f64) -> Stretch {
        Stretch { top, bottom }
    }

    #[test]
    fn far_scrolls_jump_and_near_ones_glide() {
        assert!(!jumps(-800.0, 800.0));
        assert!(!jumps(1600.0, 800.0));
        assert!(jumps(1601.0, 800.0));
        assert!(jumps(-50_000.0, 800.0));
        assert!(jumps(5.0, 0.0), "no view at all: nothing to glide through");
    }

    #[test]
    fn a_claim_already_in_the_band_stays_put() {
        assert_eq!(scroll_by(s(200.0, 300.0), s(82.0, 844.0)), None);
    }

    #[test]
    fn a_claim_under_the_title_bar_comes_down_to_the_middle() {
        // Band 98..828 (730 tall); a 100 px claim goes to 413..513.
        assert_eq!(
            scroll_by(s(40.0, 140.0), s(82.0, 844.0)),
            Some(40.0 - 413.0)
        );
    }

    #[test]
    fn a_claim_below_the_sheet_comes_up_above_it() {
        let d = scroll_by(s(500.0, 600.0), s(82.0, 400.0)).unwrap();
        assert!(500.0 - d >= 82.0 + MARGIN && 600.0 - d <= 400.0 - MARGIN);
    }

    #[test]
    fn a_claim_taller_than_the_band_starts_at_its_top() {
        assert_eq!(
            scroll_by(s(900.0, 1900.0), s(82.0, 844.0)),
            Some(900.0 - 98.0)
        );
    }
}
