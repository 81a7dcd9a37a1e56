//! Signing in through a council's identity provider with OpenID Connect: the authorization code
//! flow with PKCE (S256), a state tied to the browser's session and a nonce, both single use.
//! The ID token comes straight from the provider's token endpoint over TLS, so, as OpenID Connect
//! Core (3.1.3.7) allows, its issuer is trusted by that connection rather than by checking its
//! signature; its issuer, audience, expiry and nonce are still checked. A provider's verified
//! email address signs the resident in to the account for that address.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use frontdoor_domain::Route;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::db::now;
use crate::error::AppError;
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::{hash, random_token};

/// A sign-in at the provider must come back within 10 minutes.
const SECONDS: i64 = 600;

#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
}

#[derive(Deserialize)]
struct Tokens {
    id_token: String,
}

#[derive(Deserialize)]
struct Claims {
    iss: String,
    aud: serde_json::Value,
    exp: i64,
    nonce: Option<String>,
    email: Option<String>,
    #[serde(default)]
    email_verified: bool,
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .expect("an HTTP client")
}

fn failed(what: &str, e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("identity provider: {what}: {e}"))
}

async fn discover(issuer: &str) -> Result<Discovery, AppError> {
    let url = format!("{issuer}/.well-known/openid-configuration");
    let body = client()
        .get(&url)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| failed("discovery", e))?
        .bytes()
        .await
        .map_err(|e| failed("discovery", e))?;
    let found: Discovery = serde_json::from_slice(&body).map_err(|e| failed("discovery", e))?;
    if found.issuer.trim_end_matches('/') != issuer {
        return Err(failed("discovery", "the issuer does not match"));
    }
    Ok(found)
}

fn redirect_uri(state: &AppState) -> String {
    format!(
        "{}{}",
        state.config.public_url,
        Route::AccountProviderCallback.path()
    )
}

/// Where to send the browser to sign in at the provider. The session must keep a row, so the
/// answer can be matched to this browser.
pub async fn start(state: &AppState, session: &Session) -> Result<String, AppError> {
    let issuer = state
        .config
        .oidc_issuer
        .as_deref()
        .ok_or(AppError::NotFound)?;
    let found = discover(issuer).await?;
    let (sign_in_state, verifier, nonce) = (random_token(), random_token(), random_token());
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    state.db.keep_session(&session.id_hash).await?;
    state
        .db
        .start_provider_sign_in(
            &hash(&sign_in_state),
            &session.id_hash,
            &verifier,
            &nonce,
            SECONDS,
        )
        .await?;
    let mut url = reqwest::Url::parse(&found.authorization_endpoint)
        .map_err(|e| failed("authorization endpoint", e))?;
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &state.config.oidc_client_id)
        .append_pair("redirect_uri", &redirect_uri(state))
        .append_pair("scope", "openid email")
        .append_pair("state", &sign_in_state)
        .append_pair("nonce", &nonce)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256");
    Ok(url.to_string())
}

/// The provider's answer: the verified email address it signed the resident in with, or None
/// for an answer that is not for this browser, is used, late, or not verified.
pub async fn finish(
    state: &AppState,
    session: &Session,
    code: &str,
    sign_in_state: &str,
) -> Result<Option<String>, AppError> {
    let issuer = state
        .config
        .oidc_issuer
        .as_deref()
        .ok_or(AppError::NotFound)?;
    let Some((verifier, nonce)) = state
        .db
        .take_provider_sign_in(&hash(sign_in_state), &session.id_hash)
        .await?
    else {
        return Ok(None);
    };
    let found = discover(issuer).await?;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", &redirect_uri(state)),
        ("client_id", &state.config.oidc_client_id),
        ("code_verifier", &verifier),
    ];
    let mut request = client().post(&found.token_endpoint).form(&form);
    if let Some(secret) = &state.config.oidc_client_secret {
        request = request.basic_auth(&state.config.oidc_client_id, Some(secret));
    }
    let body = request
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| failed("token", e))?
        .bytes()
        .await
        .map_err(|e| failed("token", e))?;
    let tokens: Tokens = serde_json::from_slice(&body).map_err(|e| failed("token", e))?;
    let payload = tokens
        .id_token
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .ok_or_else(|| failed("ID token", "not a JWT"))?;
    let claims: Claims = serde_json::from_slice(&payload).map_err(|e| failed("ID token", e))?;
    let audience_ok = match &claims.aud {
        serde_json::Value::String(a) => *a == state.config.oidc_client_id,
        serde_json::Value::Array(list) => list
            .iter()
            .any(|a| a.as_str() == Some(state.config.oidc_client_id.as_str())),
        _ => false,
    };
    let checks = [
        claims.iss.trim_end_matches('/') == issuer,
        audience_ok,
        claims.exp > now(),
        claims.nonce.as_deref() == Some(nonce.as_str()),
        claims.email_verified,
    ];
    if checks.contains(&false) {
        tracing::warn!(?checks, "an ID token was refused");
        return Ok(None);
    }
    Ok(claims.email.map(|e| e.to_lowercase()))
}
