//! The reports embedded in the build, parsed on first use.

/// One report that ships with the reader.
pub struct Seed {
    /// Stable key used in links (`#/r/<key>`).
    pub key: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// The embedded reports; the first one opens by default.
pub const SEEDS: &[Seed] = &[Seed {
    key: "hrw-kazakhstan-january-events",
    title: include_str!("../seeds/hrw-kazakhstan-january-events.title"),
    text: include_str!("../seeds/hrw-kazakhstan-january-events.txt"),
}];
