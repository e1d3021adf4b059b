//! Which items of a long list to render: the pure geometry behind drawing
//! only the paragraphs and cards near the viewport.
//!
//! A list longer than [`THRESHOLD`] renders the items around the view (and
//! around a pinned item, such as the selected claim's), with spacers in
//! place of the others. A spacer's height is the sum of the heights of the
//! items it stands for: measured for items that have been on screen,
//! estimated from their size (characters, rows) for the others, with an
//! estimate fitted to the measurements so far. So the scrollbar and every
//! jump stay honest, and the cost of a render does not grow with the list.

use std::ops::Range;

/// Lists with at most this many items render whole.
pub const THRESHOLD: usize = 300;

/// Windows start and end on multiples of this many items, so that scrolling
/// changes what is rendered only now and then.
pub const CHUNK: usize = 4;

/// Whether a list of `len` items renders only a window of itself.
pub fn windowed(len: usize) -> bool {
    len > THRESHOLD
}

/// Whether a list that moved `moved` pixels since the last frame, through
/// a view `view` pixels tall, is flying past too fast to be worth
/// rendering: more than a view per frame.
pub fn flying(moved: f64, view: f64) -> bool {
    moved > view.max(1.0)
}

/// A guess at an item's height from its weight (say, its characters):
/// `base + per_unit * weight`, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub base: f64,
    pub per_unit: f64,
}

impl Estimate {
    pub fn of(&self, weight: f64) -> f64 {
        (self.base + self.per_unit * weight).max(1.0)
    }
}

/// Sums over the measured items, for a least-squares line through them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Fit {
    n: f64,
    x: f64,
    y: f64,
    xx: f64,
    xy: f64,
}

impl Fit {
    fn add(&mut self, x: f64, y: f64, sign: f64) {
        self.n += sign;
        self.x += sign * x;
        self.y += sign * y;
        self.xx += sign * x * x;
        self.xy += sign * x * y;
    }

    /// The line through the measurements; `fallback` until there are enough
    /// of them, and its base when they all have about the same weight.
    fn estimate(&self, fallback: Estimate) -> Estimate {
        if self.n < 1.0 {
            return fallback;
        }
        let (mx, my) = (self.x / self.n, self.y / self.n);
        let var = self.xx / self.n - mx * mx;
        // Weights that vary by more than a unit tell a slope.
        if self.n >= 3.0 && var > 1.0 {
            let per_unit = (self.xy / self.n - mx * my) / var;
            let base = my - per_unit * mx;
            if per_unit >= 0.0 && base >= 0.0 {
                return Estimate { base, per_unit };
            }
        }
        // Keep the fallback's slope and move its base to the mean.
        let base = (self.y - fallback.per_unit * self.x) / self.n;
        Estimate {
            base: base.max(0.0),
            per_unit: fallback.per_unit,
        }
    }
}

/// The heights of a list's items: measured where known, else estimated.
#[derive(Clone, Debug, PartialEq)]
pub struct Heights {
    weights: Vec<f64>,
    measured: Vec<Option<f64>>,
    fallback: Estimate,
    fit: Fit,
    estimate: Estimate,
}

impl Heights {
    /// Items of the given weights, none measured yet.
    pub fn new(weights: Vec<f64>, fallback: Estimate) -> Heights {
        let n = weights.len();
        Heights {
            weights,
            measured: vec![None; n],
            fallback,
            fit: Fit::default(),
            estimate: fallback,
        }
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Item `i`'s height: measured, or estimated from its weight.
    pub fn height(&self, i: usize) -> f64 {
        match self.measured.get(i) {
            Some(Some(h)) => *h,
            Some(None) => self.estimate.of(self.weights[i]),
            None => 0.0,
        }
    }

    /// Records item `i`'s measured height; says whether anything changed
    /// by half a pixel or more.
    pub fn measure(&mut self, i: usize, h: f64) -> bool {
        if i >= self.len() || !h.is_finite() || h < 0.0 {
            return false;
        }
        let before = self.height(i);
        let w = self.weights[i];
        if let Some(old) = self.measured[i] {
            if (old - h).abs() < 0.5 {
                return false;
            }
            self.fit.add(w, old, -1.0);
        }
        self.measured[i] = Some(h);
        self.fit.add(w, h, 1.0);
        let estimate = self.fit.estimate(self.fallback);
        let refit = (estimate.base - self.estimate.base).abs() >= 0.5
            || (estimate.per_unit - self.estimate.per_unit).abs() * 100.0 >= 0.5;
        if refit {
            self.estimate = estimate;
        }
        refit || (before - h).abs() >= 0.5
    }

    /// Forgets every measurement (the items' width changed); the fitted
    /// estimate stays until new measurements replace it.
    pub fn forget(&mut self) {
        self.measured.iter_mut().for_each(|m| *m = None);
        self.fit = Fit::default();
    }

    /// How many items have been measured.
    pub fn measured(&self) -> usize {
        self.measured.iter().filter(|m| m.is_some()).count()
    }
}

/// Where each item of an order (all the items, or the ones that pass the
/// filters) starts, from the top of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Offsets {
    /// `tops[k]` is where the `k`-th item starts; the last entry is the
    /// list's height.
    tops: Vec<f64>,
}

