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
        Command::L10n { command } => l10n(command),
        Command::Stats { config, data, format } => stats(config, data, format),
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
