//! `varco serve`: opens the store, loads the content and runs the configured channels
//! until shutdown. It owns start-up order and shutdown; it must not hold channel or
//! conversation logic. Every start-up failure is one error naming what is wrong.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::channel::matrix;
use crate::channel::media::Media;
use crate::channel::telegram::{self, delivery, ingest, Channel, Settings};
use crate::config::{self, Config, SecretName, TelegramMode};
use crate::content::{Content, ContentPaths};
use crate::conversation::{self, Doorbells, Helpline, Service, OPERATORS};
use crate::flow::Diagnostic;
use crate::handoff::Operator;
use crate::store::{self, MasterKey, SledStore, Store};

/// Why `serve` did not start, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration or one of its secrets is unusable.
    #[error(transparent)]
    Config(#[from] config::Error),
    /// Flows or locales have this many errors; the helpline does not start with bad content.
    #[error("flows or locales have {0} error(s); run `varco flows check` for the list")]
    Content(usize),
    /// The master key file could not be loaded.
    #[error("store.key_file: {0}")]
    Key(store::Error),
    /// The store could not be opened, or failed while running.
    #[error(transparent)]
    Store(#[from] store::Error),
    /// A turn could not be committed.
    #[error(transparent)]
    Conversation(#[from] crate::conversation::Error),
    /// The Telegram channel failed to start or stopped.
    #[error(transparent)]
    Telegram(#[from] telegram::Error),
    /// Matrix could not be connected (a wrong passphrase, an unreachable homeserver…) or
    /// stopped.
    #[error(transparent)]
    Matrix(#[from] matrix::Error),
    /// `matrix.user` or `matrix.lobby_room` is not a valid Matrix id. The value is not
    /// repeated: it may be a secret put there by mistake.
    #[error("matrix.{key}: is not a valid id")]
    MatrixId {
        /// The key under `[matrix]`.
        key: &'static str,
    },
    /// The duty lobby cannot be used: not encrypted, or the bot is not in it.
    #[error("matrix.lobby_room: {0}")]
    Lobby(matrix::LobbyError),
    /// Neither Telegram nor Matrix is enabled: nobody could write to the helpline.
    #[error("no channel is enabled (set telegram.enabled or matrix.enabled)")]
    NoChannel,
}

/// Everything `serve` runs on, loaded and checked before any channel starts.
pub struct Prepared {
    /// The turn runner over the opened sled store, shared by every channel.
    pub service: Arc<Service<SledStore>>,
    /// Content problems that do not stop the helpline, to show at start-up.
    pub warnings: Vec<Diagnostic>,
}

/// Why `serve` could not be prepared, with the content diagnostics to show (errors and
/// warnings of the flows and locales, if they were read).
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct PrepareError {
    /// What stopped it.
    #[source]
    pub error: Error,
    /// What the content check found, for the caller to print.
    pub diagnostics: Vec<Diagnostic>,
}

impl PrepareError {
    fn bare(error: Error) -> PrepareError {
        PrepareError {
            error,
            diagnostics: Vec::new(),
        }
    }
}

/// Load content, open the store; print nothing (the caller reports).
pub fn prepare(config: &Config) -> Result<Prepared, PrepareError> {
    let fallback: HashMap<String, Vec<String>> = config.l10n.fallback.clone().into_iter().collect();
    let directory = config.directory().map_err(|e| PrepareError::bare(Error::Config(e)))?;
    let paths = ContentPaths {
        flows: Some(config.flows.dir.clone()),
        locales: Some(config.l10n.locales_dir.clone()),
        directory: config.directory.file.clone(),
        fallback,
    };
    let content = Content::load_with_directory(&paths, directory).map_err(|d| PrepareError {
        error: Error::Content(d.iter().filter(|x| x.is_error()).count()),
        diagnostics: d,
    })?;
    let key = MasterKey::load(&config.store.key_file).map_err(|e| PrepareError::bare(Error::Key(e)))?;
    let store = SledStore::open(&config.store.path, &key).map_err(|e| PrepareError::bare(Error::Store(e)))?;
    let helpline = Helpline {
        name: config.helpline.name.clone(),
        phone: config.helpline.phone.clone(),
        emergency: config.helpline.emergency.clone(),
        default_language: config.helpline.default_language.clone(),
        // Cases reach operators only through the Matrix channel.
        operators_reachable: config.matrix.enabled,
    };
    let mut service = Service::new(
        Arc::new(content.flows),
        Arc::new(content.locales),
        Arc::new(content.directory),
        Arc::new(store),
        helpline,
    );
    if config.matrix.enabled {
        service = service.with_roster(
            config
                .matrix
                .operators
                .iter()
                .map(|o| Operator {
                    user: o.user.clone(),
                    languages: o.languages.clone(),
                })
                .collect(),
        );
    }
    Ok(Prepared {
        service: Arc::new(service),
        warnings: content.warnings,
    })
}

/// Run the enabled channels until `shutdown` turns true (or one of them fails); then
/// finish in-flight work, flush, and return the first failure.
pub async fn run(config: &Config, prepared: Prepared, shutdown: watch::Receiver<bool>) -> Result<(), Error> {
    if !config.telegram.enabled && !config.matrix.enabled {
        return Err(Error::NoChannel);
    }
    let doorbells = Doorbells::new(&[telegram::CHANNEL, OPERATORS, matrix::CHANNEL]);
    // One stop signal for every task: the caller's, or the first task that fails.
    let (stop_tx, stop) = watch::channel(false);
    let stop_tx = Arc::new(stop_tx);
    {
        let stop_tx = stop_tx.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            while !*shutdown.borrow() {
                if shutdown.changed().await.is_err() {
                    break;
                }
            }
            let _ = stop_tx.send(true);
        });
    }
    let shared = Shared {
        doorbells: doorbells.clone(),
        stop,
        stop_tx,
        media: Arc::new(Media::with_budget(config.limits.files_in_flight_mb)),
    };
    let mut tasks: Tasks = Vec::new();
    // Matrix first: a wrong passphrase, an unreachable homeserver, or a lobby that is not
    // encrypted or that the bot is not in stops start-up before Telegram takes updates.
    if config.matrix.enabled {
        tasks.extend(start_matrix(config, &prepared, shared.clone()).await?);
    }
    if config.telegram.enabled {
        tasks.extend(start_telegram(config, &prepared, shared).await?);
    }
    // Replies queued before a restart go out now, not at the next update.
    doorbells.ring_all();
    let mut first_error = None;
    for task in tasks {
        match task.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                first_error.get_or_insert(e);
            }
            Err(_) => tracing::error!("a channel task panicked"),
        }
    }
    prepared.service.store().flush()?;
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Wrap a task so that its failure stops every other task.
fn stopping<F>(stop_tx: Arc<watch::Sender<bool>>, task: F) -> tokio::task::JoinHandle<Result<(), Error>>
where
    F: std::future::Future<Output = Result<(), Error>> + Send + 'static,
{
    tokio::spawn(async move {
        let result = task.await;
        if let Err(e) = &result {
            tracing::error!(error = %e, "a channel stopped with an error; shutting down");
            let _ = stop_tx.send(true);
        }
        result
    })
}

/// The running tasks of a channel.
type Tasks = Vec<tokio::task::JoinHandle<Result<(), Error>>>;

/// What every channel's tasks share: the doorbells, the stop signal and its sender.
#[derive(Clone)]
struct Shared {
    doorbells: Doorbells,
    stop: watch::Receiver<bool>,
    stop_tx: Arc<watch::Sender<bool>>,
    /// Attachments are fetched through whichever channel holds them.
    media: Arc<Media>,
}

async fn start_matrix(config: &Config, prepared: &Prepared, shared: Shared) -> Result<Tasks, Error> {
    let Shared {
        doorbells,
        stop,
        stop_tx,
        media,
    } = shared;
    let m = &config.matrix;
    let user = matrix_sdk_user(&m.user)?;
    let lobby =
        matrix::RoomIdBuf::try_from(m.lobby_room.as_str()).map_err(|_| Error::MatrixId { key: "lobby_room" })?;
    let mut settings = matrix::Settings::new(
        m.homeserver.clone(),
        user,
        config.resolve_secret(SecretName::MatrixPassword)?,
        m.store_dir.clone(),
        config.resolve_secret(SecretName::MatrixStorePassphrase)?,
    );
    settings.poll_timeout = Duration::from_secs(m.poll_timeout_secs);
    let bot = matrix::Bot::connect(settings).await?;
    matrix::start::check_lobby(&bot, &lobby).await.map_err(Error::Lobby)?;
    media.register(matrix::CHANNEL, Arc::new(bot.clone()));
    {
        // The homeserver's upload limit, published once known; start-up does not wait.
        let (bot, service) = (bot.clone(), prepared.service.clone());
        tokio::spawn(async move {
            let uploads = conversation::Limits::uploads(bot.upload_limit().await);
            service.publish_limits(OPERATORS, uploads);
            service.publish_limits(matrix::CHANNEL, uploads);
        });
    }
    let desk = Arc::new(matrix::Desk {
        bot: bot.clone(),
        service: prepared.service.clone(),
        store: prepared.service.store().clone(),
        cases: prepared.service.cases().clone(),
        lobby,
        doorbells,
        media: media.clone(),
        max_direct_chats: m.max_direct_chats_per_account,
    });
    matrix::start::sweep_case_rooms(&desk).await?;
    tracing::info!("matrix channel started");
    let (events_tx, events) = tokio::sync::mpsc::channel(256);
    let token = prepared.service.cursor(matrix::SYNC_CURSOR)?;
    let resumed = token.is_some();
    let sync = {
        let stop = stop.clone();
        async move { bot.sync_loop(token, stop, events_tx).await.map_err(Error::from) }
    };
    let timeout = Duration::from_secs(m.claim_timeout_minutes * 60);
    let ingest = {
        let desk = desk.clone();
        let stop = stop.clone();
        async move {
            matrix::ingest::run(desk, events, resumed, timeout, stop)
                .await
                .map_err(Error::from)
        }
    };
    let deliver = async move { matrix::delivery::run(desk, stop).await.map_err(Error::from) };
    Ok(vec![
        stopping(stop_tx.clone(), sync),
        stopping(stop_tx.clone(), ingest),
        stopping(stop_tx, deliver),
    ])
}

fn matrix_sdk_user(user: &str) -> Result<matrix::UserIdBuf, Error> {
    matrix::UserIdBuf::try_from(user).map_err(|_| Error::MatrixId { key: "user" })
}

async fn start_telegram(config: &Config, prepared: &Prepared, shared: Shared) -> Result<Tasks, Error> {
    prepared.service.publish_limits(telegram::CHANNEL, telegram::LIMITS);
    let Shared {
        doorbells,
        stop,
        stop_tx,
        media,
    } = shared;
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
    // Files get a client of their own: a 50 MB transfer outlasts the API calls' timeout.
    let file_bot = telegram::bot_with_timeout(token.expose(), &t.api_url, telegram::FILE_TIMEOUT)?;
    media.register(telegram::CHANNEL, Arc::new(telegram::media::Files(file_bot.clone())));
    let channel = Arc::new(Channel {
        bot,
        service: prepared.service.clone(),
        store: prepared.service.store().clone(),
        settings,
        doorbells,
        media,
        file_bot,
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
    let registration = webhook
        .as_ref()
        .map(|(w, s)| (w.public_url.as_str(), s, w.max_connections));
    ingest::configure_webhook(&channel, registration).await?;
    tracing::info!(mode = ?t.mode, "telegram channel started");

    let deliver = {
        let stop = stop.clone();
        async move {
            let result = delivery::run(channel, stats.clone(), stop).await;
            stats.log();
            result.map_err(Error::from)
        }
    };
    let receive = async move {
        match webhook {
            Some((w, secret)) => {
                let path = w
                    .public_url
                    .parse::<url::Url>()
                    .map(|u| u.path().to_owned())
                    .unwrap_or_else(|_| "/".into());
                let bounds = ingest::WebhookBounds {
                    max_body_bytes: w.max_body_bytes,
                    header_timeout: Duration::from_secs(w.header_timeout_secs),
                    body_timeout: Duration::from_secs(w.body_timeout_secs),
                    max_connections: usize::from(w.max_connections),
                };
                ingest::webhook(ingest, w.listen, &path, secret, bounds, stop).await
            }
            None => ingest::poll(ingest, stop).await,
        }
        .map_err(Error::from)
    };
    Ok(vec![stopping(stop_tx.clone(), deliver), stopping(stop_tx, receive)])
}
