//! Loads what volunteers maintain — flows, locales, the referral directory — from the
//! copies embedded at build time or from directories, and checks them together. It owns
//! reading those files; it must not run conversations.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use crate::directory::Directory;
use crate::flow::{self, Catalog, Diagnostic, Flows, LineCol, Source};
use crate::l10n::{LocaleSource, Locales};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Every `locales/<lang>/places.csv` built into the binary, as `(path, contents)`: the
/// names translators give Italy's places in their language (read by `directory::places`).
pub(crate) fn embedded_place_names() -> &'static [(&'static str, &'static str)] {
    embedded::PLACES
}

/// The referral directory shipped with the build.
const DIRECTORY: (&str, &str) = ("deploy/directory.toml", include_str!("../deploy/directory.toml"));

/// Flows, locales and directory, validated against each other.
pub struct Content {
    /// Every flow, compiled into one graph.
    pub flows: Flows,
    /// Every locale's texts, with the fallback chains.
    pub locales: Locales,
    /// The referral directory.
    pub directory: Directory,
    /// Problems that do not stop the helpline (e.g. an unreviewed-state line missing).
    pub warnings: Vec<Diagnostic>,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("nodes", &self.flows.len())
            .field("locales", &self.locales)
            .finish()
    }
}

/// Where to read each part from; `None` means the embedded copy.
#[derive(Debug, Clone, Default)]
pub struct ContentPaths {
    /// Directory of `*.toml` flow files.
    pub flows: Option<PathBuf>,
    /// Directory of `<lang>/*.ftl` files.
    pub locales: Option<PathBuf>,
    /// The referral directory file (`[directory] file`).
    pub directory: Option<PathBuf>,
    /// `l10n.fallback`: languages tried, per language, before the reference.
    pub fallback: HashMap<String, Vec<String>>,
}

impl Content {
    /// Load and validate; on failure every diagnostic found (errors and warnings).
    pub fn load(paths: &ContentPaths) -> Result<Content, Vec<Diagnostic>> {
        let directory = read_directory(paths.directory.as_deref()).map_err(|d| vec![d])?;
        Content::load_with_directory(paths, directory)
    }

    /// [`Content::load`] with the directory already read from `paths.directory` by
    /// [`read_directory`] (`serve` reads it through `Config::directory`, whose error names
    /// the config key).
    pub(crate) fn load_with_directory(paths: &ContentPaths, directory: Directory) -> Result<Content, Vec<Diagnostic>> {
        let flow_sources = match &paths.flows {
            Some(dir) => read_flow_dir(dir)?,
            None => embedded::FLOWS
                .iter()
                .map(|(n, t)| Source {
                    name: (*n).into(),
                    text: (*t).into(),
                })
                .collect(),
        };
        let locale_sources = locale_sources(paths)?;
        // A broken locale other than the reference is left out with one loud line; every
        // other language serves.
        let (locales, mut warnings) = Locales::load_leaving_out(&locale_sources, paths.fallback.clone())?;
        for l in locales.left_out() {
            let first = l.diagnostics.iter().find(|d| d.is_error()).map(ToString::to_string);
            tracing::error!(
                "locale `{}` left out of the language menu, its files do not load: {} ({} problem(s); `varco l10n check` lists them)",
                l.lang,
                first.unwrap_or_default(),
                l.diagnostics.len()
            );
        }
        let languages = locales.languages();
        let has = |id: &str| locales.has_reference_message(id);
        let catalog = Catalog {
            has_message: &has,
            languages: &languages,
        };
        match flow::load(&flow_sources, &catalog) {
            Ok(loaded) => {
                warnings.extend(loaded.warnings);
                let mut flows = loaded.flows;
                flows.set_languages(locales.menu_languages());
                flows.set_exit_words(locales.exit_words());
                flows.set_danger_words(locales.word_list("sys-danger-words"));
                Ok(Content {
                    flows,
                    locales,
                    directory,
                    warnings,
                })
            }
            Err(mut diags) => {
                diags.extend(warnings);
                Err(diags)
            }
        }
    }
}

/// The `.ftl` files of `paths.locales`, or the copies built into the binary.
pub fn locale_sources(paths: &ContentPaths) -> Result<Vec<LocaleSource>, Vec<Diagnostic>> {
    Ok(match &paths.locales {
        Some(dir) => read_locale_dir(dir)?,
        None => embedded::LOCALES
            .iter()
            .map(|(n, t)| LocaleSource {
                lang: lang_of(n),
                name: (*n).into(),
                text: (*t).into(),
            })
            .collect(),
    })
}

