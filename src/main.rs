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
    /// Write a consistent snapshot of the store and of the Matrix stores
    /// (`matrix.store_dir`) to FILE (values stay sealed; neither the key nor the store
    /// passphrase is in it). While `serve` runs, the store's snapshot comes through the
    /// admin socket and each Matrix database is copied with SQLite's `VACUUM INTO`.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Restore a backup into the configured store directory (and its Matrix stores into
    /// `matrix.store_dir`), each of which must be empty or missing; then check that the
    /// configured key opens the store.
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
    /// Remove what is older than `[retention]` allows; prints what, by class and count.
    /// Reads the store, so stop `serve` first (it purges by itself while it runs).
    Purge {
        /// Only count what would be removed.
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// The operators' audit log. Reads the store, so stop `serve` first.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// The configuration file.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain; exit 1 naming the first entry removed, changed or moved.
    Verify {
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// A case's entries, oldest first, for a coordinator.
    Show {
        #[arg(long, value_name = "N")]
        case: u64,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
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
    /// Per locale and per file: translated, missing (and the file each id belongs in),
    /// still English, obsolete, review and legal-review state; people's and operators'
    /// texts counted apart. A message rightly the same as English carries `# same-as-en`.
    Status {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        flows: Option<PathBuf>,
    },
    /// Every translation mistake that would reach a person (syntax, variables, selector
    /// keys, long buttons and messages, language-name, exit words that are answers), with
    /// file, line and a hint; exit 1 on any error.
    Check {
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        flows: Option<PathBuf>,
    },
    /// Start a language: locales/<LANG>/ with en's files and comments, every message still
    /// English (counted untranslated), marked an unreviewed draft. Never overwrites.
    New {
        /// The language tag, e.g. `fr`, `pcm`, `zh`.
        lang: String,
        /// The locales directory to write in.
        #[arg(long, value_name = "DIR", default_value = "locales")]
        locales: PathBuf,
    },
    /// Every message of a language rendered with example values, with its boundaries and
    /// the line a lock screen shows.
    Preview {
        lang: String,
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
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
    /// Re-seal the store of --config under the key in FILE (from `keys generate`), while
    /// `serve` keeps serving; then point store.key_file at FILE and delete the old key.
    Rotate {
        #[arg(long, value_name = "FILE")]
        new: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
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
        Command::L10n { command } => l10n(command),
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
        Command::Keys {
            command: KeysCommand::Rotate { new, config },
        } => keys_rotate(&new, &config),
        Command::Purge { dry_run, config } => purge(&config, dry_run),
        Command::Audit {
            command: AuditCommand::Verify { config },
        } => audit_verify(&config),
        Command::Audit {
            command: AuditCommand::Show { case, config },
        } => audit_show(&config, case),
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
            refuse_left_out(&content)?;
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

/// `varco l10n …`.
fn l10n(command: L10nCommand) -> Result<ExitCode> {
    match command {
        L10nCommand::Status { format, locales, flows } => l10n_status(format, flows, locales),
        L10nCommand::Check { locales, flows } => {
            let diags = varco::content::check_locales(&ContentPaths {
                flows,
                locales,
                ..ContentPaths::default()
            });
            print_diagnostics(&diags);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            if errors > 0 {
                eprintln!("{errors} error(s)");
                return Ok(ExitCode::FAILURE);
            }
            println!("ok: no translation errors ({} warning(s))", diags.len());
            Ok(ExitCode::SUCCESS)
        }
        L10nCommand::New { lang, locales } => l10n_new(&lang, &locales),
        L10nCommand::Preview { lang, locales } => l10n_preview(&lang, locales),
    }
}

/// `varco l10n status`: every locale's coverage and review state, as a table or JSON.
fn l10n_status(format: Format, flows: Option<PathBuf>, locales: Option<PathBuf>) -> Result<ExitCode> {
    let content = load_content(ContentPaths {
        flows,
        locales,
        ..ContentPaths::default()
    })?;
    refuse_left_out(&content)?;
    let status = content.locales.status();
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&status)?),
        Format::Table => print_status_table(&status),
    }
    Ok(ExitCode::SUCCESS)
}

/// Tools that report on every locale fail on one whose files do not load (`serve` and
/// `chat` leave it out and go on).
fn refuse_left_out(content: &Content) -> Result<()> {
    let left_out = content.locales.left_out();
    if left_out.is_empty() {
        return Ok(());
    }
    for l in left_out {
        print_diagnostics(&l.diagnostics);
    }
    let langs: Vec<&str> = left_out.iter().map(|l| l.lang.as_str()).collect();
    bail!("locale(s) {} do not load; see above", langs.join(", "))
}

/// `varco l10n new <lang>`: write the scaffold; refuses an existing directory.
fn l10n_new(lang: &str, locales: &Path) -> Result<ExitCode> {
    if lang.parse::<unic_langid::LanguageIdentifier>().is_err() || lang.contains(['/', '\\', '.']) {
        bail!("`{lang}` is not a language tag (like `fr`, `pcm`, `zh`)");
    }
    let dir = locales.join(lang);
    if dir.exists() {
        bail!(
            "{} already exists; `varco l10n status` shows what it lacks",
            dir.display()
        );
    }
    let reference = varco::content::locale_sources(&ContentPaths {
        locales: Some(locales.to_owned()),
        ..ContentPaths::default()
    })
    .map_err(|d| anyhow::anyhow!("{}", d.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
    let reference: Vec<_> = reference.into_iter().filter(|s| s.lang == "en").collect();
    if reference.is_empty() {
        bail!("no English files in {}/en to start from", locales.display());
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, text) in varco::l10n::scaffold::scaffold(lang, &reference) {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    println!(
        "created {}: translate each message, then run `varco l10n check --locales {}` and `varco l10n preview {lang} --locales {}`",
        dir.display(),
        locales.display(),
        locales.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `varco l10n preview <lang>`.
fn l10n_preview(lang: &str, locales: Option<PathBuf>) -> Result<ExitCode> {
    let paths = ContentPaths {
        locales,
        ..ContentPaths::default()
    };
    let content = load_content(paths.clone())?;
    refuse_left_out(&content)?;
    if !content.locales.has(lang) {
        bail!("no locale `{lang}` (have: {})", content.locales.languages().join(", "));
    }
    let sources = varco::content::locale_sources(&paths)
        .map_err(|d| anyhow::anyhow!("{}", d.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
    print!("{}", varco::l10n::preview::preview(&content.locales, lang, &sources));
    Ok(ExitCode::SUCCESS)
}

/// One row per locale, then its files, each followed by what it lacks. `missing` and
/// `english` count the texts people read (operators' texts stay in en and it).
fn print_status_table(status: &[LocaleStatus]) {
    println!(
        "{:<6} {:<20} {:>9} {:>7} {:>8} {:>8} {:>9} {:<11} {:<8} fallback",
        "lang", "name", "coverage", "people", "missing", "english", "operator", "review", "menu"
    );
    for s in status {
        println!(
            "{:<6} {:<20} {:>8.1}% {:>6.1}% {:>8} {:>8} {:>8.1}% {:<11} {:<8} {}",
            s.lang,
            s.name,
            percent(s.translated, s.total),
            percent(s.person.translated, s.person.total),
            s.person.missing,
            s.person.identical,
            percent(s.operator.translated, s.operator.total),
            format!("{:?}", s.review).to_lowercase(),
            if s.offered { "offered" } else { "left out" },
            if s.fallback.is_empty() {
                "-".to_owned()
            } else {
                s.fallback.join(" → ")
            }
        );
        print_status_details(s);
    }
}

/// A locale's files, missing ids (with their file), ids still English, leftovers.
fn print_status_details(s: &LocaleStatus) {
    for f in &s.files {
        if !f.present {
            println!("       {} absent: 0/{} translated", f.file, f.coverage.total);
            continue;
        }
        println!(
            "       {} legal-review: {}, review: {}, {}/{} translated",
            f.file,
            f.legal_review.as_str(),
            format!("{:?}", f.review).to_lowercase(),
            f.coverage.translated,
            f.coverage.total,
        );
    }
    for id in &s.missing {
        let file = s.belongs_in.get(id).map_or("", String::as_str);
        println!("       missing: {id} (belongs in {file})");
    }
    for id in &s.identical {
        println!("       still English: {id}");
    }
    for id in &s.obsolete {
        println!("       obsolete: {id}");
    }
}

fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        100.0 * part as f64 / total as f64
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

/// `varco purge`: remove (or, `--dry-run`, count) what retention no longer allows.
fn purge(config_path: &Path, dry_run: bool) -> Result<ExitCode> {
    let config = Config::load(config_path)?;
    config.validate()?;
    let prepared = varco::serve::prepare(&config)?;
    let service = &prepared.service;
    let report = service.purge(&config.retention.limits(), varco::clock::now_secs(), !dry_run)?;
    varco::store::Store::flush(service.store().as_ref())?;
    // What was forgotten goes beyond every key now, not at the next start of serve.
    service.store().change_epoch_if_due()?;
    let verb = if dry_run { "would remove" } else { "removed" };
    for (class, count) in report.classes() {
        println!("{verb} {count:>6} {class}");
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

/// The helpline's store, for the audit commands.
fn open_store(config_path: &Path) -> Result<SledStore> {
    let config = Config::load(config_path)?;
    let key = MasterKey::load(&config.store.key_file)?;
    Ok(SledStore::open(&config.store.path, &key)?)
}

/// `varco audit verify`: exit 0 with the number of entries, or 1 with the first bad one.
fn audit_verify(config_path: &Path) -> Result<ExitCode> {
    let store = open_store(config_path)?;
    match varco::conversation::verify_audit(&store)? {
        varco::store::Verdict::Intact { entries } => {
            println!("audit log intact: {entries} entries");
            Ok(ExitCode::SUCCESS)
        }
        varco::store::Verdict::Broken { position, reason } => {
            println!("audit log broken at entry {position}: {reason}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `varco audit show --case N`: one line per entry (position, UTC time, operator, action).
fn audit_show(config_path: &Path, case: u64) -> Result<ExitCode> {
    let store = open_store(config_path)?;
    for row in varco::conversation::case_audit(&store, case)? {
        let e = &row.entry;
        let detail = e.detail.as_deref().unwrap_or("");
        println!("{:>6} {} {} {} {detail}", row.position, utc(row.at), e.actor, e.action);
    }
    Ok(ExitCode::SUCCESS)
}

/// `YYYY-MM-DD HH:MM` (UTC) of a Unix time.
fn utc(secs: u64) -> String {
    let month = varco::stats::month(secs);
    // The day of the month: how many days back the month changes.
    let day = (1..=31u64)
        .find(|d| varco::stats::month(secs.saturating_sub(d * 86_400)) != month)
        .unwrap_or(1);
    format!("{month}-{day:02} {:02}:{:02}", secs % 86_400 / 3600, secs % 3600 / 60)
}

/// `varco backup`: the store through serve's admin socket if it runs, else from the store
/// itself; then the Matrix stores' directory, each database copied consistently.
fn backup(out: &Path, config: &Path) -> Result<ExitCode> {
    let config = Config::load(config)?;
    let (bytes, summary) = match varco::control::request(&config.admin_socket(), varco::control::BACKUP)? {
        Some(bytes) => {
            let said = format!("{} bytes from the running serve", bytes.len());
            (bytes, said)
        }
        None => {
            let key = MasterKey::load(&config.store.key_file)?;
            let (bytes, s) = SledStore::open(&config.store.path, &key)?.backup_bytes()?;
            (bytes, format!("{} entries in {} trees", s.entries, s.trees))
        }
    };
    let files = varco::store::dir_copy::snapshot(&config.matrix.store_dir)?;
    let bytes = varco::store::backup::with_files(bytes, &files, out)?;
    varco::store::backup::write_backup_file(out, &bytes)?;
    println!(
        "wrote {} ({summary}; {} files of the matrix store {}; mode 0600); values are sealed: keep the store key and the store passphrase apart from it",
        out.display(),
        files.len(),
        config.matrix.store_dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `varco restore`: into an empty store directory (and an empty `matrix.store_dir`) only,
/// then the key is checked.
fn restore(from: &Path, config: &Path) -> Result<ExitCode> {
    let config = Config::load(config)?;
    let key = MasterKey::load(&config.store.key_file)?;
    let matrix_dir = config.matrix.store_dir.as_path();
    let (s, files) = varco::store::backup::restore_all(from, &config.store.path, &key, Some(matrix_dir))?;
    println!(
        "restored {} entries in {} trees into {}; the key opens it; {files} files of the matrix store into {}",
        s.entries,
        s.trees,
        config.store.path.display(),
        matrix_dir.display()
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

/// `varco keys rotate`: request the rotation; carry it out at once if no `serve` holds the
/// store, else wait (up to two minutes) for the running `serve` to finish it.
fn keys_rotate(new: &Path, config_file: &Path) -> Result<ExitCode> {
    let config = Config::load(config_file)?;
    let (path, old) = (&config.store.path, &config.store.key_file);
    let old_key = MasterKey::load(old)?;
    if std::fs::canonicalize(old).ok() == std::fs::canonicalize(new).ok() {
        bail!(
            "--new {} is the key in use (store.key_file); generate a new one with `varco keys generate --out FILE`",
            new.display()
        );
    }
    if !path.exists() {
        bail!("store.path {} does not exist: nothing to rotate", path.display());
    }
    SledStore::request_rotation(path, new)?;
    let done_text = || {
        println!("store key rotated. Now set store.key_file = \"{}\" in {} (or VARCO__STORE__KEY_FILE), restart serve when convenient, then delete {}: it is no longer needed.", new.display(), config_file.display(), old.display());
        Ok(ExitCode::SUCCESS)
    };
    match SledStore::open(path, &old_key) {
        // Opening finishes a requested rotation.
        Ok(store) => {
            drop(store);
            return done_text();
        }
        Err(e @ varco::store::Error::Open { .. }) if !e.to_string().contains("in use by another process") => {
            return Err(e.into())
        }
        Err(varco::store::Error::Open { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    println!("serve holds the store: it rotates the key in the background while serving…");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::time::Instant::now() < deadline {
        if !varco::store::rotation_request_file(path).exists() {
            return done_text();
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    println!("not finished yet: serve goes on with it (see its log); run this command again later to check. Keep {} until it is done.", old.display());
    Ok(ExitCode::from(2))
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
