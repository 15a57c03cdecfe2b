//! `lejek export`: records read through the backend, written as CSV or JSON.