/// Every translators' mistake in the locales of `paths` (`varco l10n check`): see
/// [`crate::l10n::check`]. The buttons are the flows' option labels (when the flows load)
/// and every id that names a button by convention (`*-opt-*`, `nav-*`, `language-name`).
pub fn check_locales(paths: &ContentPaths) -> Vec<Diagnostic> {
    let sources = match locale_sources(paths) {
        Ok(s) => s,
        Err(d) => return d,
    };
    let mut buttons: BTreeSet<String> = sources
        .iter()
        .flat_map(|s| crate::l10n::ftl::messages(&s.name, &s.text))
        .map(|m| m.id)
        .filter(|id| id.contains("-opt-") || id.starts_with("nav-") || id == "language-name")
        .collect();
    if let Ok(content) = Content::load(paths) {
        buttons.extend(content.flows.option_labels());
    }
    let mut diags = crate::l10n::check::check(&sources, &buttons);
    diags.extend(place_name_problems(paths));
    diags
}

/// Every `<lang>/places.csv` `l10n check` reads: from the locales directory, or built in.
fn place_files(paths: &ContentPaths) -> Vec<(String, String)> {
    let Some(dir) = &paths.locales else {
        return embedded::PLACES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
    };
    let mut langs: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    langs.sort();
    langs
        .into_iter()
        .map(|l| l.join("places.csv"))
        .filter_map(|f| Some((f.display().to_string(), fs::read_to_string(&f).ok()?)))
        .collect()
}

/// A translator's place names that name no place of the tables, or lines that are not
/// `Italian name,names`: errors with file and line.
fn place_name_problems(paths: &ContentPaths) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (file, text) in place_files(paths) {
        for (line_no, line) in crate::directory::places::place_lines(&text) {
            let at = LineCol {
                line: line_no,
                column: 1,
            };
            let problem = match line.split_once(',') {
                None => "this line has no comma; hint: the Italian name, a comma, then this language's names separated by `;`".to_owned(),
                Some((place, _)) if !crate::directory::places::is_place_name(place.trim()) => format!(
                    "`{}` is not a region or city of src/directory/regions.csv or cities.csv; hint: write the Italian name as they do (e.g. `Milano`)",
                    place.trim()
                ),
                Some(_) => continue,
            };
            diags.push(Diagnostic::error(&file, at, None, problem));
        }
    }
    diags
}

/// The referral directory in `file`, or the copy built into the binary; a problem is one
/// diagnostic naming the file (and the line, for a parse error).
pub(crate) fn read_directory(file: Option<&Path>) -> Result<Directory, Diagnostic> {
    match file {
        Some(file) => {
            let name = file.display().to_string();
            let text = fs::read_to_string(file).map_err(|e| io_diag(&name, &e))?;
            Directory::parse(&name, &text)
        }
        None => Directory::parse(DIRECTORY.0, DIRECTORY.1),
    }
}

/// Every problem of the directory in `file`, or of the copy built into the binary, with
/// file and line (`varco directory check`); the partners it lists when it has no error.
pub fn check_directory(file: Option<&Path>) -> (Option<Directory>, Vec<Diagnostic>) {
    let (name, text) = match file {
        Some(file) => {
            let name = file.display().to_string();
            match fs::read_to_string(file) {
                Ok(text) => (name, text),
                Err(e) => return (None, vec![io_diag(&name, &e)]),
            }
        }
        None => (DIRECTORY.0.to_owned(), DIRECTORY.1.to_owned()),
    };
    (Directory::parse(&name, &text).ok(), Directory::check(&name, &text))
}

fn lang_of(path: &str) -> String {
    // `locales/<lang>/<file>.ftl`
    let mut parts = path.rsplit('/');
    parts.next();
    parts.next().unwrap_or("").to_owned()
}

fn io_diag(name: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(name, LineCol::WHOLE_FILE, None, format!("cannot read: {e}"))
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let name = dir.display().to_string();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| vec![io_diag(&name, &e)])?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    Ok(entries)
}

fn read_flow_dir(dir: &Path) -> Result<Vec<Source>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    for path in sorted_entries(dir)? {
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.display().to_string();
            let text = fs::read_to_string(&path).map_err(|e| vec![io_diag(&name, &e)])?;
            out.push(Source { name, text });
        }
    }
    if out.is_empty() {
        return Err(vec![Diagnostic::error(
            &dir.display().to_string(),
            LineCol::WHOLE_FILE,
            None,
            "no flow files (*.toml) here",
        )]);
    }
    Ok(out)
}

fn read_locale_dir(dir: &Path) -> Result<Vec<LocaleSource>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    for sub in sorted_entries(dir)? {
        if !sub.is_dir() {
            continue;
        }
        let lang = sub
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for path in sorted_entries(&sub)? {
            if path.extension().is_some_and(|e| e == "ftl") {
                let name = path.display().to_string();
                let text = fs::read_to_string(&path).map_err(|e| vec![io_diag(&name, &e)])?;
                out.push(LocaleSource {
                    lang: lang.clone(),
                    name,
                    text,
                });
            }
        }
    }
    Ok(out)
}
