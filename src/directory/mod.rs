//! The referral directory: the partners of the national network — national bodies, regions
//! and provinces, local projects — each with its region and province, and the lookup of the
//! place a person gives (a region from a menu, or a city typed in Italian or English, with
//! small typos). It must not hold personal data or contact the partners. Contacts are data
//! the helpline fills in (`deploy/directory.toml`); every answer works without them,
//! falling back to the national number.
//!
//! `check` reads and checks a file (with file and line for each problem); `places` knows
//! Italy's regions and provincial capitals (embedded tables).

mod check;
pub(crate) mod places;

pub use places::{cities, regions, resolve, City, Place, Region};

use crate::flow::Diagnostic;

/// At most this many partners are listed at once: one phone screen.
const MAX_SHOWN: usize = 6;

/// How far a partner's work reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// All of Italy (OIM, Comunità Papa Giovanni XXIII): reached through the national number.
    National,
    /// A Regione's public body, for its whole region.
    Regional,
    /// A Provincia's public body.
    Provincial,
    /// A project in a city or town.
    Local,
}

impl Scope {
    /// The scope a directory file names (`national`, `regional`, `provincial`, `local`).
    pub fn named(name: &str) -> Option<Scope> {
        match name.trim() {
            "national" => Some(Scope::National),
            "regional" => Some(Scope::Regional),
            "provincial" => Some(Scope::Provincial),
            "local" => Some(Scope::Local),
            _ => None,
        }
    }
}

/// One partner of the network: a local project or a public body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// The partner's public name, as people are told it.
    pub name: String,
    /// How far its work reaches.
    pub scope: Scope,
    /// Its region as the directory writes it (`Piemonte`); `None` for national bodies and
    /// partners whose place the helpline has not filled in yet.
    pub region: Option<String>,
    /// Its province's code (`TO`), when given.
    pub province: Option<String>,
    /// The city it works in (a regional body: the region's seat); may be empty.
    pub city: String,
    /// Public contact number, when the helpline has confirmed one.
    pub phone: Option<String>,
    /// Public e-mail address, when the helpline has confirmed one.
    pub email: Option<String>,
    /// Public web page, when the helpline has confirmed one.
    pub web: Option<String>,
}

/// Every partner of the network, as loaded from a directory file.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    projects: Vec<Project>,
}

impl Directory {
    /// No partners: every lookup finds nothing, and people are given the national number.
    pub fn empty() -> Directory {
        Directory::default()
    }

    /// Parse and check a directory file; the first error (by line) if there is any.
    /// Warnings (a partner without a region yet) do not stop it.
    pub fn parse(name: &str, text: &str) -> Result<Directory, Diagnostic> {
        let (projects, diags) = check::load(name, text);
        match diags.into_iter().filter(Diagnostic::is_error).min_by_key(|d| d.line) {
            Some(first) => Err(first),
            None => Ok(Directory { projects }),
        }
    }

    /// Every problem of a directory file, errors and warnings, with file and line
    /// (`varco directory check`).
    pub fn check(name: &str, text: &str) -> Vec<Diagnostic> {
        check::load(name, text).1
    }

    /// How many partners the directory lists.
    pub fn len(&self) -> usize {
        self.projects.len()
    }

    /// Whether it lists no partner.
    pub fn is_empty(&self) -> bool {
        self.projects.is_empty()
    }

    /// Every partner, in file order.
    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    /// Partners near the place a person gave: a region (from the menu or typed) or a city
    /// or province, in Italian or English, in any case, inside a sentence, with a small
    /// typo ("sono a Torino", "Turin", "Napels"). Partners of the same province come first,
    /// then the rest of the region; national bodies are reached through the national
    /// number and not listed. Empty when the place is unknown or has no partner yet.
    pub fn lookup(&self, place: &str) -> Vec<&Project> {
        resolve(place).map(|p| self.near(p)).unwrap_or_default()
    }

    /// How many of the twenty regions have a partner of their own.
    pub fn regions_covered(&self) -> usize {
        regions()
            .iter()
            .filter(|r| {
                let place = Place {
                    region: r.name,
                    province: None,
                };
                !self.near(place).is_empty()
            })
            .count()
    }

    /// Partners in `place`'s region, the same province first; at most one screen.
    pub fn near(&self, place: Place) -> Vec<&Project> {
        let mut found: Vec<&Project> = self
            .projects
            .iter()
            .filter(|p| p.scope != Scope::National && p.region.as_deref() == Some(place.region))
            .collect();
        found.sort_by_key(|p| place.province.is_some() && p.province.as_deref() != place.province);
        found.truncate(MAX_SHOWN);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Directory {
        Directory::parse(
            "d.toml",
            r#"version = 1
[[projects]]
name = "Associazione A"
city = "Torino"
region = "Piemonte"
[[projects]]
name = "Cooperativa B"
city = "San Benedetto del Tronto"
region = "Marche"
[[projects]]
name = "Associazione C"
city = "Asti"
region = "Piemonte"
province = "AT"
"#,
        )
        .unwrap()
    }

    #[test]
    fn finds_the_region_of_a_city_or_region_the_same_province_first() {
        let d = dir();
        let names = |typed: &str| d.lookup(typed).iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names("sono ad ASTI adesso"), ["Associazione C", "Associazione A"]);
        assert_eq!(names("piemonte"), ["Associazione A", "Associazione C"]);
        assert_eq!(names("san benedetto del tronto"), ["Cooperativa B"]);
        assert_eq!(names("Ascoli Piceno"), ["Cooperativa B"]);
        assert!(d.lookup("benedetto").is_empty());
        assert!(d.lookup("").is_empty());
        assert!(d.lookup("Palermo").is_empty());
    }

    #[test]
    fn bad_file_names_line() {
        let err = Directory::parse("d.toml", "version = 1\n[[projects]]\nname = 3\n").unwrap_err();
        assert_eq!(err.line, 3);
    }

    #[test]
    fn every_problem_has_its_line() {
        let text = r#"version = 1
[[projects]]
name = "A"
region = "Lombardy"
province = "TO"
[[projects]]
name = " "
region = "Narnia"
[[projects]]
name = "a"
region = "Sicilia"
city = "Torino"
phone = "call us"
email = "nobody"
web = "example.org"
scope = "galactic"
"#;
        let diags = Directory::check("d.toml", text);
        let lines: Vec<(usize, &str)> = diags.iter().map(|d| (d.line, d.message.as_str())).collect();
        let expect = [
            (5, "province `TO` is in Piemonte, not Lombardia"),
            (7, "a partner's name is empty"),
            (8, "unknown region `Narnia`"),
            (10, "duplicate name `a` (first at line 3)"),
            (12, "city `Torino` is in Piemonte, not Sicilia"),
            (
                13,
                "`phone` is not a phone number (digits, spaces, + - / . and brackets)",
            ),
            (14, "`email` is not an e-mail address"),
            (15, "`web` is not a web address starting with https:// or http://"),
            (
                16,
                "unknown scope `galactic` (expected national, regional, provincial or local)",
            ),
        ];
        for e in expect {
            assert!(lines.contains(&e), "missing {e:?} in {lines:#?}");
        }
        assert_eq!(lines.len(), expect.len(), "{lines:#?}");
        assert_eq!(Directory::parse("d.toml", text).unwrap_err().line, 5);
    }
}
