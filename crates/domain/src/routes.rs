//! Every page's address, in one place: the server's router, the app's router and the ids a service
//! or page may not take all come from here. `Route::parse` reads a path, `Route::path` writes one.

/// The fixed parts of addresses.
pub mod segment {
    pub const TRACK: &str = "track";
    pub const REQUEST: &str = "request";
    pub const RETURN: &str = "return";
    pub const CHECK: &str = "check";
    pub const CHECK_ANSWERS: &str = "check-answers";
    pub const CONFIRMATION: &str = "confirmation";
    pub const SAVE: &str = "save";
    pub const FILES: &str = "files";
    pub const THUMBNAIL: &str = "thumbnail";
    /// The caseworkers' area.
    pub const STAFF: &str = "staff";
    pub const SIGN_IN: &str = "sign-in";
    pub const CODE: &str = "code";
    pub const SIGN_OUT: &str = "sign-out";
    pub const REQUESTS: &str = "requests";
    /// A resident's account.
    pub const ACCOUNT: &str = "account";
    pub const LINK: &str = "link";
    pub const EVERYWHERE: &str = "everywhere";
    pub const YOUR_DATA: &str = "your-data";
    pub const DOWNLOAD: &str = "download";
    pub const DELETE: &str = "delete";
    pub const DETAILS: &str = "details";
    pub const PROVIDER: &str = "provider";
    pub const CALLBACK: &str = "callback";
    /// Served by the server alone, outside the pages.
    pub const API: &str = "api";
    pub const ASSETS: &str = "assets";
    pub const STYLE: &str = "style";
}

use segment::*;

/// First parts of addresses that are not services.
pub const RESERVED_SERVICE_IDS: [&str; 8] =
    [TRACK, RETURN, FILES, STAFF, ACCOUNT, API, ASSETS, STYLE];
/// Parts after a service's address that are not its question pages.
pub const RESERVED_PAGE_IDS: [&str; 3] = [CHECK_ANSWERS, CONFIRMATION, SAVE];

/// A page residents can visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of services, with search.
    Home,
    /// Track a request: reference and email.
    Track,
    /// The request found by Track.
    TrackedRequest,
    /// Come back to a saved form: the access code.
    Return,
    /// Come back to a saved form: the check that it is yours.
    ReturnCheck,
    /// The secret return link.
    ReturnLink {
        token: String,
    },
    /// A service's start page.
    Start {
        service: String,
    },
    /// A page of questions (or an exit page).
    Question {
        service: String,
        page: String,
    },
    CheckAnswers {
        service: String,
    },
    Confirmation {
        service: String,
    },
    /// Save and come back later.
    Save {
        service: String,
    },
    /// A small picture of an uploaded photo.
    FileThumbnail {
        id: String,
    },
    /// A resident's account: their requests, forms in progress and messages.
    Account,
    /// Residents sign in with an email address...
    AccountSignIn,
    /// ...then the code emailed to it...
    AccountCode,
    /// ...or the link in the same email.
    AccountLink {
        token: String,
    },
    /// ...or the council's identity provider (OpenID Connect), which comes back to...
    AccountProvider,
    /// ...here.
    AccountProviderCallback,
    /// Sign out here.
    AccountSignOut,
    /// Sign out on every device.
    AccountSignOutEverywhere,
    /// Everything held about the resident, to read...
    AccountData,
    /// ...and to download (JSON).
    AccountDownload,
    /// Delete the account, after a confirmation.
    AccountDelete,
    /// Change one saved detail (a page of the "your details" form).
    AccountDetail {
        detail: String,
    },
    /// Caseworkers: sign in with an email address...
    StaffSignIn,
    /// ...then the code emailed to it.
    StaffCode,
    StaffSignOut,
    /// Caseworkers: the requests, filtered and sorted by the date promised.
    StaffRequests,
    /// Caseworkers: one request, to read and move on.
    StaffRequest {
        reference: String,
    },
    /// Caseworkers: a file sent with a request.
    StaffFile {
        reference: String,
        id: String,
    },
}

