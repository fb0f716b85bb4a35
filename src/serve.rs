//! `varco serve`: opens the store, loads the content and runs the configured channels
//! until shutdown. It owns start-up order and shutdown; it must not hold channel or
//! conversation logic. Every start-up failure is one error naming what is wrong.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{watch, Notify};

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
    /// The key file is missing but the store holds data: only the key that sealed it
    /// can read it, so a new one must not be made.
    #[error(
        "store.key_file: {} not found, but the store at {} holds data; restore the key from its backup \
         (a new key cannot read this data; do not run `varco keys generate`)",
        key_file.display(),
        store.display()
    )]
    KeyLost {
        /// `store.key_file`.
        key_file: std::path::PathBuf,
        /// `store.path`.
        store: std::path::PathBuf,
    },
    /// The key file is not the key the store was created with.
    #[error(
        "store.key_file: {} is not the key the store at {} was created with; restore the right key from its backup",
        key_file.display(),
        store.display()
    )]
    KeyMismatch {
        /// `store.key_file`.
        key_file: std::path::PathBuf,
        /// `store.path`.
        store: std::path::PathBuf,
    },
    /// Telegram refused the bot token: named once, with what to do.
    #[error(
        "telegram.token_file: telegram refused the bot token (wrong or revoked); copy it again from @BotFather \
         (or set VARCO__TELEGRAM__TOKEN)"
    )]
    TelegramToken,
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

impl Error {
    /// Whether this is the configuration's fault (a key, a secret, a file it names, the
    /// lobby it names) rather than a failure while running: `varco serve` exits 2 for
    /// these, 1 for the others, so a service manager can tell them apart.
    pub fn is_configuration(&self) -> bool {
        use matrix::Error as M;
        match self {
            Error::Config(_)
            | Error::Content(_)
            | Error::Key(_)
            | Error::KeyLost { .. }
            | Error::KeyMismatch { .. }
            | Error::TelegramToken
            | Error::MatrixId { .. }
            | Error::NoChannel => true,
            Error::Lobby(e) => !matches!(e, matrix::LobbyError::Matrix(_)),
            Error::Matrix(e) => matches!(
                e,
                M::StorePassphrase(_) | M::InvalidHomeserver(_) | M::Login | M::StoreMismatch(_)
            ),
            Error::Telegram(telegram::Error::ApiUrl(_)) => true,
            _ => false,
        }
    }
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

/// Where `serve` reads its content: the configured directories and directory file, or
/// (a key not set) the copies built into the binary. `varco flows check --config` checks
/// the same.
pub fn content_paths(config: &Config) -> ContentPaths {
    let fallback: HashMap<String, Vec<String>> = config.l10n.fallback.clone().into_iter().collect();
    ContentPaths {
        flows: config.flows.dir.clone(),
        locales: config.l10n.locales_dir.clone(),
        directory: config.directory.file.clone(),
        fallback,
    }
}

/// The store key and the opened store. A key file missing over existing data, or a key
/// that does not open the store, says to restore the key from its backup: a new key
/// cannot read what the old one sealed.
fn open_store(config: &Config) -> Result<SledStore, Error> {
    let path = &config.store.path;
    let key = load_key(config)?;
    match SledStore::open(path, &key) {
        Ok(store) => Ok(store),
        Err(store::Error::WrongKey { .. }) => Err(Error::KeyMismatch {
            key_file: config.store.key_file.clone(),
            store: path.clone(),
        }),
        Err(e) => Err(Error::Store(e)),
    }
}

/// The store key, or why it cannot be had: a key file missing over a store that holds
/// data is [`Error::KeyLost`] ("restore the key from its backup"), not "generate one".
fn load_key(config: &Config) -> Result<MasterKey, Error> {
    let path = &config.store.path;
    match MasterKey::load(&config.store.key_file) {
        Ok(key) => Ok(key),
        Err(_) if !config.store.key_file.exists() && std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some()) => {
            Err(Error::KeyLost {
                key_file: config.store.key_file.clone(),
                store: path.clone(),
            })
        }
        Err(e) => Err(Error::Key(e)),
    }
}

/// What is wrong with the store key `serve` would load (for `varco config check`, which
/// opens nothing): `None` when it loads.
pub fn key_problem(config: &Config) -> Option<Error> {
    load_key(config).err()
}

