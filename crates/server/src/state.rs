use std::sync::Arc;

use crate::addresses::AddressLookup;
use crate::assets::Assets;
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::db::Db;
use crate::evidence::Evidence;

/// What every handler can reach. Nothing here changes after start-up: all visitor state is in
/// the database.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub catalogue: Arc<Catalogue>,
    pub assets: Arc<Assets>,
    pub addresses: Arc<dyn AddressLookup>,
    pub evidence: Arc<Evidence>,
    pub mailer: Arc<crate::mail::Mailer>,
    /// This server, among the others on the same database: random, new at each start.
    pub server_id: Arc<String>,
    /// Pages the same for everyone in a language, rendered once.
    pub shared_pages: Arc<crate::shared_pages::SharedPages>,
}
