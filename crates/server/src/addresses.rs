//! Finding addresses by postcode. The form engine asks an `AddressLookup`; a council plugs in its
//! own (its gazetteer, or a national service) by implementing the trait. Typing the address in
//! always works, so a lookup that fails or finds nothing never stops anyone.

use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use frontdoor_domain::postcode::Postcode;
use frontdoor_domain::questions::address::Address;

#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("address lookup is not set up")]
    NotSetUp,
    #[error("address lookup failed: {0}")]
    Failed(String),
}

pub type Found<'a> = Pin<Box<dyn Future<Output = Result<Vec<Address>, LookupError>> + Send + 'a>>;

pub trait AddressLookup: Send + Sync {
    /// The addresses with this postcode, in the order to show them.
    fn find<'a>(&'a self, postcode: &'a Postcode) -> Found<'a>;
}

/// Addresses read once from a CSV file with the columns `line_1,line_2,town,postcode`: an export
/// of the council's local gazetteer.
pub struct AddressFile {
    by_postcode: HashMap<String, Vec<Address>>,
}

impl AddressFile {
    pub fn load(path: &Path) -> Result<AddressFile, String> {
        let mut reader =
            csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut by_postcode: HashMap<String, Vec<Address>> = HashMap::new();
        for (n, row) in reader.records().enumerate() {
            let row = row.map_err(|e| format!("{}: {e}", path.display()))?;
            let field = |i: usize| row.get(i).unwrap_or("").trim().to_string();
            let postcode = Postcode::parse(&field(3)).ok_or_else(|| {
                format!(
                    "{} row {}: \"{}\" is not a postcode",
                    path.display(),
                    n + 2,
                    field(3)
                )
            })?;
            by_postcode
                .entry(postcode.as_str().to_string())
                .or_default()
                .push(Address {
                    line_1: field(0),
                    line_2: field(1),
                    town: field(2),
                    postcode: postcode.as_str().to_string(),
                });
        }
        Ok(AddressFile { by_postcode })
    }
}

impl AddressLookup for AddressFile {
    fn find<'a>(&'a self, postcode: &'a Postcode) -> Found<'a> {
        let found = self
            .by_postcode
            .get(postcode.as_str())
            .cloned()
            .unwrap_or_default();
        Box::pin(async move { Ok(found) })
    }
}

/// No lookup: every address is typed in.
pub struct NoLookup;

impl AddressLookup for NoLookup {
    fn find<'a>(&'a self, _postcode: &'a Postcode) -> Found<'a> {
        Box::pin(async { Err(LookupError::NotSetUp) })
    }
}