/// Load content, open the store; print nothing (the caller reports).
pub fn prepare(config: &Config) -> Result<Prepared, PrepareError> {
    let directory = config.directory().map_err(|e| PrepareError::bare(Error::Config(e)))?;
    let paths = content_paths(config);
    let content = Content::load_with_directory(&paths, directory).map_err(|d| PrepareError {
        error: Error::Content(d.iter().filter(|x| x.is_error()).count()),
        diagnostics: d,
    })?;
    let store = open_store(config).map_err(PrepareError::bare)?;
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
    )
    .with_campaigns(config.campaigns.tags.iter().cloned());
    if config.matrix.enabled {
        service = service.with_roster(roster(&config.matrix.operators));
    }
    Ok(Prepared {
        service: Arc::new(service),
        warnings: content.warnings,
    })
}

/// Read flows, locales and the directory again (SIGHUP) and serve them from the next turn
/// on. An invalid change is refused whole: each diagnostic goes to the log (file and line,
/// never a conversation's content) and what was served keeps serving. True if the new
/// content is served.
pub fn reload<S: Store>(config: &Config, service: &Service<S>) -> bool {
    let loaded = config
        .directory()
        .map_err(|e| {
            vec![Diagnostic::error(
                "config",
                crate::flow::LineCol::WHOLE_FILE,
                None,
                e.to_string(),
            )]
        })
        .and_then(|directory| Content::load_with_directory(&content_paths(config), directory));
    match loaded {
        Ok(content) => {
            for w in &content.warnings {
                tracing::warn!(diagnostic = %w, "content warning");
            }
            service.reload(content.flows, content.locales, content.directory);
            tracing::info!("content reloaded: the next messages use it");
            true
        }
        Err(diagnostics) => {
            for d in diagnostics.iter().filter(|d| d.is_error()) {
                tracing::error!(diagnostic = %d, "content reload refused");
            }
            tracing::error!(
                errors = diagnostics.iter().filter(|d| d.is_error()).count(),
                "content reload refused; the previous flows and locales keep serving"
            );
            false
        }
    }
}

/// The roster as the desk reads it, from `[[matrix.operators]]`.
fn roster(operators: &[config::OperatorConfig]) -> Vec<Operator> {
    operators
        .iter()
        .map(|o| Operator {
            user: o.user.clone(),
            languages: o.languages.clone(),
        })
        .collect()
}

/// Read the configuration file again (SIGHUP) and serve its roster from the next turn on:
/// who may claim and stay in case rooms, their languages. Only the roster: every other
/// changed key is named in one log line (never its value) and waits for a restart. A file
/// that does not load or validate is refused whole, each error in the log with its file
/// and line (or key), and the served roster keeps serving. The new roster if it changed
/// and is served (the caller then has the operators who left it removed from the case
/// rooms and their cases queued again).
pub fn reload_roster<S: Store>(served: &Config, service: &Service<S>) -> Option<Vec<config::OperatorConfig>> {
    let reread = match served.reread() {
        Ok(reread) => reread,
        Err(e) => {
            let file = served.source().map(|p| p.display().to_string()).unwrap_or_default();
            for line in e.to_string().lines() {
                match &e {
                    config::Error::Invalid(_) => {
                        tracing::error!(error = %format!("{file}: {line}"), "configuration reload refused")
                    }
                    _ => tracing::error!(error = %line, "configuration reload refused"),
                }
            }
            tracing::error!("configuration reload refused; the previous roster keeps serving");
            return None;
        }
    };
    if !reread.ignored.is_empty() {
        tracing::warn!(
            keys = %reread.ignored.join(", "),
            "configuration keys changed but not applied: they need a restart"
        );
    }
    if !reread.roster_changed {
        return None;
    }
    let new = reread.config.matrix.operators;
    if !served.matrix.enabled || !service.replace_roster(roster(&new)) {
        tracing::warn!(
            keys = config::ROSTER_KEY,
            "configuration keys changed but not applied: they need a restart"
        );
        return None;
    }
    let stays = |o: &config::OperatorConfig, of: &[config::OperatorConfig]| of.iter().any(|x| x.user == o.user);
    tracing::info!(
        operators = new.len(),
        added = new.iter().filter(|o| !stays(o, &served.matrix.operators)).count(),
        removed = served.matrix.operators.iter().filter(|o| !stays(o, &new)).count(),
        "roster reloaded: the next turns use it"
    );
    Some(new)
}