impl Offsets {
    /// Stacks the items of `order` (indices into `heights`).
    pub fn new(heights: &Heights, order: impl IntoIterator<Item = usize>) -> Offsets {
        let mut tops = vec![0.0];
        let mut y = 0.0;
        for i in order {
            y += heights.height(i);
            tops.push(y);
        }
        Offsets { tops }
    }

    /// How many items are stacked.
    pub fn len(&self) -> usize {
        self.tops.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where the item at position `k` starts (the list's height past the end).
    pub fn top(&self, k: usize) -> f64 {
        self.tops[k.min(self.len())]
    }

    /// The list's height.
    pub fn total(&self) -> f64 {
        self.tops[self.len()]
    }

    /// The position of the item that covers `y` (the first or last item
    /// when `y` is above or below the list).
    pub fn at(&self, y: f64) -> usize {
        if self.is_empty() {
            return 0;
        }
        // The first item whose end is past y.
        let k = self.tops[1..].partition_point(|&end| end <= y);
        k.min(self.len() - 1)
    }

    /// The positions of the items that meet `top..bottom`, widened to
    /// multiples of [`CHUNK`].
    pub fn span(&self, top: f64, bottom: f64) -> Range<usize> {
        if self.is_empty() {
            return 0..0;
        }
        let first = self.at(top);
        // The last item that starts above the bottom.
        let last = self.tops[..self.len()]
            .partition_point(|&t| t < bottom)
            .saturating_sub(1)
            .max(first);
        let start = first / CHUNK * CHUNK;
        let end = ((last + 1).div_ceil(CHUNK) * CHUNK).min(self.len());
        start..end
    }
}

/// What to render: ascending, disjoint, non-empty runs of positions, and
/// the height of the spacer before each run and after the last.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub runs: Vec<Range<usize>>,
    /// `gaps[k]` goes before `runs[k]`; the last one closes the list.
    pub gaps: Vec<f64>,
}

impl Plan {
    /// Renders every position (a short list), with no spacers.
    pub fn whole(len: usize) -> Plan {
        Plan {
            runs: std::iter::once(0..len).filter(|r| !r.is_empty()).collect(),
            gaps: vec![0.0; if len == 0 { 1 } else { 2 }],
        }
    }

    /// Whether position `k` is rendered.
    pub fn contains(&self, k: usize) -> bool {
        self.runs.iter().any(|r| r.contains(&k))
    }

    /// How many positions are rendered.
    pub fn rendered(&self) -> usize {
        self.runs.iter().map(|r| r.len()).sum()
    }

    /// The rendered positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.runs.iter().flat_map(|r| r.clone())
    }
}

