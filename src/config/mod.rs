//! Owns the typed configuration (TOML file + `VARCO__SECTION__KEY` environment overrides),
//! its validation and the resolution of secrets; must not open network connections or the
//! store, and must never log or print a secret.
//!
//! # Loading
//!
//! [`Config::load`] reads one TOML file, applies `VARCO__…` environment overrides on top of
//! it and deserialises the typed [`Config`]. Every key except secrets has a default, so an
//! empty file is a valid configuration with every channel disabled. Unknown keys are errors
//! naming the key and its line (`varco.toml:7:1: unknown field `tokn`, expected …`).
//! Loading checks only the shape of the file; call [`Config::validate`] for the rules that
//! tie keys together (required keys of enabled channels, formats of ids and URLs).
//!
//! # Paths
//!
//! Paths (`store.path`, `*_file`, `flows.dir`, …) are kept exactly as written. Relative
//! paths are resolved by the operating system against the current directory of the
//! process, not against the directory of the configuration file, so run `varco serve` from
//! the deployment directory (systemd: `WorkingDirectory=`) or use absolute paths.
//!
//! # Secrets
//!
//! Secrets never live in the file itself: each has a `*_file` key and an environment
//! variable that wins over it (see [`SecretName`]). [`Config::resolve_secret`] reads them
//! on demand and returns a [`Secret`] whose `Debug` is `Secret(***)`. The store's master
//! key is not one of them: `store.key_file` is read by `store::key::MasterKey::load`.

mod env;
mod reload;
mod secret;
mod validate;

use std::collections::BTreeMap;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use reload::{changed_keys, Reread, ROSTER_KEY};
pub use secret::{Secret, SecretName, MIN_STORE_PASSPHRASE_CHARS};

use crate::directory::Directory;

/// The only configuration format version this build reads.
pub(crate) const CONFIG_VERSION: u32 = 1;

/// Prefix of every environment variable that overrides a key (`VARCO__SECTION__KEY`).
pub(crate) const ENV_PREFIX: &str = "VARCO__";

/// The configuration's result: every failure is an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a configuration cannot be used. Each message names the file, key or variable at fault
/// and never a secret's value.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration file itself could not be read.
    #[error("{}: cannot read configuration: {message}", path.display())]
    Read {
        /// The configuration file.
        path: PathBuf,
        /// The operating system's reason.
        message: String,
    },
    /// The file is not valid TOML or does not fit the schema (unknown key, wrong type,
    /// unsupported version). `line` and `column` are 1-based.
    #[error("{file}:{line}:{column}: {message}")]
    Parse {
        /// The configuration file, as named.
        file: String,
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What is wrong, from the TOML parser or the schema.
        message: String,
    },
    /// A `VARCO__…` environment variable names an unknown key or holds an unusable value.
    #[error("{var}: {message}")]
    Env {
        /// The variable's name (`VARCO__…`).
        var: String,
        /// What is wrong with it.
        message: String,
    },
    /// [`Config::validate`] found problems; each names its key. Displayed one per line.
    #[error("{}", DisplayProblems(.0))]
    Invalid(Vec<Problem>),
    /// A secret is missing, unreadable or malformed; `key` is the `*_file` key.
    #[error("{key}: {message}")]
    Secret {
        /// The `*_file` key (or environment variable) the secret was expected from.
        key: String,
        /// What is wrong; never any part of the secret.
        message: String,
    },
    /// The `directory.file` is missing, unreadable or not a valid directory; `problem`
    /// names the file (and the line of a parse error).
    #[error("directory.file: {problem}")]
    Directory {
        /// What is wrong, naming the file (and line).
        problem: String,
    },
}

/// One validation problem: the dotted key at fault (`matrix.operators[1].user`) and what
/// is wrong with it (lowercase, no trailing period).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The dotted key at fault.
    pub key: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

struct DisplayProblems<'a>(&'a [Problem]);