/// On each SIGHUP until the stop signal: reload the content (see [`reload`]), then the
/// roster ([`reload_roster`]); a changed roster rings `roster_changed` for the Matrix
/// channel, which removes whoever left it from the case rooms.
async fn reload_on_hangup(
    mut served: Config,
    service: Arc<Service<SledStore>>,
    roster_changed: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) -> Result<(), Error> {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut hangups) = signal(SignalKind::hangup()) else {
        tracing::warn!("cannot listen for SIGHUP; content and roster reloads need a restart");
        return Ok(());
    };
    loop {
        tokio::select! {
            _ = stopped(&mut stop) => return Ok(()),
            got = hangups.recv() => {
                if got.is_none() {
                    return Ok(());
                }
                let (config, service) = (served.clone(), service.clone());
                let applied = tokio::task::spawn_blocking(move || {
                    reload(&config, &service);
                    reload_roster(&config, &service)
                })
                .await;
                if let Ok(Some(operators)) = applied {
                    served.matrix.operators = operators;
                    roster_changed.notify_one();
                }
            }
        }
    }
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
    tokio::spawn(watch_rotation(prepared.service.store().clone(), stop.clone()));
    let shared = Shared {
        doorbells: doorbells.clone(),
        stop,
        stop_tx,
        media: Arc::new(Media::with_budget(config.limits.files_in_flight_mb)),
        roster_changed: Arc::new(Notify::new()),
    };
    let mut tasks: Tasks = vec![start_purge(config, &prepared, &shared)];
    let (service, stop) = (prepared.service.clone(), shared.stop.clone());
    let roster_changed = shared.roster_changed.clone();
    tasks.push(tokio::spawn(reload_on_hangup(
        config.clone(),
        service,
        roster_changed,
        stop,
    )));
    if config.matrix.enabled {
        // Until the Matrix channel has started, a case cannot reach an operator.
        prepared.service.set_operators_connected(false);
    }
    let telegram_up = Arc::new(AtomicBool::new(false));
    if config.admin.enabled {
        let probe = admin_probe(config, &prepared.service, telegram_up.clone());
        let listener = crate::admin::run(config.admin.listen, probe, shared.stop.clone());
        tasks.push(tokio::spawn(async move {
            listener.await;
            Ok(())
        }));
    }
    // Telegram first: a refused token stops `serve` before Matrix logs in at all.
    if config.telegram.enabled {
        tasks.extend(start_telegram(config, &prepared, shared.clone()).await?);
        telegram_up.store(true, Ordering::SeqCst);
    }
    // Matrix in a task of its own: a homeserver down at start is retried while Telegram
    // serves (with the honest fallback); a wrong passphrase or an unusable lobby still
    // stops `serve` once found.
    if config.matrix.enabled {
        tasks.extend(start_matrix(config, &prepared, shared)?);
    }
    // Replies queued before a restart go out now, not at the next update.
    doorbells.ring_all();
    tracing::info!(
        telegram = config.telegram.enabled,
        matrix = config.matrix.enabled,
        "varco ready"
    );
    let result = join_tasks(tasks).await;
    prepared.service.store().flush()?;
    tracing::info!("stopped; store flushed");
    result
}

/// How often `serve` looks for a key rotation requested by `varco keys rotate`, and for a
/// due epoch change (so forgetting is complete within about this, plus the change's time).
const ROTATION_POLL: Duration = Duration::from_secs(2);

/// Carry out key rotations `varco keys rotate` requests, and epoch changes forgetting made
/// due (several forgets since the last poll make one change), in the background while the
/// channels serve (turns go on during them), until `stop`. A failed rotation is reported
/// and tried again later; serving goes on under the key in use.
async fn watch_rotation(store: Arc<SledStore>, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            () = tokio::time::sleep(ROTATION_POLL) => {}
            () = stopped(&mut stop) => return,
        }
        if store.epoch_change_due() {
            change_epoch(&store).await;
        }
        if !store.rotation_requested() {
            continue;
        }
        let rotating = store.clone();
        match tokio::task::spawn_blocking(move || rotating.rotate_if_requested()).await {
            Ok(Ok(Some(done))) => tracing::info!(
                resealed = done.resealed,
                "store key rotated; the old key is no longer needed"
            ),
            Ok(Ok(None)) => {}
            Ok(Err(e)) => {
                tracing::error!(error = %e, "store key rotation failed; still serving under the current key");
                tokio::time::sleep(ROTATION_POLL * 30).await;
            }
            Err(_) => tracing::error!("store key rotation panicked"),
        }
    }
}

