//! Types the reader's components share, in a leaf module: children import
//! from here, never from `ui/mod.rs` above them.

use crate::report::Report;
use std::ops::Deref;
use std::rc::Rc;

/// A report shared between components; equal when it is the same report.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Report>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Shared {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.0
    }
}
