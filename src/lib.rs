//! claim-reader: finds who claims what in a report (`report`) and shows it (`ui`);
//! `import` turns files, pasted text, share links and the stored library into
//! texts and reports; `desk` keeps what a user found about each claim, and
//! `export` writes reports and findings in the formats other tools read.

pub mod desk;
pub mod export;
pub mod fault;
pub mod import;
pub mod report;
pub mod seeds;
pub mod ui;