impl fmt::Display for DisplayProblems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// The whole configuration. `Default` is every default with both channels disabled.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Format version of the file; only `CONFIG_VERSION` is accepted.
    pub version: u32,
    /// `[helpline]`: the helpline's name, numbers and default language.
    pub helpline: HelplineConfig,
    /// `[l10n]`: where locales come from and the fallback chain.
    pub l10n: L10nConfig,
    /// `[flows]`: where flows come from.
    pub flows: FlowsConfig,
    /// `[store]`: the encrypted store's directory and key file.
    pub store: StoreConfig,
    /// `[telegram]`: the Telegram channel for people.
    pub telegram: TelegramConfig,
    /// `[matrix]`: the Matrix channel and the operators' roster.
    pub matrix: MatrixConfig,
    /// `[directory]`: where the referral directory comes from.
    pub directory: DirectoryConfig,
    /// `[limits]`: what the process may hold at once.
    pub limits: LimitsConfig,
    /// `[campaigns]`: the `/start` campaign tags that are counted by name.
    pub campaigns: CampaignsConfig,
    /// `[retention]`: how long each class of record is kept.
    pub retention: RetentionConfig,
    /// `[admin]`: the administrator's HTTP listener (health, readiness, metrics) and the
    /// local socket of `serve` (backups, stats while serving).
    pub admin: AdminConfig,
    /// Secret values given as environment variables when the config was loaded; they win
    /// over the `*_file` keys in [`Config::resolve_secret`].
    #[serde(skip)]
    secret_env: BTreeMap<SecretName, Secret>,
    /// The file this was loaded from ([`Config::load`]), read again on SIGHUP
    /// ([`Config::reread`]).
    #[serde(skip)]
    source: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            version: CONFIG_VERSION,
            helpline: HelplineConfig::default(),
            l10n: L10nConfig::default(),
            flows: FlowsConfig::default(),
            store: StoreConfig::default(),
            telegram: TelegramConfig::default(),
            matrix: MatrixConfig::default(),
            directory: DirectoryConfig::default(),
            limits: LimitsConfig::default(),
            campaigns: CampaignsConfig::default(),
            retention: RetentionConfig::default(),
            admin: AdminConfig::default(),
            secret_env: BTreeMap::new(),
            source: None,
        }
    }
}

/// `[helpline]`: who the bot speaks for; used in messages to victims.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct HelplineConfig {
    /// The helpline's name as people are told it (the `$helpline` argument of texts).
    pub name: String,
    /// Free-call number shown to victims, as it should be displayed.
    pub phone: String,
    /// Emergency number for immediate danger.
    pub emergency: String,
    /// BCP-47 tag of the language used before the person chooses one.
    pub default_language: String,
}

impl Default for HelplineConfig {
    fn default() -> Self {
        HelplineConfig {
            name: "Numero Verde Antitratta".to_owned(),
            phone: "800 290 290".to_owned(),
            emergency: "112".to_owned(),
            default_language: "it".to_owned(),
        }
    }
}

/// `[l10n]`: where the Fluent files are and how languages fall back.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct L10nConfig {
    /// Directory holding `<lang>/*.ftl`; `None`: the locales built into the binary.
    pub locales_dir: Option<PathBuf>,
    /// Per-language chain tried before the reference locale `en` (e.g. `pcm = ["en"]`).
    pub fallback: BTreeMap<String, Vec<String>>,
}

/// The reference locale: every message exists in it, and it ends every fallback chain.
pub(crate) const REFERENCE_LOCALE: &str = "en";

impl L10nConfig {
    /// The languages to try for `lang`, in order: `lang` itself, its configured fallback
    /// chain, then `REFERENCE_LOCALE`; without duplicates.
    pub fn chain_for(&self, lang: &str) -> Vec<String> {
        let configured = self.fallback.get(lang).map(Vec::as_slice).unwrap_or(&[]);
        let mut chain: Vec<String> = Vec::with_capacity(configured.len() + 2);
        let all = std::iter::once(lang)
            .chain(configured.iter().map(String::as_str))
            .chain(std::iter::once(REFERENCE_LOCALE));
        for l in all {
            if !chain.iter().any(|c| c == l) {
                chain.push(l.to_owned());
            }
        }
        chain
    }
}

/// `[flows]`: where the flow definitions are.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct FlowsConfig {
    /// Directory holding `*.toml` flow files; `None`: the flows built into the binary.
    pub dir: Option<PathBuf>,
}