impl Route {
    /// The page at `path`, if there is one.
    pub fn parse(path: &str) -> Option<Route> {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let s = |v: &str| v.to_string();
        Some(match parts.as_slice() {
            [] => Route::Home,
            [TRACK] => Route::Track,
            [TRACK, REQUEST] => Route::TrackedRequest,
            [RETURN] => Route::Return,
            [RETURN, CHECK] => Route::ReturnCheck,
            [RETURN, token] => Route::ReturnLink { token: s(token) },
            [FILES, id, THUMBNAIL] => Route::FileThumbnail { id: s(id) },
            [ACCOUNT] => Route::Account,
            [ACCOUNT, SIGN_IN] => Route::AccountSignIn,
            [ACCOUNT, SIGN_IN, CODE] => Route::AccountCode,
            [ACCOUNT, SIGN_IN, LINK, token] => Route::AccountLink { token: s(token) },
            [ACCOUNT, SIGN_IN, PROVIDER] => Route::AccountProvider,
            [ACCOUNT, SIGN_IN, PROVIDER, CALLBACK] => Route::AccountProviderCallback,
            [ACCOUNT, SIGN_OUT] => Route::AccountSignOut,
            [ACCOUNT, SIGN_OUT, EVERYWHERE] => Route::AccountSignOutEverywhere,
            [ACCOUNT, YOUR_DATA] => Route::AccountData,
            [ACCOUNT, YOUR_DATA, DOWNLOAD] => Route::AccountDownload,
            [ACCOUNT, DELETE] => Route::AccountDelete,
            [ACCOUNT, DETAILS, detail] => Route::AccountDetail { detail: s(detail) },
            [STAFF] => Route::StaffRequests,
            [STAFF, SIGN_IN] => Route::StaffSignIn,
            [STAFF, SIGN_IN, CODE] => Route::StaffCode,
            [STAFF, SIGN_OUT] => Route::StaffSignOut,
            [STAFF, REQUESTS, reference] => Route::StaffRequest {
                reference: s(reference),
            },
            [STAFF, REQUESTS, reference, FILES, id] => Route::StaffFile {
                reference: s(reference),
                id: s(id),
            },
            [service, ..] if RESERVED_SERVICE_IDS.contains(service) => return None,
            [service] => Route::Start {
                service: s(service),
            },
            [service, CHECK_ANSWERS] => Route::CheckAnswers {
                service: s(service),
            },
            [service, CONFIRMATION] => Route::Confirmation {
                service: s(service),
            },
            [service, SAVE] => Route::Save {
                service: s(service),
            },
            [service, page] => Route::Question {
                service: s(service),
                page: s(page),
            },
            _ => return None,
        })
    }

