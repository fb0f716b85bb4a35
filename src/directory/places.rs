//! Italy's places as people type them: the twenty regions and every provincial capital, with
//! English, German and French names, read from the embedded tables `regions.csv` and
//! `cities.csv` (data, not code). It owns turning what a person typed ("Turin", "sono a
//! Torino", "South Tyrol", "Napels") into a region and maybe a province, tolerating small
//! typos; it must not know projects, hold what was typed, or read the disk. Translators
//! add their language's names (米兰, ميلانو, Milán) in `locales/<lang>/places.csv`, built in.

use std::sync::OnceLock;

const REGIONS_CSV: &str = include_str!("regions.csv");
const CITIES_CSV: &str = include_str!("cities.csv");

/// Where a person is, as far as the directory needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The region's name as the directory writes it (`Piemonte`, `Trentino-Alto Adige`).
    pub region: &'static str,
    /// The province's code (`TO`, `BZ`) when a city or province was named, not a region.
    pub province: Option<&'static str>,
}

/// One of the twenty regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Its name as the directory writes it.
    pub name: &'static str,
    /// Its macro-area (ISTAT): `north-west`, `north-east`, `centre`, `south`, `islands`.
    pub area: &'static str,
}

/// One city of the table: a provincial capital or a partner's town.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct City {
    /// The Italian name.
    pub name: &'static str,
    /// The province's code.
    pub province: &'static str,
    /// The region's name as the directory writes it.
    pub region: &'static str,
}

/// A name people may type, folded, and the place it stands for.
struct Name {
    folded: String,
    words: usize,
    place: Place,
    /// Written in a script without spaces between words (Chinese, Japanese, Thai…): found
    /// anywhere in what was typed, not only as whole words.
    unspaced: bool,
}

struct Table {
    regions: Vec<Region>,
    cities: Vec<City>,
    names: Vec<Name>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut names = Vec::new();
        let regions: Vec<Region> = rows(REGIONS_CSV)
            .filter_map(|f| match f.as_slice() {
                [name, area, aliases] => {
                    let place = Place {
                        region: name,
                        province: None,
                    };
                    add_names(&mut names, name, aliases, place);
                    Some(Region { name, area })
                }
                _ => None,
            })
            .collect();
        let cities: Vec<City> = rows(CITIES_CSV)
            .filter_map(|f| match f.as_slice() {
                [name, province, region, aliases] => {
                    let region = regions.iter().find(|r| r.name == *region)?.name;
                    let place = Place {
                        region,
                        province: Some(province),
                    };
                    add_names(&mut names, name, aliases, place);
                    Some(City { name, province, region })
                }
                _ => None,
            })
            .collect();
        for (_, text) in crate::content::embedded_place_names() {
            for (place, aliases) in translated_names(text) {
                if let Some(place) = named_place(&regions, &cities, place) {
                    add_names(&mut names, "", aliases, place);
                }
            }
        }
        Table { regions, cities, names }
    })
}

/// The data lines of an embedded table, split into fields (comments and header skipped).
fn rows(csv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    csv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split(',').map(str::trim).collect())
}

fn add_names(names: &mut Vec<Name>, name: &str, aliases: &str, place: Place) {
    let all = std::iter::once(name).chain(aliases.split(';').map(str::trim));
    for n in all.filter(|n| !n.is_empty()) {
        let words = words(n);
        names.push(Name {
            folded: words.join(" "),
            words: words.len(),
            place,
            unspaced: n.chars().any(unspaced_script),
        });
    }
}

/// The `(Italian name, names in the language)` lines of a `places.csv` (`Milano,米兰;米蘭`;
/// `#` comments and the header skipped).
pub(crate) fn translated_names(text: &str) -> impl Iterator<Item = (&str, &str)> {
    place_lines(text).filter_map(|(_, l)| l.split_once(',').map(|(p, a)| (p.trim(), a.trim())))
}

/// The data lines of a `places.csv` with their 1-based line numbers (`#` comments, blank
/// lines and the header skipped).
pub(crate) fn place_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l))
}

/// The region or city an Italian name in a `places.csv` stands for; `None` if the tables
/// have no place called that.
fn named_place(regions: &[Region], cities: &[City], name: &str) -> Option<Place> {
    if let Some(c) = cities.iter().find(|c| c.name == name) {
        return Some(Place {
            region: c.region,
            province: Some(c.province),
        });
    }
    regions.iter().find(|r| r.name == name).map(|r| Place {
        region: r.name,
        province: None,
    })
}

/// Whether the places tables know an Italian region or city by this name (for checking a
/// translator's `places.csv`).
pub fn is_place_name(name: &str) -> bool {
    let t = table();
    named_place(&t.regions, &t.cities, name).is_some()
}

/// Letters of scripts that write words without spaces between them.
fn unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xAC00..=0xD7AF) // Hangul
}

/// The twenty regions, north to south.
pub fn regions() -> &'static [Region] {
    &table().regions
}

/// Every city of the table: the provincial capitals, then the partners' other towns.
pub fn cities() -> &'static [City] {
    &table().cities
}

/// The region a directory file names, by its name or another of its names (`Sicily`),
/// in any case; `None` when no region is called that.
pub fn region_named(name: &str) -> Option<&'static str> {
    let folded = words(name).join(" ");
    table()
        .names
        .iter()
        .find(|n| n.place.province.is_none() && n.folded == folded)
        .map(|n| n.place.region)
}

/// The region a province code belongs to (`TO` → `Piemonte`).
pub fn province_region(code: &str) -> Option<&'static str> {
    table()
        .cities
        .iter()
        .find(|c| c.province.eq_ignore_ascii_case(code))
        .map(|c| c.region)
}