/// Carry out a due epoch change (something was forgotten) on the blocking pool; a failed
/// one is reported and tried again at the next poll.
async fn change_epoch(store: &Arc<SledStore>) {
    let changing = store.clone();
    match tokio::task::spawn_blocking(move || changing.change_epoch_if_due()).await {
        Ok(Ok(Some(done))) => tracing::info!(
            rewrapped = done.rewrapped,
            "epoch changed: what was forgotten is beyond every key that exists"
        ),
        Ok(Ok(None)) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "epoch change failed; tried again shortly"),
        Err(_) => tracing::error!("epoch change panicked"),
    }
}

/// The purge task: at start, then every `retention.purge_every_minutes`, what retention no
/// longer allows is removed (on the blocking pool; counts by class in the log). A failed
/// purge is logged and tried again at the next round: it never stops the helpline.
fn start_purge(config: &Config, prepared: &Prepared, shared: &Shared) -> tokio::task::JoinHandle<Result<(), Error>> {
    let service = prepared.service.clone();
    let limits = config.retention.limits();
    let every = Duration::from_secs(u64::from(config.retention.purge_every_minutes.max(1)) * 60);
    let mut stop = shared.stop.clone();
    let doorbells = shared.doorbells.clone();
    tokio::spawn(async move {
        while !*stop.borrow() {
            let s = service.clone();
            let purged = tokio::task::spawn_blocking(move || -> Result<conversation::PurgeReport, Error> {
                let report = s.purge(&limits, crate::clock::now_secs(), true)?;
                s.store().flush()?;
                Ok(report)
            })
            .await;
            match purged {
                Ok(Ok(r)) => {
                    tracing::info!(
                        idle_conversations = r.idle_conversations,
                        message_ids = r.message_ids,
                        closed_cases = r.closed_cases,
                        update_marks = r.update_marks,
                        audit_entries = r.audit_entries,
                        statistics = r.statistics,
                        "purge done"
                    );
                    // Rooms of expired cases are told.
                    doorbells.ring_all();
                }
                Ok(Err(e)) => tracing::error!(error = %e, "purge failed; tried again at the next round"),
                Err(_) => tracing::error!("purge task panicked; tried again at the next round"),
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                changed = stop.changed() => if changed.is_err() { break },
            }
        }
        Ok(())
    })
}

/// What the admin listener reports, read from the service and its store when asked:
/// readiness (the store reads, Telegram started and its Bot API answering lately, Matrix
/// started with its lobby checked and its sync answering), outboxes and their oldest
/// entries' ages, open cases, this month's counters and the counters since start; never an id.
fn admin_probe(
    config: &Config,
    service: &Arc<Service<SledStore>>,
    telegram_up: Arc<AtomicBool>,
) -> crate::admin::Probe {
    let (telegram, matrix) = (config.telegram.enabled, config.matrix.enabled);
    let telegram_window = telegram_window(config);
    let service = service.clone();
    Arc::new(move || {
        let store = service.store();
        let mut snap = crate::admin::Snapshot::default();
        snap.ready.push(("store", service.cursor(matrix::SYNC_CURSOR).is_ok()));
        let mut channels = Vec::new();
        if telegram {
            let reachable = crate::metrics::METRICS.telegram_reachable(crate::clock::now_secs(), telegram_window);
            snap.ready
                .push(("telegram", telegram_up.load(Ordering::SeqCst) && reachable));
            channels.push(telegram::CHANNEL);
        }
        if matrix {
            snap.ready.push(("matrix", service.operators_connected()));
            channels.extend([OPERATORS, matrix::CHANNEL]);
        }
        let now = crate::clock::now_secs();
        for channel in channels {
            let pending = store
                .outbox_pending(channel, crate::admin::OUTBOX_COUNT_CAP)
                .unwrap_or_default();
            let head = pending.first().map(|item| item.id.0);
            snap.outbox.push((channel.to_owned(), pending.len()));
            let age = crate::metrics::METRICS.oldest_age(channel, head, now);
            snap.outbox_oldest.push((channel.to_owned(), age));
        }
        snap.counts = crate::metrics::METRICS.read();
        cases_snapshot(&service, &mut snap);
        let month = format!("{}|", crate::stats::month(crate::clock::now_secs()));
        let mut events: std::collections::BTreeMap<String, u64> = Default::default();
        for (name, n) in store.counters().unwrap_or_default() {
            if let Some(event) = name.strip_prefix(&month) {
                let kind = event.split(':').next().unwrap_or(event);
                *events.entry(kind.to_owned()).or_default() += n;
            }
        }
        snap.month_events = events.into_iter().collect();
        snap
    })
}