/// `[directory]`: the referral directory of local projects.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DirectoryConfig {
    /// The directory file (`deploy/directory.toml` format); `None`: the copy built into the
    /// binary. Read by [`Config::directory`].
    pub file: Option<PathBuf>,
}

/// `[limits]`: bounds on what the process holds at once, whatever people and operators send.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Megabytes of files held in memory at once, across every file being fetched or sent
    /// (a file waits for room; one larger than this cannot pass).
    pub files_in_flight_mb: u32,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            files_in_flight_mb: 100,
        }
    }
}

/// `[campaigns]`: the `/start` payloads (deep-link campaign tags) counted by name. Any other
/// payload is free text a person could type: it counts as `other` and is never stored or
/// logged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CampaignsConfig {
    /// The known tags (`A-Za-z0-9_-`, at most 64 characters each).
    pub tags: Vec<String>,
}

/// `[retention]`: how long each class of record is kept before `varco purge` (and the
/// purge task of `serve`) removes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {
    /// Days without a message after which a conversation is forgotten (as a quick exit).
    pub idle_conversation_days: u32,
    /// Hours a message id is kept for the quick exit's deletions (Telegram: at most 48).
    pub message_ids_hours: u32,
    /// Days a closed case's record is kept after it closed.
    pub closed_case_days: u32,
    /// Days the marks of handled updates are kept (duplicate detection).
    pub update_marks_days: u32,
    /// Days the operators' audit log entries are kept.
    pub audit_log_days: u32,
    /// Months of monitoring counters kept, the current one included.
    pub statistics_months: u32,
    /// Minutes between two purges while `serve` runs.
    pub purge_every_minutes: u32,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            idle_conversation_days: 30,
            message_ids_hours: 48,
            closed_case_days: 90,
            update_marks_days: 7,
            audit_log_days: 730,
            statistics_months: 36,
            purge_every_minutes: 60,
        }
    }
}

impl RetentionConfig {
    /// The limits as the purge takes them.
    pub fn limits(&self) -> crate::conversation::Retention {
        let days = |d: u32| u64::from(d) * 86_400;
        crate::conversation::Retention {
            idle_conversation: days(self.idle_conversation_days),
            message_ids: u64::from(self.message_ids_hours) * 3600,
            closed_cases: days(self.closed_case_days),
            update_marks: days(self.update_marks_days),
            audit_log: days(self.audit_log_days),
            statistics_months: self.statistics_months,
        }
    }
}

/// `[admin]`: the administrator's access to a running `serve`: an HTTP listener, separate
/// from the webhook (`/healthz`, `/readyz`, `/metrics` in Prometheus text; nothing that
/// identifies a person, chat or room), and a local Unix socket for `varco backup` and
/// `varco stats`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// Whether `serve` runs the HTTP listener.
    pub enabled: bool,
    /// Address it binds; loopback by default (a metrics scraper on the same host, or a
    /// reverse proxy that restricts who may read it).
    pub listen: SocketAddr,
    /// The Unix socket (mode 0600) on which `serve` answers `varco backup` and `varco stats`;
    /// `None`: `<store.path>.sock` beside the store. Read by [`Config::admin_socket`].
    pub socket: Option<PathBuf>,
}

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            enabled: true,
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 9464)),
            socket: None,
        }
    }
}

impl Config {
    /// The admin socket's path: `[admin] socket`, or the store directory's path plus `.sock`.
    pub fn admin_socket(&self) -> PathBuf {
        self.admin.socket.clone().unwrap_or_else(|| {
            let mut path = self.store.path.clone().into_os_string();
            path.push(".sock");
            PathBuf::from(path)
        })
    }
}

/// `[store]`: the encrypted sled store.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// The sled directory.
    pub path: PathBuf,
    /// Master key file written by `varco keys generate`; read by the store, not here.
    pub key_file: PathBuf,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            path: PathBuf::from("data/varco"),
            key_file: PathBuf::from("secrets/store.key"),
        }
    }
}

