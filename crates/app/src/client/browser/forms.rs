//! The other enhanced forms: save and come back later, coming back, sending the request and
//! tracking one.

use super::*;

/// "Save and come back later" through the API: the access code is shown without a reload.
pub fn submit_save(ev: SubmitEvent, store: Store, service: String, busy: RwSignal<bool>) {
    let Some(form) = take_over_submit(&ev, busy) else {
        return;
    };
    busy.set(true);
    spawn_local(async move {
        let url = format!("/api/v1/services/{service}/draft/save");
        let saved: Result<crate::state::SavedForm, _> = call(
            Request::post(&url),
            &store.csrf_token(),
            &serde_json::json!({}),
        )
        .await;
        busy.set(false);
        match saved {
            Ok(saved) => {
                store.data.update(|d| d.saved = Some(saved));
                request_animation_frame(|| {
                    focus_by_id("main-content");
                });
            }
            Err(_) => {
                let _ = form.submit();
            }
        }
    });
}

/// Coming back (the access code, then the check): the same answers through the API, errors
/// shown in place. The saved form then opens with a page load, as it needs the form's data.
pub fn submit_return(
    ev: SubmitEvent,
    store: Store,
    url: &'static str,
    errors: RwSignal<Vec<FieldError>>,
    busy: RwSignal<bool>,
) {
    let Some(form) = take_over_submit(&ev, busy) else {
        return;
    };
    let input = form_input(&form);
    let body = if url.ends_with("/check") {
        serde_json::json!({ "fields": input })
    } else {
        serde_json::json!({ "code": input.get("code").cloned().unwrap_or_default() })
    };
    busy.set(true);
    spawn_local(async move {
        let sent = Request::post(url)
            .header("X-CSRF-Token", &store.csrf_token())
            .header("Accept", "application/json")
            .json(&body);
        let response = match sent {
            Ok(request) => request.send().await.ok(),
            Err(_) => None,
        };
        busy.set(false);
        let next = match response {
            Some(r) if r.status() == 200 => r.json::<serde_json::Value>().await.ok().map(|v| {
                v["next"]
                    .as_str()
                    .unwrap_or(&frontdoor_domain::Route::ReturnCheck.path())
                    .to_string()
            }),
            Some(r) if [404, 422].contains(&r.status()) => match r.json::<ApiError>().await {
                Ok(e) if !e.error.fields.is_empty() => {
                    return show_errors(
                        errors,
                        e.error
                            .fields
                            .into_iter()
                            .map(|f| f.into_field_error())
                            .collect(),
                    )
                }
                _ => None,
            },
            _ => None,
        };
        match next {
            Some(to) => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().assign(&to);
                }
            }
            None => {
                let _ = form.submit();
            }
        }
    });
}

pub fn submit_answers(
    ev: SubmitEvent,
    store: Store,
    service: String,
    busy: RwSignal<bool>,
    navigate: impl Fn(&str) + Clone + 'static,
) {
    let Some(form) = take_over_submit(&ev, busy) else {
        return;
    };
    busy.set(true);
    spawn_local(async move {
        let url = format!("/api/v1/services/{service}/draft/submit");
        let result: Result<RequestSummary, _> = call(
            Request::post(&url),
            &store.csrf_token(),
            &serde_json::json!({}),
        )
        .await;
        busy.set(false);
        match result {
            Ok(summary) => {
                store.data.update(|d| d.confirmation = Some(summary));
                navigate(&frontdoor_domain::Route::Confirmation { service }.path());
            }
            Err(_) => {
                let _ = form.submit();
            }
        }
    });
}

pub fn submit_track(
    ev: SubmitEvent,
    store: Store,
    errors: RwSignal<Vec<FieldError>>,
    busy: RwSignal<bool>,
    navigate: impl Fn(&str) + Clone + 'static,
) {
    let Some(form) = take_over_submit(&ev, busy) else {
        return;
    };
    let input = form_input(&form);
    let (reference, email) = match check_track_form(&input) {
        Ok(found) => found,
        Err(list) => return show_errors(errors, list),
    };
    busy.set(true);
    spawn_local(async move {
        let query = TrackQuery {
            reference: reference.as_str().to_string(),
            email,
        };
        let result: Result<RequestSummary, _> = call(
            Request::post("/api/v1/requests/lookup"),
            &store.csrf_token(),
            &query,
        )
        .await;
        busy.set(false);
        match result {
            Ok(summary) => {
                store.data.update(|d| d.tracked = Some(summary));
                navigate(&frontdoor_domain::Route::TrackedRequest.path());
            }
            Err(CallError::NotFound) => {
                show_errors(errors, vec![frontdoor_domain::track::not_found_error()])
            }
            Err(CallError::Invalid(list)) => show_errors(errors, list),
            Err(CallError::Other) => {
                let _ = form.submit();
            }
        }
    });
}