/// How old the Bot API's last answer may be for `/readyz` to call Telegram reachable: a long
/// poll answers within its timeout, the webhook mode's probe every [`ingest::PROBE_EVERY`];
/// 30 s more for a slow answer.
fn telegram_window(config: &Config) -> u64 {
    let asks_every = match config.telegram.mode {
        TelegramMode::Polling => u64::from(config.telegram.poll_timeout_secs),
        TelegramMode::Webhook => ingest::PROBE_EVERY.as_secs(),
    };
    asks_every + 30
}

/// Open cases by status and how long the oldest queued one has waited.
fn cases_snapshot(service: &Service<SledStore>, snap: &mut crate::admin::Snapshot) {
    use crate::handoff::Status;
    let cases = service.cases().open_cases().unwrap_or_default();
    let count = |f: fn(&Status) -> bool| cases.iter().filter(|c| f(&c.status)).count();
    snap.cases = vec![
        ("queued", count(|s| matches!(s, Status::Queued))),
        ("claimed", count(|s| matches!(s, Status::Claimed { .. }))),
        ("released", count(|s| matches!(s, Status::Released))),
    ];
    let now = crate::clock::now_secs();
    snap.oldest_waiting_secs = cases
        .iter()
        .filter(|c| matches!(c.status, Status::Queued))
        .map(|c| now.saturating_sub(c.opened_at))
        .max()
        .unwrap_or(0);
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
    /// Rung when SIGHUP served a new roster: the Matrix channel then removes whoever left
    /// it from the case rooms (a permit waits if the channel has not started yet).
    roster_changed: Arc<Notify>,
}

/// What the Matrix channel needs to start, read from the config before any task runs: a
/// bad id or a missing secret stops `serve` at once, as before.
struct MatrixStart {
    settings: matrix::Settings,
    lobby: matrix::RoomIdBuf,
    timers: matrix::ingest::DeskTimers,
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
            timers: matrix::ingest::DeskTimers {
                claim_timeout: Duration::from_secs(m.claim_timeout_minutes * 60),
                owner_silence: m.owner_silence(),
                flag_expiry: m.flag_expiry(),
            },
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
        roster_changed,
    } = shared;
    let bot = matrix::Bot::connect(start.settings.clone()).await?;
    matrix::start::check_lobby(&bot, &start.lobby)
        .await
        .map_err(Error::Lobby)?;
    tracing::info!("matrix lobby joined and encrypted");
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
    matrix::start::sweep_case_rooms(&desk, matrix::start::Sweep::Start).await?;
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
    let timeout = start.timers;
    let ingest = {
        let desk = desk.clone();
        let stop = stop.clone();
        async move {
            matrix::ingest::run(desk, events, resumed, timeout, stop)
                .await
                .map_err(Error::from)
        }
    };
    let roster = {
        let (desk, stop) = (desk.clone(), stop.clone());
        async move {
            matrix::start::follow_roster(desk, roster_changed, stop)
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
        stopping(stop_tx.clone(), roster),
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
                    tracing::info!("homeserver back: matrix sync answers again; operators reachable");
                    up = true;
                    service.set_operators_connected(true);
                }
                if to.send(event).await.is_err() {
                    return;
                }
            }
            Ok(None) => return,
            Err(_) if up => {
                tracing::warn!("homeserver lost: matrix sync silent; operators counted as unreachable");
                up = false;
                service.set_operators_connected(false);
            }
            Err(_) => {}
        }
    }
}

/// Telegram's "invalid token" answer as the one error naming the token's key.
fn token_refused(e: telegram::Error) -> Error {
    use teloxide::{ApiError, RequestError};
    match e {
        telegram::Error::Request(RequestError::Api(ApiError::InvalidToken)) => Error::TelegramToken,
        e => Error::Telegram(e),
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
        ..
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
    ingest::configure_webhook(&channel, registration)
        .await
        .map_err(token_refused)?;
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