/// The runs to render for a view of `view` (pixels from the list's top)
/// with `overscan` pixels more on each side, and for each pinned position
/// the items within half a view of it. Runs that touch are merged.
pub fn plan(offsets: &Offsets, view: Range<f64>, overscan: f64, pins: &[usize]) -> Plan {
    let len = offsets.len();
    if len == 0 {
        return Plan::whole(0);
    }
    let mut runs: Vec<Range<usize>> = Vec::new();
    runs.push(offsets.span(view.start - overscan, view.end + overscan));
    let half = ((view.end - view.start) / 2.0).max(0.0);
    for &p in pins.iter().filter(|&&p| p < len) {
        let (top, bottom) = (offsets.top(p), offsets.top(p + 1));
        let mut r = offsets.span(top - half, bottom + half);
        r.start = r.start.min(p);
        r.end = r.end.max(p + 1);
        runs.push(r);
    }
    runs.retain(|r| !r.is_empty());
    runs.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(runs.len());
    for r in runs {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let gaps = gaps(offsets, &merged);
    Plan { runs: merged, gaps }
}

/// The spacers around `runs` (ascending, disjoint): before each run, and
/// after the last.
pub fn gaps(offsets: &Offsets, runs: &[Range<usize>]) -> Vec<f64> {
    let mut gaps = Vec::with_capacity(runs.len() + 1);
    let mut end = 0;
    for r in runs {
        gaps.push(offsets.top(r.start) - offsets.top(end));
        end = r.end;
    }
    gaps.push(offsets.total() - offsets.top(end));
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUESS: Estimate = Estimate {
        base: 20.0,
        per_unit: 0.5,
    };

    fn uniform(n: usize, weight: f64) -> Heights {
        Heights::new(vec![weight; n], GUESS)
    }

    #[test]
    fn short_lists_render_whole() {
        assert!(!windowed(THRESHOLD));
        assert!(windowed(THRESHOLD + 1));
        let p = Plan::whole(3);
        assert_eq!(p.runs.len(), 1);
        assert_eq!(p.runs[0], 0..3);
        assert_eq!(p.gaps, [0.0, 0.0]);
        assert_eq!(Plan::whole(0).runs, Vec::<Range<usize>>::new());
    }

    #[test]
    fn a_view_per_frame_is_too_fast_to_render() {
        assert!(!flying(0.0, 800.0));
        assert!(!flying(120.0, 800.0), "a wheel notch");
        assert!(!flying(800.0, 800.0));
        assert!(flying(3300.0, 800.0), "a fling");
    }

    #[test]
    fn unmeasured_items_are_estimated_from_their_weight() {
        let h = Heights::new(vec![0.0, 100.0], GUESS);
        assert_eq!(h.height(0), 20.0);
        assert_eq!(h.height(1), 70.0);
        assert_eq!(h.height(7), 0.0, "past the end");
    }

    #[test]
    fn measurements_replace_estimates_and_refit_the_rest() {
        // Items really are 30 px plus 1 px per unit.
        let mut h = Heights::new((0..50).map(|i| f64::from(i) * 10.0).collect(), GUESS);
        for i in [1, 5, 9] {
            let w = i as f64 * 10.0;
            assert!(h.measure(i, 30.0 + w));
        }
        // Three measurements fit the line: a fourth on it changes nothing.
        assert!(!h.measure(20, 230.0));
        assert_eq!(h.measured(), 4);
        assert_eq!(h.height(5), 80.0);
        // An item never measured now gets the fitted line.
        assert!((h.height(40) - 430.0).abs() < 1e-6, "{}", h.height(40));
        // The same height again changes nothing.
        assert!(!h.measure(5, 80.2));
    }

    #[test]
    fn items_of_one_weight_fit_their_mean_height() {
        let mut h = uniform(10, 40.0);
        h.measure(0, 90.0);
        h.measure(1, 110.0);
        assert!((h.height(5) - 100.0).abs() < 1e-6, "{}", h.height(5));
    }

    #[test]
    fn a_fit_that_goes_negative_keeps_the_guessed_slope() {
        let mut h = Heights::new(vec![0.0, 100.0, 200.0, 300.0], GUESS);
        // Taller for fewer characters: not a line to extrapolate.
        h.measure(0, 300.0);
        h.measure(1, 200.0);
        h.measure(2, 100.0);
        // The guessed 0.5 px per unit through the mean: 150 + 0.5 * 300.
        assert_eq!(h.height(3), 300.0);
    }

    #[test]
    fn forgetting_measurements_after_a_resize() {
        let mut h = uniform(4, 10.0);
        h.measure(0, 100.0);
        h.forget();
        assert_eq!(h.measured(), 0);
        assert!(h.measure(0, 50.0), "a new width measures again");
    }

    #[test]
    fn offsets_stack_the_items_of_an_order() {
        let mut h = uniform(5, 0.0); // 20 px each
        h.measure(2, 20.0);
        let all = Offsets::new(&h, 0..5);
        assert_eq!(all.total(), 100.0);
        assert_eq!(all.top(3), 60.0);
        assert_eq!(all.top(99), 100.0);
        let some = Offsets::new(&h, [1, 3]);
        assert_eq!((some.len(), some.total()), (2, 40.0));
    }

    #[test]
    fn the_item_at_a_height() {
        let o = Offsets::new(&uniform(5, 0.0), 0..5);
        assert_eq!(o.at(-50.0), 0);
        assert_eq!(o.at(0.0), 0);
        assert_eq!(o.at(19.9), 0);
        assert_eq!(o.at(20.0), 1);
        assert_eq!(o.at(99.0), 4);
        assert_eq!(o.at(1e9), 4);
        assert_eq!(Offsets::new(&uniform(0, 0.0), 0..0).at(5.0), 0);
    }

    #[test]
    fn a_view_renders_whole_chunks_around_it() {
        assert_eq!(CHUNK, 4, "the numbers below assume chunks of 4");
        // 1000 items of 20 px; a 400 px view at 10,030 px meets items 501..=521.
        let o = Offsets::new(&uniform(1000, 0.0), 0..1000);
        let p = plan(&o, 10_030.0..10_430.0, 0.0, &[]);
        assert_eq!(p.runs, vec![500..524]);
        assert_eq!(p.gaps, vec![500.0 * 20.0, (1000.0 - 524.0) * 20.0]);
        // The spacers and the rendered items add up to the whole list.
        let rendered: f64 = p.positions().map(|_| 20.0).sum();
        assert_eq!(p.gaps.iter().sum::<f64>() + rendered, o.total());
        // Overscan renders more on each side.
        let p = plan(&o, 10_030.0..10_430.0, 400.0, &[]);
        assert_eq!(p.runs, vec![480..544]);
        // Scrolling a few pixels keeps the same window.
        assert_eq!(
            plan(&o, 10_040.0..10_440.0, 400.0, &[]).runs,
            plan(&o, 10_030.0..10_430.0, 400.0, &[]).runs
        );
    }

    #[test]
    fn the_view_at_either_end_stays_inside_the_list() {
        let o = Offsets::new(&uniform(1000, 0.0), 0..1000);
        assert_eq!(plan(&o, -300.0..100.0, 400.0, &[]).runs, vec![0..28]);
        let p = plan(&o, 19_800.0..20_200.0, 400.0, &[]);
        assert_eq!(p.runs, vec![968..1000]);
        assert_eq!(*p.gaps.last().unwrap(), 0.0);
    }

    #[test]
    fn a_pinned_item_far_away_renders_with_its_neighbours() {
        let o = Offsets::new(&uniform(1000, 0.0), 0..1000);
        let p = plan(&o, 0.0..400.0, 0.0, &[900]);
        assert_eq!(p.runs, vec![0..20, 888..912]);
        assert!(p.contains(900) && !p.contains(500));
        // Spacers: none above, one between the runs, one below.
        assert_eq!(
            p.gaps,
            vec![0.0, (888.0 - 20.0) * 20.0, (1000.0 - 912.0) * 20.0]
        );
        assert!(p.rendered() < 60);
    }

    #[test]
    fn a_pin_inside_the_window_adds_nothing() {
        let o = Offsets::new(&uniform(1000, 0.0), 0..1000);
        assert_eq!(
            plan(&o, 0.0..400.0, 200.0, &[5]).runs,
            plan(&o, 0.0..400.0, 200.0, &[]).runs
        );
        // Pins past the end are ignored.
        assert_eq!(plan(&o, 0.0..400.0, 0.0, &[5000]).runs, vec![0..20]);
    }

    #[test]
    fn a_tall_pinned_item_renders_even_when_taller_than_the_view() {
        let mut h = uniform(1000, 0.0);
        h.measure(700, 5000.0);
        let o = Offsets::new(&h, 0..1000);
        let p = plan(&o, 0.0..400.0, 0.0, &[700]);
        assert!(p.contains(700));
        assert!(p.rendered() < 60);
    }

    #[test]
    fn the_cost_of_a_window_does_not_grow_with_the_list() {
        for n in [1_000usize, 10_000, 100_000] {
            let o = Offsets::new(&uniform(n, 80.0), 0..n);
            let mid = o.total() / 2.0;
            let p = plan(&o, mid..mid + 800.0, 800.0, &[n - 1]);
            assert!(p.rendered() <= 64, "{n} items: {} rendered", p.rendered());
        }
    }
}
