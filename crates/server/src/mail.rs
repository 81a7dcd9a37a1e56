//! The council's mail sender: the outbox's messages written from Fluent messages in the
//! resident's language, with a plain-text and an HTML part, and sent by SMTP when
//! FRONTDOOR_SMTP_URL is set, otherwise written as `.eml` files to FRONTDOOR_OUTBOX_DIR (for a
//! laptop, or a council that collects them another way).
//!
//! Every server sends: each claims a batch (`Db::claim_messages`), so no message goes twice. A
//! message that cannot be sent is tried again later, waiting longer each time; after
//! [`TRIES`] tries, or when it cannot be written at all, it is kept as failed, for caseworkers to
//! see. A resident's request never waits for its message.

use std::collections::BTreeMap;
use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::db::OutboxMessage;
use crate::state::AppState;
use frontdoor_app::i18n::{without_isolation_marks, I18n};
use frontdoor_domain::Locale;

/// How often each server looks for messages to send.
const EVERY: Duration = Duration::from_secs(10);
/// Messages one server claims at a time, and for how long.
const BATCH: i64 = 20;
const CLAIM_SECONDS: i64 = 120;
/// Tries before a message is kept as failed; the waits between them double from a minute.
pub const TRIES: i64 = 8;

/// Where messages go.
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// SMTP from a URL (`smtp://host:port`, `smtps://user:password@host`), or a folder.
    pub fn new(smtp_url: Option<&str>, folder: &std::path::Path) -> Result<Mailer, String> {
        match smtp_url {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|t| Mailer::Smtp(t.timeout(Some(Duration::from_secs(20))).build()))
                .map_err(|e| format!("FRONTDOOR_SMTP_URL: {e}")),
            None => {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("FRONTDOOR_OUTBOX_DIR {}: {e}", folder.display()))?;
                Ok(Mailer::Folder(AsyncFileTransport::new(folder)))
            }
        }
    }

    async fn send(&self, message: lettre::Message) -> Result<(), String> {
        match self {
            Mailer::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Folder(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

pub fn start(state: AppState) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        loop {
            ticks.tick().await;
            if let Err(e) = send_due(&state).await {
                tracing::warn!(error = %e, "could not reach the outbox; trying again soon");
            }
        }
    });
}

/// Sends what is due now rather than at the next round, for a message someone is waiting for
/// (a sign-in code). Does nothing where this server does not send.
pub fn send_soon(state: &AppState) {
    if state.config.send_mail {
        let state = state.clone();
        tokio::spawn(async move {
            if let Err(e) = send_due(&state).await {
                tracing::warn!(error = %e, "could not reach the outbox; the next round tries again");
            }
        });
    }
}

/// Sends the messages due now that no other server holds. Returns how many were sent.
pub async fn send_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let holder = state.server_id.as_str();
    let mut sent = 0;
    for message in state
        .db
        .claim_messages(holder, BATCH, CLAIM_SECONDS)
        .await?
    {
        let outcome = match compose(state, &message) {
            Ok(mail) => state.mailer.send(mail).await.map_err(|e| (e, false)),
            Err(e) => Err((e, true)),
        };
        match outcome {
            Ok(()) => {
                state.db.mark_message_sent(message.id, holder).await?;
                sent += 1;
            }
            Err((error, cannot_be_written)) => {
                let tries = message.attempts + 1;
                let retry_in = (!cannot_be_written && tries < TRIES).then(|| 60 << (tries - 1));
                // The error names the mail server's reply, never the message's content.
                tracing::warn!(id = message.id, template = %message.template, tries, error = %error, "a message was not sent");
                state
                    .db
                    .mark_message_failed(message.id, holder, &error, retry_in)
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// The message as the resident reads it, in their language.
fn compose(state: &AppState, message: &OutboxMessage) -> Result<lettre::Message, String> {
    let data: serde_json::Value =
        serde_json::from_str(&message.data).map_err(|e| format!("unreadable data: {e}"))?;
    let locale = data["locale"]
        .as_str()
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::EnGb);
    let i18n = state.catalogue.i18n(locale);
    let args = arguments(state, i18n, &data);
    let id = format!("mail-{}", message.template);
    if !i18n.has(&format!("{id}-subject")) {
        return Err(format!("no messages for the template {}", message.template));
    }
    // Right-to-left languages' messages carry Unicode isolation marks around each placeable:
    // the HTML part turns them into <bdi> elements, and plain text leaves them out.
    let subject = without_isolation_marks(&i18n.t_with(&format!("{id}-subject"), &args));
    // A paragraph left empty (no note given) is dropped.
    let text = i18n
        .t_with(&format!("{id}-body"), &args)
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !without_isolation_marks(p).trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    let from: Mailbox = state
        .config
        .mail_from
        .parse()
        .map_err(|e| format!("FRONTDOOR_MAIL_FROM: {e}"))?;
    let to: Mailbox = message
        .recipient
        .parse()
        .map_err(|e| format!("the address cannot take mail: {e}"))?;
    let link = args.get("link").cloned().unwrap_or_default();
    lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(without_isolation_marks(&text)))
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(html(&text, &link, &i18n.t("council-name"), locale)),
                ),
        )
        .map_err(|e| e.to_string())
}

/// The template's arguments, written out for the resident: dates in words, the service's title,
/// a status's name.
fn arguments(state: &AppState, i18n: &I18n, data: &serde_json::Value) -> BTreeMap<String, String> {
    let mut args = BTreeMap::new();
    let Some(fields) = data.as_object() else {
        return args;
    };
    for (k, v) in fields {
        let Some(v) = v.as_str() else { continue };
        let shown = match k.as_str() {
            "act_by" | "expires_on" => i18n.iso_date_with_weekday(v),
            "service" => state
                .catalogue
                .service(v)
                .map(|def| i18n.t(&def.title_id()))
                .unwrap_or_else(|| v.to_string()),
            "status" => i18n.t(&format!("track-status-{v}")),
            _ => v.to_string(),
        };
        args.insert(k.clone(), shown);
    }
    args
}

/// The HTML part: the same words, a paragraph each, with the link made a link.
fn html(text: &str, link: &str, council: &str, locale: Locale) -> String {
    let escape = |s: &str| html_escape::encode_text(s).to_string();
    let paragraphs: String = text
        .split("\n\n")
        .map(|p| {
            let mut p = escape(p.trim())
                .replace('\n', "<br>")
                .replace('\u{2068}', "<bdi>")
                .replace('\u{2069}', "</bdi>");
            if !link.is_empty() {
                let shown = escape(link);
                let href = html_escape::encode_double_quoted_attribute(link);
                p = p.replace(&shown, &format!("<a href=\"{href}\">{shown}</a>"));
            }
            format!("<p style=\"font-size:19px;line-height:1.3\">{p}</p>")
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{council}</title></head>\
         <body style=\"font-family:arial,sans-serif;color:#0b0c0c\"><p style=\"font-size:24px;font-weight:bold\">{council}</p>{paragraphs}</body></html>",
        lang = locale.tag(),
        dir = locale.dir(),
        council = escape(council),
    )
}
