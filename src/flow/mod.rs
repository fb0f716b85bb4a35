//! Flows as data: the file format, the loader/validator with its diagnostics, the compiled
//! graph and the pure engine. Nothing here performs I/O.
pub(crate) mod definition;
pub mod diagnostic;
pub mod engine;
pub(crate) mod loader;
pub(crate) mod model;
pub(crate) mod words;

pub use diagnostic::{Diagnostic, LineCol, Severity};
pub use engine::{menu_tag, step, step_in, Effect, Event, Input, MediaKind, OpenCase, Situation, State, Text};
pub use loader::{load, Catalog, Loaded, Source};
pub use model::{Flows, Node, NodeId, Priority};