/// `[telegram]`: the Telegram Bot API channel.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramConfig {
    /// Whether `serve` runs the Telegram channel; its other keys are then checked.
    pub enabled: bool,
    /// File holding the bot token ([`SecretName::TelegramToken`]).
    pub token_file: Option<PathBuf>,
    /// Bot API base URL, without the `/bot<token>` part; tests point it at a loopback server.
    pub api_url: String,
    /// Long polling or webhook.
    pub mode: TelegramMode,
    /// Required when `mode = "webhook"`, ignored otherwise.
    pub webhook: Option<WebhookConfig>,
    /// Long-poll timeout of `getUpdates`, in seconds.
    pub poll_timeout_secs: u32,
    /// Least time between two messages to one chat, in milliseconds (Telegram allows
    /// about one per second; 0 turns per-chat pacing off).
    pub per_chat_interval_ms: u64,
    /// Most messages per second across all chats (Telegram allows about 30; 0: no limit).
    pub global_per_second: u32,
    /// Messages per minute one chat may send before it gets one polite answer and the rest
    /// are acknowledged without a turn (0: no limit).
    pub flood_per_minute: u32,
}

impl Default for TelegramConfig {
    fn default() -> Self {
        TelegramConfig {
            enabled: false,
            token_file: None,
            api_url: "https://api.telegram.org".to_owned(),
            mode: TelegramMode::Polling,
            webhook: None,
            poll_timeout_secs: 20,
            per_chat_interval_ms: 1000,
            global_per_second: 30,
            flood_per_minute: 40,
        }
    }
}

/// How updates arrive from Telegram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TelegramMode {
    /// `getUpdates` long polling: no inbound port needed.
    #[default]
    Polling,
    /// Telegram POSTs updates to `[telegram.webhook]`.
    Webhook,
}

/// `[telegram.webhook]`: the HTTPS endpoint Telegram posts updates to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhookConfig {
    /// Local address the webhook listener binds (usually behind a TLS reverse proxy).
    pub listen: SocketAddr,
    /// Public `https://` URL registered with `setWebhook`; never contains the bot token.
    /// Empty means not set.
    pub public_url: String,
    /// File holding the `X-Telegram-Bot-Api-Secret-Token` value
    /// ([`SecretName::TelegramWebhookSecret`]).
    pub secret_token_file: Option<PathBuf>,
    /// Larger request bodies are refused before being parsed.
    pub max_body_bytes: usize,
    /// Seconds a connection may take to send a request's headers (from its start or its
    /// last answer) before it is closed: a slow or idle client cannot hold a connection.
    pub header_timeout_secs: u64,
    /// Seconds a request with the right secret may take to send its body.
    pub body_timeout_secs: u64,
    /// Connections served at once, also registered with `setWebhook` (Telegram allows
    /// 1–100). Further connections wait until one closes.
    pub max_connections: u8,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 8443)),
            public_url: String::new(),
            secret_token_file: None,
            max_body_bytes: 1_048_576,
            header_timeout_secs: 10,
            body_timeout_secs: 10,
            max_connections: 100,
        }
    }
}

/// `[matrix]`: the Matrix channel, for victims and for operators.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MatrixConfig {
    /// Whether `serve` connects to Matrix: case rooms for operators, direct chats for people.
    /// Without it nobody can take a case, and a handoff gives the honest fallback.
    pub enabled: bool,
    /// Homeserver base URL. Empty means not set.
    pub homeserver: String,
    /// The bot's own user id (`@varco:example.org`). Empty means not set.
    pub user: String,
    /// File holding the bot account's password ([`SecretName::MatrixPassword`]).
    pub password_file: Option<PathBuf>,
    /// matrix-sdk session and crypto store directory.
    pub store_dir: PathBuf,
    /// File holding the crypto store passphrase ([`SecretName::MatrixStorePassphrase`]).
    pub store_passphrase_file: Option<PathBuf>,
    /// Room id (`!…`) of the duty lobby where new cases are announced. Empty means not set.
    pub lobby_room: String,
    /// The duty roster: only these users may claim and answer cases.
    pub operators: Vec<OperatorConfig>,
    /// Minutes a queued case may wait for a claim before the person is told honestly that
    /// nobody has answered yet and the lobby is reminded (again after as many minutes).
    pub claim_timeout_minutes: u64,
    /// Minutes a claimed case's owner may leave the person waiting (the person wrote last)
    /// before the lobby is told, once, and any operator on duty may `!takeover` it. A
    /// fraction is allowed (`0.5`: 30 seconds), so a rehearsal or a test need not wait
    /// minutes; the desk's timers are then checked more often.
    pub owner_silence_minutes: f64,
    /// Hours a flagged case (opened by a danger word, not by a request) may wait for
    /// someone to take it before it is closed as expired, the lobby told once. A fraction
    /// is allowed, as for `owner_silence_minutes`.
    pub flag_expiry_hours: f64,
    /// Long-poll timeout of each `/sync`, in seconds (a shutdown cancels the sync in
    /// flight rather than wait for it).
    pub poll_timeout_secs: u64,
    /// Direct chats one Matrix account may have open with the bot at once; its further
    /// invites are declined (counted by keyed hash, never by user id).
    pub max_direct_chats_per_account: u32,
}

