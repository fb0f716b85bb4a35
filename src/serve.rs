//! `varco serve`: opens the store, loads the content and runs the configured channels
//! until shutdown. It owns start-up order and shutdown; it must not hold channel or
//! conversation logic. Every start-up failure is one error naming what is wrong.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::channel::backoff::Backoff;
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
    /// Matrix could not be connected (a wrong passphrase, a refused login…) or stopped. An
    /// unreachable homeserver is retried, not an error of `serve`.
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
    /// The admin socket (`[admin] socket`) could not be opened.
    #[error("admin.socket: {0}")]
    Admin(#[from] crate::control::ControlError),
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
    // `varco backup` and `varco stats` ask through it while serve holds the store lock.
    let _admin = crate::control::listen(&config.admin_socket(), prepared.service.store().clone())?;
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
    // Matrix in a task of its own: a homeserver down at start is retried while Telegram
    // serves (with the honest fallback); a wrong passphrase or an unusable lobby still
    // stops `serve` once found.
    if config.matrix.enabled {
        tasks.extend(start_matrix(config, &prepared, shared.clone())?);
    }
    if config.telegram.enabled {
        tasks.extend(start_telegram(config, &prepared, shared).await?);
    }
    // Replies queued before a restart go out now, not at the next update.
    doorbells.ring_all();
    let result = join_tasks(tasks).await;
    prepared.service.store().flush()?;
    result
}

/// Wait for every task to end; the first failure, if any.
async fn join_tasks(tasks: Tasks) -> Result<(), Error> {
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

/// What the Matrix channel needs to start, read from the config before any task runs: a
/// bad id or a missing secret stops `serve` at once, as before.
struct MatrixStart {
    settings: matrix::Settings,
    lobby: matrix::RoomIdBuf,
    claim_timeout: Duration,
    /// `matrix.max_direct_chats_per_account`.
    max_direct_chats: u32,
}

impl MatrixStart {
    fn from_config(config: &Config) -> Result<MatrixStart, Error> {
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
        Ok(MatrixStart {
            settings,
            lobby,
            claim_timeout: Duration::from_secs(m.claim_timeout_minutes * 60),
            max_direct_chats: m.max_direct_chats_per_account,
        })
    }
}

/// Waits between tries to reach a homeserver that is down at start.
const MATRIX_RETRY: Backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(30)).with_jitter(0.25);

/// Start the Matrix channel in a task of its own, so that a homeserver down at start does
/// not keep Telegram from serving: the task retries until the homeserver answers, and
/// operators count as reachable only once the channel has started. A configuration error
/// found once connected (the lobby) still stops `serve`.
fn start_matrix(config: &Config, prepared: &Prepared, shared: Shared) -> Result<Tasks, Error> {
    let start = MatrixStart::from_config(config)?;
    let service = prepared.service.clone();
    service.set_operators_connected(false);
    let stop_tx = shared.stop_tx.clone();
    Ok(vec![tokio::spawn(async move {
        let tasks = match start_matrix_retrying(start, &service, shared).await {
            Ok(Some(tasks)) => tasks,
            Ok(None) => return Ok(()),
            Err(e) => {
                tracing::error!(error = %e, "matrix channel could not start; shutting down");
                let _ = stop_tx.send(true);
                return Err(e);
            }
        };
        service.set_operators_connected(true);
        let result = join_tasks(tasks).await;
        service.set_operators_connected(false);
        result
    })])
}

/// Whether a start-up failure is the homeserver's (down, overloaded) and passes by itself.
fn passes(e: &Error) -> bool {
    use matrix::Error::{Unavailable, Unreachable};
    matches!(
        e,
        Error::Matrix(Unreachable(_) | Unavailable(_))
            | Error::Lobby(matrix::LobbyError::Matrix(Unreachable(_) | Unavailable(_)))
    )
}

