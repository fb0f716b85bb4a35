//! `varco serve`: opens the store, loads the content and runs the configured channels
//! until shutdown. It owns start-up order and shutdown; it must not hold channel or
//! conversation logic. Every start-up failure is one error naming what is wrong.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::channel::telegram::{self, delivery, ingest, Channel, Settings};
use crate::config::{self, Config, SecretName, TelegramMode};
use crate::content::{Content, ContentPaths};
use crate::conversation::{Doorbells, Helpline, Service, OPERATORS};
use crate::flow::Diagnostic;
use crate::store::{self, MasterKey, SledStore, Store};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::Error),
    #[error("flows or locales have {0} error(s); run `varco flows check` for the list")]
    Content(usize),
    #[error("store.key_file: {0}")]
    Key(store::Error),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error(transparent)]
    Telegram(#[from] telegram::Error),
    #[error("no channel is enabled (set telegram.enabled or matrix.enabled)")]
    NoChannel,
    #[error("the matrix channel is not available in this build yet")]
    MatrixUnavailable,
}

/// Everything `serve` runs on, loaded and checked before any channel starts.
pub struct Prepared {
    pub service: Arc<Service<SledStore>>,
    pub warnings: Vec<Diagnostic>,
}

/// Load content, open the store; print nothing (the caller reports).
pub fn prepare(config: &Config) -> Result<Prepared, (Error, Vec<Diagnostic>)> {
    let fallback: HashMap<String, Vec<String>> = config.l10n.fallback.clone().into_iter().collect();
    let content = Content::load(&ContentPaths {
        flows: Some(config.flows.dir.clone()),
        locales: Some(config.l10n.locales_dir.clone()),
        directory: None,
        fallback,
    })
    .map_err(|d| (Error::Content(d.iter().filter(|x| x.is_error()).count()), d))?;
    let key = MasterKey::load(&config.store.key_file).map_err(|e| (Error::Key(e), Vec::new()))?;
    let store = SledStore::open(&config.store.path, &key).map_err(|e| (Error::Store(e), Vec::new()))?;
    let helpline = Helpline {
        name: config.helpline.name.clone(),
        phone: config.helpline.phone.clone(),
        emergency: config.helpline.emergency.clone(),
        default_language: config.helpline.default_language.clone(),
        // Cases reach operators only through the Matrix channel.
        operators_reachable: config.matrix.enabled,
    };
    let service = Service::new(
        Arc::new(content.flows),
        Arc::new(content.locales),
        Arc::new(content.directory),
        Arc::new(store),
        helpline,
    );
    Ok(Prepared {
        service: Arc::new(service),
        warnings: content.warnings,
    })
}

/// Run the enabled channels until `shutdown` turns true; then finish in-flight work,
/// flush, and return.
pub async fn run(config: &Config, prepared: Prepared, shutdown: watch::Receiver<bool>) -> Result<(), Error> {
    if config.matrix.enabled {
        return Err(Error::MatrixUnavailable);
    }
    if !config.telegram.enabled {
        return Err(Error::NoChannel);
    }
    let t = &config.telegram;
    let token = config.resolve_secret(SecretName::TelegramToken)?;
    let settings = Settings {
        poll_timeout: Duration::from_secs(u64::from(t.poll_timeout_secs)),
        per_chat_interval: Duration::from_millis(t.per_chat_interval_ms),
        global_per_second: t.global_per_second,
        flood_per_minute: t.flood_per_minute,
        ..Settings::default()
    };
    let bot = telegram::bot(token.expose(), &t.api_url, &settings)?;
    let channel = Arc::new(Channel {
        bot,
        service: prepared.service.clone(),
        settings,
        doorbells: Doorbells::new(&[telegram::CHANNEL, OPERATORS]),
    });
    let ingest = Arc::new(ingest::Ingest::new(channel.clone()));
    let stats = Arc::new(delivery::DeliveryStats::default());

    let webhook = match t.mode {
        TelegramMode::Webhook => {
            let w = t.webhook.clone().unwrap_or_default();
            let secret = config.resolve_secret(SecretName::TelegramWebhookSecret)?;
            Some((w, secret))
        }
        TelegramMode::Polling => None,
    };
    ingest::configure_webhook(&channel, webhook.as_ref().map(|(w, s)| (w.public_url.as_str(), s))).await?;
    tracing::info!(mode = ?t.mode, "telegram channel started");

    let delivery_task = tokio::spawn(delivery::run(channel.clone(), stats.clone(), shutdown.clone()));
    // Replies queued before a restart go out now, not at the next update.
    channel.doorbells.ring_all();
    let ingest_result = match webhook {
        Some((w, secret)) => {
            let path = w
                .public_url
                .parse::<url::Url>()
                .map(|u| u.path().to_owned())
                .unwrap_or_else(|_| "/".into());
            ingest::webhook(ingest, w.listen, &path, secret, w.max_body_bytes, shutdown.clone()).await
        }
        None => ingest::poll(ingest, shutdown.clone()).await,
    };
    let delivery_result = delivery_task.await.unwrap_or(Ok(()));
    prepared.service.store().flush()?;
    stats.log();
    ingest_result?;
    delivery_result?;
    Ok(())
}