impl Default for MatrixConfig {
    fn default() -> Self {
        MatrixConfig {
            enabled: false,
            homeserver: String::new(),
            user: String::new(),
            password_file: None,
            store_dir: PathBuf::from("data/matrix"),
            store_passphrase_file: None,
            lobby_room: String::new(),
            operators: Vec::new(),
            claim_timeout_minutes: 10,
            owner_silence_minutes: 10.0,
            flag_expiry_hours: 72.0,
            poll_timeout_secs: 10,
            max_direct_chats_per_account: 3,
        }
    }
}

/// The longest `matrix.owner_silence_minutes`: a week.
pub const MAX_OWNER_SILENCE_MINUTES: f64 = 7.0 * 24.0 * 60.0;
/// The longest `matrix.flag_expiry_hours`: a year.
pub const MAX_FLAG_EXPIRY_HOURS: f64 = 365.0 * 24.0;

impl MatrixConfig {
    /// `owner_silence_minutes` as a duration (validation keeps it above 0 and within
    /// [`MAX_OWNER_SILENCE_MINUTES`]; anything else reads as the default).
    pub fn owner_silence(&self) -> Duration {
        Duration::try_from_secs_f64(self.owner_silence_minutes * 60.0).unwrap_or(Duration::from_secs(600))
    }

    /// `flag_expiry_hours` as a duration (validation keeps it above 0 and within
    /// [`MAX_FLAG_EXPIRY_HOURS`]; anything else reads as the default).
    pub fn flag_expiry(&self) -> Duration {
        Duration::try_from_secs_f64(self.flag_expiry_hours * 3600.0).unwrap_or(Duration::from_secs(72 * 3600))
    }
}

/// One `[[matrix.operators]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct OperatorConfig {
    /// Matrix user id (`@anna:example.org`).
    pub user: String,
    /// BCP-47 tags of the languages this operator takes cases in.
    pub languages: Vec<String>,
}

impl Config {
    /// Parse a configuration from TOML text without looking at the environment.
    /// `source_name` names the text in error messages (usually the file path).
    pub fn from_toml_str(text: &str, source_name: &str) -> Result<Config> {
        Config::from_toml_str_with_env(text, source_name, std::iter::empty())
    }

    /// Parse a configuration from TOML text, then apply the `VARCO__…` variables of `env`
    /// (others are ignored) and remember the secret ones for [`Config::resolve_secret`].
    pub fn from_toml_str_with_env<I>(text: &str, source_name: &str, env: I) -> Result<Config>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let env = env::Environment::collect(env)?;
        let parse_error = |e: toml::de::Error| parse_error(&e, text, source_name);