/// Try to start the channel until it starts, fails for good, or `serve` stops (`None`).
async fn start_matrix_retrying(
    start: MatrixStart,
    service: &Arc<Service<SledStore>>,
    shared: Shared,
) -> Result<Option<Tasks>, Error> {
    let mut stop = shared.stop.clone();
    let mut failures = 0;
    loop {
        let attempt = start_matrix_once(&start, service, shared.clone());
        let result = tokio::select! {
            result = attempt => result,
            _ = stopped(&mut stop) => return Ok(None),
        };
        match result {
            Ok(tasks) => return Ok(Some(tasks)),
            Err(e) if passes(&e) => {
                if failures == 0 {
                    tracing::warn!(error = %e, "homeserver unreachable; retrying");
                }
                failures += 1;
                tokio::select! {
                    _ = tokio::time::sleep(MATRIX_RETRY.delay(failures)) => {}
                    _ = stopped(&mut stop) => return Ok(None),
                }
            }
            Err(e) => return Err(e),
        }
    }
}

/// Resolves once the stop signal is true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// Connect, check the lobby, sweep the case rooms, then run sync, ingest and delivery.
async fn start_matrix_once(
    start: &MatrixStart,
    service: &Arc<Service<SledStore>>,
    shared: Shared,
) -> Result<Tasks, Error> {
    let Shared {
        doorbells,
        stop,
        stop_tx,
        media,
    } = shared;
    let bot = matrix::Bot::connect(start.settings.clone()).await?;
    matrix::start::check_lobby(&bot, &start.lobby)
        .await
        .map_err(Error::Lobby)?;
    media.register(matrix::CHANNEL, Arc::new(bot.clone()));
    {
        // The homeserver's upload limit, published once known; start-up does not wait.
        let (bot, service) = (bot.clone(), service.clone());
        tokio::spawn(async move {
            let uploads = conversation::Limits::uploads(bot.upload_limit().await);
            service.publish_limits(OPERATORS, uploads);
            service.publish_limits(matrix::CHANNEL, uploads);
        });
    }
    let desk = Arc::new(matrix::Desk {
        bot: bot.clone(),
        service: service.clone(),
        store: service.store().clone(),
        cases: service.cases().clone(),
        lobby: start.lobby.clone(),
        doorbells: doorbells.clone(),
        media: media.clone(),
        max_direct_chats: start.max_direct_chats,
    });
    matrix::start::sweep_case_rooms(&desk).await?;
    tracing::info!("matrix channel started");
    let (events_tx, synced) = tokio::sync::mpsc::channel(256);
    let (watched, events) = tokio::sync::mpsc::channel(256);
    let quiet = start.settings.poll_timeout + SYNC_GRACE;
    tokio::spawn(watch_sync(service.clone(), synced, watched, quiet));
    let token = service.cursor(matrix::SYNC_CURSOR)?;
    let resumed = token.is_some();
    let sync = {
        let stop = stop.clone();
        async move { bot.sync_loop(token, stop, events_tx).await.map_err(Error::from) }
    };
    let timeout = start.claim_timeout;
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
    // Cases opened while the homeserver was down wait in the outbox: deliver them now.
    doorbells.ring_all();
    Ok(vec![
        stopping(stop_tx.clone(), sync),
        stopping(stop_tx.clone(), ingest),
        stopping(stop_tx, deliver),
    ])
}

/// How much longer than a long poll the sync may stay silent before operators count as
/// unreachable again (a homeserver that went down while `serve` ran).
const SYNC_GRACE: Duration = Duration::from_secs(15);

/// Pass the sync's events on to ingest, in order, and keep the service's operators flag to
/// whether the sync answers: nothing for `quiet` (a long poll answers at least every poll
/// timeout) and operators count as down, so new cases tell the person so; the next event
/// and they count as up again. Ends when the sync or ingest ends.
async fn watch_sync(
    service: Arc<Service<SledStore>>,
    mut from: tokio::sync::mpsc::Receiver<matrix::MatrixEvent>,
    to: tokio::sync::mpsc::Sender<matrix::MatrixEvent>,
    quiet: Duration,
) {
    let mut up = true;
    loop {
        match tokio::time::timeout(quiet, from.recv()).await {
            Ok(Some(event)) => {
                if !up {
                    tracing::info!("matrix sync answers again; operators reachable");
                    up = true;
                    service.set_operators_connected(true);
                }
                if to.send(event).await.is_err() {
                    return;
                }
            }
            Ok(None) => return,
            Err(_) if up => {
                tracing::warn!("matrix sync silent; operators counted as unreachable");
                up = false;
                service.set_operators_connected(false);
            }
            Err(_) => {}
        }
    }
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
