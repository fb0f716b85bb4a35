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
    /// exits); cells under 5 are shown as "<5". While `serve` runs, asks it through the
    /// admin socket (`[admin] socket`); otherwise reads the store.
    #[command(args_conflicts_with_subcommands = true)]
    Stats {
        #[command(subcommand)]
        command: Option<StatsCommand>,
        #[command(flatten)]
        source: StatsSource,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write a consistent snapshot of the store to FILE (values stay sealed; the key is not
    /// in it). While `serve` runs, it makes the snapshot through the admin socket.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Restore a backup into the configured store directory, which must be empty or
    /// missing; then check that the configured key opens it.
    Restore {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
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
}

#[derive(Subcommand)]
enum FlowsCommand {
    /// Validate flows against the locales; exit 1 on any error.
    Check {
        #[arg(long, value_name = "DIR")]
        flows: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
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

/// Whose counters `varco stats` reads.
#[derive(clap::Args)]
struct StatsSource {
    #[arg(long, value_name = "FILE", conflicts_with = "data")]
    config: Option<PathBuf>,
    /// The store of `varco chat --data DIR`.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

#[derive(Subcommand)]
enum StatsCommand {
    /// The months from --from to --to as tables per topic (conversations, languages, caller
    /// types, handoffs, time to claim, outcomes, quick exits, campaigns); cells under 5 are
    /// "<5" and there are no totals. HTML: one self-contained page with charts.
    Report {
        #[command(flatten)]
        source: StatsSource,
        /// First month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        from: String,
        /// Last month, YYYY-MM (included).
        #[arg(long, value_name = "YYYY-MM")]
        to: String,
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// Write to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Csv,
    Json,
    Html,
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

fn main() -> ExitCode {
    let mut filter = tracing_subscriber::EnvFilter::try_from_env("VARCO_LOG").unwrap_or_else(|_| "warn".into());
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
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
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
            command: FlowsCommand::Check { flows, locales },
        } => flows_check(flows, locales),
        Command::L10n {
            command: L10nCommand::Status { format, locales, flows },
        } => l10n_status(format, flows, locales),
        Command::Stats {
            command: None,
            source,
            format,
        } => stats(source, format),
        Command::Stats {
            command:
                Some(StatsCommand::Report {
                    source,
                    from,
                    to,
                    format,
                    out,
                }),
            ..
        } => stats_report(source, &from, &to, format, out),
        Command::Backup { out, config } => backup(&out, &config),
        Command::Restore { from, config } => restore(&from, &config),
        Command::Directory {
            command: DirectoryCommand::Check { file, config },
        } => directory_check(file, config),
        Command::Keys {
            command: KeysCommand::Generate { out },
        } => keys_generate(&out),
    }
}

/// `varco flows check`: the diagnostics, then a summary (exit 0) or the error count (exit 1).
fn flows_check(flows: Option<PathBuf>, locales: Option<PathBuf>) -> Result<ExitCode> {
    let paths = ContentPaths {
        flows,
        locales,
        ..ContentPaths::default()
    };
    match Content::load(&paths) {
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

/// The counters of the helpline's store (`--config`: through serve's admin socket if it
/// runs, else from the store) or of a chat try-out's (`--data`).
fn read_counters(source: StatsSource) -> Result<Vec<(String, u64)>> {
    let (path, key_file) = match (source.config, source.data) {
        (Some(config), _) => {
            let config = Config::load(&config)?;
            if let Some(json) = varco::control::request(&config.admin_socket(), varco::control::COUNTERS)? {
                return serde_json::from_slice(&json).context("counters from serve's admin socket");
            }
            (config.store.path.clone(), config.store.key_file.clone())
        }
        (None, Some(dir)) => (dir.join("store"), dir.join("store.key")),
        (None, None) => bail!("give --config FILE (the helpline's store) or --data DIR (a chat try-out)"),
    };
    let key = MasterKey::load(&key_file)?;
    let store = SledStore::open(&path, &key)?;
    Ok(varco::store::Store::counters(&store)?)
}

/// `varco stats`: the monthly counters, small cells suppressed.
fn stats(source: StatsSource, format: Format) -> Result<ExitCode> {
    let rows = varco::stats::report(&read_counters(source)?);
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

/// `varco stats report`: the months' report as CSV, JSON or one HTML page.
fn stats_report(
    source: StatsSource,
    from: &str,
    to: &str,
    format: ReportFormat,
    out: Option<PathBuf>,
) -> Result<ExitCode> {
    use varco::stats::{html, report};
    let report = report::build(&read_counters(source)?, from, to)?;
    let text = match format {
        ReportFormat::Csv => report::csv(&report),
        ReportFormat::Json => report::json(&report),
        ReportFormat::Html => html::render(&report),
    };
    match out {
        Some(path) => std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `varco backup`: through serve's admin socket if it runs, else from the store itself.
fn backup(out: &Path, config: &Path) -> Result<ExitCode> {
    let config = Config::load(config)?;
    let summary = match varco::control::request(&config.admin_socket(), varco::control::BACKUP)? {
        Some(bytes) => {
            varco::store::backup::write_backup_file(out, &bytes)?;
            format!("{} bytes from the running serve", bytes.len())
        }
        None => {
            let key = MasterKey::load(&config.store.key_file)?;
            let s = SledStore::open(&config.store.path, &key)?.backup_to(out)?;
            format!("{} entries in {} trees", s.entries, s.trees)
        }
    };
    println!(
        "wrote {} ({summary}, mode 0600); values are sealed: keep the store key apart from it",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `varco restore`: into an empty store directory only, then the key is checked.
fn restore(from: &Path, config: &Path) -> Result<ExitCode> {
    let config = Config::load(config)?;
    let key = MasterKey::load(&config.store.key_file)?;
    let s = varco::store::backup::restore(from, &config.store.path, &key)?;
    println!(
        "restored {} entries in {} trees into {}; the key opens it",
        s.entries,
        s.trees,
        config.store.path.display()
    );
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

fn serve(config_path: &Path) -> Result<ExitCode> {
    let config = Config::load(config_path)?;
    config.validate()?;
    config.check_secrets()?;
    let prepared = match varco::serve::prepare(&config) {
        Ok(p) => p,
        Err(e) => {
            print_diagnostics(&e.diagnostics);
            return Err(e.error.into());
        }
    };
    print_diagnostics(&prepared.warnings);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("shutting down");
            let _ = stop.send(true);
        });
        varco::serve::run(&config, prepared, shutdown).await
    })?;
    Ok(ExitCode::SUCCESS)
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