/// The place in what a person typed: the longest region, province or city name written in
/// it; failing that, the closest name within a small typo (one edit for names of five to
/// eight letters, two from nine; never for shorter names, nor a different first letter).
pub fn resolve(typed: &str) -> Option<Place> {
    let words = words(typed);
    if words.is_empty() {
        return None;
    }
    let names = &table().names;
    let joined = words.concat();
    let exact = names
        .iter()
        .filter(|n| windows(&words, n.words).any(|w| w == n.folded) || (n.unspaced && joined.contains(&n.folded)))
        .max_by_key(|n| n.folded.len());
    if let Some(n) = exact {
        return Some(n.place);
    }
    names
        .iter()
        .filter_map(|n| {
            let best = windows(&words, n.words)
                .filter(|w| w.chars().next() == n.folded.chars().next())
                .map(|w| strsim::osa_distance(&w, &n.folded))
                .min()?;
            (best <= tolerance(&n.folded)).then_some((best, n))
        })
        .min_by_key(|(d, n)| (*d, std::cmp::Reverse(n.folded.len())))
        .map(|(_, n)| n.place)
}

/// How many edits a typed name may be off by.
fn tolerance(name: &str) -> usize {
    match name.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Every run of `n` consecutive words, joined by one space.
fn windows(words: &[String], n: usize) -> impl Iterator<Item = String> + '_ {
    words.windows(n.max(1)).map(|w| w.join(" "))
}

/// Lowercase words without the accents place names carry; apostrophes and hyphens split.
pub(crate) fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Lowercase, with the accented letters of Italian, German and French names made plain.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region_of(typed: &str) -> Option<&'static str> {
        resolve(typed).map(|p| p.region)
    }

    #[test]
    fn tables_are_complete() {
        assert_eq!(regions().len(), 20);
        let mut codes: Vec<&str> = cities().iter().map(|c| c.province).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 107, "one line per province capital");
        let data_lines = |csv: &str| rows_count(csv);
        assert_eq!(data_lines(REGIONS_CSV), regions().len(), "a malformed regions.csv line");
        assert_eq!(data_lines(CITIES_CSV), cities().len(), "a malformed cities.csv line");
        for area in ["north-west", "north-east", "centre", "south", "islands"] {
            assert!(regions().iter().any(|r| r.area == area), "{area}");
        }
    }

    fn rows_count(csv: &str) -> usize {
        csv.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count()
            - 1
    }

    #[test]
    fn italian_and_english_names_and_sentences() {
        assert_eq!(region_of("Turin"), Some("Piemonte"));
        assert_eq!(region_of("sono a TORINO adesso"), Some("Piemonte"));
        assert_eq!(resolve("Torino").unwrap().province, Some("TO"));
        assert_eq!(region_of("Südtirol"), Some("Trentino-Alto Adige"));
        assert_eq!(region_of("I live in South Tyrol"), Some("Trentino-Alto Adige"));
        assert_eq!(region_of("Valle d'Aosta"), Some("Valle d'Aosta"));
        assert_eq!(region_of("Friuli Venezia Giulia"), Some("Friuli Venezia Giulia"));
        assert_eq!(region_of("San Benedetto del Tronto"), Some("Marche"));
        assert_eq!(region_of("Forli"), Some("Emilia-Romagna"));
        assert_eq!(resolve("Sicily").unwrap().province, None);
    }

    #[test]
    fn names_translators_give_places_are_understood_in_sentences() {
        assert_eq!(resolve("我在米兰").unwrap().province, Some("MI"));
        assert_eq!(resolve("现在在都灵工作").unwrap().province, Some("TO"));
        assert_eq!(resolve("أنا في ميلانو").unwrap().province, Some("MI"));
        assert_eq!(resolve("Я живу в Милане").unwrap().province, Some("MI"));
        assert_eq!(resolve("estoy en Nápoles").unwrap().province, Some("NA"));
        assert_eq!(resolve("আমি রোম এ আছি").unwrap().province, Some("RM"));
    }

    #[test]
    fn every_translated_place_name_names_a_known_place() {
        let mut unknown = Vec::new();
        for (path, text) in crate::content::embedded_place_names() {
            for (place, aliases) in translated_names(text) {
                if !is_place_name(place) || aliases.is_empty() {
                    unknown.push(format!("{path}: {place:?}"));
                }
            }
        }
        assert!(!crate::content::embedded_place_names().is_empty());
        assert!(unknown.is_empty(), "not an Italian place of the tables: {unknown:?}");
    }

    #[test]
    fn small_typos_are_tolerated_but_not_guesses() {
        assert_eq!(region_of("Napels"), Some("Campania"));
        assert_eq!(region_of("Bolonga"), Some("Emilia-Romagna"));
        assert_eq!(region_of("Sardgna"), Some("Sardegna"));
        assert_eq!(region_of("Romaa"), None, "short names must be exact");
        assert_eq!(region_of("Xorino"), None, "the first letter must match");
        assert_eq!(region_of(""), None);
        assert_eq!(region_of("hello there"), None);
    }

    #[test]
    fn directory_names_and_codes() {
        assert_eq!(region_named("Sicily"), Some("Sicilia"));
        assert_eq!(region_named("emilia romagna"), Some("Emilia-Romagna"));
        assert_eq!(region_named("Torino"), None);
        assert_eq!(province_region("bz"), Some("Trentino-Alto Adige"));
        assert_eq!(province_region("XX"), None);
    }
}
