//! Work done away from residents' requests, safe with many servers: every server wakes up
//! every few minutes, and the one holding the lease does the sweep (a server that dies mid-sweep
//! lets its lease run out, and another takes it). Queues are claimed message by message
//! (`Db::claim_messages`), so nothing is done twice.

use std::time::Duration;

use crate::state::AppState;

/// How often each server looks for work.
const EVERY: Duration = Duration::from_secs(5 * 60);

/// How long a sweep may take before another server may start one.
const SWEEP_LEASE_SECONDS: i64 = 10 * 60;

/// Attempt counts are kept a day after their window.
const ATTEMPTS_KEPT_SECONDS: i64 = 2 * 24 * 3600;

pub fn start(state: AppState) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + EVERY, EVERY);
        loop {
            ticks.tick().await;
            if let Err(e) = sweep_if_ours(&state).await {
                tracing::error!(error = %e, "the sweep failed; the next one tries again");
            }
            match state.db.unsent_messages().await {
                Ok(depth) => crate::ops::set_queue_depth("outbox", depth),
                Err(e) => tracing::warn!(error = %e, "could not count the outbox"),
            }
            match state.db.undelivered_webhooks().await {
                Ok(depth) => crate::ops::set_queue_depth("webhooks", depth),
                Err(e) => tracing::warn!(error = %e, "could not count the webhook queue"),
            }
        }
    });
}

/// Sweeps when this server holds the sweeper's lease. True when it swept.
pub async fn sweep_if_ours(state: &AppState) -> Result<bool, crate::error::AppError> {
    let holder = state.server_id.as_str();
    if !state
        .db
        .take_lease("sweeper", holder, SWEEP_LEASE_SECONDS)
        .await?
    {
        return Ok(false);
    }
    match crate::uploads::sweep(state).await? {
        0 => {}
        n => tracing::info!(files = n, "deleted expired files"),
    }
    match state.db.delete_expired().await? {
        0 => {}
        n => tracing::info!(drafts = n, "deleted expired drafts"),
    }
    state.db.delete_old_attempts(ATTEMPTS_KEPT_SECONDS).await?;
    state.db.sweep_sign_ins().await?;
    state.db.release_lease("sweeper", holder).await?;
    Ok(true)
}
