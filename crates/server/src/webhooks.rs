//! Webhooks for the council's CRM or case system: news of each request sent, each move and each
//! reply from a resident, POSTed as JSON to FRONTDOOR_WEBHOOK_URL and signed as the Standard
//! Webhooks specification says, so the receiver can check it came from Frontdoor unchanged:
//!
//! - `webhook-id`: the delivery's id (`msg_…`), the same on every try, to ignore repeats by;
//! - `webhook-timestamp`: when this try was made, in seconds since 1970 (receivers refuse old ones);
//! - `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`, keyed
//!   with the base64-decoded part of FRONTDOOR_WEBHOOK_SECRET (`whsec_<base64>`).
//!
//! Deliveries are queued with the change (`db::queue_webhook_in`) and sent here, by every server:
//! each claims a batch, so none goes twice at once. One the receiver does not take (no answer, or
//! not a 2xx) is tried again later, waiting FRONTDOOR_WEBHOOK_RETRY_SECONDS and then twice as long
//! each time; after [`TRIES`] tries it is kept as failed, with the last answer.

use std::sync::OnceLock;
use std::time::Duration;

use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::WebhookDelivery;
use crate::state::AppState;

/// How often each server looks for deliveries to make.
const EVERY: Duration = Duration::from_secs(5);
/// Deliveries one server claims at a time, and for how long.
const BATCH: i64 = 20;
const CLAIM_SECONDS: i64 = 120;
/// Tries before a delivery is kept as failed.
pub const TRIES: i64 = 8;
/// How long a receiver has to answer.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The key deliveries are signed with, from `whsec_<base64>`.
#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

impl Signer {
    pub fn from_secret(secret: &str) -> Result<Signer, String> {
        let encoded = secret
            .strip_prefix("whsec_")
            .ok_or("FRONTDOOR_WEBHOOK_SECRET must start whsec_")?;
        let key = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|e| format!("FRONTDOOR_WEBHOOK_SECRET is not base64 after whsec_: {e}"))?;
        if key.len() < 24 {
            return Err("FRONTDOOR_WEBHOOK_SECRET must hold at least 24 random bytes".into());
        }
        Ok(Signer { key })
    }

    /// The `webhook-signature` header for a body sent with this id and timestamp.
    pub fn sign(&self, id: &str, timestamp: i64, body: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key");
        mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
        let signature =
            base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
        format!("v1,{signature}")
    }
}

/// Checks the webhook settings at start-up: a URL needs a valid secret.
pub fn check_config(config: &crate::config::Config) -> Result<(), String> {
    match (&config.webhook_url, &config.webhook_secret) {
        (None, _) => Ok(()),
        (Some(_), None) => {
            Err("FRONTDOOR_WEBHOOK_URL is set without FRONTDOOR_WEBHOOK_SECRET".into())
        }
        (Some(url), Some(secret)) => {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err("FRONTDOOR_WEBHOOK_URL must be an http:// or https:// URL".into());
            }
            Signer::from_secret(secret).map(|_| ())
        }
    }
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(TIMEOUT)
            // A receiver answers itself: a redirect is not taken as delivery.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent("Frontdoor-Webhooks")
            .build()
            .expect("the HTTP client builds")
    })
}

pub fn start(state: AppState) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        loop {
            ticks.tick().await;
            if let Err(e) = send_due(&state).await {
                tracing::warn!(error = %e, "could not reach the webhook queue; trying again soon");
            }
        }
    });
}

/// Makes the deliveries due now that no other server holds. Returns how many were taken.
pub async fn send_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let (Some(url), Some(secret)) = (&state.config.webhook_url, &state.config.webhook_secret)
    else {
        return Ok(0);
    };
    let signer = match Signer::from_secret(secret) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "webhooks cannot be signed");
            return Ok(0);
        }
    };
    let holder = state.server_id.as_str();
    let mut delivered = 0;
    for delivery in state
        .db
        .claim_webhooks(holder, BATCH, CLAIM_SECONDS)
        .await?
    {
        match deliver(url, &signer, &delivery).await {
            Ok(()) => {
                state.db.mark_webhook_delivered(delivery.id, holder).await?;
                delivered += 1;
            }
            Err(error) => {
                let tries = delivery.attempts + 1;
                let base = state.config.webhook_retry_seconds.max(1);
                let retry_in = (tries < TRIES).then(|| base << (tries - 1));
                tracing::warn!(id = %delivery.message_id, event = %delivery.event_type, tries, error = %error, "a webhook was not taken");
                state
                    .db
                    .mark_webhook_failed(delivery.id, holder, &error, retry_in)
                    .await?;
            }
        }
    }
    Ok(delivered)
}

/// One try: signed afresh, with this try's time.
async fn deliver(url: &str, signer: &Signer, delivery: &WebhookDelivery) -> Result<(), String> {
    let timestamp = crate::db::now();
    let signature = signer.sign(&delivery.message_id, timestamp, &delivery.payload);
    let response = client()
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", &delivery.message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(delivery.payload.clone())
        .send()
        .await
        .map_err(|e| format!("no answer: {e}"))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("answered {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_one_in_the_standard_webhooks_specification() {
        // The example of the specification's reference libraries.
        let signer = Signer::from_secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = r#"{"test": 2432232314}"#;
        assert_eq!(
            signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn a_secret_must_be_whsec_and_base64() {
        assert!(Signer::from_secret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").is_err());
        assert!(Signer::from_secret("whsec_not base64!").is_err());
        assert!(Signer::from_secret("whsec_c2hvcnQ=").is_err());
    }
}