    /// Its address. With parameters named `{service}`, `{page}`... this is also its pattern in
    /// the server's router.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Track => format!("/{TRACK}"),
            Route::TrackedRequest => format!("/{TRACK}/{REQUEST}"),
            Route::Return => format!("/{RETURN}"),
            Route::ReturnCheck => format!("/{RETURN}/{CHECK}"),
            Route::ReturnLink { token } => format!("/{RETURN}/{token}"),
            Route::Start { service } => format!("/{service}"),
            Route::Question { service, page } => format!("/{service}/{page}"),
            Route::CheckAnswers { service } => format!("/{service}/{CHECK_ANSWERS}"),
            Route::Confirmation { service } => format!("/{service}/{CONFIRMATION}"),
            Route::Save { service } => format!("/{service}/{SAVE}"),
            Route::FileThumbnail { id } => format!("/{FILES}/{id}/{THUMBNAIL}"),
            Route::Account => format!("/{ACCOUNT}"),
            Route::AccountSignIn => format!("/{ACCOUNT}/{SIGN_IN}"),
            Route::AccountCode => format!("/{ACCOUNT}/{SIGN_IN}/{CODE}"),
            Route::AccountLink { token } => format!("/{ACCOUNT}/{SIGN_IN}/{LINK}/{token}"),
            Route::AccountProvider => format!("/{ACCOUNT}/{SIGN_IN}/{PROVIDER}"),
            Route::AccountProviderCallback => format!("/{ACCOUNT}/{SIGN_IN}/{PROVIDER}/{CALLBACK}"),
            Route::AccountSignOut => format!("/{ACCOUNT}/{SIGN_OUT}"),
            Route::AccountSignOutEverywhere => format!("/{ACCOUNT}/{SIGN_OUT}/{EVERYWHERE}"),
            Route::AccountData => format!("/{ACCOUNT}/{YOUR_DATA}"),
            Route::AccountDownload => format!("/{ACCOUNT}/{YOUR_DATA}/{DOWNLOAD}"),
            Route::AccountDelete => format!("/{ACCOUNT}/{DELETE}"),
            Route::AccountDetail { detail } => format!("/{ACCOUNT}/{DETAILS}/{detail}"),
            Route::StaffSignIn => format!("/{STAFF}/{SIGN_IN}"),
            Route::StaffCode => format!("/{STAFF}/{SIGN_IN}/{CODE}"),
            Route::StaffSignOut => format!("/{STAFF}/{SIGN_OUT}"),
            Route::StaffRequests => format!("/{STAFF}"),
            Route::StaffRequest { reference } => format!("/{STAFF}/{REQUESTS}/{reference}"),
            Route::StaffFile { reference, id } => {
                format!("/{STAFF}/{REQUESTS}/{reference}/{FILES}/{id}")
            }
        }
    }

    /// The pattern the server's router matches it with: `/{service}/check-answers`.
    pub fn pattern(&self) -> String {
        let named = |v: &str| format!("{{{v}}}");
        match self {
            Route::ReturnLink { .. } => Route::ReturnLink {
                token: named("token"),
            },
            Route::Start { .. } => Route::Start {
                service: named("service"),
            },
            Route::Question { .. } => Route::Question {
                service: named("service"),
                page: named("page"),
            },
            Route::CheckAnswers { .. } => Route::CheckAnswers {
                service: named("service"),
            },
            Route::Confirmation { .. } => Route::Confirmation {
                service: named("service"),
            },
            Route::Save { .. } => Route::Save {
                service: named("service"),
            },
            Route::FileThumbnail { .. } => Route::FileThumbnail { id: named("id") },
            Route::AccountLink { .. } => Route::AccountLink {
                token: named("token"),
            },
            Route::AccountDetail { .. } => Route::AccountDetail {
                detail: named("detail"),
            },
            Route::StaffRequest { .. } => Route::StaffRequest {
                reference: named("reference"),
            },
            Route::StaffFile { .. } => Route::StaffFile {
                reference: named("reference"),
                id: named("id"),
            },
            other => other.clone(),
        }
        .path()
    }

    /// The service whose page this is.
    pub fn service(&self) -> Option<&str> {
        match self {
            Route::Start { service }
            | Route::Question { service, .. }
            | Route::CheckAnswers { service }
            | Route::Confirmation { service }
            | Route::Save { service } => Some(service),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let s = |v: &str| v.to_string();
        for route in [
            Route::Home,
            Route::Track,
            Route::TrackedRequest,
            Route::Return,
            Route::ReturnCheck,
            Route::ReturnLink { token: s("abc") },
            Route::Start {
                service: s("report-missed-bin"),
            },
            Route::Question {
                service: s("report-missed-bin"),
                page: s("date"),
            },
            Route::CheckAnswers {
                service: s("report-missed-bin"),
            },
            Route::Confirmation {
                service: s("report-missed-bin"),
            },
            Route::Save {
                service: s("report-missed-bin"),
            },
            Route::FileThumbnail { id: s("f00") },
            Route::Account,
            Route::AccountSignIn,
            Route::AccountCode,
            Route::AccountLink { token: s("abc") },
            Route::AccountProvider,
            Route::AccountProviderCallback,
            Route::AccountSignOut,
            Route::AccountSignOutEverywhere,
            Route::AccountData,
            Route::AccountDownload,
            Route::AccountDelete,
            Route::AccountDetail { detail: s("phone") },
            Route::StaffSignIn,
            Route::StaffCode,
            Route::StaffSignOut,
            Route::StaffRequests,
            Route::StaffRequest {
                reference: s("KX4P7MHRT"),
            },
            Route::StaffFile {
                reference: s("KX4P7MHRT"),
                id: s("f00"),
            },
        ] {
            assert_eq!(
                Route::parse(&route.path()),
                Some(route.clone()),
                "{route:?}"
            );
        }
        assert_eq!(
            Route::CheckAnswers { service: s("x") }.pattern(),
            "/{service}/check-answers"
        );
        assert_eq!(Route::parse("/api/v1/services"), None);
        assert_eq!(Route::parse("/a/b/c"), None);
    }
}
