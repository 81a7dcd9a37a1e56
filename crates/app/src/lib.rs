//! Frontdoor's pages, rendered on the server (feature `ssr`). Only the islands (`islands`) run in
//! the browser too, by their own code in `frontdoor-islands` (built into `frontdoor-web`); the
//! rest is plain HTML there.

// Deep page views (the account page) need more than the default 128 levels to lay out.
#![recursion_limit = "256"]

pub mod components;
pub mod i18n;
pub mod islands;
pub mod pages;
pub mod state;

use frontdoor_domain::routes::segment::{
    ACCOUNT, CHECK, CHECK_ANSWERS, CODE, CONFIRMATION, DELETE, DETAILS, REQUEST, REQUESTS, RETURN,
    SAVE, SIGN_IN, STAFF, TRACK, YOUR_DATA,
};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, ParamSegment, StaticSegment};

use components::Layout;
use pages::{
    account::{AccountDataPage, AccountDeletePage, AccountDetailPage, AccountPage},
    check_answers::CheckAnswersPage,
    come_back::{ReturnCheckPage, ReturnPage},
    confirmation::ConfirmationPage,
    home::HomePage,
    not_found::NotFound,
    question::QuestionPage,
    save::SavePage,
    sign_in::{AccountCodePage, AccountSignInPage, StaffCodePage, StaffSignInPage},
    staff_request::StaffRequestPage,
    staff_requests::StaffRequestsPage,
    start::StartPage,
    track::TrackPage,
    track_result::TrackResultPage,
};
pub use state::PageData;
use state::Store;

const SERVICE: ParamSegment = ParamSegment("service");

/// The whole app, from the data the server prepared for this page and its messages, parsed once
/// at start-up.
#[component]
pub fn App(data: PageData, i18n: i18n::I18n) -> impl IntoView {
    provide_meta_context();
    provide_context(Store::with_messages(data, i18n));
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    // The pages of `frontdoor_domain::Route`, with its segments.
                    <Route path=path!("/") view=HomePage/>
                    <Route path=(StaticSegment(TRACK),) view=TrackPage/>
                    <Route path=(StaticSegment(TRACK), StaticSegment(REQUEST)) view=TrackResultPage/>
                    <Route path=(StaticSegment(RETURN),) view=ReturnPage/>
                    <Route path=(StaticSegment(RETURN), StaticSegment(CHECK)) view=ReturnCheckPage/>
                    <Route path=(StaticSegment(ACCOUNT),) view=AccountPage/>
                    <Route path=(StaticSegment(ACCOUNT), StaticSegment(SIGN_IN)) view=AccountSignInPage/>
                    <Route path=(StaticSegment(ACCOUNT), StaticSegment(YOUR_DATA)) view=AccountDataPage/>
                    <Route path=(StaticSegment(ACCOUNT), StaticSegment(DELETE)) view=AccountDeletePage/>
                    <Route path=(StaticSegment(ACCOUNT), StaticSegment(DETAILS), ParamSegment("detail")) view=AccountDetailPage/>
                    <Route path=(StaticSegment(ACCOUNT), StaticSegment(SIGN_IN), StaticSegment(CODE)) view=AccountCodePage/>
                    <Route path=(StaticSegment(STAFF),) view=StaffRequestsPage/>
                    <Route path=(StaticSegment(STAFF), StaticSegment(SIGN_IN)) view=StaffSignInPage/>
                    <Route path=(StaticSegment(STAFF), StaticSegment(SIGN_IN), StaticSegment(CODE)) view=StaffCodePage/>
                    <Route path=(StaticSegment(STAFF), StaticSegment(REQUESTS), ParamSegment("reference")) view=StaffRequestPage/>
                    <Route path=(SERVICE,) view=StartPage/>
                    <Route path=(SERVICE, StaticSegment(CHECK_ANSWERS)) view=CheckAnswersPage/>
                    <Route path=(SERVICE, StaticSegment(CONFIRMATION)) view=ConfirmationPage/>
                    <Route path=(SERVICE, StaticSegment(SAVE)) view=SavePage/>
                    <Route path=(SERVICE, ParamSegment("page")) view=QuestionPage/>
                </Routes>
            </Layout>
        </Router>
    }
}
