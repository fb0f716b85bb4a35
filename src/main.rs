//! The `varco` command line. The only place that uses `anyhow`: it turns library errors
//! into one clear line (`error: …`) and an exit code, never a panic.

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use varco::channel::terminal;
use varco::config::Config;
use varco::content::{Content, ContentPaths};
use varco::conversation::{Helpline, Service};
use varco::flow::Diagnostic;
use varco::l10n::LocaleStatus;
use varco::store::{MasterKey, SledStore};

#[derive(Parser)]
#[command(
    name = "varco",
    version,
    about = "Secure messaging front door of an anti-trafficking helpline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the helpline's flows in this terminal (reads stdin line by line).
    Chat {
        /// Language hint, as a phone would send it (e.g. `en`, `it`).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_name = "DIR")]
        flows: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Keep the store (and, in this try-out mode only, its key) in DIR; default: a
        /// temporary directory removed at the end.
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
    },
    /// Run the configured channels until SIGTERM.
    Serve {
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Flow files.
    Flows {
        #[command(subcommand)]
        command: FlowsCommand,
    },
    /// Translations.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
    /// Monthly anonymous counters (conversations, campaigns, languages, handoffs, quick
    /// exits); cells under 5 are shown as "<5". Reads the store, so stop `serve` first.
    Stats {
        #[arg(long, value_name = "FILE", conflicts_with = "data")]
        config: Option<PathBuf>,
        /// The store of `varco chat --data DIR`.
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The referral directory of partners.
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// Store keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The configuration file.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Check a configuration without starting anything: its keys, its secrets (present,
    /// mode 0600, well formed), the store key file and the content `serve` would load.
    /// Reports every problem at once, never a secret's value; exit 1 on any.
    Check {
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
}

#[derive(Subcommand)]
enum FlowsCommand {
    /// Validate flows against the locales; exit 1 on any error. Without options: the
    /// copies built into `varco`.
    Check {
        #[arg(long, value_name = "DIR", conflicts_with = "config")]
        flows: Option<PathBuf>,
        #[arg(long, value_name = "DIR", conflicts_with = "config")]
        locales: Option<PathBuf>,
        /// What `varco serve --config FILE` would load (its `[flows] dir`, `[l10n]`
        /// keys and `[directory] file`, or the built-in copies).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Validate a directory file (unknown region or province, repeated or empty names,
    /// contacts of the wrong shape), each problem with file and line; exit 1 on any error.
    /// Without options: the copy built into `varco`.
    Check {
        /// A directory file, e.g. the helpline's own copy.
        #[arg(long, value_name = "FILE", conflicts_with = "config")]
        file: Option<PathBuf>,
        /// The copy this configuration names in `[directory] file`.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Per-locale coverage against the reference (en), review state, and each file's
    /// legal-review state (`### legal-review: pending|reviewed|none`).
    Status {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        flows: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Write a new 256-bit store key to FILE (mode 0600); never overwrites.
    Generate {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// The log filter without `VARCO_LOG`: Varco's own lines at info (ready, each channel
/// up, the lobby joined, the homeserver lost and back, a case that cannot reach an
/// operator), dependencies only when they warn.
const DEFAULT_LOG: &str = "info,sled=warn,hyper=warn,hyper_util=warn,reqwest=warn,h2=warn,rustls=warn,teloxide=warn,teloxide_core=warn,tower=warn";

/// Exit code of a configuration error (a key, a secret, a file it names): the service
/// manager should not restart into it. 0 is a clean stop, 1 a failure while running.
const EXIT_CONFIG: u8 = 2;

fn main() -> ExitCode {
    let mut filter = tracing_subscriber::EnvFilter::try_from_env("VARCO_LOG").unwrap_or_else(|_| DEFAULT_LOG.into());
    // matrix-sdk (and matrix-sdk-crypto, -base, … by prefix) and ruma log user ids and request
    // URLs even at warn/error; Varco's own `channel::matrix` logs say what failed without them.
    for quiet in ["matrix_sdk=off", "ruma=off"] {
        if let Ok(directive) = quiet.parse() {
            filter = filter.add_directive(directive);
        }
    }
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(io::stderr)
        .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", one_line(&err));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes joined with `: `, leaving out a cause whose text is already
/// said (teloxide repeats its own: "A Telegram's error: …: A Telegram's error: …").
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Chat {
            lang,
            flows,
            locales,
            data,
        } => chat(lang, flows, locales, data),
        Command::Serve { config } => serve(&config),
        Command::Flows {
            command: FlowsCommand::Check { flows, locales, config },
        } => match config {
            Some(config) => flows_check_config(&config),
            None => flows_check(flows, locales),
        },
        Command::L10n {
            command: L10nCommand::Status { format, locales, flows },
        } => l10n_status(format, flows, locales),
        Command::Stats { config, data, format } => stats(config, data, format),
        Command::Directory {
            command: DirectoryCommand::Check { file, config },
        } => directory_check(file, config),
        Command::Keys {
            command: KeysCommand::Generate { out },
        } => keys_generate(&out),
        Command::Config {
            command: ConfigCommand::Check { config },
        } => config_check(&config),
    }
}

/// `varco flows check`: the diagnostics, then a summary (exit 0) or the error count (exit 1).
fn flows_check(flows: Option<PathBuf>, locales: Option<PathBuf>) -> Result<ExitCode> {
    content_check(&ContentPaths {
        flows,
        locales,
        ..ContentPaths::default()
    })
}

/// `varco flows check --config FILE`: the content `serve` would load with that file.
fn flows_check_config(config: &Path) -> Result<ExitCode> {
    let config = Config::load(config)?;
    content_check(&varco::serve::content_paths(&config))
}

/// `varco config check`: every problem of the configuration, its secrets, its store key
/// and its content, one per line; `ok` and exit 0, or the count and exit 1.
fn config_check(path: &Path) -> Result<ExitCode> {
    let config = match Config::load(path) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("{e}");
            eprintln!("1 problem(s); fix it and check again (later keys were not checked yet)");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut problems: Vec<String> = Vec::new();
    if let Err(e) = config.validate() {
        problems.extend(e.to_string().lines().map(str::to_owned));
    }
    problems.extend(config.secret_problems().iter().map(ToString::to_string));
    if let Some(e) = varco::serve::key_problem(&config) {
        problems.push(e.to_string());
    }
    let content = Content::load(&varco::serve::content_paths(&config));
    let (diags, content_errors) = match &content {
        Ok(c) => (c.warnings.clone(), 0),
        Err(d) => (d.clone(), d.iter().filter(|d| d.is_error()).count()),
    };
    print_diagnostics(&diags);
    for p in &problems {
        eprintln!("{p}");
    }
    let total = problems.len() + content_errors;
    if total > 0 {
        eprintln!("{total} problem(s)");
        return Ok(ExitCode::FAILURE);
    }
    println!(
        "ok: {} (telegram {}, matrix {})",
        path.display(),
        on_off(config.telegram.enabled),
        on_off(config.matrix.enabled)
    );
    Ok(ExitCode::SUCCESS)
}

fn on_off(enabled: bool) -> &'static str {
    if enabled {
        "on"
    } else {
        "off"
    }
}

/// Load and check content, print its diagnostics and a summary (exit 0) or the error
/// count (exit 1).
fn content_check(paths: &ContentPaths) -> Result<ExitCode> {
    match Content::load(paths) {
        Ok(content) => {
            print_diagnostics(&content.warnings);
            println!(
                "ok: {} nodes, {} languages ({})",
                content.flows.len(),
                content.locales.languages().len(),
                content.locales.languages().join(", ")
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            print_diagnostics(&diags);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            eprintln!("{errors} error(s)");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `varco directory check`: the problems, then a summary (exit 0) or the error count (exit 1).
fn directory_check(file: Option<PathBuf>, config: Option<PathBuf>) -> Result<ExitCode> {
    let file = match config {
        Some(config) => Config::load(&config)?.directory.file,
        None => file,
    };
    let (directory, diags) = varco::content::check_directory(file.as_deref());
    print_diagnostics(&diags);
    match directory {
        Some(d) => {
            println!(
                "ok: {} partners; {} of {} regions have one",
                d.len(),
                d.regions_covered(),
                varco::directory::regions().len()
            );
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let errors = diags.iter().filter(|d| d.is_error()).count();
            eprintln!("{errors} error(s)");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `varco l10n status`: every locale's coverage and review state, as a table or JSON.
fn l10n_status(format: Format, flows: Option<PathBuf>, locales: Option<PathBuf>) -> Result<ExitCode> {
    let content = load_content(ContentPaths {
        flows,
        locales,
        ..ContentPaths::default()
    })?;
    let status = content.locales.status();
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&status)?),
        Format::Table => print_status_table(&status),
    }
    Ok(ExitCode::SUCCESS)
}

/// One row per locale, each followed by its missing and obsolete message ids.
fn print_status_table(status: &[LocaleStatus]) {
    println!(
        "{:<6} {:<12} {:>9} {:>8} {:<11} fallback",
        "lang", "name", "coverage", "missing", "review"
    );
    for s in status {
        let pct = if s.total == 0 {
            100.0
        } else {
            100.0 * s.translated as f64 / s.total as f64
        };
        println!(
            "{:<6} {:<12} {:>8.1}% {:>8} {:<11} {}",
            s.lang,
            s.name,
            pct,
            s.missing.len(),
            format!("{:?}", s.review).to_lowercase(),
            if s.fallback.is_empty() {
                "-".to_owned()
            } else {
                s.fallback.join(" → ")
            }
        );
        for id in &s.missing {
            println!("       missing: {id}");
        }
        for id in &s.obsolete {
            println!("       obsolete: {id}");
        }
        for f in &s.files {
            println!("       {} legal-review: {}", f.file, f.legal_review.as_str());
        }
    }
}

/// `varco stats`: the monthly counters of the helpline's store (`--config`) or of a chat
/// try-out's (`--data`), small cells suppressed.
fn stats(config: Option<PathBuf>, data: Option<PathBuf>, format: Format) -> Result<ExitCode> {
    let (path, key_file) = match (config, data) {
        (Some(config), _) => {
            let config = Config::load(&config)?;
            (config.store.path.clone(), config.store.key_file.clone())
        }
        (None, Some(dir)) => (dir.join("store"), dir.join("store.key")),
        (None, None) => bail!("give --config FILE (the helpline's store) or --data DIR (a chat try-out)"),
    };
    let key = MasterKey::load(&key_file)?;
    let store = SledStore::open(&path, &key)?;
    let rows = varco::stats::report(&varco::store::Store::counters(&store)?);
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&rows)?),
        Format::Table => {
            println!("{:<8} {:<40} {:>7}", "month", "counter", "count");
            for r in &rows {
                let n = r.count.map_or("<5".to_owned(), |n| n.to_string());
                println!("{:<8} {:<40} {:>7}", r.month, r.counter, n);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `varco keys generate`: a new store key file, never over an existing one.
fn keys_generate(out: &Path) -> Result<ExitCode> {
    MasterKey::generate_to_file(out)?;
    println!(
        "wrote a new store key to {} (mode 0600); keep it outside the store directory and back it up separately",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn print_diagnostics(diags: &[Diagnostic]) {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    for d in sorted {
        eprintln!("{d}");
    }
}

/// Load flows and locales or stop with their diagnostics: a helpline never starts on
/// broken content.
fn load_content(paths: ContentPaths) -> Result<Content> {
    match Content::load(&paths) {
        Ok(content) => {
            print_diagnostics(&content.warnings);
            Ok(content)
        }
        Err(diags) => {
            print_diagnostics(&diags);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            bail!("flows or locales have {errors} error(s); run `varco flows check` for the list");
        }
    }
}

fn chat(
    lang: Option<String>,
    flows: Option<PathBuf>,
    locales: Option<PathBuf>,
    data: Option<PathBuf>,
) -> Result<ExitCode> {
    let content = load_content(ContentPaths {
        flows,
        locales,
        ..ContentPaths::default()
    })?;
    // The store is the real one (encrypted sled) even for a try-out, so the terminal
    // exercises exactly what a platform message goes through.
    let temp;
    let (store_dir, key) = match &data {
        Some(dir) => {
            let key_file = dir.join("store.key");
            let store_dir = dir.join("store");
            let key = if key_file.exists() {
                MasterKey::load(&key_file)?
            } else if store_dir.exists() {
                bail!(
                    "{} has data but no key file {}; refusing to create a new key over it",
                    store_dir.display(),
                    key_file.display()
                );
            } else {
                MasterKey::generate_to_file(&key_file)?
            };
            (store_dir, key)
        }
        None => {
            temp = tempfile::Builder::new()
                .prefix("varco-chat-")
                .tempdir()
                .context("cannot create a temporary directory")?;
            (temp.path().join("store"), MasterKey::generate())
        }
    };
    let store = Arc::new(SledStore::open(&store_dir, &key)?);
    let service = Service::new(
        Arc::new(content.flows),
        Arc::new(content.locales),
        Arc::new(content.directory),
        store,
        Helpline::default(),
    );
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let opts = terminal::Options {
        lang,
        run_id: format!("run{nanos}"),
        greet: true,
    };
    terminal::run_stdio(&service, &opts)?;
    Ok(ExitCode::SUCCESS)
}

/// `varco serve`: exit 0 after a clean stop (SIGTERM, SIGINT), 2 for a configuration
/// error (before or after start-up), 1 for a failure while running.
fn serve(config_path: &Path) -> Result<ExitCode> {
    let config = match Config::load(config_path).and_then(|c| {
        c.validate()?;
        c.check_secrets()?;
        Ok(c)
    }) {
        Ok(config) => config,
        Err(e) => return Ok(config_error(&anyhow::Error::from(e))),
    };
    let prepared = match varco::serve::prepare(&config) {
        Ok(p) => p,
        Err(e) => {
            print_diagnostics(&e.diagnostics);
            let code = e.error.is_configuration();
            let err = anyhow::Error::from(e.error);
            return if code { Ok(config_error(&err)) } else { Err(err) };
        }
    };
    print_diagnostics(&prepared.warnings);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let result = runtime.block_on(async {
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("shutting down");
            let _ = stop.send(true);
        });
        varco::serve::run(&config, prepared, shutdown).await
    });
    // Whatever is still blocked (a file transfer, a request) is not waited for: the
    // store has been flushed and every turn committed.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.is_configuration() => Ok(config_error(&anyhow::Error::from(e))),
        Err(e) => Err(e.into()),
    }
}

/// Print a configuration error as `error: …` and give its exit code.
fn config_error(err: &anyhow::Error) -> ExitCode {
    eprintln!("error: {}", one_line(err));
    ExitCode::from(EXIT_CONFIG)
}

/// SIGTERM (service managers) or SIGINT (Ctrl-C).
async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
