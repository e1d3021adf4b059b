//! claim-reader: finds who claims what in a report (`report`) and shows it (`ui`).

pub mod fault;
pub mod report;
pub mod seeds;
pub mod ui;