        // Deserialising straight from the text keeps toml's spans, so every mistake in the
        // file is reported with its line before any environment variable is considered.
        let mut config: Config = toml::from_str(text).map_err(parse_error)?;
        if config.version != CONFIG_VERSION {
            return Err(version_error(config.version, text, source_name));
        }
        if !env.overrides.is_empty() {
            let mut table: toml::Table = text.parse().map_err(parse_error)?;
            for setting in &env.overrides {
                setting.apply(&mut table)?;
            }
            config = Config::deserialize(toml::Value::Table(table)).map_err(|e| Error::Env {
                var: ENV_PREFIX.to_owned(),
                message: clean_message(e.message()),
            })?;
            if config.version != CONFIG_VERSION {
                return Err(Error::Env {
                    var: format!("{ENV_PREFIX}VERSION"),
                    message: unsupported_version(config.version),
                });
            }
        }
        config.secret_env = env.secrets;
        Ok(config)
    }

    /// Load the file at `path` with overrides from the process environment.
    pub fn load(path: &Path) -> Result<Config> {
        // `std::env::vars` panics on non-UTF-8 variables; ours must be UTF-8, others are
        // none of our business.
        let mut vars = Vec::new();
        for (name, value) in std::env::vars_os() {
            let Some(name) = name.to_str() else { continue };
            if !name.starts_with(ENV_PREFIX) {
                continue;
            }
            let value = value.into_string().map_err(|_| Error::Env {
                var: name.to_owned(),
                message: "value is not valid utf-8".to_owned(),
            })?;
            vars.push((name.to_owned(), value));
        }
        Config::load_with_env(path, vars)
    }

    /// Load the file at `path` with overrides from `env` instead of the process
    /// environment (tests pass a fake one).
    pub fn load_with_env<I>(path: &Path, env: I) -> Result<Config>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.to_owned(),
            message: secret::io_message(&e),
        })?;
        let mut config = Config::from_toml_str_with_env(&text, &path.display().to_string(), env)?;
        config.source = Some(path.to_owned());
        Ok(config)
    }

    /// Check the rules that tie keys together; reports every problem at once, each naming
    /// its key. Reads no files: secrets are only checked to have a source (file key or
    /// environment variable); [`Config::resolve_secret`] reads them.
    pub fn validate(&self) -> Result<()> {
        let problems = validate::problems(self);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(problems))
        }
    }

    /// Read one secret: its environment variable if it was set when the configuration was
    /// loaded, else the file named by its `*_file` key (trailing whitespace trimmed).
    /// Errors are one line naming the key, the file and the variable.
    pub fn resolve_secret(&self, which: SecretName) -> Result<Secret> {
        let from_env = self.secret_env.get(&which);
        secret::resolve(which, from_env, self.secret_file(which))
    }

    /// Read every secret the enabled channels need and drop it again, so that a missing,
    /// unreadable, too open (group or others may read or write the file) or malformed one
    /// (a store passphrase shorter than 16 characters) stops start-up with one line before
    /// anything opens a store. The first problem is returned.
    pub fn check_secrets(&self) -> Result<()> {
        match self.secret_problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Every problem [`Config::check_secrets`] would stop at, not only the first (for
    /// `varco config check`); each names its key, never a value.
    pub fn secret_problems(&self) -> Vec<Error> {
        let t = &self.telegram;
        let needed = [
            (SecretName::TelegramToken, t.enabled),
            (
                SecretName::TelegramWebhookSecret,
                t.enabled && t.mode == TelegramMode::Webhook,
            ),
            (SecretName::MatrixPassword, self.matrix.enabled),
            (SecretName::MatrixStorePassphrase, self.matrix.enabled),
        ];
        needed
            .into_iter()
            .filter(|(_, needed)| *needed)
            .filter_map(|(which, _)| self.resolve_secret(which).err())
            .collect()
    }

    /// Whether `which` has a source: its environment variable or its `*_file` key.
    pub(crate) fn has_secret_source(&self, which: SecretName) -> bool {
        self.secret_env.contains_key(&which) || self.secret_file(which).is_some()
    }

    /// The referral directory: `directory.file` when set, else the copy built into the
    /// binary. An error is one line naming the key and the file (and the line of a parse
    /// error).
    pub fn directory(&self) -> Result<Directory> {
        crate::content::read_directory(self.directory.file.as_deref()).map_err(|d| {
            let problem = match d.line {
                0 => format!("{}: {}", d.file, d.message),
                line => format!("{}:{line}:{}: {}", d.file, d.column, d.message),
            };
            Error::Directory { problem }
        })
    }

    /// The `*_file` key of `which`, if set.
    pub(crate) fn secret_file(&self, which: SecretName) -> Option<&Path> {
        match which {
            SecretName::TelegramToken => self.telegram.token_file.as_deref(),
            SecretName::TelegramWebhookSecret => self
                .telegram
                .webhook
                .as_ref()
                .and_then(|w| w.secret_token_file.as_deref()),
            SecretName::MatrixPassword => self.matrix.password_file.as_deref(),
            SecretName::MatrixStorePassphrase => self.matrix.store_passphrase_file.as_deref(),
        }
    }
}

/// toml's error as `file:line:col: message`, line and column 1-based.
fn parse_error(e: &toml::de::Error, text: &str, source_name: &str) -> Error {
    let (line, column) = e.span().map(|span| line_col(text, span.start)).unwrap_or((1, 1));
    Error::Parse {
        file: source_name.to_owned(),
        line,
        column,
        message: clean_message(e.message()),
    }
}

fn version_error(version: u32, text: &str, source_name: &str) -> Error {
    /// Same key as `Config::version`, with its span (no `deny_unknown_fields`: the rest of
    /// the file has been checked already).
    #[derive(Deserialize)]
    struct VersionSpan {
        version: Option<toml::Spanned<toml::Value>>,
    }
    let (line, column) = toml::from_str::<VersionSpan>(text)
        .ok()
        .and_then(|v| v.version)
        .map(|v| line_col(text, v.span().start))
        .unwrap_or((1, 1));
    Error::Parse {
        file: source_name.to_owned(),
        line,
        column,
        message: unsupported_version(version),
    }
}

fn unsupported_version(version: u32) -> String {
    format!("unsupported config version {version} (this varco reads version {CONFIG_VERSION})")
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// House style for messages: one line, lowercase first letter, no trailing period; and
/// no configured value in it (see [`without_values`]).
fn clean_message(message: &str) -> String {
    let one_line = without_values(message.trim()).replace('\n', " ");
    let trimmed = one_line.trim_end_matches('.');
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words after which serde and toml quote the value they were given (`invalid type: string
/// "…"`, `unknown variant `…``, `invalid value: integer `…``): what a token put in the
/// wrong key, or an environment override, would show. Field names and the expected
/// alternatives are quoted the same way but are not values, so they stay.
const VALUE_MARKERS: [&str; 6] = [
    "string ",
    "variant ",
    "integer ",
    "floating point ",
    "character ",
    "boolean ",
];

/// `message` with every quoted value dropped: `invalid type: string "123:abc", expected a
/// boolean` becomes `invalid type: string, expected a boolean`. An error must never echo
/// a value that could be a secret.
fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(['"', '`']) {
        let (before, quoted) = rest.split_at(at);
        let is_value = VALUE_MARKERS.iter().any(|m| before.ends_with(m));
        let end = quoted_len(quoted);
        if is_value {
            out.push_str(before.trim_end_matches(' '));
        } else {
            out.push_str(before);
            out.push_str(&quoted[..end]);
        }
        rest = &quoted[end..];
    }
    out.push_str(rest);
    out
}

/// Length of the quoted part at the start of `text` (which starts with `"` or a backtick),
/// closing quote included; to the end when it is not closed. `\"` inside `"…"` (a
/// debug-escaped string) does not close it.
fn quoted_len(text: &str) -> usize {
    let mut chars = text.char_indices();
    let Some((_, open)) = chars.next() else { return 0 };
    let mut escaped = false;
    for (i, c) in chars {
        match c {
            '\\' if open == '"' && !escaped => escaped = true,
            c if c == open && !escaped => return i + c.len_utf8(),
            _ => escaped = false,
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::without_values;

    #[test]
    fn values_are_dropped_and_names_kept() {
        let cases = [
            (
                r#"invalid type: string "123:abc\" x", expected a boolean"#,
                "invalid type: string, expected a boolean",
            ),
            (
                "unknown variant `s3cret`, expected `polling` or `webhook`",
                "unknown variant, expected `polling` or `webhook`",
            ),
            (
                "invalid value: integer `-7`, expected u32",
                "invalid value: integer, expected u32",
            ),
            (
                "unknown field `tokn`, expected one of `enabled`, `mode`",
                "unknown field `tokn`, expected one of `enabled`, `mode`",
            ),
            ("invalid type: string \"unclosed", "invalid type: string"),
        ];
        for (given, expected) in cases {
            assert_eq!(without_values(given), expected, "{given}");
        }
    }
}
